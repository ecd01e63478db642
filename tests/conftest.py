"""Test-wide settings: offscreen Qt before anything imports it, isolated user folders."""

from __future__ import annotations

import os

# Without a display and without this, Qt aborts the whole pytest process (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PySide6's "forgiveness mode" still finds enum members by their old unscoped names
# (QLibraryInfo.TranslationsPath for QLibraryInfo.LibraryPath.TranslationsPath), which a
# later PySide may drop. The tests run without it, so none creeps into the code: 0x31 =
# Python enums, no fake shortcuts, no fake renames (PySide6 docs, "The Set of Enum Features").
os.environ.setdefault("PYSIDE6_OPTION_PYTHON_ENUM", "0x31")

import pytest  # noqa: E402
from pg_cluster import new_central_target  # noqa: E402

from digigov_desktop import config  # noqa: E402
from digigov_desktop.domain.framework import load_framework  # noqa: E402
from digigov_desktop.storage.database import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the real per-user data, config and log folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("DIGIGOV_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _no_policy_left_over():
    """The policy in force is per process: a command run in-process (`cli.main` applies
    the policy at start) must not leave its policy to the next test."""
    config.set_active_policy(None)
    yield
    config.set_active_policy(None)


@pytest.fixture(scope="session")
def framework():
    """Pack 1.0.0: the tests written for format 1 keep testing it (old cycles stay on it);
    format 2 is tested with `pack15` and the built-in 2.0.0 in tests/packs."""
    return load_framework("oecd-dgs-2014", "1.0.0")


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store.sqlite")
    yield s
    s.close()


TEST_PACK = os.path.join(os.path.dirname(__file__), "fixtures", "packs", "oecd-dgs-2014-1.5.0.json")


@pytest.fixture
def pack15():
    """The synthetic format-2 test pack (1.5.0, mapped from 1.0.0), registered as installed."""
    from pathlib import Path

    from digigov_desktop.domain.framework import (
        load_framework_file,
        register_pack,
        unregister_packs,
    )

    framework = load_framework_file(Path(TEST_PACK))
    register_pack(framework)
    yield framework
    unregister_packs()


# --- the central store on both backends ----------------------------------------------


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the whole session (see tests/pg_cluster.py), with
    a template database already migrated, so each test's fresh store is a cheap copy."""
    from pg_cluster import PgCluster

    from digigov_desktop.storage.central import open_central

    cluster = PgCluster.start()
    try:
        open_central(cluster.create_database("digigov_template")).close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def central_backend(request):
    """Run the test once on each central-store backend."""
    return request.param


@pytest.fixture
def new_central(central_backend, tmp_path, request):
    """`new_central()` → the target (file path or URL) of a fresh, empty central store of
    this test's backend."""
    def make(name: str = "central") -> str:
        return new_central_target(request, central_backend, tmp_path, name)

    return make


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_central_backend(request):
    """Like `central_backend`, for module-scoped stores."""
    return request.param


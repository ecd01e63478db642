"""Resource lookup and per-installation folders."""

from __future__ import annotations

import sys

from digigov_desktop import paths


def test_resource_path_from_checkout():
    assert paths.resource_path("frameworks", "oecd-dgs-2014", "1.0.0", "framework.json").is_file()
    assert paths.resource_path("schemas", "framework.schema.json").is_file()


def test_resource_path_when_frozen(monkeypatch, tmp_path):
    (tmp_path / "resources" / "schemas").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("schemas") == tmp_path / "resources" / "schemas"


def test_portable_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "portable"))
    app_paths = paths.AppPaths.default().ensure()
    assert app_paths.portable
    assert app_paths.database == (tmp_path / "portable" / paths.DB_FILENAME).resolve()
    assert app_paths.backups.is_dir() and app_paths.logs.is_dir()


def test_per_user_dirs_are_not_created_on_import(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    app_paths = paths.AppPaths.default()
    assert not app_paths.portable
    assert str(app_paths.data).startswith(str(tmp_path / "xdg"))
    assert not app_paths.data.exists()


def test_registry_policy_pointer_is_windows_only(monkeypatch):
    import sys

    from digigov_desktop import paths

    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.registry_policy_file() is None

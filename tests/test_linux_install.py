"""packaging/linux/install.sh, run as IT runs it from an unpacked tarball (per user, here):
the program and its menu entry go in; an upgrade replaces the program and keeps the policy
beside it; uninstalling keeps the person's data unless --purge is given."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def _unpacked(folder: Path, build: str) -> Path:
    """What `packaging/build.py --tarball` packs, with a stand-in program of one script."""
    top = folder / f"digigov-{build}"
    (top / "_internal").mkdir(parents=True)
    (top / "_internal" / "build.txt").write_text(build)
    program = top / "digigov"
    program.write_text(f"#!/bin/sh\necho digigov {build}\n")
    program.chmod(0o755)
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", top)
    shutil.copy(ROOT / "packaging" / "linux" / "digigov.desktop", top)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", top / "digigov.svg")
    return top


def _run(top: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(["sh", str(top / "install.sh"), "--user", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=True)


def test_install_upgrade_and_uninstall_for_one_user(tmp_path):
    home = tmp_path / "home"
    prefix = home / ".local/opt/digigov"
    done = _run(_unpacked(tmp_path / "v1", "1"), home)
    assert str(prefix) in done.stdout
    entry = (home / ".local/share/applications/digigov.desktop").read_text()
    assert f"Exec={prefix}/digigov\n" in entry and "@" not in entry
    assert (home / ".local/share/icons/hicolor/scalable/apps/digigov.svg").is_file()
    launcher = home / ".local/bin/digigov"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout == "digigov 1\n"

    # IT's policy beside the program, and the person's data: an upgrade keeps both.
    (prefix / "policy.json").write_text('{"language": "es"}')
    data = home / ".local/share/DigiGovDesktop"
    data.mkdir(parents=True)
    (data / "digigov.sqlite").write_text("the evaluation")
    (prefix / "_internal" / "left-over.txt").write_text("from 1")
    _run(_unpacked(tmp_path / "v2", "2"), home)
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout == "digigov 2\n"
    assert (prefix / "_internal" / "build.txt").read_text() == "2"
    assert not (prefix / "_internal" / "left-over.txt").exists()  # replaced, not merged
    assert (prefix / "policy.json").read_text() == '{"language": "es"}'

    top = tmp_path / "v2" / "digigov-2"
    _run(top, home, "--uninstall")
    assert not prefix.exists() and not launcher.exists()
    assert not (home / ".local/share/applications/digigov.desktop").exists()
    assert (data / "digigov.sqlite").read_text() == "the evaluation"
    _run(top, home, "--uninstall", "--purge")
    assert not data.exists()


def test_the_installer_says_when_the_shared_store_s_library_is_missing(tmp_path):
    """libpq5 is the one system library only coordinators need: the installer says so
    exactly when this machine lacks it."""
    found = subprocess.run(["sh", "-c", "{ /sbin/ldconfig -p || ldconfig -p; } 2>/dev/null"],
                           capture_output=True, text=True).stdout
    has_libpq = "libpq.so.5 " in found
    done = _run(_unpacked(tmp_path / "v1", "1"), tmp_path / "home")
    assert ("libpq5" in done.stdout) is not has_libpq

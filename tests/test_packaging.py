"""Packaging pieces that run without PyInstaller: the self-check, the smoke-test judge, versions."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import pytest

from digigov_desktop import __version__, paths
from digigov_desktop.services import selfcheck

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build_module():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return build


def test_selfcheck_signs_and_verifies_a_pdf(tmp_path):
    assert selfcheck.run_selfcheck(tmp_path, require_translations=False) == []
    pdf = (tmp_path / "selfcheck.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"DejaVuSans" in pdf


def test_selfcheck_names_a_missing_resource(tmp_path, monkeypatch):
    real = paths.resource_path
    monkeypatch.setattr(paths, "resource_path", lambda *parts: (
        tmp_path / "nowhere" if parts[0] == "fonts" else real(*parts)))
    problems = selfcheck.run_selfcheck(tmp_path, require_translations=False)
    assert problems == ["missing resource: fonts/DejaVuSans.ttf",
                        "missing resource: fonts/DejaVuSans-Bold.ttf"]


def test_selfcheck_reports_a_failed_export_in_one_line(tmp_path, monkeypatch):
    from digigov_desktop.services import export

    def broken(*args, **kwargs):
        raise ImportError("No module named 'reportlab.pdfbase._fontdata_widths_helvetica'")

    monkeypatch.setattr(export, "render_report", broken)
    problems = selfcheck.run_selfcheck(tmp_path, require_translations=False)
    assert len(problems) == 1 and problems[0].startswith("export failed: ImportError: ")


def _fake_exe(tmp_path: Path, body: str) -> Path:
    exe = tmp_path / "fake-digigov"
    exe.write_text(f"#!/bin/sh\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in")
@pytest.mark.parametrize(("body", "passed", "reason"), [
    ('echo "smoke test passed"', True, ""),
    ('echo "smoke test passed"; echo "qt.qpa.fonts: no fonts" >&2', False,
     "unexpected stderr: qt.qpa.fonts: no fonts"),
    ('echo "smoke test failed: missing resource: fonts/x.ttf" >&2; exit 1', False,
     "exit code 1: smoke test failed: missing resource: fonts/x.ttf"),
    ("exit 0", False, "the smoke test did not report success"),
    ("sleep 5", False, "no answer after 1 s (hung)"),
])
def test_smoke_judge(build_module, tmp_path, body, passed, reason):
    ok, _seconds, why = build_module.smoke_test(_fake_exe(tmp_path, body), timeout=1)
    assert (ok, why) == (passed, reason)


def test_smoke_runs_isolated(build_module, tmp_path):
    exe = _fake_exe(tmp_path, 'echo "$HOME|$DIGIGOV_DATA_DIR|$QT_QPA_PLATFORM|$DIGIGOV_POLICY" >&2')
    _ok, _s, why = build_module.smoke_test(exe, timeout=5)
    home, data, platform, policy = why.split(": ", 1)[1].split("|")
    assert "digigov-frozen-smoke" in home
    assert data == f"{home}/data" and platform == "offscreen" and policy == ""


def test_version_files_follow_the_package(build_module, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "ROOT", tmp_path)
    monkeypatch.setattr(build_module, "WORK", tmp_path / "work")
    (tmp_path / "packaging" / "windows").mkdir(parents=True)
    (tmp_path / "digigov_desktop").mkdir()
    (tmp_path / "digigov_desktop" / "__init__.py").write_text('__version__ = "2.10.3rc1"\n')
    version = build_module.version()
    assert version == "2.10.3rc1"
    build_module.write_version_files(version)
    iss = (tmp_path / "packaging" / "windows" / "version.iss").read_text()
    assert '#define AppVersion "2.10.3rc1"' in iss
    assert '#define AppVersionNumeric "2.10.3.0"' in iss
    assert "filevers=(2, 10, 3, 0)" in (tmp_path / "work" / "version_info.txt").read_text()


def test_the_real_version_is_what_the_installer_gets(build_module):
    assert build_module.version() == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", __version__)


def test_installer_script_keeps_its_promises():
    iss = (ROOT / "packaging" / "windows" / "digigov.iss").read_text("utf-8")
    assert '#include "version.iss"' in iss
    assert "PrivilegesRequired=lowest" in iss
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss
    assert "{autoprograms}" in iss and "ChangesAssociations=no" in iss
    assert "[Registry]" not in iss  # no file associations, nothing machine-wide
    assert "/PURGEDATA" in iss and "SuppressibleMsgBox" in iss
    desktop = (ROOT / "packaging" / "linux" / "digigov.desktop").read_text("utf-8")
    assert "MimeType" not in desktop.replace("No MimeType", "")


def test_inno_sign_bridge_reports_a_file_that_cannot_be_signed(tmp_path):
    """Inno Setup's sign tool under Wine (packaging/windows/sign_bridge.py) and the host's
    signer it hands files to (signing.sh): a file osslsigncode cannot sign makes the tool
    exit 1 (so ISCC stops) with the file untouched, the queue is left empty, and the signer
    ends when asked. (The Windows build signs real files this way and verifies them.)"""
    import subprocess

    queue, target = tmp_path / "queue", tmp_path / "not-a-program.exe"
    target.write_bytes(b"plain text, not a Windows program")
    script = f"""
set -euo pipefail
source '{ROOT}/packaging/windows/signing.sh'
SIGN_P12='{tmp_path}/none.p12' SIGN_PASSFILE='{tmp_path}/none.txt'
sign_queue_start '{queue}'
set +e
'{sys.executable}' '{ROOT}/packaging/windows/sign_bridge.py' '{queue}' '{target}'
echo "bridge exit $?"
set -e
sign_queue_stop
echo "signer stopped"
"""
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["bridge exit 1", "signer stopped"], done.stderr
    assert f"signing {target} failed (see signer.log in {queue})" in done.stderr
    assert target.read_bytes() == b"plain text, not a Windows program"
    assert sorted(p.name for p in queue.iterdir()) == [".stop", "signer.log"]
    assert "signing not-a-program.exe" in (queue / "signer.log").read_text()

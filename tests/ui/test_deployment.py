"""What IT relies on at start: the policy wired into the GUI, and a newer database refused."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digigov_desktop import config
from digigov_desktop.config import PolicyError, load_policy
from digigov_desktop.services import policy as policy_service
from digigov_desktop.storage import migrations
from digigov_desktop.storage.database import open_store
from ui import app as app_module

ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_S = 60


@pytest.fixture(autouse=True)
def _policy_reset(monkeypatch):
    monkeypatch.delenv(config.ENV_POLICY, raising=False)
    config.set_active_policy(None)
    yield
    config.set_active_policy(None)


def _use_policy(tmp_path: Path, monkeypatch, data: dict | str) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(path))
    config.set_active_policy(None)
    return path


def test_malformed_policy_smoke_test_says_one_line(tmp_path, monkeypatch):
    """In a real process: nothing (no logging yet, no Qt) may add a second stderr line."""
    path = _use_policy(tmp_path, monkeypatch, '{"language": "de"}')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIGIGOV_DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke-test"],
                          capture_output=True, text=True, env=env, timeout=WATCHDOG_S,
                          check=False)
    assert done.returncode == app_module.EXIT_POLICY
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert f"{path}: language: " in lines[0] and done.stdout == ""


def test_malformed_policy_gui_shows_the_file_and_the_key(tmp_path, monkeypatch, qapp):
    path = _use_policy(tmp_path, monkeypatch, '{"data_dir": 42}')
    said = []
    monkeypatch.setattr(app_module, "startup_error", said.append)
    assert app_module.run(["--db", str(tmp_path / "x.sqlite")]) == app_module.EXIT_POLICY
    assert len(said) == 1 and f"{path}: data_dir: " in said[0]
    assert not (tmp_path / "x.sqlite").exists()


def test_locked_language_beats_the_saved_choice(tmp_path, monkeypatch, open_window, demo_db):
    _use_policy(tmp_path, monkeypatch, {"language": "es", "locked": ["language"]})
    window = open_window(demo_db, lang="en")  # the user's choice
    assert window.session.lang == "es"


def test_unlocked_language_is_only_the_default(tmp_path, monkeypatch, open_window, demo_db):
    _use_policy(tmp_path, monkeypatch, {"language": "es"})
    assert open_window(demo_db, lang="en").session.lang == "en"


def test_first_run_keeps_the_locked_agency(tmp_path, monkeypatch, open_window, reader):
    _use_policy(tmp_path, monkeypatch, {
        "agency_code": "MIN-042", "agency_name": "Ministerio de Ejemplo",
        "agency_type": "ministry", "agency_region": "CL-VS",
        "locked": ["agency_code", "agency_type"],
    })
    path = tmp_path / "first.sqlite"
    window = open_window(path)  # the setup dialog answers AB-001, a service, CL-RM
    agency = reader(path).evaluation(window.session.cycle_id).agency
    assert agency.code == "MIN-042" and agency.type.value == "ministry"
    assert agency.name == "Servicio de Ejemplo" and agency.region == "CL-RM"  # not locked


def test_setup_dialog_shows_the_policy_agency(tmp_path, monkeypatch, qtbot):
    """IT's preset agency is filled in; what the policy locks cannot be edited."""
    from ui.dialogs.setup_dialog import SetupDialog

    _use_policy(tmp_path, monkeypatch, {
        "agency_code": "MUN-13101", "agency_name": "Municipalidad de Santiago",
        "agency_type": "municipality", "agency_region": "CL-RM",
        "locked": ["agency_code", "agency_type"],
    })
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code.text() == "MUN-13101" and not dialog.code.isEnabled()
    assert dialog.type.currentData() == "municipality" and not dialog.type.isEnabled()
    assert dialog.name.text() == "Municipalidad de Santiago" and dialog.name.isEnabled()
    assert dialog.region.currentData() == "CL-RM" and dialog.region.isEnabled()
    dialog.coordinator_mode.setChecked(True)
    dialog.agency_mode.setChecked(True)  # back to agency: the locked fields stay locked
    assert not dialog.code.isEnabled() and dialog.name.isEnabled()
    qtbot.keyClicks(dialog.person, "Ana Perez")  # QTest types ASCII only
    result = dialog.result_value()
    assert (result.agency.code, result.agency.type.value) == ("MUN-13101", "municipality")


def test_trust_bundle_installed_from_the_policy(tmp_path, monkeypatch, store):
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.signing.authority import CertificateAuthority

    ca = CertificateAuthority.init(tmp_path / "ca", name="Coordinación", passphrase=b"pass")
    (tmp_path / "bundle.pem").write_bytes(ca.bundle_pem())
    _use_policy(tmp_path, monkeypatch, {"trust_bundle": "bundle.pem"})
    policy_service.apply_to_agency_store(store)
    installed = CredentialService(store).trust_bundle()
    assert installed is not None and installed.to_pem() == ca.bundle().to_pem()
    audits = store.query("SELECT actor FROM audit WHERE action = 'trust.install'")
    policy_service.apply_to_agency_store(store)  # already there: not installed again
    assert store.query("SELECT actor FROM audit WHERE action = 'trust.install'") == audits

    (tmp_path / "bundle.pem").write_text("not a bundle")
    config.set_active_policy(None)
    with pytest.raises(PolicyError) as info:
        policy_service.apply_to_agency_store(store)
    assert info.value.params["key"] == "trust_bundle"


def test_mode_switch_follows_the_policy(tmp_path, monkeypatch):
    assert policy_service.mode_switch_allowed() is True
    _use_policy(tmp_path, monkeypatch, {"allow_mode_switch": False})
    assert policy_service.mode_switch_allowed() is False
    assert load_policy().allow_mode_switch is False


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_gui_refuses_a_newer_database_untouched(tmp_path):
    """A downgrade: the installed (older) app meets a database a newer version wrote."""
    path = tmp_path / "digigov.sqlite"
    with open_store(path) as store, store.transaction() as db:
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES (?, '9999_from_the_future', 'later')", [migrations.MIGRATION_SET])
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert not extra.exists()
    before = _sha(path)
    # In a child process (a real start), with the blocking message box replaced by a print.
    script = textwrap.dedent("""
        import sys
        from ui import app
        app.startup_error = lambda text: print("MESSAGE:", text)
        raise SystemExit(app.run(sys.argv[1:]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIGIGOV_DATA_DIR=str(tmp_path / "data"))
    env.pop(config.ENV_POLICY, None)
    done = subprocess.run([sys.executable, "-c", script, "--db", str(path), "--lang", "en"],
                          capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=WATCHDOG_S, check=False)
    assert done.returncode == app_module.EXIT_STORAGE, done.stderr
    assert "written by a newer version of DigiGov Desktop" in done.stdout
    assert "The file was not changed" in done.stdout
    assert _sha(path) == before
    assert not (path.parent / "backups").exists()
    assert "Traceback" not in done.stderr


def test_an_autonomous_body_is_offered_preset_and_kept(tmp_path, monkeypatch, qtbot):
    """The legal layer's "autonomous body" is an agency type like the others: a policy may
    preset it, the setup dialog offers it by name, and the agency keeps it."""
    from digigov_desktop.domain.evaluation import AgencyType
    from ui.dialogs.setup_dialog import SetupDialog

    _use_policy(tmp_path, monkeypatch, {
        "agency_code": "CGR", "agency_name": "Contraloría General de la República",
        "agency_type": "autonomous", "locked": ["agency_type"],
    })
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    offered = {dialog.type.itemData(i): dialog.type.itemText(i)
               for i in range(dialog.type.count())}
    assert set(offered) == {str(kind) for kind in AgencyType}
    assert offered["autonomous"] == "Autonomous body"
    assert dialog.type.currentData() == "autonomous" and not dialog.type.isEnabled()
    qtbot.keyClicks(dialog.person, "Ana Perez")
    assert dialog.result_value().agency.type is AgencyType.AUTONOMOUS

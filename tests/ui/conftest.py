"""Fixtures for the GUI tests: translations built, demo databases, windows on real stores."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
YEAR = dt.date.today().year

# WORKAROUND: Qt's offscreen platform plugin warns "This plugin does not support
# propagateSizeHints()" whenever a shown window's minimum size changes (a layout grew).
# It is the plugin's limitation (QPlatformWindow's default), not a fault of ours.
OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    ts = ROOT / "resources" / "i18n" / "digigov_es.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"),
                        "--quiet"], check=True)


@pytest.fixture(autouse=True)
def _justify_overrides(monkeypatch):
    """Choosing a level the ticked criteria do not reach asks why (a modal dialog): tests
    that click levels directly answer with this text; tests/ui/test_gui_criteria.py drives
    the question itself."""
    from ui.dialogs.override_dialog import OverrideDialog

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, proposed, chosen, current="": "Justificación de prueba."))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A demo database with two cycles (last year complete, this year carried forward)."""
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = create_demo(path, year=YEAR - 1)
    service = EvaluationService(store, actor="tests")
    service.start_new_cycle(from_cycle_id=service.current_cycle().id, year=YEAR)
    store.close()
    return path


def _copy_of(template: Path, tmp_path: Path) -> Path:
    """A test's own copy of a session-wide template database, under the template's name."""
    target = tmp_path / template.name
    shutil.copy(template, target)
    return target


@pytest.fixture
def demo_db(demo_template, tmp_path):
    return _copy_of(demo_template, tmp_path)


@pytest.fixture
def setup_answer():
    from digigov_desktop.domain.evaluation import Agency, AgencyType, Person
    from ui.dialogs.setup_dialog import SetupResult

    return SetupResult(
        agency=Agency("AB-001", "Servicio de Ejemplo", AgencyType.SERVICE, "CL-RM"),
        person=Person("Ana Pérez", "Jefa de TI"),
        year=YEAR,
    )


def _show(qtbot, window, opened: list, store, translators) -> None:
    """Show a window the test closes at teardown (`_close_all`) with its store."""
    opened.append((window, store, translators))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)


def _close_all(qtbot, opened: list, *, timeout: int) -> None:
    """Once the background tasks are done: close the windows, their stores, back to English."""
    from ui import tasks

    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=timeout)
    for window, store, translators in opened:
        if window.isVisible():
            window.close()
        store.close()
        translators.install("en")


@pytest.fixture
def open_window(qtbot, monkeypatch, setup_answer):
    """open_window(path, lang=None) → a shown MainWindow over a real store at `path`."""
    from digigov_desktop.storage.database import open_store
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.i18n import Translators
    from ui.launcher import build_window

    opened = []
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: setup_answer))

    def _open(path: Path, lang: str | None = "en"):
        store = open_store(path)
        translators = Translators()
        window = build_window(store, translators, lang=lang)
        _show(qtbot, window, opened, store, translators)
        window.restore_location()
        return window

    yield _open
    _close_all(qtbot, opened, timeout=10_000)


@pytest.fixture
def reader():
    """reader(path) → a service on an independent connection, as another process sees it."""
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.storage.database import open_store

    stores = []

    def _reader(path: Path):
        store = open_store(path)
        stores.append(store)
        return EvaluationService(store)

    yield _reader
    for store in stores:
        store.close()


# --- signing, export and coordinator fixtures ---------------------------------------------

from gui_helpers import AGENCY_PASS, CA_PASS, enrol_store  # noqa: E402


@pytest.fixture(scope="session")
def authority(tmp_path_factory):
    """A real coordinator CA (RSA-3072 root), shared: tests that revoke make their own."""
    from digigov_desktop.signing.authority import CertificateAuthority

    return CertificateAuthority.init(tmp_path_factory.mktemp("ca") / "ca",
                                     name="Coordinación de prueba", passphrase=CA_PASS)


@pytest.fixture(scope="session")
def enrolled_template(demo_template, authority, tmp_path_factory):
    """The demo database with an installed credential from `authority`."""
    from digigov_desktop.storage.database import open_store

    path = tmp_path_factory.mktemp("enrolled") / "enrolled.sqlite"
    shutil.copy(demo_template, path)
    with open_store(path) as store:
        enrol_store(store, authority)
    return path


@pytest.fixture
def enrolled_db(enrolled_template, tmp_path):
    return _copy_of(enrolled_template, tmp_path)


AGENCIES = (  # code, agency type, region, route
    ("AG-001", "ministry", "CL-RM", "csr"),
    ("AG-002", "municipality", "CL-BI", "p12"),
    ("AG-003", "municipality", "CL-RM", "csr"),
)


@pytest.fixture(scope="session")
def campaign(authority, tmp_path_factory):
    """Three enrolled agencies' signed submissions (this year), plus a tampered copy.

    Returns a dict: `files` (good PDFs by agency code), `tampered`, `root`.
    """
    from digigov_desktop.domain.evaluation import Agency, AgencyType
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.export import export_submission

    root = tmp_path_factory.mktemp("campaign")
    files = {}
    for seed, (code, kind, region, route) in enumerate(AGENCIES, 1):
        store = create_demo(root / f"{code}.sqlite", agency_code=code,
                            agency_name=f"Servicio {code}", seed=seed, year=YEAR)
        try:
            EvaluationService(store).update_agency(
                Agency(code, f"Servicio {code}", AgencyType(kind), region))
            enrol_store(store, authority, route=route)
            files[code] = export_submission(store, out=root / "files" / f"{code}.pdf",
                                            passphrase=AGENCY_PASS, lang="es").path
        finally:
            store.close()
    data = bytearray(files["AG-001"].read_bytes())
    spot = data.find(b"stream\n") + 40  # inside the first content stream: signed bytes
    data[spot] ^= 0x01
    tampered = root / "tampered" / "AG-001-tampered.pdf"
    tampered.parent.mkdir()
    tampered.write_bytes(bytes(data))
    return {"files": files, "tampered": tampered, "root": root}


@pytest.fixture
def coordinator(qtbot, tmp_path):
    """coordinator(ca_folder=None, lang="en") → a shown CoordinatorWindow on a new central db."""
    from digigov_desktop.storage.central import open_central
    from ui.coordinator_session import CA_FOLDER_PREFERENCE
    from ui.i18n import Translators
    from ui.launcher import build_coordinator_window
    from ui.preferences import Preferences

    opened = []

    def _open(ca_folder=None, lang: str = "en", central_path=None):
        store = open_central(central_path or tmp_path / "central.sqlite")
        prefs = Preferences.in_folder(tmp_path / "prefs")
        if ca_folder is not None:
            prefs.set(CA_FOLDER_PREFERENCE, str(ca_folder))
        translators = Translators()
        window = build_coordinator_window(store, translators, prefs, lang=lang)
        _show(qtbot, window, opened, store, translators)
        window.start()
        return window

    yield _open
    _close_all(qtbot, opened, timeout=20_000)

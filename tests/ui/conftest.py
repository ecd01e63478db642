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


@pytest.fixture
def demo_db(demo_template, tmp_path):
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def setup_answer():
    from digigov_desktop.domain.evaluation import Agency, AgencyType, Person
    from ui.dialogs.setup_dialog import SetupResult

    return SetupResult(
        agency=Agency("AB-001", "Servicio de Ejemplo", AgencyType.SERVICE, "CL-RM"),
        person=Person("Ana Pérez", "Jefa de TI"),
        year=YEAR,
    )


@pytest.fixture
def open_window(qtbot, monkeypatch, setup_answer):
    """open_window(path, lang=None) → a shown MainWindow over a real store at `path`."""
    from digigov_desktop.storage.database import open_store
    from ui.app import build_window
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.i18n import Translators

    opened = []
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: setup_answer))

    def _open(path: Path, lang: str | None = "en"):
        store = open_store(path)
        translators = Translators()
        window = build_window(store, translators, lang=lang)
        opened.append((window, store, translators))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.restore_location()
        return window

    yield _open
    from ui import tasks

    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10_000)
    for window, store, translators in opened:
        if window.isVisible():
            window.close()
        store.close()
        translators.install("en")


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

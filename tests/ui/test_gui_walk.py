"""The full walk: set up, answer every element with keyboard and mouse, evidence, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digigov_desktop.storage.database import open_store
from ui.i18n import Translators
from ui.launcher import build_window
from ui.widgets.evidence_list import EvidenceList


def _start_walk(qtbot, open_window, tmp_path, monkeypatch, name: str, lang: str):
    """A first-run window, active, whose "Add files…" answers one evidence file."""
    window = open_window(tmp_path / name, lang=lang)
    evidence_file = tmp_path / "acta.txt"
    evidence_file.write_text("Acta del comité\n", "utf-8")
    # The operating system's file chooser is not ours to drive: it answers this file.
    monkeypatch.setattr(EvidenceList, "choose_files", lambda self: [evidence_file])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.session.framework, window.session.cycle_id


def _wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=2000)


def test_full_walk_keyboard_and_mouse_then_reopen(qtbot, open_window, reader, tmp_path,
                                                   monkeypatch):
    path = tmp_path / "walk.sqlite"
    window, framework, cycle_id = _start_walk(qtbot, open_window, tmp_path, monkeypatch,
                                              path.name, "en")
    assert window.current == "element:R1.1"
    check = reader(path)

    for number, element in enumerate(framework.iter_elements()):
        assert window.current == f"element:{element.id}"
        page = window.element_page
        level = number % 6
        if number % 2:  # keyboard: Alt+digit is the level's mnemonic
            page.levels.buttons[0].setFocus()
            qtbot.keyClick(page.levels.buttons[0], Qt.Key(Qt.Key.Key_0 + level),
                           Qt.KeyboardModifier.AltModifier)
        else:  # mouse
            qtbot.mouseClick(page.levels.buttons[level], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.levels.value() == (level, False), timeout=2000)  # noqa: B023
        assert check.answer(cycle_id, element.id).level == level  # saved at once
        page.rationale.setFocus()
        qtbot.keyClicks(page.rationale, f"Motivo {element.id}")
        if level >= framework.evidence_required_from:
            qtbot.mouseClick(page.evidence.add_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(page.evidence.evidence()) == 1,  # noqa: B023
                            timeout=5000)
        page.target.setFocus()
        qtbot.keyClick(page.target, Qt.Key.Key_End)  # last entry: target 5
        # Next with the keyboard (Alt+Right) flushes the rationale.
        qtbot.keyClick(page.target, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        stored = check.answer(cycle_id, element.id)
        assert stored.rationale == f"Motivo {element.id}"
        assert stored.target == 5
        assert stored.level == level
        if level >= framework.evidence_required_from:
            assert [e.file_name for e in check.evidence(cycle_id, element.id)] == ["acta.txt"]
        if window.current.startswith("recommendation:"):
            rec_page = window.recommendation_page
            rec_page.notes["strengths"].setFocus()
            qtbot.keyClicks(rec_page.notes["strengths"], "Fortaleza")
            qtbot.keyClick(rec_page.notes["strengths"], Qt.Key.Key_PageDown,
                           Qt.KeyboardModifier.ControlModifier)  # Ctrl+PgDown: next
            rec_id = rec_page.recommendation_id
            # Flushed by the navigation, or (after the last page) by the debounce timer.
            qtbot.waitUntil(lambda: check.notes(cycle_id, rec_id).strengths == "Fortaleza",  # noqa: B023
                            timeout=5000)

    status = check.status(cycle_id)
    assert status.scores.overall.completion.complete
    assert not [i for i in status.issues if i.blocking]
    assert window.outline.items["readiness"].text() == "Readiness (0)"

    # Switch to Spanish from the menu: interface and framework texts change.
    window.language_actions["es"].trigger()
    assert window.session.lang == "es"
    assert window.menuBar().actions()[0].text() == "&Archivo"
    window.go_to("element:R2.1")
    assert window.element_page.title.text() == (
        f"R2.1 {framework.element('R2.1').title.es}")
    last = window.current
    window.close()

    # Reopen: everything is there, in Spanish, where the person left off.
    store = open_store(path)
    translators = Translators()
    try:
        again = build_window(store, translators)
        qtbot.addWidget(again)
        again.show()
        again.restore_location()
        assert again.session.lang == "es"
        assert again.current == last
        page = again.element_page
        assert page.levels.value() == (framework.elements.index(framework.element("R2.1")) % 6,
                                       False)
        assert page.rationale.toPlainText() == "Motivo R2.1"
        assert page.target.currentData() == 5
        again.go_to("readiness")
        assert again.readiness_page.model.rowCount() == 0
        again.close()
    finally:
        store.close()
        translators.install("en")
        QApplication.processEvents()


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person's key would land."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _tab_to(qtbot, widget, limit: int = 30) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def test_whole_evaluation_in_spanish_by_keyboard_only(qtbot, open_window, reader, tmp_path,
                                                      monkeypatch):
    """The acceptance walk: Spanish, keys only (mnemonics, Tab, Alt+→), quit, reopen,
    everything is there, and the progress plots agree with `digigov status --json`."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    path = tmp_path / "teclado.sqlite"
    window, framework, cycle_id = _start_walk(qtbot, open_window, tmp_path, monkeypatch,
                                              path.name, "es")
    check = reader(path)
    assert QApplication.focusWidget() is window.tree  # the first stop of the Tab order

    alt = Qt.KeyboardModifier.AltModifier
    for number, element in enumerate(framework.iter_elements()):
        assert window.current == f"element:{element.id}"
        page = window.element_page
        level = (number + 2) % 6
        _press(qtbot, Qt.Key(Qt.Key.Key_0 + level), alt)  # "&3 · Definido"
        qtbot.waitUntil(lambda: page.levels.value() == (level, False), timeout=2000)  # noqa: B023
        _press(qtbot, Qt.Key.Key_J, alt)  # "&Justificación:"
        assert QApplication.focusWidget() is page.rationale
        _type(qtbot, f"Motivo {element.id}")
        _press(qtbot, Qt.Key.Key_M, alt)  # "Nivel &meta:"
        assert QApplication.focusWidget() is page.target
        _press(qtbot, Qt.Key.Key_End)  # the last choice: 5
        if level >= framework.evidence_required_from:
            _tab_to(qtbot, page.evidence.add_button)
            _press(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: len(page.evidence.evidence()) == 1,  # noqa: B023
                            timeout=5000)
        _press(qtbot, Qt.Key.Key_Right, alt)  # Siguiente
        stored = check.answer(cycle_id, element.id)
        assert (stored.level, stored.target, stored.rationale) == (
            level, 5, f"Motivo {element.id}")
        if window.current.startswith("recommendation:"):
            rec_page = window.recommendation_page
            _press(qtbot, Qt.Key.Key_F, alt)  # "&Fortalezas:"
            assert QApplication.focusWidget() is rec_page.notes["strengths"]
            _type(qtbot, "Fortaleza")
            _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            rec_id = rec_page.recommendation_id
            qtbot.waitUntil(lambda: check.notes(cycle_id, rec_id).strengths == "Fortaleza",  # noqa: B023
                            timeout=5000)

    status = check.status(cycle_id)
    assert status.scores.overall.completion.complete and status.ready
    assert window.outline.items["readiness"].text() == "Preparación (0)"
    _press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Archivo › Salir
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)

    again = open_window(path, lang=None)  # no --lang: the saved language, Spanish
    assert again.session.lang == "es" and again.current == "recommendation:R12"
    for number, element in enumerate(framework.iter_elements()):
        stored = check.answer(cycle_id, element.id)
        assert stored.level == (number + 2) % 6 and stored.rationale == f"Motivo {element.id}"
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    _press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Ir › Progreso
    assert again.current == "progress"
    data = again.progress_page.data
    cli = subprocess.run(
        [sys.executable, "-m", "digigov_desktop.cli", "status", "--db", str(path), "--json"],
        capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2])
    printed = json.loads(cli.stdout)
    recs = [r.id for r in framework.recommendations]
    assert data.scores == pytest.approx([printed["recommendations"][r]["score"] for r in recs],
                                        abs=1e-4)
    assert data.completion == [printed["recommendations"][r]["completion"] for r in recs]
    assert data.pillar_scores == pytest.approx(
        [printed["pillars"][p.id]["score"] for p in framework.pillars], abs=1e-4)
    assert printed["ready"] is True and printed["completion"] == 1.0

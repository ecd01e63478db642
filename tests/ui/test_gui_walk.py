"""The full walk: set up, answer every element with keyboard and mouse, evidence, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digigov_desktop.storage.database import open_store
from ui.app import build_window
from ui.i18n import Translators
from ui.widgets.evidence_list import EvidenceList


def _wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: not window.autosaver.has_pending, timeout=2000)


def test_full_walk_keyboard_and_mouse_then_reopen(qtbot, open_window, reader, tmp_path,
                                                   monkeypatch):
    path = tmp_path / "walk.sqlite"
    window = open_window(path, lang="en")
    framework = window.session.framework
    assert window.current == "element:R1.1"
    evidence_file = tmp_path / "acta.txt"
    evidence_file.write_text("Acta del comité\n", "utf-8")
    monkeypatch.setattr(EvidenceList, "choose_files", lambda self: [evidence_file])
    check = reader(path)
    cycle_id = window.session.cycle_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

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
                            timeout=1000)

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

"""Format-2 packs in the GUI: tick criteria, the proposed level follows; overriding asks
why; answers carried across pack versions show a "to review" mark that reviewing clears."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import CA_PASS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from digigov_desktop.domain.framework import load_framework, unregister_packs
from ui.dialogs.override_dialog import OverrideDialog
from ui.widgets.click_label import ClickLabel

PACK = Path(__file__).parent.parent / "fixtures" / "packs" / "oecd-dgs-2014-1.5.0.json"
YEAR = 2026


@pytest.fixture
def migrated_db(tmp_path, authority):
    """A demo agency on 1.0.0 that installed the signed test pack 1.5.0 and migrated to it."""
    from digigov_desktop.services import pack_migration, packs
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService

    path = tmp_path / "agency.sqlite"
    store = create_demo(path, year=YEAR, framework=load_framework("oecd-dgs-2014", "1.0.0"))
    CredentialService(store, actor="t").install_trust_bundle(authority.bundle_pem())
    data, _ = packs.sign_pack_folder(authority.folder, PACK, passphrase=CA_PASS)
    packs.install_pack(store, data, actor="t")
    service = EvaluationService(store, actor="t")
    pack_migration.migrate_cycle(service, service.current_cycle().id, "oecd-dgs-2014", "1.5.0")
    store.close()
    unregister_packs()
    yield path
    unregister_packs()


def _label(box) -> ClickLabel:
    """The criterion text beside `box`, in its row (clicking it ticks the box)."""
    label = box.parentWidget().findChild(ClickLabel)
    assert label is not None and label.button is box
    return label


def _ids(element, *levels):
    return [c.id for lvl in levels for c in element.criteria_at(lvl)]


def test_ticking_criteria_proposes_the_level_and_an_override_asks_why(
        qtbot, open_window, reader, migrated_db, monkeypatch, tmp_path):
    window = open_window(migrated_db)
    framework = window.session.framework
    assert framework.version == "1.5.0"
    assert window.go_to("element:R5.1")
    page = window.element_page
    element = framework.element("R5.1")
    assert page.criteria_box.isVisible() and len(page.criteria.boxes) == len(
        element.all_criteria())
    for box in page.criteria.boxes.values():  # start from nothing ticked
        if box.isChecked():
            box.click()
    qtbot.wait(50)  # let the new rows get their size
    # tick level 1 and 2 criteria with the mouse (box or its text): the level follows
    for number, cid in enumerate(_ids(element, 1, 2)):
        box = page.criteria.boxes[cid]
        target = box if number % 2 else _label(box)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert page.criteria.proposed_level() == 2
    qtbot.waitUntil(lambda: page.levels.value() == (2, False), timeout=2000)
    check = reader(migrated_db)
    cycle_id = window.session.cycle_id
    stored = check.answer(cycle_id, "R5.1")
    assert stored.level == 2 and stored.criteria == frozenset(_ids(element, 1, 2))
    assert "2 ·" in page.criteria.proposed.text()
    page.grab().save(str(tmp_path / "criteria.png"))

    # choosing another level asks for a justification; cancelling keeps the stored level
    asked = []
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, proposed, chosen, current="": asked.append((proposed, chosen))))
    qtbot.mouseClick(page.levels.buttons[4], Qt.MouseButton.LeftButton)
    assert asked == [(2, 4)]
    assert page.levels.value() == (2, False)
    assert check.answer(cycle_id, "R5.1").level == 2
    # with a justification the level is kept and the note shows it
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, proposed, chosen, current="": "Informe de auditoría 2026."))
    qtbot.mouseClick(page.levels.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.answer(cycle_id, "R5.1").level == 4, timeout=2000)
    assert check.answer(cycle_id, "R5.1").override_justification == "Informe de auditoría 2026."
    assert page.override.isVisible() and "auditoría" in page.override.text()
    # choosing the proposed level again drops the justification
    qtbot.mouseClick(page.levels.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.answer(cycle_id, "R5.1").level == 2, timeout=2000)
    assert check.answer(cycle_id, "R5.1").override_justification == ""
    assert not page.override.isVisible()


def test_to_review_mark_shows_and_reviewing_clears_it(qtbot, open_window, reader, migrated_db):
    window = open_window(migrated_db)
    cycle_id = window.session.cycle_id
    check = reader(migrated_db)
    assert "R1.6" in check.to_review(cycle_id)
    assert window.go_to("element:R1.6")
    page = window.element_page
    assert page.review.isVisible() and page.review_button.isVisible()
    assert window.go_to("element:R5.1")  # an unchanged element has no mark
    assert not page.review.isVisible()
    assert window.go_to("element:R1.6")
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "R1.6" not in check.to_review(cycle_id), timeout=2000)
    assert not page.review.isVisible()


def test_details_section_and_automatic_not_applicable(qtbot, open_window, migrated_db,
                                                      tmp_path):
    window = open_window(migrated_db)
    page = window.element_page
    assert window.go_to("element:R1.1")
    assert page.details.isVisible() and not page.details.tabs.isVisible()
    qtbot.mouseClick(page.details.toggle, Qt.MouseButton.LeftButton)
    assert page.details.tabs.isVisible()
    assert "Test law 1" in page.details.legal.text()
    assert "Head of IT" in page.details.ask.text()
    assert "D1" in page.details.mapping.text() and "Our own test mapping" in \
        page.details.mapping.text()
    page.grab().save(str(tmp_path / "details.png"))
    agency = window.session.service.evaluation(window.session.cycle_id).agency
    assert window.go_to("element:R6.1")
    reason = window.session.service.not_applicable_reason(window.session.cycle_id, "R6.1")
    if str(agency.type) == "municipality":
        assert page.na_note.isVisible() and not page.levels.isEnabled()
    else:
        assert reason is None and not page.na_note.isVisible() and page.levels.isEnabled()


def test_details_are_written_when_the_section_is_open_and_follow_the_element(
        qtbot, open_window, migrated_db):
    """The closed section's rich texts are written on opening, for the element on show."""
    from ui.widgets.element_details import ElementDetails

    window = open_window(migrated_db)
    details = window.element_page.details
    s = window.session

    def written_for(element_id: str) -> list[str]:
        fresh = ElementDetails()
        qtbot.addWidget(fresh)
        fresh.toggle.setChecked(True)
        level = s.service.answer(s.cycle_id, element_id).level
        fresh.set_element(s.framework, s.framework.element(element_id), s.lang, level)
        return [fresh.legal.text(), fresh.ask.text(), fresh.next_steps.text(),
                fresh.mapping.text()]

    def texts() -> list[str]:
        return [details.legal.text(), details.ask.text(), details.next_steps.text(),
                details.mapping.text()]

    from PySide6.QtWidgets import QTabWidget

    assert window.go_to("element:R1.1") and window.go_to("element:R1.2")
    assert details.findChild(QTabWidget) is None  # closed: the tabs are not even made
    assert texts() == ["", "", "", ""]  # closed: nothing written yet
    qtbot.mouseClick(details.toggle, Qt.MouseButton.LeftButton)
    assert texts() == written_for("R1.2") and "Test law" in details.legal.text()
    assert window.go_to("element:R1.1")  # open: written at once
    assert texts() == written_for("R1.1")
    qtbot.mouseClick(details.toggle, Qt.MouseButton.LeftButton)
    assert window.go_to("element:R1.2")
    qtbot.mouseClick(details.toggle, Qt.MouseButton.LeftButton)  # reopened on R1.2
    assert details.tabs.isVisible() and texts() == written_for("R1.2")
    assert written_for("R1.1") != written_for("R1.2")


def test_install_a_pack_from_the_file_menu_then_move_the_draft(
        qtbot, open_window, reader, tmp_path, authority, monkeypatch):
    """File ▸ Install a framework pack… verifies off the GUI thread, then offers to migrate."""
    from digigov_desktop.services import packs
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.services.demo import create_demo
    from ui.dialogs.confirm_dialog import ConfirmDialog
    from ui.dialogs.file_dialogs import OpenFileDialog

    path = tmp_path / "agency.sqlite"
    store = create_demo(path, year=YEAR, framework=load_framework("oecd-dgs-2014", "1.0.0"))
    CredentialService(store, actor="t").install_trust_bundle(authority.bundle_pem())
    store.close()
    data, _ = packs.sign_pack_folder(authority.folder, PACK, passphrase=CA_PASS)
    pack_file = tmp_path / "oecd-dgs-2014-1.5.0.dgpack"
    pack_file.write_bytes(data)
    tampered = tmp_path / "tampered.dgpack"
    raw = bytearray(data)
    raw[raw.index(b"Test pack 1.5.0") + 3] ^= 0x01
    tampered.write_bytes(bytes(raw))

    window = open_window(path)
    assert window.session.framework.version == "1.0.0"
    chosen = [tampered]
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: chosen[0]))
    questions = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(
        lambda cls, parent, title, text: questions.append(text) or True))
    window.pack_action.trigger()
    qtbot.waitUntil(lambda: window.packs.task is None, timeout=20_000)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert any("changed after it was signed" in b.text() for b in boxes)
    for box in boxes:
        box.close()
    assert reader(path).cycle(window.session.cycle_id).framework_version == "1.0.0"

    chosen[0] = pack_file
    window.pack_action.trigger()
    qtbot.waitUntil(lambda: bool(questions), timeout=20_000)
    assert "1.5.0 installed" in questions[0]
    qtbot.waitUntil(lambda: window.packs.task is None, timeout=20_000)
    qtbot.waitUntil(lambda: window.session.framework.version == "1.5.0", timeout=5000)
    assert "R1.6" in reader(path).to_review(window.session.cycle_id)
    assert window.go_to("element:R1.6")
    assert window.element_page.review.isVisible()


def test_a_click_on_a_level_descriptor_chooses_that_level(qtbot):
    from digigov_desktop.domain.framework import load_framework
    from ui.widgets.level_picker import NOT_APPLICABLE_ID, LevelPicker

    framework = load_framework()
    picker = LevelPicker()
    qtbot.addWidget(picker)
    picker.set_element(framework, next(framework.iter_elements()), "es")
    picker.show()
    chosen = []
    picker.chosen.connect(lambda level, na: chosen.append((level, na)))
    qtbot.mouseClick(picker.descriptors[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.descriptors[NOT_APPLICABLE_ID], Qt.MouseButton.LeftButton)
    assert chosen == [(3, False), (None, True)]
    assert picker.value() == (None, True)
    picker.set_value(2, False)  # showing a stored answer emits nothing
    assert chosen == [(3, False), (None, True)] and picker.value() == (2, False)


def test_the_checklist_keeps_its_rows_and_shows_each_elements_own(qtbot, open_window, demo_db):
    """Next/Previous reuse the criterion rows: each element shows exactly its criteria,
    level by level, with its stored ticks, and no row is made twice for the same place."""
    from PySide6.QtWidgets import QCheckBox

    window = open_window(demo_db)
    s = window.session
    checklist = window.element_page.criteria
    changed = []
    checklist.changed.connect(changed.append)
    walk = [k for k in window.walk() if k.startswith("element:")]
    most = [0] * 5  # per level, the most criteria an element has shown there
    for key in walk[:14] + walk[:3]:  # forward, then back to elements already seen
        assert window.go_to(key)
        element = s.framework.element(key.partition(":")[2])
        stored = s.service.answer(s.cycle_id, element.id).criteria
        rows = [checklist.layout().itemAt(i).widget() for i in range(checklist.layout().count())]
        shown = [box for row in rows for box in row.findChildren(QCheckBox)
                 if box.isVisibleTo(window)]  # in the order on screen
        expected = [c for level in range(1, 6) for c in element.criteria_at(level)]
        assert [b.objectName() for b in shown] == [f"criterion-{c.id}" for c in expected]
        assert [_label(b).text() for b in shown] == [c.text.get(s.lang) for c in expected]
        assert {cid for cid, box in checklist.boxes.items() if box.isChecked()} == set(stored)
        assert list(checklist.boxes) == [c.id for c in expected]
        chain = [window.tree.nextInFocusChain()]
        while chain[-1] is not window.tree:
            chain.append(chain[-1].nextInFocusChain())
        tab = [w for w in chain
               if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)]
        at = [tab.index(box) for box in shown]  # Tab: one after the other, as on screen
        assert at == list(range(at[0], at[0] + len(at)))
        most = [max(m, len(element.criteria_at(level)))
                for m, level in zip(most, range(1, 6), strict=True)]
        # exactly the rows the busiest element of each level needed so far: none remade
        assert len(checklist.findChildren(QCheckBox)) == sum(most)
    assert changed == []  # showing stored ticks emits nothing

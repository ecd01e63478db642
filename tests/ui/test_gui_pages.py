"""Pages on real stores: autosave, plots against core scores, readiness, evidence, new cycle."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from gui_helpers import messages
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.confirm_dialog import ConfirmDialog
from ui.dialogs.new_cycle_dialog import NewCycleDialog
from ui.progress_state import mean_targets
from ui.widgets import evidence_list
from ui.widgets.evidence_list import EvidenceList


def test_autosave_debounced_and_flushed_on_close(qtbot, open_window, reader, demo_db):
    window = open_window(demo_db)
    check = reader(demo_db)
    cycle = window.session.cycle_id
    window.go_to("element:R4.2")
    page = window.element_page
    page.rationale.selectAll()
    qtbot.keyClicks(page.rationale, "Texto nuevo")
    assert window.autosaver.has_pending
    assert window.saved_label.text() == "Saving…"
    qtbot.waitUntil(lambda: check.answer(cycle, "R4.2").rationale == "Texto nuevo", timeout=600)
    assert window.saved_label.text().startswith("Saved at")
    # Typing then closing at once: the edit is flushed, no "save changes?" prompt.
    qtbot.keyClicks(page.rationale, " y mas")
    window.close()
    assert check.answer(cycle, "R4.2").rationale == "Texto nuevo y mas"
    assert check.get_setting("ui_last_location") == "element:R4.2"


def test_plot_data_equals_core_scores_and_click_jumps(qtbot, open_window, reader, demo_db):
    window = open_window(demo_db)
    window.go_to("progress")
    page = window.progress_page
    status = reader(demo_db).status(window.session.cycle_id)
    data = page.data
    recs = [r.id for r in status.framework.recommendations]
    assert data.recommendation_ids == recs
    assert data.scores == [status.scores.recommendations[r].score for r in recs]
    assert data.completion == [status.scores.recommendations[r].completion.ratio for r in recs]
    targets = mean_targets(status)
    assert data.targets == [targets[r] for r in recs]
    pillars = status.framework.pillars
    assert data.pillar_scores == [status.scores.pillars[p.id].score for p in pillars]
    assert data.previous_scores is not None and page.comparison_chart.isVisible()
    assert page.radar.series[0].values == data.scores
    # The bar heights drawn are the data.
    bars = [i for i in page.pillar_chart.plot.getPlotItem().items if hasattr(i, "opts")
            and "height" in i.opts]
    assert list(bars[0].opts["height"]) == pytest.approx(data.pillar_scores)
    # Clicking R5 on the radar opens its recommendation page.
    plot = page.radar.plot
    pos = plot.mapFromScene(page.radar.scene_pos_of(4))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.current == "recommendation:R5", timeout=1000)
    window.go_to("progress")
    bar_plot = page.completion_chart.plot
    pos = bar_plot.mapFromScene(page.completion_chart.scene_pos_of(8, 50))
    qtbot.mouseClick(bar_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.current == "recommendation:R9", timeout=1000)


def test_the_radar_redraws_only_its_series_when_shown_again(qtbot, open_window, demo_db):
    """Each visit of the progress page draws the radar again. Its grid (rings, spokes,
    their labels) stays while the categories do; only the series' curves are replaced,
    and the legend keeps one entry per series. (Redrawing the whole grid took ~37 ms of
    the GUI thread at every visit.)"""
    window = open_window(demo_db)
    window.go_to("progress")
    radar = window.progress_page.radar
    plot = radar.plot.getPlotItem()
    grid = [item for item in plot.items if item not in radar._series_items]
    assert len(grid) == 1 + 5 + 12  # one curve for rings and spokes; ring and R labels
    session = window.session
    session.service.save_answer(session.cycle_id, "R1.1", level=5)
    window.go_to("element:R1.1")
    window.go_to("progress")
    assert [item for item in plot.items if item not in radar._series_items] == grid
    assert len(plot.items) == len(grid) + 2
    assert [label.text for _sample, label in radar.legend.items] == [
        s.name for s in radar.series]
    score = window.progress_page.data.scores[0]  # R1, with R1.1 now at level 5
    xs, ys = radar._series_items[0].getData()
    assert ys[0] == pytest.approx(score) and xs[0] == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize(("lang", "point"), [("es", ","), ("en", ".")])
def test_scores_are_written_the_way_the_language_writes_numbers(qtbot, open_window, reader,
                                                               demo_db, lang, point):
    """Chile writes 2,4 (and the English interface 2.4), on the pages and in the plots."""
    window = open_window(demo_db, lang=lang)
    status = reader(demo_db).status(window.session.cycle_id)
    overall = status.scores.overall.score
    whole, _, tenths = f"{overall:.1f}".partition(".")
    window.go_to("progress")
    assert f"{whole}{point}{tenths}" in window.progress_page.overall.text()
    window.go_to("recommendation:R1")
    r1 = status.scores.recommendations["R1"].score
    whole, _, tenths = f"{r1:.1f}".partition(".")
    assert f"{whole}{point}{tenths}" in window.recommendation_page.score.text()


def test_readiness_entries_jump_to_their_element(qtbot, open_window, demo_db):
    window = open_window(demo_db)
    window.go_to("element:R2.3")
    page = window.element_page
    page.rationale.selectAll()
    page.rationale.clear()  # MISSING_RATIONALE
    window.go_to("readiness")
    model = window.readiness_page.model
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "The rationale is missing" in texts
    row = texts.index("The rationale is missing")
    assert model.index(row, 0).data().startswith("R2.3 ")
    table = window.readiness_page.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current == "element:R2.3"
    assert window.outline.items["element:R2.3"].data(Qt.ItemDataRole.UserRole + 2) == "issues"


def test_evidence_add_drop_open_remove_and_size_limit(qtbot, open_window, reader, demo_db,
                                                      tmp_path, monkeypatch):
    window = open_window(demo_db)
    check = reader(demo_db)
    cycle = window.session.cycle_id
    window.go_to("element:R6.1")
    widget: EvidenceList = window.element_page.evidence
    before = len(check.evidence(cycle, "R6.1"))
    dropped = tmp_path / "informe.pdf"
    dropped.write_bytes(b"%PDF-1.7 informe")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    qtbot.waitUntil(lambda: len(check.evidence(cycle, "R6.1")) == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: not widget.busy)
    stored = check.evidence(cycle, "R6.1")[-1]
    assert stored.file_name == "informe.pdf" and stored.size == len(b"%PDF-1.7 informe")
    assert "informe.pdf" in [e.file_name for e in widget.evidence()]
    # Open: a temporary copy handed to the system viewer.
    opened = []
    monkeypatch.setattr(evidence_list, "open_url", lambda url: opened.append(url) or True)
    widget.list.setCurrentRow(widget.list.count() - 1)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    copy = opened[0].toLocalFile()
    assert open(copy, "rb").read() == b"%PDF-1.7 informe"
    # Too large: a clear message, nothing stored, the app keeps running.
    widget.max_bytes = 10
    big = tmp_path / "grande.bin"
    big.write_bytes(b"x" * 11)
    monkeypatch.setattr(EvidenceList, "choose_files", lambda self: [big])
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "digigov-message") is not None,
                    timeout=5000)
    box = window.findChild(QMessageBox, "digigov-message")
    assert "grande.bin is too large" in box.text()
    box.close()
    assert len(check.evidence(cycle, "R6.1")) == before + 1
    # Remove, after confirming.
    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask",
                        classmethod(lambda cls, parent, title, text: asked.append(text) or True))
    widget.list.setCurrentRow(widget.list.count() - 1)
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "informe.pdf" in asked[0]
    assert len(check.evidence(cycle, "R6.1")) == before


_ADD_FILES = evidence_list._add_files  # the real worker, whatever a test patched in later


def _gated_add(monkeypatch) -> threading.Event:
    """The evidence worker reports its first file, then waits for the returned gate before
    storing anything: the add is under way for as long as a test needs."""
    gate = threading.Event()
    real = _ADD_FILES

    def gated(*args):
        steps = real(*args)
        yield next(steps)
        gate.wait(30)
        return (yield from steps)

    monkeypatch.setattr(evidence_list, "_add_files", gated)
    return gate


def _files(folder, count: int) -> list:
    paths = [folder / f"anexo-{i}.pdf" for i in range(count)]
    for i, path in enumerate(paths):
        path.write_bytes(b"%PDF-1.7 anexo " + bytes([48 + i]))
    return paths


class _Adding:
    """A window whose element page is adding `count` files as evidence, held open by a gate
    in the worker (`_gated_add`): `before` is how many files the element had."""

    def __init__(self, qtbot, window, check, tmp_path, monkeypatch, element: str,
                 count: int) -> None:
        self.window, self.check, self.element = window, check, element
        self.cycle = window.session.cycle_id
        window.go_to(f"element:{element}")
        self.widget = window.element_page.evidence
        self.before = len(check.evidence(self.cycle, element))
        self.gate = _gated_add(monkeypatch)
        self.widget.add_files(_files(tmp_path, count))
        qtbot.waitUntil(lambda: "anexo-0.pdf" in self.widget.status.text())

    def stored(self) -> int:
        return len(self.check.evidence(self.cycle, self.element)) - self.before


def test_a_rebuild_waits_for_evidence_being_added(qtbot, open_window, reader, demo_db,
                                                  tmp_path, monkeypatch):
    """Switching the language, starting a cycle or installing a pack rebuilds the element
    page; while files are being added it says so and changes nothing, and the files then
    show on the page that added them."""
    from ui import tasks

    monkeypatch.setattr(NewCycleDialog, "ask", classmethod(lambda cls, parent, prev: prev + 1))
    window = open_window(demo_db)
    lang = window.session.lang
    adding = _Adding(qtbot, window, reader(demo_db), tmp_path, monkeypatch, "R6.1", 3)
    window.set_language("en" if lang == "es" else "es")
    assert window.session.lang == lang and window.element_page.evidence is adding.widget
    assert [a.data() for a in window.language_group.actions() if a.isChecked()] == [lang]
    window.new_cycle_action.trigger()
    window.pack_action.trigger()
    assert window.session.cycle_id == adding.cycle
    texts = messages(window)
    assert len(texts) == 3 and all("still being added" in t for t in texts)
    adding.gate.set()
    qtbot.waitUntil(lambda: not adding.widget.busy and tasks.pending() == 0, timeout=10_000)
    names = [e.file_name for e in adding.widget.evidence()]
    assert {"anexo-0.pdf", "anexo-1.pdf", "anexo-2.pdf"} <= set(names)
    assert adding.stored() == 3
    window.set_language("en" if lang == "es" else "es")  # now it switches
    assert window.session.lang != lang and not messages(window)


def test_evidence_being_added_is_stored_whole_when_its_page_goes(qtbot, open_window, reader,
                                                                 demo_db, tmp_path,
                                                                 monkeypatch):
    """A page rebuilt under a running add (after a pack migration, or its window closed)
    drops the add's callbacks, never the files still to store: all of them are stored."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui import tasks

    window = open_window(demo_db)
    adding = _Adding(qtbot, window, reader(demo_db), tmp_path, monkeypatch, "R6.1", 3)
    window.rebuild()  # what a finished pack migration does
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old page goes
    adding.gate.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10_000)
    assert adding.stored() == 3
    assert not messages(window)


def test_closing_while_evidence_is_added_waits_for_the_files(qtbot, open_window, reader,
                                                             demo_db, tmp_path, monkeypatch):
    """Quit during an add: the window says it closes once the files are stored, and does;
    quitting a second time closes at once, and the files are still all stored."""
    from ui import tasks

    window = open_window(demo_db)
    adding = _Adding(qtbot, window, reader(demo_db), tmp_path, monkeypatch, "R6.1", 2)
    window.quit_action.trigger()
    assert window.isVisible()
    assert window.statusBar().currentMessage().startswith("Closing once the files")
    adding.gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert adding.stored() == 2
    assert adding.check.get_setting("ui_last_location") == "element:R6.1"

    second = open_window(demo_db)
    adding = _Adding(qtbot, second, reader(demo_db), tmp_path, monkeypatch, "R6.2", 2)
    second.close()
    second.close()  # the person insists
    assert not second.isVisible()
    adding.gate.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10_000)
    assert adding.stored() == 2


def test_new_cycle_marks_carried_answers_until_edited(qtbot, open_window, reader, demo_db,
                                                      monkeypatch):
    window = open_window(demo_db)
    year = window.session.cycle.year
    monkeypatch.setattr(NewCycleDialog, "ask", classmethod(lambda cls, parent, prev: prev + 1))
    window.new_cycle_action.trigger()
    assert window.session.cycle.year == year + 1
    check = reader(demo_db)
    cycle = window.session.cycle_id
    window.go_to("element:R1.1")
    page = window.element_page
    assert page.carried.isVisibleTo(window)
    item = window.outline.items["element:R1.1"]
    assert "carried forward" in item.toolTip()
    level = check.answer(cycle, "R1.1").level
    qtbot.mouseClick(page.levels.buttons[(level + 1) % 6], Qt.MouseButton.LeftButton)
    assert "R1.1" not in check.carried_forward(cycle)
    assert not page.carried.isVisibleTo(window)
    assert "carried forward" not in window.outline.items["element:R1.1"].toolTip()
    # The previous cycle is compared on the progress page.
    window.go_to("progress")
    assert window.progress_page.data.previous_year == year


def test_storage_error_shows_message_and_keeps_running(qtbot, open_window, reader, demo_db):
    window = open_window(demo_db)
    cycle = window.session.cycle_id
    window.session.service.store.conn.execute("PRAGMA busy_timeout = 50")
    blocker = sqlite3.connect(demo_db, timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        window.go_to("element:R7.1")
        page = window.element_page
        qtbot.mouseClick(page.levels.buttons[0], Qt.MouseButton.LeftButton)
        box = window.findChild(QMessageBox, "digigov-message")
        assert box is not None and "in use by another program" in box.text()
        assert window.saved_label.text() == "Not saved"
        assert window.autosaver.has_pending  # kept for a retry
        box.close()
    finally:
        blocker.rollback()
        blocker.close()
    assert window.autosaver.flush()
    assert reader(demo_db).answer(cycle, "R7.1").level == 0


def test_keyboard_navigation_and_accessible_names(qtbot, open_window, demo_db):
    window = open_window(demo_db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to("element:R1.1")
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current == "element:R1.2"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "element:R1.1"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "readiness"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "progress"
    # Tab order on the element page: tree → level choices → rationale → target → evidence.
    window.go_to("element:R1.1")
    page = window.element_page
    order = []
    widget = window.tree
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is window.tree:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            order.append(widget)
    checked = page.levels.group.checkedButton()
    for earlier, later in [(checked or page.levels.buttons[0], page.rationale),
                           (page.rationale, page.target),
                           (page.target, page.evidence.list),
                           (page.evidence.list, page.evidence.add_button)]:
        assert order.index(earlier) < order.index(later)
    # Every focusable control says what it is.
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    window.go_to("recommendation:R1")
    for pageset in (window.element_page, window.recommendation_page):
        found = [w for kind in (QAbstractButton, QComboBox, QPlainTextEdit, QLineEdit)
                 for w in pageset.findChildren(kind)]
        for w in found:
            if isinstance(w, QAbstractButton):
                assert w.text() or w.accessibleName(), w
            else:
                assert w.accessibleName(), w


def test_tree_shows_states_with_icons_and_words(qtbot, open_window, demo_db):
    window = open_window(demo_db)
    item = window.outline.items["recommendation:R1"]
    assert item.text().endswith("(5/5)") or "/" in item.text()
    tip = window.outline.items["element:R1.1"].toolTip()
    assert " — " in tip  # the state in words, not only the icon
    window.tree.setCurrentIndex(window.outline.index_of("element:R3.2"))
    assert window.current == "element:R3.2"


def _unnamed_controls(root) -> list[str]:
    """Focusable controls under `root` that a screen reader could not name."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    missing = []
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
             QAbstractSpinBox, QAbstractItemView)
    for kind in kinds:
        for w in root.findChildren(kind):
            if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or not w.isVisibleTo(root):
                continue
            owner = w.parent()
            while owner is not None and not isinstance(owner, QAbstractSpinBox | QComboBox):
                owner = owner.parent()
            if owner is not None:
                continue  # a combo box's line edit or popup list: named by the combo box
            name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{type(root).__name__}: {type(w).__name__} "
                               f"{w.objectName() or ''}".strip())
    return missing


def test_every_control_of_every_page_has_a_name(qtbot, open_window, enrolled_db, coordinator):
    """Screen readers name every focusable control: all pages of both windows."""
    window = open_window(enrolled_db)
    missing = []
    for key in ("progress", "readiness", "credentials", "element:R1.1", "recommendation:R1"):
        window.go_to(key)
        missing += _unnamed_controls(window.stack.currentWidget())
    missing += _unnamed_controls(window.menuBar()) + _unnamed_controls(window.tree.parent())
    other = coordinator()
    for key in ("ca", "inbox", "dashboard"):
        other.go_to(key)
        missing += _unnamed_controls(other.stack.currentWidget())
    missing += _unnamed_controls(other.nav.parent())
    assert missing == [], "\n".join(missing)


def test_every_control_of_the_dialogs_has_a_name(qtbot, open_window, enrolled_db, tmp_path):
    from ui.dialogs.ca_create_dialog import CaCreateDialog
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.issue_dialog import IssueDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog
    from ui.dialogs.revoke_dialog import RevokeDialog
    from ui.dialogs.setup_dialog import SetupDialog

    window = open_window(enrolled_db)
    dialogs = [SetupDialog(window), NewCycleDialog(2026, window),
               CrashDialog("report", "/tmp/x.log", window),
               PassphraseDialog("t", "x", confirm=True, parent=window),
               CaCreateDialog(tmp_path, window), IssueDialog("csr", tmp_path, window),
               IssueDialog("p12", tmp_path, window), RevokeDialog("AG-01", window),
               ExportDialog(window.session, tmp_path, window)]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        missing += _unnamed_controls(dialog)
        dialog.close()
    assert missing == [], "\n".join(missing)


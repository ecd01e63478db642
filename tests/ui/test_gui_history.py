"""The audit trail in the GUI: the element page's History panel, "Clear the answer", and
the cycle-wide change history (filter, CSV) — against the rows `digigov audit` prints."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from gui_helpers import wait_idle
from PySide6.QtCore import Qt

import digigov_desktop
from digigov_desktop import cli
from digigov_desktop.messages import output
from digigov_desktop.services.audit import AuditEntry
from ui.dialogs.audit_dialog import AuditDialog
from ui.dialogs.confirm_dialog import ConfirmDialog
from ui.dialogs.file_dialogs import SaveFileDialog
from ui.models.audit_model import COL_ACTOR, COL_CHANGE, COL_WHAT, EntryRole


def _cli_audit(capsys, db, *extra, cycle: int) -> list[dict]:
    """`digigov audit --json` (every cycle), kept to `cycle` and the agency-wide changes."""
    capsys.readouterr()
    assert cli.main(["audit", "--db", str(db), "--json", *extra]) == 0
    return [e for e in json.loads(capsys.readouterr().out) if e["cycle_id"] in (cycle, None)]


def test_history_panel_shows_what_the_audit_command_lists(qtbot, open_window, demo_db,
                                                          capsys):
    window = open_window(demo_db)
    window.go_to("element:R4.2")
    page = window.element_page
    shown = lambda: [page.history_model.index(r, 0).data(EntryRole).id  # noqa: E731
                     for r in range(page.history_model.rowCount())]
    cycle = window.session.cycle_id
    # This year's answer was carried forward: no change of its own yet.
    assert shown() == [e["id"] for e in _cli_audit(capsys, demo_db, "--element", "R4.2",
                                                    cycle=cycle)] == []
    assert page.history_empty.isVisibleTo(page) and not page.history.isVisibleTo(page)
    before = 0
    page.rationale.selectAll()
    qtbot.keyClicks(page.rationale, "Nuevo texto")
    window.autosaver.flush()
    qtbot.waitUntil(lambda: len(shown()) == before + 1, timeout=2000)
    page.levels.chosen.emit(5, False)  # what a click on level 5 emits
    assert len(shown()) == before + 2
    rows = _cli_audit(capsys, demo_db, "--element", "R4.2", cycle=cycle)
    assert shown() == [e["id"] for e in rows]  # newest first, the same rows
    model = page.history_model
    assert model.index(0, COL_WHAT).data() == "Answer changed · R4.2"
    # Pack 2.0: level 5 is above what the demo's ticked criteria propose, so the change
    # carries the official's justification (the tests' override dialog gives one).
    assert model.index(0, COL_CHANGE).data() == (
        f"level: {rows[0]['old']['level']} → 5; justification of the level: – → "
        "Justificación de prueba.")
    assert model.index(1, COL_CHANGE).data().endswith("→ Nuevo texto")
    # The demo has no person set: the entry says so rather than showing an empty cell.
    assert rows[0]["actor"] == "" and model.index(0, COL_ACTOR).data() == "–"
    assert page.history.isVisibleTo(page) and not page.history_empty.isVisibleTo(page)
    page.history_box.grab().save(str(demo_db.parent / "history-panel.png"))


def test_clear_the_answer_from_the_element_page(qtbot, open_window, reader, demo_db,
                                                monkeypatch):
    window = open_window(demo_db)
    check = reader(demo_db)
    cycle = window.session.cycle_id
    window.go_to("element:R5.1")
    page = window.element_page
    assert page.clear_button.isEnabled()
    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask",
                        classmethod(lambda cls, parent, title, text: asked.append(text)))
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)  # "No": nothing changes
    assert asked and "R5.1" in asked[0] and check.answer(cycle, "R5.1").answered
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    page.rationale.selectAll()
    qtbot.keyClicks(page.rationale, "pendiente")  # a pending edit is written, then cleared
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    answer = check.answer(cycle, "R5.1")
    assert not answer.answered and answer.rationale == "" and answer.target is None
    assert page.rationale.toPlainText() == "" and not page.clear_button.isEnabled()
    newest = page.history_model.index(0, 0).data(EntryRole)
    assert (newest.action, newest.old["rationale"], newest.new) == (
        "answer.clear", "pendiente", None)
    assert page.history_model.index(0, COL_WHAT).data() == "Answer cleared · R5.1"


def test_change_history_of_the_cycle_filter_and_csv(qtbot, open_window, demo_db, capsys,
                                                    monkeypatch, tmp_path):
    window = open_window(demo_db)
    window.go_to("element:R2.3")
    window.element_page.levels.chosen.emit(None, True)  # not applicable
    dialog = AuditDialog(window.session, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    every = _cli_audit(capsys, demo_db, cycle=window.session.cycle_id)
    assert [e.id for e in dialog.shown_entries()] == [e["id"] for e in every]
    assert dialog.summary.text() == f"{len(every)} change(s)."
    qtbot.keyClicks(dialog.filter, "r2.3")
    kept = [e for e in every if e["element_id"] == "R2.3"]
    assert [e.id for e in dialog.shown_entries()] == [e["id"] for e in kept]
    assert dialog.summary.text() == f"{len(kept)} of {len(every)} changes shown."
    assert dialog.shown_entries()[0].new["not_applicable"] is True
    dialog.grab().save(str(tmp_path / "change-history.png"))
    target = tmp_path / "history.csv"
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: target))
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.read_text("utf-8-sig").splitlines()))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in kept]
    assert json.loads(rows[0]["new"]) == kept[0]["new"]
    assert str(target) in dialog.summary.text()


def test_change_history_is_in_the_file_menu(qtbot, open_window, demo_db, monkeypatch):
    window = open_window(demo_db)
    opened = []
    monkeypatch.setattr(AuditDialog, "ask", classmethod(
        lambda cls, parent, session, exports_dir: opened.append((session, exports_dir))))
    window.history_action.trigger()
    assert opened == [(window.session, window.exports_dir)]
    assert window.history_action.shortcut().toString() == "Ctrl+H"




def _entry(action: str, old=None, new=None) -> AuditEntry:
    return AuditEntry(id=1, at="2026-12-08T01:00:00Z", actor="Ana", action=action,
                      entity="cycle", key="1", old=old, new=new, reason="")


def test_change_history_speaks_spanish_to_the_end(qtbot, open_window, demo_db, tmp_path):
    """The history showed "cycle.state", "draft → ready", "actions: — → …" and
    "from_cycle: 1 → –" in a Spanish window, and the codes of a dozen actions (team,
    packs, keys) as they are stored. Now every action the services audit has its words,
    and so do the fields of their records and the states a cycle moves between."""
    window = open_window(demo_db, lang="es")
    dialog = AuditDialog(window.session, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.load()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    model = dialog.model

    def row(entry: AuditEntry | None = None, at: int = 0) -> tuple[str, str]:
        if entry is not None:
            model.set_rows([entry])
        return tuple(model.data(model.index(at, column)) for column in (COL_WHAT, COL_CHANGE))

    carried = [r for r in range(model.rowCount()) if row(at=r)[0] == "Respuestas traspasadas"]
    assert row(at=carried[0])[1] == "ciclo de origen: 1 → –; año: – → 2026"  # the real store
    assert row(_entry("cycle.state", "draft", "ready")) == (
        "Estado modificado", "borrador → listo")
    _what, notes = row(_entry("notes.update", new={"strengths": "Equipo", "improvements": "Datos",
                                                   "actions": "Plan"}))
    assert notes == "acciones planificadas: – → Plan; áreas de mejora: – → Datos; " \
                    "fortalezas: – → Equipo"
    assert row(_entry("credential.install", new={"route": "p12", "serial": "5e"}))[1] == (
        "emitida como: – → archivo PKCS#12; número de serie: – → 5e")
    assert row(_entry("workbook.seal", new={"file": "ana.dgsealed", "ratings": 54}))[1] == (
        "archivo: – → ana.dgsealed; calificaciones: – → 54")
    written = set()  # every action code the application writes
    for source in Path(digigov_desktop.__file__).parent.rglob("*.py"):
        written |= set(re.findall(r'action="([a-z_]+\.[a-z_.]+)"', source.read_text("utf-8")))
    assert {"cycle.state", "workbook.seal", "ratings.merge", "pack.install"} <= written
    for code in sorted(written):
        assert row(_entry(code))[0] != code, code
        assert output(f"AUDIT_{code}", "es") != output(f"AUDIT_{code}", "en"), code  # CLI

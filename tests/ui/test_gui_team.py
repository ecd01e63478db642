"""The team page (#15) on real stores: ratings, spread flag, consensus, workbooks, merge."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QScrollArea

from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.raters import RaterService
from digigov_desktop.services.workbooks import export_workbook, seal_workbook
from digigov_desktop.storage.database import open_store
from ui import tasks
from ui.dialogs.file_dialogs import OpenFilesDialog, SaveFileDialog
from ui.dialogs.rater_dialog import RaterAnswer, RaterDialog
from ui.models.consensus_model import (
    COL_CONSENSUS,
    COL_RATINGS,
    COL_SPREAD,
    ElementRole,
    FlaggedRole,
)


def _score(db, tmp_path, rater: str, levels: dict) -> object:
    """Export `rater`'s workbook from `db`, score in it as the rater, seal it."""
    slug = rater.split()[0].lower()
    with open_store(db) as store:
        book = export_workbook(store, rater=rater, out=tmp_path / f"{slug}.dgw")
    with open_store(book, create=False) as wb:
        ev = EvaluationService(wb, actor=rater)
        cycle = ev.current_cycle().id
        for element, level in levels.items():
            ev.save_answer(cycle, element, level=level, rationale=f"{rater} dice {level}")
        seal_workbook(wb, out=tmp_path / f"{slug}.dgrating")
    return tmp_path / f"{slug}.dgrating"


@pytest.fixture
def team_db(demo_db, tmp_path):
    """The demo evaluation with two raters whose files are merged (R1.1: 1 vs 4)."""
    with open_store(demo_db) as store:
        service = RaterService(store, actor="Facilitadora")
        service.add_rater(name="Ana Pérez", role="Jefa de TI", unit="Informática")
        service.add_rater(name="Luis Soto", role="Analista")
    files = [_score(demo_db, tmp_path, "Ana Pérez", {"R1.1": 1, "R1.2": 3, "R2.1": 2}),
             _score(demo_db, tmp_path, "Luis Soto", {"R1.1": 4, "R1.2": 3})]
    with open_store(demo_db) as store:
        RaterService(store, actor="Facilitadora").merge(files)
    return demo_db


def _messages(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_page_lists_ratings_flags_spread_and_records_consensus(
        qtbot, open_window, reader, team_db, tmp_path):
    window = open_window(team_db)
    assert window.go_to("consensus")
    page = window.consensus_page
    assert window.stack.currentWidget() is page
    model = page.model
    rows = {model.index(r, 0).data(ElementRole): r for r in range(model.rowCount())}
    assert set(rows) == {"R1.1", "R1.2", "R2.1"}
    r11 = rows["R1.1"]
    assert model.index(r11, COL_RATINGS).data() == "Ana Pérez 1 · Luis Soto 4"
    assert model.index(r11, COL_SPREAD).data() == "1–4"
    assert model.index(r11, 0).data(FlaggedRole) is True
    assert model.index(rows["R1.2"], 0).data(FlaggedRole) is False
    assert model.index(r11, COL_CONSENSUS).data() == "Pending"
    assert "3 element(s) rated · 1 with a spread of 2 levels or more · 3 without" in (
        page.summary.text())
    # the strip plot shows the same numbers
    strip = page.strip.data
    i = strip.labels.index("R1.1")
    assert strip.raters == ["Ana Pérez", "Luis Soto"]
    assert [row[i] for row in strip.levels] == [1, 4] and strip.flagged[i] is True
    assert strip.range_of(i) == (1, 4)

    # clicking the R1.1 column of the plot selects that element
    page.table.selectRow(rows["R1.2"])
    view = page.strip.plot.viewport()
    pos = page.strip.plot.mapFromScene(page.strip.scene_pos_of(i))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos)
    assert page.element_id == "R1.1"
    assert "differ by 3 levels (1 to 4)" in page.flag_label.text()
    assert "Ana Pérez (Jefa de TI): level 1" in page.ratings_text.text()
    assert "Ana Pérez dice 1" in page.ratings_text.text()
    window.grab().save(str(tmp_path / "consensus_page.png"))
    assert page.width() <= window.width()
    body = page.findChild(QScrollArea).widget()
    assert body.width() <= page.width()  # nothing runs off the right edge

    # record the consensus: level 2 with its justification
    page.level.setCurrentIndex(page.level.findData(2))
    page.justification.setFocus()
    qtbot.keyClicks(page.justification, "Acordado: hay piloto, no politica.")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    check = reader(team_db)
    cycle = window.session.cycle_id
    answer = check.answer(cycle, "R1.1")
    assert (answer.level, answer.rationale) == (2, "Acordado: hay piloto, no politica.")
    assert page.recorded.text() == "Consensus for R1.1 recorded."
    rows = {model.index(r, 0).data(ElementRole): r for r in range(model.rowCount())}
    assert model.index(rows["R1.1"], COL_CONSENSUS).data() == "2"
    assert page.strip.data.consensus[page.strip.data.labels.index("R1.1")] == 2
    # the individual ratings are still there
    assert model.index(rows["R1.1"], COL_RATINGS).data() == "Ana Pérez 1 · Luis Soto 4"
    # the element page shows the consensus as the answer
    window.go_to("element:R1.1")
    assert window.element_page.rationale.toPlainText() == "Acordado: hay piloto, no politica."


def test_recording_without_justification_is_refused(qtbot, open_window, reader, team_db):
    window = open_window(team_db)
    window.go_to("consensus")
    page = window.consensus_page
    before = reader(team_db).answer(window.session.cycle_id, "R1.1")
    page.level.setCurrentIndex(page.level.findData(3))
    page.justification.clear()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert _messages(page) == ["A consensus needs its justification."]
    assert reader(team_db).answer(window.session.cycle_id, "R1.1") == before


def test_add_rater_export_workbook_and_refused_merge(
        qtbot, open_window, team_db, tmp_path, monkeypatch):
    window = open_window(team_db)
    window.go_to("consensus")
    page = window.consensus_page
    monkeypatch.setattr(RaterDialog, "ask", classmethod(
        lambda cls, parent: RaterAnswer("Eva Rojas", "Encargada de transparencia", "Gabinete")))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "Eva Rojas (Encargada de transparencia, Gabinete) — not merged yet" in (
        page.raters_label.text())
    assert page.rater_combo.currentText() == "Eva Rojas"

    out = tmp_path / "eva.dgw"
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not page.export_button.isEnabled()  # one job at a time, off the GUI thread
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert out.exists()
    assert any("Workbook written to" in text for text in _messages(page))

    # Eva scores and seals; someone edits her file on the way back
    with open_store(out, create=False) as wb:
        ev = EvaluationService(wb, actor="Eva Rojas")
        ev.save_answer(ev.current_cycle().id, "R1.1", level=5, rationale="Eva")
        seal_workbook(wb, out=tmp_path / "eva.dgrating")
    data = json.loads((tmp_path / "eva.dgrating").read_text("utf-8"))
    data["body"]["ratings"][0]["level"] = 0
    (tmp_path / "eva-edited.dgrating").write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(OpenFilesDialog, "ask", classmethod(
        lambda cls, *a, **k: [tmp_path / "eva-edited.dgrating", tmp_path / "ana.dgrating"]))
    for box in page.findChildren(QMessageBox):
        box.close()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and tasks.pending() == 0, timeout=10_000)
    texts = _messages(page)
    assert len(texts) == 1
    assert texts[0].splitlines() == [
        "2 file(s) refused; nothing was merged.",
        "• eva-edited.dgrating: The file was changed after the rater sealed it. "
        "(RATER_FILE_TAMPERED)",
        "• ana.dgrating: This rater's ratings are already merged. (RATER_FILE_DUPLICATE)",
    ]
    assert "Eva Rojas" in page.raters_label.text() and "Eva Rojas (" in (
        page.raters_label.text())
    assert all("Eva" not in page.model.index(r, COL_RATINGS).data()
               for r in range(page.model.rowCount()))

    # the untouched file merges
    monkeypatch.setattr(OpenFilesDialog, "ask", classmethod(
        lambda cls, *a, **k: [tmp_path / "eva.dgrating"]))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and tasks.pending() == 0, timeout=10_000)
    assert "eva.dgrating: 1 rating(s) of Eva Rojas merged." in _messages(page)
    rows = {page.model.index(r, 0).data(ElementRole): r for r in range(page.model.rowCount())}
    assert page.model.index(rows["R1.1"], COL_RATINGS).data() == (
        "Ana Pérez 1 · Luis Soto 4 · Eva Rojas 5")


def test_workbook_window_seals_the_raters_ratings(qtbot, open_window, tmp_path, monkeypatch):
    db = tmp_path / "facilitator.sqlite"
    create_demo(db, agency_code="AG-3", seed=2).close()
    with open_store(db) as store:
        RaterService(store).add_rater(name="Ana Pérez", role="Jefa de TI")
        book = export_workbook(store, rater="Ana Pérez", out=tmp_path / "ana.dgw")
    window = open_window(book)
    assert window.windowTitle().endswith("rater workbook of Ana Pérez")
    team_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Team")
    assert [a.text() for a in team_menu.actions()] == [
        "&Seal my ratings for the facilitator…"]
    # the rater answers in the ordinary element page: the answer is her rating
    window.go_to("element:R1.1")
    page = window.element_page
    qtbot.mouseClick(page.levels.buttons[3], Qt.MouseButton.LeftButton)
    page.rationale.setFocus()
    qtbot.keyClicks(page.rationale, "Tenemos politica.")
    assert window.autosaver.flush()
    stored = window.session.service.answer(window.session.cycle_id, "R1.1")
    assert (stored.level, stored.rationale, stored.updated_by) == (
        3, "Tenemos politica.", "Ana Pérez")
    out = tmp_path / "ana.dgrating"
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: out))
    window.team.seal_action.trigger()
    qtbot.waitUntil(lambda: window.team.task is None and tasks.pending() == 0, timeout=10_000)
    assert out.exists()
    assert any("1 rating(s) sealed into" in t for t in _messages(window))
    with open_store(db) as store:
        merged = RaterService(store).merge([out])
    assert [(m.rater, m.ratings) for m in merged] == [("Ana Pérez", 1)]


def test_open_rater_workbook_asks_the_launcher(qtbot, open_window, demo_db, tmp_path,
                                               monkeypatch):
    from ui.dialogs.file_dialogs import OpenFileDialog

    window = open_window(demo_db)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("Open rater &workbook…") > texts.index("Start a &new cycle…")
    chosen = tmp_path / "x.dgw"
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: chosen))
    with qtbot.waitSignal(window.database_requested) as signal:
        window.team.open_workbook_action.trigger()
    assert signal.args == [chosen]


def test_team_page_in_spanish(qtbot, open_window, team_db):
    window = open_window(team_db, lang="es")
    assert "&Equipo" in [a.text() for a in window.menuBar().actions()]
    window.go_to("consensus")
    page = window.consensus_page
    assert page.title.text() == "Calificaciones del equipo y consenso"
    assert page.summary.text().startswith("3 elemento(s) calificado(s) · 1 con una dispersión")
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Calificaciones"
    assert "Las calificaciones difieren en 3 niveles (de 1 a 4)" in page.flag_label.text()


def test_file_open_rater_workbook_replaces_the_window(qtbot, tmp_path, monkeypatch):
    from ui.dialogs.file_dialogs import OpenFileDialog
    from ui.i18n import Translators
    from ui.launcher import Launcher
    from ui.main_window import MainWindow

    data = tmp_path / "data"
    data.mkdir()
    create_demo(data / "digigov.sqlite", agency_code="AG-5", seed=3).close()
    with open_store(data / "digigov.sqlite") as store:
        RaterService(store).add_rater(name="Luis Soto", role="Analista")
        book = export_workbook(store, rater="Luis Soto", out=tmp_path / "luis.dgw")
    launcher = Launcher(data, Translators(), db_path=data / "digigov.sqlite", lang="en")
    facilitator = launcher.open("agency")
    qtbot.addWidget(facilitator)
    try:
        # a file that is not a database: a message, the window stays
        monkeypatch.setattr(OpenFileDialog, "ask",
                            classmethod(lambda cls, *a, **k: tmp_path / "missing.dgw"))
        facilitator.team.open_workbook_action.trigger()
        assert launcher.window is facilitator and launcher.db_path == data / "digigov.sqlite"
        assert any("There is no database at" in t for t in _messages(facilitator))

        monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: book))
        facilitator.team.open_workbook_action.trigger()
        rater = launcher.window
        qtbot.addWidget(rater)
        assert isinstance(rater, MainWindow) and rater is not facilitator
        assert rater.isVisible() and not facilitator.isVisible()
        assert rater.windowTitle().endswith("rater workbook of Luis Soto")
        assert rater.session.db_path == book
    finally:
        launcher.window.close()
        launcher.close()


def test_consensus_model_passes_the_model_tester(qtmodeltester, open_window, team_db):
    window = open_window(team_db)
    window.go_to("consensus")
    qtmodeltester.check(window.consensus_page.model)


def test_readiness_page_names_a_pending_consensus(qtbot, open_window, team_db, tmp_path,
                                                  monkeypatch):
    from digigov_desktop import config

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"consensus_required": True}), "utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(policy))
    config.set_active_policy(None)
    try:
        window = open_window(team_db, lang="es")
        window.go_to("readiness")
        page = window.readiness_page
        texts = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
        assert texts.count("El equipo calificó este elemento; registre el consenso "
                           "(Equipo > Evaluadores y consenso)") == 3
        assert window.export_action.isEnabled()
    finally:
        config.set_active_policy(None)


def test_a_rater_on_this_computer_rates_under_their_own_name(qtbot, open_window, reader,
                                                             team_db, monkeypatch):
    window = open_window(team_db)
    window.go_to("consensus")
    page = window.consensus_page
    box = page.local
    assert box.rater.count() == 0 and not box.isEnabled()  # both raters returned workbooks
    monkeypatch.setattr(RaterDialog, "ask", classmethod(
        lambda cls, parent: RaterAnswer("Eva Rojas", "Encargada de transparencia")))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert box.isEnabled() and [box.rater.itemText(i) for i in range(box.rater.count())] == [
        "Eva Rojas"]
    answer_before = reader(team_db).answer(window.session.cycle_id, "R1.1")
    box.element.setCurrentIndex(box.element.findData("R1.1"))
    box.level.setCurrentIndex(box.level.findData(5))
    box.rationale.setFocus()
    qtbot.keyClicks(box.rationale, "Hay politica aprobada")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.saved.text() == "Rating of R1.1 by Eva Rojas saved."
    rows = {page.model.index(r, 0).data(ElementRole): r for r in range(page.model.rowCount())}
    assert page.model.index(rows["R1.1"], COL_RATINGS).data() == (
        "Ana Pérez 1 · Luis Soto 4 · Eva Rojas 5")
    assert page.model.index(rows["R1.1"], COL_SPREAD).data() == "1–5"
    # her rating is hers: the evaluation's answer did not change
    assert reader(team_db).answer(window.session.cycle_id, "R1.1") == answer_before
    # choosing the element again shows what she gave
    box.element.setCurrentIndex(box.element.findData("R1.2"))
    assert box.level.currentData() is None
    box.element.setCurrentIndex(box.element.findData("R1.1"))
    assert box.level.currentData() == 5 and box.rationale.toPlainText() == (
        "Hay politica aprobada")

"""The outline at start: scrolled so that the place the person left is in sight, and no further.

The window goes on screen before the evaluation loads into it (ui/launcher.py), so the
outline is made while the window shows; scrolling it to the current row before it has its
height used to leave the top rows (progress, the pillar, the recommendation) out of sight.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

import ui.launcher
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.stores import open_agency
from ui.i18n import Translators
from ui.launcher import Launcher
from ui.main_window import LOCATION_SETTING
from ui.widgets.outline_view import OutlineView


def _row_in_sight(tree, index) -> bool:
    return tree.viewport().rect().contains(tree.visualRect(index))


@pytest.mark.parametrize("place", ["element:R1.1", "element:R12.2"])
def test_the_outline_opens_with_the_place_left_in_sight(qtbot, demo_db, tmp_path, monkeypatch,
                                                        place):
    store = open_agency(demo_db)
    EvaluationService(store).put_setting(LOCATION_SETTING, place)
    store.close()
    monkeypatch.setattr(ui.launcher, "START_SIZE", (1000, 520))  # the outline needs to scroll
    translators = Translators()
    launcher = Launcher(tmp_path / "data", translators, db_path=demo_db, lang="es")
    window = launcher.open("agency")
    qtbot.addWidget(window)
    try:
        tree = window.tree
        assert window.current == place
        qtbot.waitUntil(lambda: tree.verticalScrollBar().maximum() > 0)
        current = tree.currentIndex()
        qtbot.waitUntil(lambda: _row_in_sight(tree, current))
        if place == "element:R1.1":  # near the top: nothing above it scrolled away
            qtbot.waitUntil(lambda: tree.verticalScrollBar().value() == 0)
            assert tree.indexAt(tree.viewport().rect().topLeft()).row() == 0
        else:
            assert tree.verticalScrollBar().value() > 0
        qtbot.wait(50)  # and it stays so once the events are through
        assert _row_in_sight(tree, current)
    finally:
        window.close()
        launcher.close()
        translators.install("en")  # as the other tests expect


def test_reveal_waits_for_the_view_to_be_on_screen(qtbot):
    model = QStandardItemModel()
    for n in range(60):
        model.appendRow(QStandardItem(f"row {n} with a title long enough to wrap onto two lines"))
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(300, 240)
    host.show()
    qtbot.waitExposed(host)
    view = OutlineView()
    view.setModel(model)
    view.reveal(model.index(2, 0))  # not on screen yet: nothing to scroll
    QVBoxLayout(host).addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    qtbot.wait(50)
    assert view.verticalScrollBar().value() == 0
    assert _row_in_sight(view, model.index(2, 0))
    last = model.index(59, 0)
    view.reveal(last)  # on screen: at once
    assert _row_in_sight(view, last) and view.verticalScrollBar().value() > 0
    assert not _row_in_sight(view, QModelIndex(model.index(0, 0)))

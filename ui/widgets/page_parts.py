"""What the pages build alike: the scrolling body, the title, wrapped text, background work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import tasks
from ui.msgbox import TitledMessages

TITLE_SCALE = 1.35
# Columns sized to their contents measure the visible rows and this many more, not Qt's
# default 1,000: with 2,000 rows in the import log every step of resizing the window took
# ~0.3 s on the GUI thread (~40 ms now). A longer text further down is elided (tooltip).
RESIZE_PRECISION = 100
PAGE_MARGINS = (16, 12, 16, 12)


def page_column(page: QWidget) -> QVBoxLayout:
    """The column of a page that does not scroll, inside the pages' margins."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    return layout


def scroll_body(page: QWidget, *, spacing: int | None = None) -> tuple[QWidget, QVBoxLayout]:
    """Fill `page` with a frameless scroll area; returns its body and the body's column."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget(scroll)
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*PAGE_MARGINS)
    if spacing is not None:
        layout.setSpacing(spacing)
    return body, layout


def heading(text: str, parent: QWidget | None, *, scale: float = TITLE_SCALE) -> QLabel:
    """A bold label, `scale` times the normal size (the page's title by default)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def wrapped(text: str, parent: QWidget | None, *, plain: bool = False,
            selectable: bool = False) -> QLabel:
    """A label that wraps its words; `plain` never reads markup, `selectable` can be copied."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def warning_label(parent: QWidget | None) -> QLabel:
    """A wrapped label in bold red for what needs attention (empty until a text is set)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("warning")
    label.setStyleSheet("QLabel#warning { color: #a51d2d; font-weight: bold; }")
    return label


def row_table(model: QAbstractItemModel, parent: QWidget | None, name: str) -> QTableView:
    """A read-only table of `model`, named `name` for screen readers, whose rows are picked
    one at a time (no row numbers)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    return table


class BackgroundPage(TitledMessages):
    """Mixin for a page that runs one background job at a time, behind a busy label.

    The page class lists it before its Qt base and provides `busy` (a QLabel),
    `refresh()`, `_update_buttons()` and `message_title()`: its own translated title for
    the message boxes (translated in the page's class, where the translation finds it).
    """

    task: tasks.Task | None = None

    def _start(self, text: str, fn: Callable[..., Any], *args: Any,
               on_success: Callable[[Any], None]) -> None:
        self.busy.setText(text)
        self.task = tasks.run_in_background(fn, *args, on_success=on_success,
                                            on_error=self._on_failed, owner=self)
        self._update_buttons()

    def finished(self) -> None:
        """A job is over (done or failed): no task, and the page shows the new state."""
        self.task = None
        self.refresh()

    def informing(self, text: str) -> Callable[[Any], None]:
        """A job's `on_success` that ends it (`finished()`) and then says `text`."""
        def done(_result: Any) -> None:
            self.finished()
            self.inform(text)

        return done

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.refresh()
        self.show_error(exc)



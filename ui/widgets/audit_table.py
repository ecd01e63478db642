"""A read-only table of audit entries: whole rows selected, the old → new column stretched."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ui.models.audit_model import COL_CHANGE
from ui.widgets.page_parts import RESIZE_PRECISION


class AuditTable(QTableView):
    def __init__(self, model: QAbstractItemModel, accessible_name: str, parent: QWidget, *,
                 lines: int, preferred_lines: int | None = None) -> None:
        """`model`: an `AuditModel` or a proxy of one; `lines`: the minimum height in lines;
        `preferred_lines`: the height it asks for when the screen has room (a dialog)."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)
        corner = self.findChild(QAbstractButton)  # Qt's "select all" corner: say what it is
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(RESIZE_PRECISION)  # a long history stays quick
        self.setMinimumHeight(self.fontMetrics().height() * lines)
        self.preferred_lines = max(lines, preferred_lines or lines)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(),
                     max(hint.height(), self.fontMetrics().height() * self.preferred_lines))

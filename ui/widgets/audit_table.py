"""A read-only table of audit entries: whole rows selected, the old → new column stretched."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ui.models.audit_model import COL_CHANGE


class AuditTable(QTableView):
    def __init__(self, model: QAbstractItemModel, accessible_name: str, parent: QWidget, *,
                 lines: int) -> None:
        """`model`: an `AuditModel` or a proxy of one; `lines`: the minimum height in lines."""
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
        self.setMinimumHeight(self.fontMetrics().height() * lines)

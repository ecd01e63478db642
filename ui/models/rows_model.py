"""Base of the flat table models: a list of rows, reset with `set_rows()`, shown through
a list of `Column`s (title, text, tooltip, icon) and whole-row custom roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROOT = QModelIndex()
Getter = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    """One column: its translated title and what a row shows in it for each role.

    `tooltip` None: the text again when the model's `TOOLTIP_IS_TEXT`, else no tooltip.
    """

    title: str
    text: Getter
    tooltip: Getter | None = None
    icon: Getter | None = None


class RowsTableModel(QAbstractTableModel):
    """Subclasses implement `columns()` and, for roles of the whole row, `row_roles()`.

    They are methods of each subclass so that its `self.tr` finds the titles in that model's
    translation context; they are asked once, on first use.
    """

    TOOLTIP_IS_TEXT: ClassVar[bool] = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: list[Column] | None = None
        self._row_roles: dict[int, Getter] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: Any) -> None:
        at = len(self._rows)
        self.beginInsertRows(ROOT, at, at)
        self._rows.append(row)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, index: QModelIndex | QPersistentModelIndex) -> Any | None:
        """The row behind a valid index of this model, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def row_roles(self) -> dict[int, Getter]:
        """Custom role → what the row gives for it (in every column)."""
        return {}

    def column_list(self) -> list[Column]:
        if self._columns is None:
            self._columns = self.columns()
        return self._columns

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.column_list())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        columns = self.column_list()
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(columns):
            return None
        return columns[section].title

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_of(index)
        columns = self.column_list()
        if row is None or not 0 <= index.column() < len(columns):
            return None
        column = columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip or (column.text if self.TOOLTIP_IS_TEXT else None)
            return None if tip is None else tip(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return None if column.icon is None else column.icon(row)
        if self._row_roles is None:
            self._row_roles = self.row_roles()
        getter = self._row_roles.get(role)
        return None if getter is None else getter(row)

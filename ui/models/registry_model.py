"""Table model of the CA registry: every issued certificate and its status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from digigov_desktop.signing.authority import RegistryEntry
from ui.icons import icon

COL_SERIAL = 0
COL_AGENCY_CODE = 1
COL_AGENCY_NAME = 2
COL_ROUTE = 3
COL_VALID_UNTIL = 4
COL_STATUS = 5
COLUMN_COUNT = 6

EntryRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class RegistryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RegistryEntry] = []

    def set_rows(self, rows: list[RegistryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RegistryEntry:
        return self._rows[row]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_SERIAL: self.tr("Serial number"),
            COL_AGENCY_CODE: self.tr("Agency code"),
            COL_AGENCY_NAME: self.tr("Agency"),
            COL_ROUTE: self.tr("Issued as"),
            COL_VALID_UNTIL: self.tr("Valid until"),
            COL_STATUS: self.tr("Status"),
        }.get(section)

    def _route(self, route: str) -> str:
        return {"csr": self.tr("certificate (request)"), "p12": self.tr("PKCS#12 file"),
                "receipt": self.tr("receipts (coordinator)")}.get(route, route)

    def _status(self, entry: RegistryEntry) -> str:
        status = entry.effective_status()
        if status == "revoked":
            return self.tr("revoked on %1").replace("%1", (entry.revoked_at or "")[:10])
        return {"active": self.tr("active"), "expired": self.tr("expired")}.get(status, status)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                COL_SERIAL: entry.serial,
                COL_AGENCY_CODE: entry.agency_code,
                COL_AGENCY_NAME: entry.agency_name,
                COL_ROUTE: self._route(entry.route),
                COL_VALID_UNTIL: entry.not_after[:10],
                COL_STATUS: self._status(entry),
            }.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return icon("state-complete" if entry.effective_status() == "active"
                        else "state-issues")
        if role == EntryRole:
            return entry
        return None

"""Table model of the CA registry: every issued certificate and its status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from digigov_desktop.signing.authority import RegistryEntry
from ui.icons import icon
from ui.models.rows_model import RowsTableModel

COL_SERIAL = 0
COL_AGENCY_CODE = 1
COL_AGENCY_NAME = 2
COL_ROUTE = 3
COL_VALID_UNTIL = 4
COL_STATUS = 5
COLUMN_COUNT = 6

EntryRole = Qt.ItemDataRole.UserRole + 1


class RegistryModel(RowsTableModel):
    COLUMN_COUNT = COLUMN_COUNT

    def column_titles(self) -> dict[int, str]:
        return {
            COL_SERIAL: self.tr("Serial number"),
            COL_AGENCY_CODE: self.tr("Agency code"),
            COL_AGENCY_NAME: self.tr("Agency"),
            COL_ROUTE: self.tr("Issued as"),
            COL_VALID_UNTIL: self.tr("Valid until"),
            COL_STATUS: self.tr("Status"),
        }

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
        entry = self.row_of(index)
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                COL_SERIAL: entry.serial,
                COL_AGENCY_CODE: entry.agency_code,
                COL_AGENCY_NAME: self._holder(entry),
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

    def _holder(self, entry: RegistryEntry) -> str:
        """The agency, and for a person's credential (signature chain) who and in which role."""
        if not getattr(entry, "person", None):
            return entry.agency_name
        role = {"preparer": self.tr("preparer"), "reviewer": self.tr("reviewer"),
                "approver": self.tr("approver")}.get(entry.role or "", entry.role or "")
        return self.tr("%1 — %2 (%3)").replace("%1", entry.agency_name).replace(
            "%2", entry.person).replace("%3", role)

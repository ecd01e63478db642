"""Table model of the CA registry: every issued certificate and its status."""

from __future__ import annotations

from PySide6.QtCore import Qt

from digigov_desktop.services.authority import RegistryEntry
from ui.icons import icon
from ui.models.rows_model import Column, Getter, RowsTableModel

COL_SERIAL, COL_AGENCY_CODE, COL_AGENCY_NAME, COL_ROUTE, COL_VALID_UNTIL, COL_STATUS = range(6)

EntryRole = Qt.ItemDataRole.UserRole + 1


class RegistryModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Serial number"), lambda entry: entry.serial),
            Column(self.tr("Agency code"), lambda entry: entry.agency_code),
            Column(self.tr("Agency"), self._holder),
            Column(self.tr("Issued as"), lambda entry: self._route(entry.route)),
            Column(self.tr("Valid until"), lambda entry: entry.not_after[:10]),
            Column(self.tr("Status"), self._status,
                   icon=lambda entry: icon("state-complete"
                                           if entry.effective_status() == "active"
                                           else "state-issues")),
        ]

    def row_roles(self) -> dict[int, Getter]:
        return {EntryRole: lambda entry: entry}

    def _route(self, route: str) -> str:
        return {"csr": self.tr("certificate (request)"), "p12": self.tr("PKCS#12 file"),
                "receipt": self.tr("receipts (coordinator)")}.get(route, route)

    def _status(self, entry: RegistryEntry) -> str:
        status = entry.effective_status()
        if status == "revoked":
            return self.tr("revoked on %1").replace("%1", (entry.revoked_at or "")[:10])
        return {"active": self.tr("active"), "expired": self.tr("expired")}.get(status, status)

    def _holder(self, entry: RegistryEntry) -> str:
        """The agency, and for a person's credential (signature chain) who and in which role."""
        if not getattr(entry, "person", None):
            return entry.agency_name
        role = {"preparer": self.tr("preparer"), "reviewer": self.tr("reviewer"),
                "approver": self.tr("approver")}.get(entry.role or "", entry.role or "")
        return self.tr("%1 — %2 (%3)").replace("%1", entry.agency_name).replace(
            "%2", entry.person).replace("%3", role)

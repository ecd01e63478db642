"""Table model of audit entries (newest first): when, who, what, old → new, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from digigov_desktop.services.audit import AuditChange, AuditEntry
from ui.models.rows_model import RowsTableModel

COL_AT = 0
COL_ACTOR = 1
COL_WHAT = 2
COL_CHANGE = 3
COL_REASON = 4
COLUMN_COUNT = 5

EntryRole = Qt.ItemDataRole.UserRole + 1
SHORT_TEXT = 60  # characters of a long value shown in the cell (the tooltip has it all)


class AuditModel(RowsTableModel):
    """Rows are `services.audit.AuditEntry` values."""

    COLUMN_COUNT = COLUMN_COUNT

    def column_titles(self) -> dict[int, str]:
        return {
            COL_AT: self.tr("When (UTC)"),
            COL_ACTOR: self.tr("Who"),
            COL_WHAT: self.tr("What"),
            COL_CHANGE: self.tr("Old → new"),
            COL_REASON: self.tr("Reason"),
        }

    def action_text(self, entry: AuditEntry) -> str:
        names = {
            "answer.update": self.tr("Answer changed"),
            "answer.clear": self.tr("Answer cleared"),
            "evidence.add": self.tr("Evidence added"),
            "evidence.remove": self.tr("Evidence removed"),
            "notes.update": self.tr("Notes changed"),
            "cycle.create": self.tr("Evaluation created"),
            "cycle.carry_forward": self.tr("Answers carried forward"),
            "cycle.state": self.tr("State changed"),
            "agency.update": self.tr("Agency details changed"),
            "submission.export": self.tr("Submission exported"),
            "submission.receipt": self.tr("Receipt installed"),
            "credential.request": self.tr("Credential requested"),
            "credential.install": self.tr("Credential installed"),
            "trust.install": self.tr("Trust bundle installed"),
        }
        text = names.get(entry.action, entry.action)
        where = entry.element_id or ("" if entry.cycle_id is not None else entry.key)
        if entry.entity == "recommendation_notes":
            where = entry.key.partition("/")[2]
        return f"{text} · {where}" if where else text

    def field_text(self, name: str) -> str:
        names = {
            "level": self.tr("level"),
            "not_applicable": self.tr("not applicable"),
            "rationale": self.tr("rationale"),
            "target": self.tr("target"),
            "file_name": self.tr("file"),
            "criteria": self.tr("criteria met"),
            "override_justification": self.tr("justification of the level"),
            "to_review": self.tr("to review"),
        }
        return names.get(name, name)

    def value_text(self, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "–"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dict | list):
            return ", ".join(f"{k}: {self.value_text(v)}" for k, v in value.items()) \
                if isinstance(value, dict) else ", ".join(self.value_text(v) for v in value)
        return str(value)

    def change_text(self, change: AuditChange, *, short: bool) -> str:
        old, new = self.value_text(change.old), self.value_text(change.new)
        if short:
            old, new = (t if len(t) <= SHORT_TEXT else t[:SHORT_TEXT - 1] + "…"
                        for t in (old, new))
        text = f"{old} → {new}"
        return f"{self.field_text(change.field)}: {text}" if change.field else text

    def text(self, entry: AuditEntry, column: int, *, short: bool = True) -> str:
        if column == COL_AT:
            return entry.at[:19].replace("T", " ")
        if column == COL_ACTOR:
            return entry.actor or "–"
        if column == COL_WHAT:
            return self.action_text(entry)
        if column == COL_CHANGE:
            return "; ".join(self.change_text(c, short=short) for c in entry.changes())
        return entry.reason

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.row_of(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_CHANGE:
                return "\n".join(self.change_text(c, short=False) for c in entry.changes())
            return self.text(entry, index.column())
        if role == EntryRole:
            return entry
        return None

"""Table model of audit entries (newest first): when, who, what, old → new, why."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt

from digigov_desktop.services.audit import AuditChange, AuditEntry
from ui.models.rows_model import Column, Getter, RowsTableModel

COL_AT, COL_ACTOR, COL_WHAT, COL_CHANGE, COL_REASON = range(5)

EntryRole = Qt.ItemDataRole.UserRole + 1
SHORT_TEXT = 60  # characters of a long value shown in the cell (the tooltip has it all)


class AuditModel(RowsTableModel):
    """Rows are `services.audit.AuditEntry` values."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When (UTC)"), lambda entry: entry.at[:19].replace("T", " ")),
            Column(self.tr("Who"), lambda entry: entry.actor or "–"),
            Column(self.tr("What"), self.action_text),
            Column(self.tr("Old → new"), lambda entry: self.changes_text(entry, short=True),
                   tooltip=lambda entry: self.changes_text(entry, short=False)),
            Column(self.tr("Reason"), lambda entry: entry.reason),
        ]

    def row_roles(self) -> dict[int, Getter]:
        return {EntryRole: lambda entry: entry}

    # The words below are looked up for every cell the view paints and, on each keystroke of
    # the dialog's filter, for every column of every row: the tables are built once per
    # model (in the language it was made in, as its column titles are).
    @functools.cached_property
    def _action_names(self) -> dict[str, str]:
        return {
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
            "answer.reviewed": self.tr("Answer marked as reviewed"),
            "consensus.record": self.tr("Consensus recorded"),
            "credential.passphrase": self.tr("Key passphrase changed"),
            "credential.rekey": self.tr("Key protection renewed"),
            "cycle.migrate": self.tr("Evaluation moved to a newer framework version"),
            "pack.install": self.tr("Framework pack installed"),
            "rater.add": self.tr("Rater named"),
            "rating.update": self.tr("Rating changed"),
            "ratings.merge": self.tr("Ratings merged"),
            "workbook.create": self.tr("Rater workbook created"),
            "workbook.export": self.tr("Rater workbook issued"),
            "workbook.seal": self.tr("Workbook sealed"),
        }

    def action_text(self, entry: AuditEntry) -> str:
        text = self._action_names.get(entry.action, entry.action)
        where = entry.element_id or ("" if entry.cycle_id is not None else entry.key)
        if entry.entity == "recommendation_notes":
            where = entry.key.partition("/")[2]
        return f"{text} · {where}" if where else text

    @functools.cached_property
    def _field_names(self) -> dict[str, str]:
        return {
            "level": self.tr("level"),
            "not_applicable": self.tr("not applicable"),
            "rationale": self.tr("rationale"),
            "target": self.tr("target"),
            "file_name": self.tr("file"),
            "criteria": self.tr("criteria met"),
            "override_justification": self.tr("justification of the level"),
            "to_review": self.tr("to review"),
            "strengths": self.tr("strengths"),
            "improvements": self.tr("areas to improve"),
            "actions": self.tr("planned actions"),
            "size": self.tr("size (bytes)"),
            "agency": self.tr("agency"),
            "code": self.tr("code"),
            "name": self.tr("name"),
            "type": self.tr("type"),
            "region": self.tr("region"),
            "year": self.tr("year"),
            "framework": self.tr("framework"),
            "version": self.tr("version"),
            "from_cycle": self.tr("from cycle"),
            "to_notes": self.tr("to the notes"),
            "submission_id": self.tr("submission"),
            "revision": self.tr("revision"),
            "accepted_at": self.tr("accepted at"),
            "issued_at": self.tr("issued at"),
            "coordinator": self.tr("coordinator"),
            "role": self.tr("role"),
            "unit": self.tr("unit"),
            "file": self.tr("file"),
            "ratings": self.tr("ratings"),
            "sealed_at": self.tr("sealed at"),
            "signer": self.tr("signer"),
            "rater": self.tr("rater"),
            "route": self.tr("issued as"),
            "serial": self.tr("serial number"),
            "justification": self.tr("justification"),
        }

    @functools.cached_property
    def _coded_names(self) -> dict[str, dict[Any, str]]:
        """Coded values in words: a cycle's states, a credential's route, true and false."""
        return {"state": {"draft": self.tr("draft"), "ready": self.tr("ready"),
                          "submitted": self.tr("submitted")},
                "route": {"csr": self.tr("certificate (request)"),
                          "p12": self.tr("PKCS#12 file")},
                "bool": {True: self.tr("yes"), False: self.tr("no")}}

    def field_text(self, name: str) -> str:
        return self._field_names.get(name, name)

    def value_text(self, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "–"
        if isinstance(value, bool):
            return self._coded_names["bool"][value]
        if isinstance(value, dict | list):
            return ", ".join(f"{self.field_text(k)}: {self.value_text(v)}"
                             for k, v in value.items()) \
                if isinstance(value, dict) else ", ".join(self.value_text(v) for v in value)
        return str(value)

    def coded_text(self, value: Any, names: dict[str, str]) -> str:
        """A coded value in words (`names`); anything else as values are."""
        return names.get(value, self.value_text(value)) if isinstance(value, str) \
            else self.value_text(value)

    def change_text(self, change: AuditChange, *, short: bool, states: bool = False) -> str:
        """`states`: the change is a cycle's state (draft → ready), said in words, as is
        a credential's route (csr, p12)."""
        names = self._coded_names["state"] if states else (
            self._coded_names["route"] if change.field == "route" else {})
        old, new = (self.coded_text(v, names) for v in (change.old, change.new))
        if short:
            old, new = (t if len(t) <= SHORT_TEXT else t[:SHORT_TEXT - 1] + "…"
                        for t in (old, new))
        text = f"{old} → {new}"
        return f"{self.field_text(change.field)}: {text}" if change.field else text

    def changes_text(self, entry: AuditEntry, *, short: bool) -> str:
        """The changes in one cell (`; ` between them), or a line each in the tooltip."""
        states = entry.action == "cycle.state"
        return ("; " if short else "\n").join(
            self.change_text(c, short=short, states=states) for c in entry.changes())

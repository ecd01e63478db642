"""The audit trail, read back: who changed what, when, old → new, and why.

Every change to an agency store writes one append-only audit row in its own transaction
(services/evaluations.py and friends). This module turns those rows into `AuditEntry`
values for the element page's History panel, the cycle-wide audit view and
`digigov audit`, newest first, and writes them as CSV (through `digigov_desktop.tabular`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop import tabular
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.stores import Store
from digigov_desktop.storage import evaluations as repo

# Entities whose key starts with the cycle id: "<cycle>", "<cycle>/<element or rec>[/<n>]".
_CYCLE_KEYED = ("answer", "evidence", "recommendation_notes", "cycle")
_ELEMENT_KEYED = ("answer", "evidence")
# Bookkeeping fields that change on every save: not a change a person made.
_NOT_CHANGES = frozenset({"updated_at", "updated_by"})
CSV_COLUMNS = ("id", "at", "actor", "action", "entity", "key", "cycle_id", "element_id",
               "old", "new", "reason")
_RAW_COLUMNS = frozenset({"id", "cycle_id"})  # numbers stay numbers in the CSV


@dataclass(frozen=True)
class AuditChange:
    """One field that changed (`field` is "" when the whole value is the change)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEntry:
    """One audit row with its values decoded (None when there was no old or new value)."""

    id: int
    at: str
    actor: str
    action: str  # e.g. answer.update, answer.clear, evidence.add, notes.update, trust.install
    entity: str
    key: str
    old: Any
    new: Any
    reason: str

    @property
    def cycle_id(self) -> int | None:
        """The evaluation cycle the change belongs to; None for agency-wide changes."""
        if self.entity not in _CYCLE_KEYED:
            return None
        head = self.key.split("/", 1)[0]
        return int(head) if head.isdigit() else None

    @property
    def element_id(self) -> str | None:
        """The element whose answer or evidence changed; None for other changes."""
        parts = self.key.split("/")
        return parts[1] if self.entity in _ELEMENT_KEYED and len(parts) > 1 else None

    def changes(self) -> tuple[AuditChange, ...]:
        """What differs between old and new: per field for records, else the whole value."""
        if isinstance(self.old, dict | None) and isinstance(self.new, dict | None) and (
                self.old or self.new):
            old, new = self.old or {}, self.new or {}
            return tuple(AuditChange(name, old.get(name), new.get(name))
                         for name in sorted(old.keys() | new.keys())
                         if name not in _NOT_CHANGES and old.get(name) != new.get(name))
        return (AuditChange("", self.old, self.new),) if self.old != self.new else ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "actor": self.actor, "action": self.action,
                "entity": self.entity, "key": self.key, "cycle_id": self.cycle_id,
                "element_id": self.element_id, "old": self.old, "new": self.new,
                "reason": self.reason}


class AuditError(DigigovError):
    """The audit trail cannot be written out (code WRITE_FAILED, param `path`)."""


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def audit_trail(store: Store, *, cycle_id: int | None = None, element_id: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
    """The audit trail, newest first.

    Args:
        cycle_id: keep the changes of that cycle and the agency-wide ones (credential,
            trust bundle, agency details, receipts), which belong to every cycle.
        element_id: keep only the changes to that element's answer and evidence.
        limit: at most this many entries (the newest).
    """
    key = f"{cycle_id}/{element_id}" if cycle_id is not None and element_id else None
    rows = repo.audit_rows(store, entities=_ELEMENT_KEYED if element_id else (), key=key)
    entries = []
    for row in rows:
        entry = AuditEntry(**{**row, "old": _decode(row["old"]), "new": _decode(row["new"])})
        if element_id is not None and entry.element_id != element_id:
            continue
        if cycle_id is not None and entry.cycle_id not in (cycle_id, None):
            continue
        entries.append(entry)
        if limit is not None and len(entries) >= limit:
            break
    return entries


def value_text(value: Any) -> str:
    """A decoded old or new value as one line of text: "" for none, JSON for records."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _csv_row(entry: AuditEntry) -> list[Any]:
    data = entry.to_json()
    return [data[c] if c in _RAW_COLUMNS else value_text(data[c]) for c in CSV_COLUMNS]


def write_audit_csv(entries: list[AuditEntry], path: Path) -> Path:
    """Write `entries` as CSV atomically: UTF-8 with BOM, CRLF, through the project's
    formula-safe writer (`digigov_desktop.tabular`); old and new values as JSON.

    Raises:
        AuditError: `WRITE_FAILED` when the file cannot be written.
    """
    path = Path(path)
    try:
        tabular.write_csv(path, CSV_COLUMNS, (_csv_row(entry) for entry in entries))
    except OSError as exc:
        raise AuditError(f"cannot write {path}: {exc.strerror or exc}", code="WRITE_FAILED",
                         path=str(path)) from exc
    return path

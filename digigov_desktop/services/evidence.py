"""Evidence files of an evaluation's elements: add (with size limit and SHA-256), remove.

`EvidenceMixin` is part of `EvaluationService`; it uses the service's store, actor, cycles
and packs.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from digigov_desktop.domain.evaluation import Cycle, Evidence
from digigov_desktop.errors import InvalidInputError, NotFoundError
from digigov_desktop.services.evaluation_checks import too_large, touch_cycle
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage.database import Store

if TYPE_CHECKING:
    from digigov_desktop.domain.framework import Framework

DEFAULT_MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class EvidenceMixin:
    store: Store
    actor: str

    if TYPE_CHECKING:
        def cycle(self, cycle_id: int) -> Cycle: ...
        def framework_for(self, cycle: Cycle) -> Framework: ...

    def add_evidence(
        self,
        cycle_id: int,
        element_id: str,
        *,
        path: Path | None = None,
        content: bytes | None = None,
        file_name: str | None = None,
        description: str = "",
        max_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES,
    ) -> Evidence:
        """Store a file (by path or bytes) as evidence of one element, with its SHA-256.

        Raises:
            InvalidInputError: `EVIDENCE_TOO_LARGE`, `EVIDENCE_EMPTY`, `EVIDENCE_UNREADABLE`.
        """
        cycle = self.cycle(cycle_id)
        if not self.framework_for(cycle).has_element(element_id):
            raise InvalidInputError(f"unknown element {element_id}", code="UNKNOWN_ELEMENT")
        if path is not None:
            path = Path(path)
            file_name = file_name or path.name
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    raise too_large(file_name, size, max_bytes)
                content = path.read_bytes()
            except OSError as exc:
                raise InvalidInputError(
                    f"{path}: {exc.strerror or exc}", code="EVIDENCE_UNREADABLE", file=str(path)
                ) from None
        if content is None or not file_name:
            raise InvalidInputError("no evidence file given", code="EVIDENCE_UNREADABLE")
        if len(content) > max_bytes:
            raise too_large(file_name, len(content), max_bytes)
        if not content:
            raise InvalidInputError(f"{file_name} is empty", code="EVIDENCE_EMPTY", file=file_name)
        sha256 = hashlib.sha256(content).hexdigest()
        media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        with self.store.transaction() as db:
            evidence_id = repo.insert_evidence(
                db, cycle_id=cycle_id, element_id=element_id, file_name=file_name,
                content=content, sha256=sha256, media_type=media_type, actor=self.actor,
                description=description,
            )
            repo.append_audit(
                db, actor=self.actor, action="evidence.add", entity="evidence",
                key=f"{cycle_id}/{element_id}/{evidence_id}",
                new={"file_name": file_name, "size": len(content), "sha256": sha256},
            )
            touch_cycle(db, cycle)
        return repo.get_evidence(self.store, evidence_id)

    def remove_evidence(self, evidence_id: int) -> None:
        item = repo.get_evidence(self.store, evidence_id)
        row = self.store.query_one("SELECT cycle_id FROM evidence WHERE id = ?", [evidence_id])
        if row is None:
            raise NotFoundError(f"evidence {evidence_id} not found", code="EVIDENCE_NOT_FOUND")
        cycle = self.cycle(row["cycle_id"])
        with self.store.transaction() as db:
            repo.delete_evidence(db, evidence_id)
            repo.append_audit(
                db, actor=self.actor, action="evidence.remove", entity="evidence",
                key=f"{cycle.id}/{item.element_id}/{evidence_id}",
                old={"file_name": item.file_name, "size": item.size, "sha256": item.sha256},
            )
            touch_cycle(db, cycle)

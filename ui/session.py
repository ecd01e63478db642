"""The open evaluation the pages work on: service, current cycle, language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digigov_desktop.domain.framework import Framework
from digigov_desktop.services.evaluations import EvaluationService, Status
from digigov_desktop.services.stores import StoreRef

ACTOR_SETTING = "actor_name"


@dataclass
class Session:
    service: EvaluationService
    cycle_id: int
    lang: str = "es"

    @property
    def cycle(self):
        return self.service.cycle(self.cycle_id)

    @property
    def framework(self) -> Framework:
        return self.service.framework_for(self.cycle)

    @property
    def db_path(self) -> Path:
        return self.service.store.path

    @property
    def store_ref(self) -> StoreRef:
        """What a worker thread opens (a connection belongs to its thread)."""
        return StoreRef.of(self.service.store)

    def status(self) -> Status:
        return self.service.status(self.cycle_id)

    def previous_status(self) -> Status | None:
        previous = self.cycle.previous_cycle_id
        return None if previous is None else self.service.status(previous)

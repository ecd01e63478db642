"""What `digigov status` and the GUI's progress view show of one evaluation: `Status`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from digigov_desktop.domain import validation
from digigov_desktop.domain.evaluation import Evaluation
from digigov_desktop.domain.framework import Framework
from digigov_desktop.domain.scoring import Scores


@dataclass(frozen=True)
class Status:
    """What `digigov status` and the GUI's progress view show."""

    evaluation: Evaluation
    framework: Framework
    scores: Scores
    issues: list[validation.Issue]

    @property
    def ready(self) -> bool:
        return validation.is_ready(self.issues)

    def to_json(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        s = self.scores
        return {
            "agency": {"code": self.evaluation.agency.code, "name": self.evaluation.agency.name},
            "cycle": self.evaluation.cycle.year,
            "state": str(self.evaluation.cycle.state),
            "framework": {"id": self.framework.id, "version": self.framework.version},
            "completion": r(s.overall.completion.ratio),
            "overall": r(s.overall.score),
            "overall_normalized": r(s.overall.normalized),
            "pillars": {
                pid: {
                    "score": r(p.score),
                    "completion": r(p.completion.ratio),
                    "status": p.status,
                    "recommendations": [
                        rec.id for rec in self.framework.pillar(pid).recommendations
                    ],
                }
                for pid, p in s.pillars.items()
            },
            "recommendations": {
                rid: {"score": r(v.score), "completion": r(v.completion.ratio), "status": v.status}
                for rid, v in s.recommendations.items()
            },
            "ready": self.ready,
            "issues": [i.to_json() for i in self.issues],
        }

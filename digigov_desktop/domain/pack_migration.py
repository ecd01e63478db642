"""Carry an evaluation from one pack version to the next along the newer pack's map.

Pure: `plan_migration(old, new, evaluation)` says what every answer, rationale, note and
evidence file becomes; `services.pack_migration` shows the plan (`--dry-run`) or applies
it in one transaction. Rules (docs/pack-format-2.md, `from` and `removed`):

- `same`: the answer is carried as it is.
- `renamed`, `split`: the old answer is carried to the new element (to every part of a
  split) and marked "to review".
- `merged`: the new element gets the texts of all its predecessors (each rationale under
  its old id), the lowest of their levels (a merged practice is only as mature as its
  weakest part) and every evidence file; marked "to review".
- `new`: nothing is carried.
- `removed` (top level): the old answer's level and rationale are appended to the notes
  of the recommendation the pack names; its evidence files move to that
  recommendation's first element and the note names them.

No text is lost: every non-empty rationale of the old cycle ends up in an answer or a note,
and every evidence file in at least one element (tests count them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digigov_desktop.domain.evaluation import Answer, Evaluation, RecommendationNotes
from digigov_desktop.domain.framework import Framework


class MigrationError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class CarriedAnswer:
    element_id: str
    relation: str
    sources: tuple[str, ...]
    answer: Answer
    to_review: bool


@dataclass(frozen=True)
class EvidenceMove:
    evidence_id: int
    file_name: str
    from_element: str
    to_elements: tuple[str, ...]  # the first keeps the row; the others get a linked copy


@dataclass
class MigrationPlan:
    from_version: str
    to_version: str
    framework_id: str
    answers: list[CarriedAnswer] = field(default_factory=list)
    new_elements: list[str] = field(default_factory=list)
    notes: dict[str, RecommendationNotes] = field(default_factory=dict)
    to_notes: list[tuple[str, str]] = field(default_factory=list)  # (old element, rec id)
    evidence: list[EvidenceMove] = field(default_factory=list)

    @property
    def to_review(self) -> list[str]:
        return [a.element_id for a in self.answers if a.to_review]

    def to_json(self) -> dict[str, object]:
        return {
            "framework": self.framework_id,
            "from": self.from_version,
            "to": self.to_version,
            "answers": [
                {"element": a.element_id, "relation": a.relation, "from": list(a.sources),
                 "level": a.answer.level, "not_applicable": a.answer.not_applicable,
                 "to_review": a.to_review}
                for a in self.answers
            ],
            "new_elements": self.new_elements,
            "to_notes": [{"element": e, "recommendation": r} for e, r in self.to_notes],
            "evidence": [{"id": m.evidence_id, "file_name": m.file_name,
                          "from": m.from_element, "to": list(m.to_elements)}
                         for m in self.evidence],
            "to_review": self.to_review,
        }


def plan_migration(old: Framework, new: Framework, evaluation: Evaluation) -> MigrationPlan:
    """What `evaluation` (made on `old`) becomes on `new`.

    Raises:
        MigrationError: `MIGRATION_NOT_MAPPED` when `new` does not map from `old`.
    """
    if new.previous != (old.id, old.version):
        raise MigrationError(
            "MIGRATION_NOT_MAPPED",
            f"{new.id} {new.version} does not map from {old.id} {old.version}")
    plan = MigrationPlan(from_version=old.version, to_version=new.version, framework_id=new.id)
    answers = evaluation.answers
    targets: dict[str, list[str]] = {}  # old element -> new elements it feeds
    for element in new.iter_elements():
        origin = element.predecessor
        if origin is None or origin.relation == "new" or not origin.elements:
            plan.new_elements.append(element.id)
            continue
        for source in origin.elements:
            targets.setdefault(source, []).append(element.id)
        found = [answers[s] for s in origin.elements if s in answers and _has_content(answers[s])]
        if not found:
            continue
        if origin.relation == "merged":
            answer = _merge(element.id, origin.elements, answers)
        else:
            src = found[0]
            answer = Answer(element_id=element.id, level=src.level,
                            not_applicable=src.not_applicable, rationale=src.rationale,
                            target=src.target, updated_at=src.updated_at,
                            updated_by=src.updated_by)
        plan.answers.append(CarriedAnswer(
            element_id=element.id, relation=origin.relation, sources=origin.elements,
            answer=answer, to_review=origin.relation != "same"))
    notes = {rid: n for rid, n in evaluation.notes.items()}
    for removed in new.removed:
        rec_id = removed.notes_to
        first = new.recommendation(rec_id).elements[0].id
        targets.setdefault(removed.id, []).append(first)
        removed_answer = answers.get(removed.id)
        files = [e.file_name for e in evaluation.evidence if e.element_id == removed.id]
        if (removed_answer is None or not _has_content(removed_answer)) and not files:
            continue
        plan.to_notes.append((removed.id, rec_id))
        text = _removed_note(removed.id, old, removed_answer, files, first)
        base = notes.get(rec_id, RecommendationNotes(rec_id))
        joined = f"{base.improvements.rstrip()}\n\n{text}" if base.improvements.strip() else text
        notes[rec_id] = RecommendationNotes(rec_id, strengths=base.strengths,
                                            improvements=joined, actions=base.actions)
        plan.notes[rec_id] = notes[rec_id]
    for item in evaluation.evidence:
        to = targets.get(item.element_id)
        if not to:
            raise MigrationError("MIGRATION_NOT_MAPPED",
                                 f"{new.version} has no place for {item.element_id}")
        plan.evidence.append(EvidenceMove(item.id, item.file_name, item.element_id, tuple(to)))
    mapped = set(targets)
    lost = [eid for eid, a in answers.items() if eid not in mapped and _has_content(a)]
    if lost:
        raise MigrationError("MIGRATION_NOT_MAPPED",
                             f"{new.version} does not map {', '.join(sorted(lost))}")
    return plan


def _has_content(answer: Answer) -> bool:
    return answer.answered or bool(answer.rationale.strip()) or answer.target is not None


def _merge(element_id: str, sources: tuple[str, ...], answers: dict[str, Answer]) -> Answer:
    parts = [answers[s] for s in sources if s in answers and _has_content(answers[s])]
    levels = [a.level for a in parts if a.level is not None]
    targets = [a.target for a in parts if a.target is not None]
    texts = [f"[{a.element_id}] {a.rationale.strip()}" for a in parts if a.rationale.strip()]
    return Answer(
        element_id=element_id,
        level=min(levels) if levels else None,
        not_applicable=not levels and all(a.not_applicable for a in parts),
        rationale="\n\n".join(texts),
        target=min(targets) if targets else None,
    )


def _removed_note(element_id: str, old: Framework, answer: Answer | None, files: list[str],
                  moved_to: str) -> str:
    title = old.element(element_id).title
    lines = [f"[{element_id} {old.version}: {title.es} / {title.en}]"]
    if answer is not None:
        if answer.not_applicable:
            lines.append("N/A")
        elif answer.level is not None:
            lines.append(f"Nivel / level {answer.level}")
        if answer.rationale.strip():
            lines.append(answer.rationale.strip())
    if files:
        lines.append(f"Evidencia movida a / evidence moved to {moved_to}: " + ", ".join(files))
    return "\n".join(lines)

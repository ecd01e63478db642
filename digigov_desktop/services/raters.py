"""Evaluating as a team (#15): name raters, take their ratings, merge return files, decide.

The facilitator's use cases over the agency store's current cycle. Every change is ONE
transaction with an audit row. A merge checks every file first and writes only when all
pass: a refusal (with a code per file) leaves the database exactly as it was.
The consensus goes through `EvaluationService.save_answer` (the normal answer path and its
audit row) inside the same transaction that records it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop.domain import ratings as domain
from digigov_desktop.domain.evaluation import MAX_TEXT_LENGTH
from digigov_desktop.domain.framework import Framework
from digigov_desktop.domain.ratings import (
    Consensus,
    ElementSpread,
    Rater,
    Rating,
    RecommendationSpread,
)
from digigov_desktop.domain.validation import Issue, IssueCode
from digigov_desktop.errors import DigigovError, InvalidInputError, NotFoundError
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage import ratings as store_ratings
from digigov_desktop.storage.database import Store, utc_now

MAX_NAME_LENGTH = 200


class MergeRefused(DigigovError):
    """No file was merged. Params: `refusals` (list of `Refusal`), `count`."""

    code = "RATER_MERGE_REFUSED"


@dataclass(frozen=True)
class Refusal:
    """Why one return file was refused. Codes: UNREADABLE_FILE, RATER_FILE_INVALID,
    RATER_FILE_OTHER_AGENCY, RATER_FILE_OTHER_CYCLE, RATER_UNKNOWN, RATER_FILE_TAMPERED,
    RATER_FILE_DUPLICATE, RATER_RATED_LOCALLY."""

    file: str
    code: str
    detail: str = ""
    rater: str = ""


@dataclass(frozen=True)
class Merged:
    file: str
    rater: str
    ratings: int


@dataclass(frozen=True)
class ConsensusView:
    """What the consensus page and `digigov consensus` show for one cycle."""

    raters: tuple[Rater, ...]
    elements: tuple[ElementSpread, ...]  # every element of the framework, in walking order
    recommendations: tuple[RecommendationSpread, ...]

    @property
    def rated(self) -> list[ElementSpread]:
        return [e for e in self.elements if e.ratings]

    @property
    def pending(self) -> list[ElementSpread]:
        return [e for e in self.elements if e.pending]

    def element(self, element_id: str) -> ElementSpread:
        return next(e for e in self.elements if e.element_id == element_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "raters": [{"name": r.name, "role": r.role, "unit": r.unit,
                        "merged": r.merged_at is not None} for r in self.raters],
            "elements": [e.to_json() for e in self.elements],
            "recommendations": [r.to_json() for r in self.recommendations],
            "pending": [e.element_id for e in self.pending],
            "flagged": [e.element_id for e in self.elements if e.flagged],
        }


class RaterService:
    """The facilitator's team-evaluation use cases over one open agency store."""

    def __init__(self, store: Store, *, actor: str = "") -> None:
        self.store = store
        self.actor = actor
        self.evaluations = EvaluationService(store, actor=actor)

    def cycle_id(self) -> int:
        cycle = self.evaluations.current_cycle()
        if cycle is None:
            raise InvalidInputError("the database has no evaluation yet", code="NO_CYCLE")
        return cycle.id

    def is_workbook(self) -> bool:
        return store_ratings.workbook_identity(self.store) is not None

    # --- raters ----------------------------------------------------------------------

    def raters(self, cycle_id: int | None = None) -> list[Rater]:
        return store_ratings.raters(self.store, self._cycle(cycle_id))

    def rater(self, name: str, cycle_id: int | None = None) -> Rater:
        found = store_ratings.rater_by_name(self.store, self._cycle(cycle_id), name.strip())
        if found is None:
            raise NotFoundError(f"no rater named {name}", code="RATER_NOT_FOUND", name=name)
        return found

    def rater_secret(self, rater: Rater) -> bytes:
        return store_ratings.rater_secret(self.store, rater.id)

    def add_rater(self, *, name: str, role: str = "", unit: str = "",
                  cycle_id: int | None = None) -> Rater:
        """Name a member of the self-assessment group; a per-rater secret is made for them.

        Raises:
            InvalidInputError: RATER_NAME_REQUIRED, RATER_EXISTS, IS_A_WORKBOOK, TEXT_TOO_LONG.
        """
        cycle = self._cycle(cycle_id)
        if self.is_workbook():
            raise InvalidInputError("raters are named in the facilitator's database, not in "
                                    "a rater workbook", code="IS_A_WORKBOOK")
        name, role, unit = name.strip(), role.strip(), unit.strip()
        if not name:
            raise InvalidInputError("the rater's name is required", code="RATER_NAME_REQUIRED")
        for field, value in (("name", name), ("role", role), ("unit", unit)):
            if len(value) > MAX_NAME_LENGTH:
                raise InvalidInputError(f"{field} too long", code="TEXT_TOO_LONG", field=field,
                                        limit=MAX_NAME_LENGTH)
        if store_ratings.rater_by_name(self.store, cycle, name) is not None:
            raise InvalidInputError(f"there is already a rater named {name}",
                                    code="RATER_EXISTS", name=name)
        import uuid  # with platform, ~3 ms that the window's start-up does not need

        from digigov_desktop.signing import workbook_seal  # cryptography: not at start-up

        workbook_id = str(uuid.uuid4())
        with self.store.transaction() as db:
            store_ratings.insert_rater(db, cycle_id=cycle, name=name, role=role, unit=unit,
                                       workbook_id=workbook_id,
                                       secret=workbook_seal.new_secret(), actor=self.actor)
            repo.append_audit(db, actor=self.actor, action="rater.add", entity="rater",
                              key=f"{cycle}/{name}",
                              new={"name": name, "role": role, "unit": unit,
                                   "workbook_id": workbook_id})
        return self.rater(name, cycle)

    # --- ratings scored in this database (raters on the facilitator's PC) -----------------

    def rate(self, element_id: str, *, rater: str, level: int | None = None,
             not_applicable: bool = False, rationale: str = "",
             cycle_id: int | None = None) -> Rating:
        """Record (or change) one rater's own rating in this database, under their name.

        Raises:
            InvalidInputError: UNKNOWN_ELEMENT, INVALID_LEVEL, TEXT_TOO_LONG,
                RATER_ALREADY_MERGED (their ratings came from their workbook).
            NotFoundError: RATER_NOT_FOUND.
        """
        cycle = self._cycle(cycle_id)
        who = self.rater(rater, cycle)
        self._check_element(cycle, element_id)
        level, not_applicable = _check_choice(level, not_applicable)
        _check_text(rationale, "rationale")
        if who.merged_at is not None:
            raise InvalidInputError(f"{who.name}'s ratings came from their workbook",
                                    code="RATER_ALREADY_MERGED", name=who.name)
        old = store_ratings.get_rating(self.store, cycle, who.id, element_id)
        new = Rating(element_id=element_id, rater=who.name, level=level,
                     not_applicable=not_applicable, rationale=rationale, rated_at=utc_now())
        with self.store.transaction() as db:
            store_ratings.put_local_rating(db, cycle_id=cycle, rater_id=who.id, rating=new)
            repo.append_audit(db, actor=self.actor, action="rating.update", entity="rating",
                              key=f"{cycle}/{who.name}/{element_id}",
                              old=None if old is None else _rating_json(old),
                              new=_rating_json(new))
        return new

    # --- merging return files -------------------------------------------------------------

    def merge(self, files: Sequence[Path | tuple[str, bytes]], *,
              cycle_id: int | None = None) -> list[Merged]:
        """Merge rater return files: all of them, or (on any refusal) none.

        Args:
            files: paths, or (name, bytes) pairs.

        Raises:
            MergeRefused: with one `Refusal` per refused file; nothing was written.
        """
        cycle_id = self._cycle(cycle_id)
        cycle = self.evaluations.cycle(cycle_id)
        agency = repo.get_agency(self.store, cycle.agency_code)
        framework = self.evaluations.framework_for(cycle)
        accepted: list[tuple[str, str, Rater, domain.ReturnBody, bytes]] = []
        refusals: list[Refusal] = []
        seen_sha: set[str] = set()
        seen_raters: set[int] = set()
        for item in files:
            name, data = _read(item)
            if data is None:
                refusals.append(Refusal(name, "UNREADABLE_FILE", "cannot be read"))
                continue
            sha = hashlib.sha256(data).hexdigest()
            checked = self._check_file(name, data, sha, cycle_id, cycle.year, agency.code,
                                       framework)
            if isinstance(checked, Refusal):
                refusals.append(checked)
                continue
            rater, body = checked
            if sha in seen_sha or rater.id in seen_raters:
                refusals.append(Refusal(name, "RATER_FILE_DUPLICATE",
                                        "given twice in this merge", rater.name))
                continue
            seen_sha.add(sha)
            seen_raters.add(rater.id)
            accepted.append((name, sha, rater, body, data))
        if refusals:
            raise MergeRefused(f"{len(refusals)} file(s) refused; nothing was merged",
                               refusals=refusals, count=len(refusals))
        done = []
        with self.store.transaction() as db:
            for name, sha, rater, body, data in accepted:
                merge_id = store_ratings.insert_merge(
                    db, cycle_id=cycle_id, rater_id=rater.id, file_sha256=sha, file_name=name,
                    sealed_at=body.sealed_at, count=len(body.ratings), actor=self.actor,
                    content=data)
                for rating in body.ratings:
                    store_ratings.insert_merged_rating(db, cycle_id=cycle_id, rater_id=rater.id,
                                                       merge_id=merge_id, rating=rating)
                repo.append_audit(db, actor=self.actor, action="ratings.merge",
                                  entity="rater", key=f"{cycle_id}/{rater.name}",
                                  new={"file": name, "sha256": sha,
                                       "ratings": len(body.ratings),
                                       "sealed_at": body.sealed_at})
                done.append(Merged(name, rater.name, len(body.ratings)))
        return done

    def _check_file(self, name: str, data: bytes, sha: str, cycle_id: int, year: int,
                    agency_code: str, framework: Framework
                    ) -> Refusal | tuple[Rater, domain.ReturnBody]:
        """The refusal, or (rater, body), for one return file; checks in a fixed order."""
        if store_ratings.merged_file(self.store, sha) is not None:
            return Refusal(name, "RATER_FILE_DUPLICATE", "this file was already merged")
        try:
            body, signed_bytes, mac = domain.parse_return_file(data)
        except domain.ReturnFileError as exc:
            return Refusal(name, "RATER_FILE_INVALID", str(exc))
        if body.agency_code != agency_code:
            return Refusal(name, "RATER_FILE_OTHER_AGENCY",
                           f"for agency {body.agency_code}, not {agency_code}",
                           body.rater)
        if (body.cycle_year, body.framework_id, body.framework_version) != (
                year, framework.id, framework.version):
            return Refusal(name, "RATER_FILE_OTHER_CYCLE",
                           f"for cycle {body.cycle_year} ({body.framework_id} "
                           f"{body.framework_version})", body.rater)
        found = store_ratings.rater_by_workbook(self.store, body.workbook_id)
        if found is None or found[1] != cycle_id:
            return Refusal(name, "RATER_UNKNOWN", f"no rater has workbook {body.workbook_id}",
                           body.rater)

        from digigov_desktop.signing import workbook_seal  # cryptography: not at start-up

        rater = found[0]
        secret = store_ratings.rater_secret(self.store, rater.id)
        if not workbook_seal.seal_is_valid(secret, signed_bytes, mac) or \
                body.rater != rater.name:
            return Refusal(name, "RATER_FILE_TAMPERED",
                           "the seal does not match the content", rater.name)
        if rater.merged_at is not None:
            return Refusal(name, "RATER_FILE_DUPLICATE",
                           f"{rater.name}'s ratings were already merged", rater.name)
        if any(r.rater == rater.name and r.source == "local"
               for r in store_ratings.ratings(self.store, cycle_id)):
            return Refusal(name, "RATER_RATED_LOCALLY",
                           f"{rater.name} already rated in this database", rater.name)
        elements = set()
        for rating in body.ratings:
            problem = None
            if not framework.has_element(rating.element_id) or rating.element_id in elements:
                problem = f"element {rating.element_id}"
            elif rating.level is not None and not 0 <= rating.level <= 5:
                problem = f"level {rating.level}"
            elif (rating.level is None) == (not rating.not_applicable):
                problem = f"element {rating.element_id}: a level or N/A, not both"
            elif len(rating.rationale) > MAX_TEXT_LENGTH:
                problem = f"element {rating.element_id}: rationale too long"
            if problem:
                return Refusal(name, "RATER_FILE_INVALID", problem, rater.name)
            elements.add(rating.element_id)
        return rater, body

    # --- consensus -----------------------------------------------------------------------

    def view(self, cycle_id: int | None = None) -> ConsensusView:
        cycle_id = self._cycle(cycle_id)
        cycle = self.evaluations.cycle(cycle_id)
        framework = self.evaluations.framework_for(cycle)
        by_element: dict[str, list[Rating]] = {}
        for rating in store_ratings.ratings(self.store, cycle_id):
            by_element.setdefault(rating.element_id, []).append(rating)
        decided = store_ratings.consensus(self.store, cycle_id)
        answers = repo.answers(self.store, cycle_id)
        spreads = {}
        for element in framework.iter_elements():
            answer = answers.get(element.id)
            spreads[element.id] = ElementSpread(
                element_id=element.id, ratings=tuple(by_element.get(element.id, ())),
                consensus=decided.get(element.id),
                answer_level=None if answer is None else answer.level,
                answer_not_applicable=False if answer is None else answer.not_applicable,
            )
        groups = {rec.id: [e.id for e in rec.elements] for rec in framework.recommendations}
        return ConsensusView(
            raters=tuple(self.raters(cycle_id)),
            elements=tuple(spreads.values()),
            recommendations=tuple(domain.recommendation_spreads(groups, spreads)),
        )

    def record_consensus(self, element_id: str, *, level: int | None = None,
                         not_applicable: bool = False, justification: str,
                         cycle_id: int | None = None) -> Consensus:
        """Record the group's level for one element and make it the evaluation's answer.

        Raises:
            InvalidInputError: UNKNOWN_ELEMENT, INVALID_LEVEL, NO_RATINGS,
                CONSENSUS_JUSTIFICATION_REQUIRED, TEXT_TOO_LONG.
        """
        cycle = self._cycle(cycle_id)
        self._check_element(cycle, element_id)
        level, not_applicable = _check_choice(level, not_applicable)
        _check_text(justification, "justification")
        if not justification.strip():
            raise InvalidInputError("a consensus needs its justification",
                                    code="CONSENSUS_JUSTIFICATION_REQUIRED")
        if not any(r.element_id == element_id for r in store_ratings.ratings(self.store, cycle)):
            raise InvalidInputError(f"nobody has rated {element_id} yet", code="NO_RATINGS",
                                    element=element_id)
        old = store_ratings.consensus(self.store, cycle).get(element_id)
        value = Consensus(element_id=element_id, level=level, not_applicable=not_applicable,
                          justification=justification, decided_at=utc_now(),
                          decided_by=self.actor)
        with self.store.transaction() as db:
            if not_applicable:
                self.evaluations.save_answer(cycle, element_id, not_applicable=True,
                                             rationale=justification, reason="consensus")
            else:
                # On a pack with criteria, the group's justification also justifies a level
                # other than the one the ticked criteria propose.
                self.evaluations.save_answer(cycle, element_id, level=level,
                                             rationale=justification,
                                             override_justification=justification,
                                             reason="consensus")
            store_ratings.put_consensus(db, cycle, value)
            repo.append_audit(db, actor=self.actor, action="consensus.record",
                              entity="consensus", key=f"{cycle}/{element_id}",
                              old=None if old is None else _consensus_json(old),
                              new=_consensus_json(value))
        return value

    def team_json(self, cycle_id: int) -> dict[str, Any] | None:
        """The payload's `team` member for this cycle; None when nobody was named a rater."""
        view = self.view(cycle_id)
        return domain.team_json(view.raters, view.elements)

    def recheck_merged(self, cycle_id: int | None = None) -> dict[str, bool]:
        """Recheck the seal of every merged return file kept in the database, and that the
        ratings stored from it are still exactly its ratings: rater name → intact."""
        from digigov_desktop.signing import workbook_seal

        cycle_id = self._cycle(cycle_id)
        stored = store_ratings.ratings(self.store, cycle_id)
        out = {}
        for name, data in store_ratings.merged_contents(self.store, cycle_id):
            rater = self.rater(name, cycle_id)
            body, signed, mac = domain.parse_return_file(data)
            mine = sorted((r.element_id, r.level, r.not_applicable, r.rationale)
                          for r in stored if r.rater == name)
            sealed = sorted((r.element_id, r.level, r.not_applicable, r.rationale)
                            for r in body.ratings)
            out[name] = workbook_seal.seal_is_valid(
                store_ratings.rater_secret(self.store, rater.id), signed, mac) and mine == sealed
        return out

    def consensus_issues(self, cycle_id: int) -> list[Issue]:
        """One CONSENSUS_PENDING issue per rated element without a standing consensus."""
        return [Issue(IssueCode.CONSENSUS_PENDING, e.element_id)
                for e in self.view(cycle_id).pending]

    # --- helpers -------------------------------------------------------------------------

    def _cycle(self, cycle_id: int | None) -> int:
        return cycle_id if cycle_id is not None else self.cycle_id()

    def _check_element(self, cycle_id: int, element_id: str) -> None:
        framework = self.evaluations.framework_for(self.evaluations.cycle(cycle_id))
        if not framework.has_element(element_id):
            raise InvalidInputError(f"unknown element {element_id}", code="UNKNOWN_ELEMENT",
                                    element=element_id)


def _read(item: Path | tuple[str, bytes]) -> tuple[str, bytes | None]:
    if isinstance(item, tuple):
        return item
    path = Path(item)
    try:
        with path.open("rb") as fh:  # never read more than a return file can be
            return path.name, fh.read(domain.MAX_RETURN_BYTES + 1)
    except OSError:
        return path.name, None


def _check_choice(level: int | None, not_applicable: bool) -> tuple[int | None, bool]:
    if not_applicable:
        if level is not None:
            raise InvalidInputError("a level or N/A, not both", code="INVALID_LEVEL",
                                    field="level")
        return None, True
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 5:
        raise InvalidInputError("level must be 0-5", code="INVALID_LEVEL", field="level")
    return level, False


def _check_text(value: str, name: str) -> None:
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be text", code="INVALID_TEXT", field=name)
    if len(value) > MAX_TEXT_LENGTH:
        raise InvalidInputError(f"{name} too long", code="TEXT_TOO_LONG", field=name,
                                limit=MAX_TEXT_LENGTH)


def _rating_json(rating: Rating) -> dict[str, Any]:
    return {"level": rating.level, "not_applicable": rating.not_applicable,
            "rationale": rating.rationale}


def _consensus_json(value: Consensus) -> dict[str, Any]:
    return {"level": value.level, "not_applicable": value.not_applicable,
            "justification": value.justification}


def merge_files(db_path: Path, files: Sequence[Path], *, actor: str) -> list[Merged]:
    """Merge return files on a store of this thread's own (the GUI's background job)."""
    from digigov_desktop.storage.database import open_store

    with open_store(db_path, create=False) as store:
        return RaterService(store, actor=actor).merge(files)

"""Rater workbooks (#15): export one per rater, seal a rater's ratings for the way back.

A workbook is an ordinary DigiGov agency database: the agency, one cycle of the same year
and framework, the rater as its only preparer, no answers and no other rater's scores, plus
a `workbook` row holding the workbook's id and the rater's secret. Everything that works on
an agency database works on it (`digigov answer --db WORKBOOK`, the GUI): its answers are
that rater's ratings. Sealing writes the return file (`.dgrating`): the canonical export of
those ratings with an HMAC-SHA256 under the rater's secret. The secret itself never travels
back, so only the workbook's holder can produce a return file the facilitator accepts.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from digigov_desktop.domain import ratings as domain
from digigov_desktop.domain.evaluation import Person
from digigov_desktop.errors import DigigovError, InvalidInputError
from digigov_desktop.fileio import staged_file
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.raters import RaterService
from digigov_desktop.services.workbook_info import WorkbookInfo, workbook_info  # noqa: F401
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage import ratings as store_ratings
from digigov_desktop.storage.database import Store, open_store, utc_now

ACTOR_SETTING = "actor_name"  # the setting ui.session.ACTOR_SETTING reads


@dataclass(frozen=True)
class SealResult:
    path: Path
    ratings: int


def export_workbook(store: Store, *, rater: str, out: Path, actor: str = "") -> Path:
    """Write the workbook of one rater of the current cycle to `out` (a new file).

    Raises:
        InvalidInputError: FILE_EXISTS, IS_A_WORKBOOK, NO_CYCLE.
        NotFoundError: RATER_NOT_FOUND.
    """
    raters = RaterService(store, actor=actor)
    if raters.is_workbook():
        raise InvalidInputError("a workbook cannot export workbooks", code="IS_A_WORKBOOK")
    cycle_id = raters.cycle_id()
    who = raters.rater(rater, cycle_id)
    cycle = raters.evaluations.cycle(cycle_id)
    agency = repo.get_agency(store, cycle.agency_code)
    framework = raters.evaluations.framework_for(cycle)
    out = Path(out)
    if out.exists():
        raise InvalidInputError(f"{out} already exists", code="FILE_EXISTS", path=str(out))
    part = out.with_name(out.name + ".part")
    _remove(part)  # what an interrupted export may have left
    try:
        with open_store(part, backups_dir=part.parent / "backups") as wb:
            service = EvaluationService(wb, actor=who.name, framework=framework)
            made = service.setup(agency=agency, year=cycle.year,
                                 preparers=[Person(who.name, who.role)], framework=framework)
            with wb.transaction() as db:
                store_ratings.put_workbook_identity(db, store_ratings.WorkbookIdentity(
                    workbook_id=who.workbook_id, rater_name=who.name, rater_role=who.role,
                    rater_unit=who.unit, secret=raters.rater_secret(who), cycle_id=made.id,
                    exported_at=utc_now()), actor=actor)
                # the GUI records the rater as the author of every edit in the workbook
                repo.put_setting(db, ACTOR_SETTING, who.name)
                repo.append_audit(db, actor=actor, action="workbook.create", entity="workbook",
                                  key=who.workbook_id, new={"rater": who.name})
        os.chmod(part, 0o600)  # it holds the rater's secret: readable by its owner only
        os.replace(part, out)  # a new file of our own: no platform difference to handle
    except OSError as exc:
        _remove(part)
        raise _write_failed(out, exc) from exc
    except BaseException:
        _remove(part)
        raise
    with store.transaction() as db:
        repo.append_audit(db, actor=actor, action="workbook.export", entity="rater",
                          key=f"{cycle_id}/{who.name}", new={"file": out.name})
    return out


def _remove(part: Path) -> None:
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _write_failed(out: Path, exc: OSError) -> DigigovError:
    return DigigovError(f"cannot write {out}: {exc.strerror or exc}", code="WRITE_FAILED",
                        path=str(out))


def return_body(store: Store) -> tuple[domain.ReturnBody, bytes]:
    """The rater's ratings as the body of a return file, and the workbook's secret.

    Raises:
        InvalidInputError: NOT_A_WORKBOOK, NO_RATINGS.
    """
    identity = store_ratings.workbook_identity(store)
    if identity is None:
        raise InvalidInputError("this database is not a rater workbook", code="NOT_A_WORKBOOK")
    service = EvaluationService(store)
    evaluation = service.evaluation(identity.cycle_id)
    ratings = tuple(
        domain.Rating(element_id=a.element_id, rater=identity.rater_name, level=a.level,
                      not_applicable=a.not_applicable, rationale=a.rationale,
                      rated_at=a.updated_at, source="workbook")
        for a in sorted(evaluation.answers.values(), key=lambda a: a.element_id)
        if a.answered
    )
    if not ratings:
        raise InvalidInputError("the workbook has no ratings yet", code="NO_RATINGS")
    body = domain.ReturnBody(
        workbook_id=identity.workbook_id, rater=identity.rater_name,
        agency_code=evaluation.agency.code, cycle_year=evaluation.cycle.year,
        framework_id=evaluation.cycle.framework_id,
        framework_version=evaluation.cycle.framework_version,
        sealed_at=utc_now(), ratings=ratings,
    )
    return body, identity.secret


def seal_workbook(store: Store, *, out: Path, actor: str = "") -> SealResult:
    """Write the sealed return file of the open workbook to `out` (a new file).

    Raises:
        InvalidInputError: NOT_A_WORKBOOK, NO_RATINGS, FILE_EXISTS.
    """
    from digigov_desktop.signing import workbook_seal  # cryptography: not at start-up

    body, secret = return_body(store)
    data = domain.return_file_bytes(
        body, workbook_seal.seal(secret, domain.canonical_json(body.to_json())))
    out = Path(out)
    if out.exists():
        raise InvalidInputError(f"{out} already exists", code="FILE_EXISTS", path=str(out))
    try:
        # the file appears only once its audit row is committed, and never half-written
        with staged_file(out, data, private=True), store.transaction() as db:
            repo.append_audit(db, actor=actor or body.rater, action="workbook.seal",
                              entity="workbook", key=body.workbook_id,
                              new={"file": out.name, "ratings": len(body.ratings)})
    except OSError as exc:
        raise _write_failed(out, exc) from exc
    return SealResult(out, len(body.ratings))


def export_workbook_file(db_path: Path, *, rater: str, out: Path, actor: str) -> Path:
    """`export_workbook` on a store of this thread's own (the GUI's background job)."""
    with open_store(db_path, create=False) as store:
        return export_workbook(store, rater=rater, out=out, actor=actor)


def seal_workbook_file(db_path: Path, *, out: Path, actor: str = "") -> SealResult:
    """`seal_workbook` on a store of this thread's own (the GUI's background job)."""
    with open_store(db_path, create=False) as store:
        return seal_workbook(store, out=out, actor=actor)

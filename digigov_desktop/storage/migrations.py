"""Schema migrations: named, append-only, each in its own transaction.

NEVER edit or reorder a step that has shipped: add a new one. Every released schema has a
stored database under `tests/fixtures/` that the upgrade test opens.
Steps use `db.execute` with explicit DDL (CHECK constraints, triggers) rather than
`executescript`, which would commit the surrounding transaction.

The steps run through sqlite-utils' `Migrations`, which records them in its
`_sqlite_migrations` table. Knowing which steps exist and which are applied needs no
sqlite-utils import (`Schema.known_names`, `Schema.applied_names`): opening an up-to-date
store at start-up skips that import (about 100 ms with numpy, click and dateutil).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "digigov"
APPLICATION_ID = 0x44474744  # "DGGD": an agency store
CENTRAL_MIGRATION_SET = "digigov-central"
CENTRAL_APPLICATION_ID = 0x44474743  # "DGGC": a coordinator's central store
# Where sqlite-utils' Migrations records applied steps (Migrations.migrations_table;
# tests/test_migrations.py fails if sqlite-utils ever moves it).
MIGRATIONS_TABLE = "_sqlite_migrations"

Step = Callable[["Database"], None]


@dataclass(eq=False)
class Schema:
    """One kind of database file: its migration set, its steps and its SQLite application_id."""

    kind: str
    migration_set: str
    application_id: int
    steps: list[tuple[str, Step]] = field(default_factory=list)
    _migrations: Migrations | None = field(default=None, repr=False)

    def step(self, name: str) -> Callable[[Step], Step]:
        """Decorator: register the next step under `name` (append-only)."""
        def register(fn: Step) -> Step:
            if self._migrations is not None or any(known == name for known, _ in self.steps):
                raise ValueError(f"cannot register step {name!r} in {self.migration_set!r}")
            self.steps.append((name, fn))
            return fn
        return register

    def known_names(self) -> list[str]:
        """Names of every step this version knows, in order."""
        return [name for name, _ in self.steps]

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """Names of the steps applied to the open database, in the order they ran."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            [MIGRATIONS_TABLE]).fetchone()
        if not exists:
            return []
        return [row[0] for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [self.migration_set])]

    @property
    def migrations(self) -> Migrations:
        """The sqlite-utils `Migrations` that applies the steps (built on first use)."""
        if self._migrations is None:
            from sqlite_utils import Migrations

            migrations = Migrations(self.migration_set)
            for name, fn in self.steps:
                migrations(name=name)(fn)
            self._migrations = migrations
        return self._migrations


AGENCY = Schema("agency", MIGRATION_SET, APPLICATION_ID)
CENTRAL = Schema("central", CENTRAL_MIGRATION_SET, CENTRAL_APPLICATION_ID)


def known_names() -> list[str]:
    """Names of every agency-store step this version knows, in order."""
    return AGENCY.known_names()


def _run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


@AGENCY.step("0001_initial")
def m0001_initial(db: Database) -> None:
    _run(
        db,
        """CREATE TABLE agency (
            code TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'service',
            region TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE cycle (
            id INTEGER PRIMARY KEY,
            agency_code TEXT NOT NULL REFERENCES agency(code) ON UPDATE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            framework_id TEXT NOT NULL,
            framework_version TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'ready', 'submitted')),
            created_at TEXT NOT NULL,
            previous_cycle_id INTEGER REFERENCES cycle(id),
            UNIQUE (agency_code, year)
        )""",
        """CREATE TABLE preparer (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE answer (
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
            not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
            rationale TEXT NOT NULL DEFAULT '',
            target INTEGER CHECK (target IS NULL OR target BETWEEN 0 AND 5),
            carried_forward INTEGER NOT NULL DEFAULT 0 CHECK (carried_forward IN (0, 1)),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (cycle_id, element_id),
            CHECK (NOT (not_applicable = 1 AND level IS NOT NULL))
        )""",
        """CREATE TABLE recommendation_notes (
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            recommendation_id TEXT NOT NULL,
            strengths TEXT NOT NULL DEFAULT '',
            improvements TEXT NOT NULL DEFAULT '',
            actions TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (cycle_id, recommendation_id)
        )""",
        """CREATE TABLE blob (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        )""",
        """CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL REFERENCES blob(sha256),
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            description TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX evidence_by_element ON evidence (cycle_id, element_id)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            key TEXT NOT NULL,
            old TEXT,
            new TEXT,
            reason TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    )


@AGENCY.step("0002_submissions")
def m0002_submissions(db: Database) -> None:
    """Exports of a cycle: one row per revision of a signed submission file."""
    _run(
        db,
        """CREATE TABLE submission (
            submission_id TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            supersedes TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            payload_sha256 TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            receipt TEXT,
            PRIMARY KEY (submission_id, revision)
        )""",
        "CREATE INDEX submission_by_cycle ON submission (cycle_id, revision)",
    )


@AGENCY.step("0003_credentials")
def m0003_credentials(db: Database) -> None:
    """The agency's signing credential (key only ever encrypted) and the coordinator's trust."""
    _run(
        db,
        """CREATE TABLE credential (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            agency_code TEXT NOT NULL,
            route TEXT NOT NULL CHECK (route IN ('csr', 'p12')),
            key_pem BLOB NOT NULL,
            csr_pem BLOB,
            certificate_pem BLOB,
            chain_pem BLOB NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT '',
            not_after TEXT,
            installed_at TEXT,
            active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
        )""",
        """CREATE TABLE trust_bundle (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            bundle_pem BLOB NOT NULL,
            imported_at TEXT NOT NULL
        )""",
    )


@AGENCY.step("0004_packs")
def m0004_packs(db: Database) -> None:
    """Installed framework packs, ticked criteria, level overrides and "to review" marks.

    A pack installed from a signed `.dgpack` is stored whole (the signed file and the pack
    JSON it carries), so an evaluation travels with the pack it was made on. `answer`
    gains the official's justification when the chosen level differs from the one the
    ticked criteria propose, and a mark for answers carried across pack versions that a
    person must look at again.
    """
    _run(
        db,
        """CREATE TABLE pack (
            framework_id TEXT NOT NULL,
            version TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            framework_json BLOB NOT NULL,
            signed_file BLOB NOT NULL,
            signer_subject TEXT NOT NULL DEFAULT '',
            installed_at TEXT NOT NULL,
            installed_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (framework_id, version)
        )""",
        """CREATE TABLE answer_criterion (
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL,
            criterion_id TEXT NOT NULL,
            PRIMARY KEY (cycle_id, criterion_id)
        )""",
        "CREATE INDEX answer_criterion_by_element ON answer_criterion (cycle_id, element_id)",
        "ALTER TABLE answer ADD COLUMN override_justification TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE answer ADD COLUMN to_review INTEGER NOT NULL DEFAULT 0 "
        "CHECK (to_review IN (0, 1))",
    )


# --- the coordinator's central store -------------------------------------------------


@CENTRAL.step("0001_central")
def c0001_central(db: Database) -> None:
    _run(
        db,
        """CREATE TABLE stored_file (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        )""",
        """CREATE TABLE submission (
            id INTEGER PRIMARY KEY,
            submission_id TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            supersedes TEXT,
            agency_code TEXT NOT NULL,
            agency_name TEXT NOT NULL,
            agency_type TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            cycle INTEGER NOT NULL,
            framework_id TEXT NOT NULL,
            framework_version TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL UNIQUE REFERENCES stored_file(sha256),
            payload_sha256 TEXT NOT NULL,
            signer_serial TEXT NOT NULL,
            signer_subject TEXT NOT NULL DEFAULT '',
            signed_at TEXT,
            superseded_by INTEGER REFERENCES submission(id),
            overall REAL,
            completion REAL,
            payload TEXT NOT NULL,
            UNIQUE (submission_id, revision)
        )""",
        "CREATE INDEX submission_by_agency_cycle ON submission (agency_code, cycle)",
        """CREATE TABLE score (
            submission INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (submission, key)
        ) WITHOUT ROWID""",
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL,
            file_sha256 TEXT,
            size INTEGER,
            outcome TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            signer_serial TEXT,
            agency_code TEXT,
            submission_id TEXT,
            revision INTEGER
        )""",
        """CREATE TRIGGER import_log_no_update BEFORE UPDATE ON import_log
           BEGIN SELECT RAISE(ABORT, 'the import log is append-only'); END""",
        """CREATE TRIGGER import_log_no_delete BEFORE DELETE ON import_log
           BEGIN SELECT RAISE(ABORT, 'the import log is append-only'); END""",
        """CREATE TABLE receipt (
            submission INTEGER PRIMARY KEY REFERENCES submission(id),
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL DEFAULT '',
            receipt_sha256 TEXT NOT NULL
        )""",
        # The submission that counts for an agency and cycle: the newest one that no
        # later revision superseded (two different submissions: the newest wins).
        """CREATE VIEW counting_submission AS
           SELECT s.* FROM submission s
           WHERE s.superseded_by IS NULL AND s.id = (
               SELECT s2.id FROM submission s2
               WHERE s2.agency_code = s.agency_code AND s2.cycle = s.cycle
                 AND s2.superseded_by IS NULL
               ORDER BY s2.created_at DESC, s2.id DESC LIMIT 1)""",
    )


@CENTRAL.step("0002_signature_chain")
def c0002_signature_chain(db: Database) -> None:
    # Every signature of an accepted submission, in chain order (0: the preparer).
    # Submissions imported before this step have no rows: their one signature is the
    # submission row's signer_* columns.
    _run(
        db,
        """CREATE TABLE submission_signature (
            submission INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            role TEXT NOT NULL CHECK (role IN ('preparer', 'reviewer', 'approver')),
            person TEXT,
            serial TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            signed_at TEXT,
            PRIMARY KEY (submission, position),
            UNIQUE (submission, role)
        ) WITHOUT ROWID""",
    )


@CENTRAL.step("0003_registered_agency_name")
def c0003_registered_agency_name(db: Database) -> None:
    # From now on `submission.agency_name` is the name the coordinator registered for the
    # certificate's agency; a payload that calls itself otherwise keeps that text in
    # `declared_agency_name` (NULL when the names agree), and its import-log row is flagged.
    _run(
        db,
        "ALTER TABLE submission ADD COLUMN declared_agency_name TEXT",
        "ALTER TABLE import_log ADD COLUMN name_mismatch INTEGER NOT NULL DEFAULT 0 "
        "CHECK (name_mismatch IN (0, 1))",
    )


@CENTRAL.step("0004_framework_sha256")
def c0004_framework_sha256(db: Database) -> None:
    # Which pack a stored submission was made on: `framework_id` and `framework_version`
    # are kept since 0001; the pack's SHA-256 (named by every payload) joins them, so that
    # two packs of one version but different content are told apart. Rows stored before
    # this step take it from their payload.
    _run(
        db,
        "ALTER TABLE submission ADD COLUMN framework_sha256 TEXT",
        "UPDATE submission SET framework_sha256 = json_extract(payload, '$.framework.sha256') "
        "WHERE json_valid(payload)",
    )


@AGENCY.step("0005_raters")
def m0005_raters(db: Database) -> None:
    """Evaluating as a team (#15): raters, their individual ratings, merges of their return
    files, the consensus per element; and, in a rater workbook, the workbook's identity."""
    _run(
        db,
        """CREATE TABLE rater (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            workbook_id TEXT NOT NULL UNIQUE,
            secret BLOB NOT NULL CHECK (length(secret) >= 32),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            UNIQUE (cycle_id, name)
        )""",
        """CREATE TABLE rater_merge (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            rater_id INTEGER NOT NULL UNIQUE REFERENCES rater(id),
            file_sha256 TEXT NOT NULL UNIQUE CHECK (length(file_sha256) = 64),
            file_name TEXT NOT NULL DEFAULT '',
            sealed_at TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL DEFAULT '',
            ratings INTEGER NOT NULL,
            content BLOB NOT NULL  -- the return file as it came: its seal can be rechecked
        )""",
        """CREATE TABLE rating (
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            rater_id INTEGER NOT NULL REFERENCES rater(id),
            element_id TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
            not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
            rationale TEXT NOT NULL DEFAULT '',
            rated_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('local', 'workbook')),
            merge_id INTEGER REFERENCES rater_merge(id),
            PRIMARY KEY (cycle_id, rater_id, element_id),
            CHECK (NOT (not_applicable = 1 AND level IS NOT NULL)),
            CHECK (level IS NOT NULL OR not_applicable = 1),
            CHECK ((source = 'workbook') = (merge_id IS NOT NULL))
        )""",
        # A merged rating is what the rater sealed: kept as it came, never overwritten.
        """CREATE TRIGGER rating_merged_no_update BEFORE UPDATE ON rating
           WHEN OLD.source = 'workbook'
           BEGIN SELECT RAISE(ABORT, 'a merged rating is never changed'); END""",
        """CREATE TABLE consensus (
            cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
            element_id TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
            not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
            justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
            decided_at TEXT NOT NULL,
            decided_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (cycle_id, element_id),
            CHECK (NOT (not_applicable = 1 AND level IS NOT NULL))
        )""",
        """CREATE TABLE workbook (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            workbook_id TEXT NOT NULL,
            rater_name TEXT NOT NULL,
            rater_role TEXT NOT NULL DEFAULT '',
            rater_unit TEXT NOT NULL DEFAULT '',
            secret BLOB NOT NULL CHECK (length(secret) >= 32),
            cycle_id INTEGER NOT NULL REFERENCES cycle(id),
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL DEFAULT ''
        )""",
    )

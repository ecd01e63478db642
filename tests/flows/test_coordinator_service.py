"""The coordinator's typed reads (services/coordinator.py) against a real imported campaign:
every field of the dataclasses comes from the stored rows, so a renamed column fails here."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from digigov_desktop.services.coordinator import (
    CoordinatorService,
    ImportLogEntry,
    SubmissionDetails,
    export_consolidated,
    load_dashboard,
)
from digigov_desktop.services.stores import CENTRAL, StoreRef
from digigov_desktop.storage import central


def test_import_log_entries_are_the_rows_newest_first(campaign, central_store):
    entries = CoordinatorService(central_store).import_log()
    rows = central.import_log(central_store)
    assert all(isinstance(e, ImportLogEntry) for e in entries)
    assert [e.to_json() for e in entries] == [
        {f.name: r[f.name] for f in dataclasses.fields(ImportLogEntry)} for r in rows]
    assert [e.outcome for e in reversed(entries)] == list(campaign.expected.values())
    assert [e.id for e in CoordinatorService(central_store).import_log(limit=2)] == [
        e.id for e in entries[:2]]


def test_submission_details_and_the_signed_file(central_store):
    service = CoordinatorService(central_store)
    row = central.counting_submissions(central_store)[0]
    details = service.submission(row["id"])
    assert isinstance(details, SubmissionDetails)
    assert (details.agency_code, details.submission_id, details.revision) == (
        row["agency_code"], row["submission_id"], row["revision"])
    assert details.scores == central.scores_of(central_store, [row["id"]])[row["id"]]
    assert details.scores["overall"] == pytest.approx(details.overall)
    content = service.signed_file(details)
    assert content.startswith(b"%PDF-")
    assert hashlib.sha256(content).hexdigest() == details.file_sha256
    assert service.submission(10**9) is None


def test_filter_choices_and_worker_jobs_on_a_store_of_their_own(central_store, tmp_path):
    service = CoordinatorService(central_store)
    choices = service.filter_choices()
    assert choices.cycles == tuple(central.cycles(central_store))
    ref = service.ref
    assert ref == StoreRef(central_store.path, CENTRAL)
    data = load_dashboard(ref, cycle=choices.cycles[-1])
    assert len(data) == len(central.counting_agencies(central_store, choices.cycles[-1]))
    out = export_consolidated(ref, "csv", tmp_path / "c.csv", lang="es",
                              cycle=choices.cycles[-1])
    assert out.read_bytes().startswith("\ufeff".encode())
    log = service.write_import_log_csv(tmp_path / "log.csv")
    assert log.read_bytes().count(b"\r\n") == len(service.import_log()) + 1

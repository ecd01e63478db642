"""Submissions made on different pack versions (1.0.0 and 2.0.0) are compared only on the
elements the versions carry one to one, and the dashboard and every export say so.

Real signed exports imported by the real importer, on both central-store backends."""

from __future__ import annotations

import csv
import io
import math
import shutil
import subprocess
from statistics import fmean

import pytest
from campaign import AGENCY_PASS, enrol
from openpyxl import load_workbook
from pg_cluster import new_central_target

from digigov_desktop.domain.framework import load_framework
from digigov_desktop.services import consolidation
from digigov_desktop.services.dashboard import dashboard_data
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.storage import central

# 2.0.0 splits R1.2, R2.4, R3.5 and R12.4 in two: those 8 elements have no counterpart with
# the same meaning in 1.0.0; the other 46 are carried as they are (45) or renamed (R11.1).
SPLIT = {"R1.2", "R1.6", "R2.4", "R2.5", "R3.5", "R3.6", "R12.4", "R12.5"}
OLD, NEW = load_framework(version="1.0.0"), load_framework(version="2.0.0")


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, authority):
    """AG-A in 2025 on 1.0.0 and in 2026 on 2.0.0 (a second installation), AG-B in 2026 on
    2.0.0: three signed files."""
    folder = tmp_path_factory.mktemp("versions")
    files = []
    for sub, code, year, framework, seed in (("a25", "AG-A", 2025, OLD, 11),
                                             ("a26", "AG-A", 2026, NEW, 12),
                                             ("b26", "AG-B", 2026, NEW, 13)):
        (folder / sub).mkdir()
        agency = enrol(authority, folder / sub, code, seed=seed, year=year,
                       framework=framework)
        files.append(folder / "inbox" / f"{sub}.pdf")
        export_submission(agency.store, out=files[-1], passphrase=AGENCY_PASS)
        agency.store.close()
    return folder / "inbox"


@pytest.fixture(scope="module")
def store(inbox, authority, tmp_path_factory, module_central_backend, request):
    target = new_central_target(request, module_central_backend,
                                tmp_path_factory.mktemp("central"), "versions")
    with central.open_central(target) as opened:
        results = [p.result for p in Importer(opened, authority, actor="coord").run([inbox])]
        assert [r.outcome for r in results] == ["ACCEPTED"] * 3
        yield opened


def _levels(store, row_id: int) -> dict[str, float | None]:
    return central.scores_of(store, [row_id])[row_id]


def test_the_store_keeps_each_submissions_pack(store):
    rows = store.query("SELECT agency_code, cycle, framework_id, framework_version, "
                       "framework_sha256 FROM submission ORDER BY cycle, agency_code")
    assert [(r["agency_code"], r["cycle"], r["framework_version"]) for r in rows] == [
        ("AG-A", 2025, "1.0.0"), ("AG-A", 2026, "2.0.0"), ("AG-B", 2026, "2.0.0")]
    assert {r["framework_id"] for r in rows} == {"oecd-dgs-2014"}
    assert [r["framework_sha256"] for r in rows] == [OLD.sha256, NEW.sha256, NEW.sha256]
    meta = central.current_meta(store)
    assert sorted((m[1], m[5], m[9], m[10]) for m in meta) == [
        ("AG-A", 2025, "oecd-dgs-2014", "1.0.0"), ("AG-A", 2026, "oecd-dgs-2014", "2.0.0"),
        ("AG-B", 2026, "oecd-dgs-2014", "2.0.0")]


def test_one_version_is_compared_as_submitted(store):
    data = dashboard_data(store, cycle=2026)
    assert not data.mixed_versions and data.mapped_elements is None
    assert data.pack_versions == ("2.0.0",) and data.framework_versions == ("2.0.0", "2.0.0")
    for row_id, value in zip(data.row_ids.tolist(), data.column("R1").tolist(), strict=True):
        assert value == pytest.approx(_levels(store, row_id)["R1"])  # the submitted score


def test_two_versions_are_compared_on_the_mapped_elements(store):
    data = dashboard_data(store, cycle=2026, compare_with=2025)
    assert data.mixed_versions and data.pack_versions == ("1.0.0", "2.0.0")
    assert len(data.mapped_elements) == 46 == len(NEW.elements) - len(SPLIT)
    assert set(data.mapped_elements) == {e.id for e in NEW.iter_elements()} - SPLIT
    # AG-A 2026 (2.0.0): R1 is the mean of R1.1, R1.3, R1.4, R1.5 only, not the submitted R1
    row = data.agency_codes.index("AG-A")
    levels = _levels(store, int(data.row_ids[row]))
    mapped_r1 = fmean(levels[e] for e in ("R1.1", "R1.3", "R1.4", "R1.5")
                      if levels[e] is not None)
    assert data.column("R1")[row] == pytest.approx(mapped_r1)
    assert mapped_r1 != pytest.approx(levels["R1"])  # the demo answers R1.2 and R1.6 too
    # the comparison: AG-A 2025 (1.0.0) on the same elements
    comparison = data.comparison
    assert comparison.agency_codes == ("AG-A",)
    old_row = store.query_one("SELECT id FROM submission WHERE cycle = 2025")["id"]
    old = _levels(store, old_row)
    old_r1 = fmean(old[e] for e in ("R1.1", "R1.3", "R1.4", "R1.5") if old[e] is not None)
    r1 = data.columns.index("R1")
    assert comparison.base[0, r1] == pytest.approx(old_r1)
    assert comparison.delta[0, r1] == pytest.approx(mapped_r1 - old_r1)
    assert not math.isnan(comparison.delta[0, data.columns.index("overall")])


def test_exports_say_the_versions_and_the_mapped_count(store, tmp_path):
    table = consolidation.consolidated_table(store)
    assert table.columns[6] == "framework_version" and table.mapped_elements is not None
    assert [r[6] for r in table.rows] == ["1.0.0", "2.0.0", "2.0.0"]
    note_es = "Comparación sobre 46 elementos equivalentes: los envíos usan las versiones " \
              "1.0.0 y 2.0.0 del marco."
    note_en = "Compared on 46 mapped elements: the submissions use framework versions " \
              "1.0.0 and 2.0.0."
    assert table.note("es").startswith(note_es) and table.note("en").startswith(note_en)
    # element columns of the 1.0.0 row: the level of the element each maps from; none for
    # the elements split in 2.0.0
    old = dict(zip(table.columns, table.rows[0], strict=True))
    assert old["R1.6"] is None and old["R1.2"] is None
    assert old["R1.1"] == _levels(store, table.row_ids[0])["R1.1"]
    consolidation.write_csv(table, tmp_path / "c.csv", lang="en")
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text("utf-8-sig"))))
    assert rows[-1][0].startswith(note_en) and len(rows) == 1 + 3 + 1
    consolidation.write_xlsx(table, tmp_path / "c.xlsx", lang="es")
    sheet = load_workbook(tmp_path / "c.xlsx")["Consolidado"]
    assert any(str(c.value).startswith(note_es) for c in sheet["A"] if c.value)


def test_the_cli_says_the_versions_when_it_writes_a_table_or_report(store, tmp_path, capsys):
    if store.kind != "sqlite":
        pytest.skip("the CLI reaches the shared store through its URL: tested on SQLite")
    from digigov_desktop import cli

    for lang, note in (("es", "Comparación sobre 46 elementos equivalentes"),
                       ("en", "Compared on 46 mapped elements")):
        assert cli.main(["--lang", lang, "consolidate", "--central", str(store.path),
                         "--csv", str(tmp_path / f"{lang}.csv")]) == 0
        assert capsys.readouterr().out.splitlines()[-1].startswith(note)
        # The PDF report too (its note is in the file, in the report's language; the
        # terminal's is in the messages' language).
        other = "en" if lang == "es" else "es"
        assert cli.main(["--lang", lang, "consolidate", "--central", str(store.path),
                         "--pdf", str(tmp_path / f"{lang}.pdf"), "--report-lang", other]) == 0
        out = capsys.readouterr().out.splitlines()
        assert len(out) == 2 and out[-1].startswith(note)
    assert cli.main(["--lang", "en", "consolidate", "--central", str(store.path), "--cycle",
                     "2026", "--pdf", str(tmp_path / "one.pdf")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # one version: no note


@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="poppler-utils (pdftotext) not installed")
def test_the_consolidated_pdf_says_the_versions(store, tmp_path):
    note_es = "Comparación sobre 46 elementos equivalentes: los envíos usan las versiones " \
              "1.0.0 y 2.0.0 del marco."
    pdf = consolidation.write_pdf(store, tmp_path / "c.pdf", lang="es")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert note_es in text
    one = consolidation.write_pdf(store, tmp_path / "one.pdf", cycle=2026, lang="en")
    assert "mapped elements" not in subprocess.run(
        ["pdftotext", str(one), "-"], check=True, capture_output=True, text=True).stdout


def test_rows_stored_before_the_step_get_their_packs_hash(inbox, authority, new_central,
                                                          central_backend):
    """Upgrading a store whose rows predate `framework_sha256` fills it from each payload."""
    target = new_central()
    with central.open_central(target) as opened:
        list(Importer(opened, authority, actor="coord").run([inbox]))
        with opened.transaction() as db:
            db.execute("ALTER TABLE submission DROP COLUMN framework_sha256")
            if central_backend == "sqlite":
                db.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_framework_sha256'")
            else:
                db.execute("DELETE FROM digigov_schema_step "
                           "WHERE name = '0005_framework_sha256'")
    with central.open_central(target) as reopened:
        rows = reopened.query("SELECT framework_version, framework_sha256 FROM submission "
                              "ORDER BY cycle, agency_code")
    assert [(r["framework_version"], r["framework_sha256"]) for r in rows] == [
        ("1.0.0", OLD.sha256), ("2.0.0", NEW.sha256), ("2.0.0", NEW.sha256)]

"""Consolidation: CSV / XLSX / PDF exports of the campaign, the dashboard's arrays, the log."""

from __future__ import annotations

import csv
import io
import math
import subprocess
import time

import numpy as np
import pytest
from campaign import CAMPAIGN_SIZE, fill_synthetic_central, imported_central
from openpyxl import load_workbook
from pg_cluster import new_central_target

from digigov_desktop import cli
from digigov_desktop.domain.framework import load_framework
from digigov_desktop.services import consolidation
from digigov_desktop.services.dashboard import dashboard_data, score_columns
from digigov_desktop.storage import central


@pytest.fixture(scope="module")
def central_store(tmp_path_factory, module_central_backend, request):
    """The campaign imported once per module on each backend (SQLite: the shared one)."""
    with imported_central(tmp_path_factory, module_central_backend, request) as store:
        yield store


@pytest.fixture(scope="module")
def cycle(central_store):
    [year] = central.cycles(central_store)
    return year


def _expected_columns() -> list[str]:
    framework = load_framework()
    return ["agency_code", "agency_name", "agency_type", "region", "cycle", "revision",
            "overall", "P1", "P2", "P3", *(f"R{n}" for n in range(1, 13)),
            *(e.id for e in framework.iter_elements())]


def _expected_rows(central_store) -> list[list]:
    rows = central.counting_submissions(central_store)
    scores = central.scores_of(central_store, [r["id"] for r in rows])
    columns = _expected_columns()
    return [[r["agency_code"], r["agency_name"], r["agency_type"], r["region"], r["cycle"],
             r["revision"], *(scores[r["id"]][k] for k in columns[6:])] for r in rows]


def _run(capsys, *args) -> tuple[int, str, str]:
    """`digigov ARGS` in English (the default follows the locale; a later --lang wins)."""
    code = cli.main(["--lang", "en", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def _number(text: str) -> float | None:
    return None if text == "" else float(text)


def test_csv(central_store, cycle, tmp_path, capsys):
    path = tmp_path / "consolidado.csv"
    code, out, err = _run(capsys, "consolidate", "--central", central_store.path, "--csv", path,
                          "--cycle", cycle)
    assert code == 0, err
    assert f"{CAMPAIGN_SIZE - 1} row(s)" in out
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == _expected_columns()
    expected = _expected_rows(central_store)
    assert [r[:4] for r in rows[1:]] == [[str(v) for v in e[:4]] for e in expected]
    assert [r[0] for r in rows[1:]] == sorted(f"AG-{n:02d}" for n in range(1, 31) if n != 7)
    assert "Municipalidad de Ñuñoa — sede 03" in {r[1] for r in rows}
    for got, want in zip(rows[1:], expected, strict=True):
        assert (int(got[4]), int(got[5])) == (want[4], want[5])
        for text, value in zip(got[6:], want[6:], strict=True):
            assert _number(text) == (None if value is None else pytest.approx(value, abs=1e-4))
    # elements are levels: whole numbers; empty for not applicable
    levels = {text for r in rows[1:] for text in r[22:]}
    assert levels <= {"", "0", "1", "2", "3", "4", "5"}


def test_xlsx(central_store, tmp_path, capsys):
    path = tmp_path / "consolidado.xlsx"
    code, _out, err = _run(capsys, "consolidate", "--central", central_store.path, "--xlsx",
                           path, "--lang", "en")  # --report-lang by its older name
    assert code == 0, err
    book = load_workbook(path, read_only=True)
    sheet = book["Consolidated"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == _expected_columns()
    expected = _expected_rows(central_store)
    assert len(rows) == len(expected) + 1
    for got, want in zip(rows[1:], expected, strict=True):
        assert got[:6] == want[:6]
        for value, wanted in zip(got[6:], want[6:], strict=True):
            assert value == (None if wanted is None else pytest.approx(wanted))
            assert value is None or isinstance(value, int | float)
    legend = {r[0]: r[1] for r in book["Columns"].iter_rows(min_row=2, values_only=True)}
    assert legend["R12"].startswith("Enabling legal and regulatory framework") or legend["R12"]
    assert legend["agency_code"] == "Agency code" and set(legend) == set(rows[0])
    book.close()


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_pdf_report_in_both_languages(campaign, central_store, cycle, tmp_path, capsys):
    es = tmp_path / "informe.pdf"
    code, _out, err = _run(capsys, "consolidate", "--central", central_store.path, "--pdf", es,
                           "--ca", campaign.authority.folder, "--cycle", cycle)
    assert code == 0, err
    text = _pdf_text(es)
    assert "Informe consolidado de autoevaluación" in text
    assert f"29 de 30 instituciones registradas enviaron su autoevaluación del ciclo {cycle}" \
        in " ".join(text.split())
    assert "Distribución por recomendación" in text and "Instituciones × recomendaciones" in text
    pending = text[text.rindex("Pendientes (1)"):text.rindex("Enviaron (29)")]
    assert "AG-07" in pending and "revocada" in pending
    for n in range(1, 31):
        assert f"AG-{n:02d}" in text
    assert "COORDINATOR" not in text
    fonts = subprocess.run(["pdffonts", str(es)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts

    en = tmp_path / "report.pdf"
    assert cli.main(["consolidate", "--central", str(central_store.path), "--pdf", str(en),
                     "--ca", str(campaign.authority.folder), "--report-lang", "en"]) == 0
    text = " ".join(_pdf_text(en).split())
    assert "29 of 30 registered agencies submitted" in text
    assert "Average per pillar" in text and "Agencies × recommendations" in text
    # without the CA there is no completion, but the rest is there
    plain = tmp_path / "plain.pdf"
    assert cli.main(["consolidate", "--central", str(central_store.path), "--pdf",
                     str(plain)]) == 0
    assert "no se calcula el avance" in _pdf_text(plain)


def test_nothing_to_export(central_store, tmp_path, capsys):
    for flag in ("--csv", "--xlsx", "--pdf"):
        code, _out, err = _run(capsys, "consolidate", "--central", central_store.path, flag,
                               tmp_path / "x", "--cycle", 1999)
        assert code == 4 and "no accepted submission" in err
    code, _out, err = _run(capsys, "consolidate", "--central", tmp_path / "missing.sqlite",
                           "--csv", tmp_path / "y.csv")
    assert code == 5


def test_import_log_view_and_export(campaign, central_store, tmp_path, capsys):
    path = tmp_path / "log.csv"
    code, out, _err = _run(capsys, "import-log", "--central", central_store.path, "--csv", path)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == len(campaign.expected)
    assert [r["outcome"] for r in rows] == list(campaign.expected.values())
    assert rows[0]["actor"] == "coord" and len(rows[0]["file_sha256"]) == 64
    code, out, _err = _run(capsys, "import-log", "--central", central_store.path)
    assert code == 0 and f"{len(campaign.expected)} entries." in out and "REVOKED" in out


def test_dashboard_on_the_campaign(campaign, central_store, cycle):
    data = dashboard_data(central_store, cycle=cycle, registry=campaign.authority.registry())
    counting = {r["id"]: r for r in central.counting_submissions(central_store, cycle=cycle)}
    assert len(data) == CAMPAIGN_SIZE - 1
    assert set(data.row_ids.tolist()) == set(counting)
    assert list(data.agency_codes) == sorted(data.agency_codes)
    scores = central.scores_of(central_store, list(counting))
    for i, row_id in enumerate(data.row_ids.tolist()):
        assert data.agency_codes[i] == counting[row_id]["agency_code"]
        assert data.file_sha256[i] == counting[row_id]["file_sha256"]
        for j, key in enumerate(data.columns):
            want = scores[row_id][key]
            got = data.values[i, j]
            assert (math.isnan(got) if want is None else got == pytest.approx(want))
    assert data.heatmap.shape == (CAMPAIGN_SIZE - 1, 12)
    for key in ("overall", "P1", "P2", "P3"):
        assert data.pillar_averages[key] == pytest.approx(
            np.mean([scores[i][key] for i in counting]))
    r5 = data.columns.index("R5")
    values = sorted(scores[i]["R5"] for i in counting)
    assert data.distribution.median[r5] == pytest.approx(np.median(values))
    assert data.distribution.minimum[r5] == values[0]
    assert data.distribution.count[r5] == len(values)
    completion = data.completion
    assert completion.registered == CAMPAIGN_SIZE
    assert [r.agency_code for r in completion.missing] == ["AG-07"]
    assert completion.missing[0].status == "revoked"
    assert {r.agency_code for r in completion.submitted} == set(data.agency_codes)
    assert all(r.submission_row in counting for r in completion.submitted)
    assert data.choices["cycles"] == [cycle]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, module_central_backend, request):
    store = central.open_central(new_central_target(
        request, module_central_backend, tmp_path_factory.mktemp("synthetic"), "synthetic"))
    fill_synthetic_central(store, agencies=60, cycles=[2024, 2025], seed=7)
    yield store
    store.close()


def _direct(store, cycle: int) -> dict[str, dict]:
    rows = central.counting_submissions(store, cycle=cycle)
    scores = central.scores_of(store, [r["id"] for r in rows])
    return {r["agency_code"]: {**r, "scores": scores[r["id"]]} for r in rows}


def test_dashboard_comparison_and_filters(synthetic):
    columns = score_columns()
    data = dashboard_data(synthetic, cycle=2025, compare_with=2024)
    new, old = _direct(synthetic, 2025), _direct(synthetic, 2024)
    assert len(data) == 60 and set(data.cycles.tolist()) == {2025}
    comparison = data.comparison
    assert list(comparison.agency_codes) == sorted(new)
    for i, code in enumerate(comparison.agency_codes):
        for j, key in enumerate(columns):
            a, b = old[code]["scores"][key], new[code]["scores"][key]
            want = None if a is None or b is None else b - a
            got = comparison.delta[i, j]
            assert math.isnan(got) if want is None else got == pytest.approx(want)
    assert comparison.mean_delta[0] == pytest.approx(np.nanmean(comparison.delta[:, 0]))
    everything = dashboard_data(synthetic)
    assert len(everything) == 120
    assert list(zip(everything.cycles.tolist(), everything.agency_codes, strict=True)) == sorted(
        zip(everything.cycles.tolist(), everything.agency_codes, strict=True))
    region = everything.regions[0]
    kind = everything.agency_types[0]
    subset = dashboard_data(synthetic, cycle=2024, regions=[region], agency_types=[kind])
    assert set(subset.agency_codes) == {
        c for c, r in old.items() if r["region"] == region and r["agency_type"] == kind}
    assert dashboard_data(synthetic, cycle=2030).values.shape == (0, len(columns))
    with pytest.raises(Exception) as caught:
        dashboard_data(synthetic, compare_with=2024)
    assert caught.value.code == "COMPARE_NEEDS_CYCLE"


def test_dashboard_counts_what_the_view_counts(tmp_path, new_central):
    store = central.open_central(new_central())
    fill_synthetic_central(store, agencies=5, cycles=[2025], seed=3)
    # second submissions of SYN-00001/2 for the same cycle: both kept, the newest counts —
    # by creation time, and by row id on a tie
    fill_synthetic_central(store, agencies=2, cycles=[2025], seed=4)
    with store.transaction() as db:
        db.execute("UPDATE submission SET created_at = '2025-01-01T00:00:00Z' WHERE id = 7")
        # a submission lacking some scores (another framework version): the general path
        db.execute("DELETE FROM score WHERE submission = 3 AND key LIKE 'R1%'")
    data = dashboard_data(store, cycle=2025)
    view = {r["id"] for r in central.counting_submissions(store, cycle=2025)}
    assert set(data.row_ids.tolist()) == view == {2, 3, 4, 5, 6}
    first = data.row_ids.tolist().index(3)
    assert math.isnan(data.column("R1")[first]) and not math.isnan(data.column("R2")[first])
    store.close()


def test_dashboard_is_fast_enough(tmp_path):
    store = central.open_central(tmp_path / "big.sqlite")
    fill_synthetic_central(store, agencies=1000, cycles=[2024, 2025], seed=5)
    dashboard_data(store)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        data = dashboard_data(store)
        timings.append(time.perf_counter() - start)
    assert len(data) == 2000
    assert sorted(timings)[1] < 0.5  # 10,000 in ≤ 300 ms is benchmarks/bench_dashboard.py
    store.close()


def test_exports_follow_the_region_and_type_filters(central_store, cycle, tmp_path, capsys):
    """What the dashboard's filters select is what the CSV, XLSX and PDF contain."""
    from digigov_desktop.domain.evaluation import REGIONS

    every = central.counting_submissions(central_store, cycle=cycle)
    region, kind = every[0]["region"], every[0]["agency_type"]
    wanted = [r["agency_code"] for r in every
              if r["region"] == region and r["agency_type"] == kind]
    assert 0 < len(wanted) < len(every)
    path = tmp_path / "seleccion.csv"
    code, out, err = _run(capsys, "consolidate", "--central", central_store.path, "--csv", path,
                          "--cycle", cycle, "--region", region, "--type", kind)
    assert code == 0, err
    assert f"{len(wanted)} row(s)" in out
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == wanted
    assert {(r[2], r[3]) for r in rows[1:]} == {(kind, region)}
    # Two regions: both kept.
    other = next(r["region"] for r in every if r["region"] != region)
    table = consolidation.consolidated_table(central_store, cycle=cycle, regions=[region, other])
    assert sorted(row[0] for row in table.rows) == sorted(
        r["agency_code"] for r in every if r["region"] in (region, other))
    # The PDF names the selection and shows only its agencies.
    pdf = tmp_path / "seleccion.pdf"
    code, _out, err = _run(capsys, "consolidate", "--central", central_store.path, "--pdf", pdf,
                           "--cycle", cycle, "--region", region, "--type", kind)
    assert code == 0, err
    text = " ".join(_pdf_text(pdf).split())
    assert f"Selección {REGIONS[region]} ·" in text
    assert f"Envíos que cuentan {len(wanted)}" in text
    assert all(c in text for c in wanted)
    assert not [r["agency_code"] for r in every
                if r["agency_code"] not in wanted and r["agency_code"] in text.split()]
    # An unknown region is a usage error, not an empty file.
    with pytest.raises(SystemExit):
        cli.main(["consolidate", "--central", str(central_store.path), "--csv",
                  str(tmp_path / "x.csv"), "--region", "CL-XX"])
    assert not (tmp_path / "x.csv").exists()


def test_csv_and_xlsx_writers_directly(central_store, tmp_path):
    table = consolidation.consolidated_table(central_store)
    assert table.columns == tuple(_expected_columns())
    assert len(table.row_ids) == len(table.rows) == CAMPAIGN_SIZE - 1
    consolidation.write_csv(table, tmp_path / "deep" / "a.csv")
    consolidation.write_xlsx(table, tmp_path / "deep" / "a.xlsx", lang="es")
    assert load_workbook(tmp_path / "deep" / "a.xlsx").sheetnames == ["Consolidado", "Columnas"]
    assert not list((tmp_path / "deep").glob(".*part"))

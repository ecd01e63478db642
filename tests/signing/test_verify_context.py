"""A run of verifications sharing one VerifyContext: every file still gets exactly the
verdict it gets alone, pyHanko's certificate verdicts are reused only for the same
certificate, and the faster readers agree with pyHanko's own byte for byte."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

import pytest
from pyhanko.pdf_utils import generic

from digigov_desktop.signing import _pyhanko_cache
from digigov_desktop.signing.verify import RejectReason, VerifyContext, verify_submission

if TYPE_CHECKING:
    from conftest import PdfSurgery, SigningPKI


def _files(pki: SigningPKI, sign: Callable[..., bytes], signed_pdf: bytes,
           surgery: type[PdfSurgery]) -> list[bytes]:
    """A good file, then hostile ones (each signer certificate different or the file
    broken after signing), then the good one again."""
    start, end = surgery.contents_span(signed_pdf)
    at = start + surgery.der_length(signed_pdf) * 2 - 40  # in the RSA signature value
    bad_value = signed_pdf[:at] + (b"1" if signed_pdf[at:at + 1] != b"1" else b"2") \
        + signed_pdf[at + 1:]
    serial = f"{pki.agency.certificate.serial_number:x}".encode()
    at = signed_pdf.lower().index(serial, start) + 4
    bad_cert = signed_pdf[:at] + (b"0" if signed_pdf[at:at + 1] != b"0" else b"1") \
        + signed_pdf[at + 1:]
    return [
        signed_pdf,
        sign(signer=pki.revoked),
        sign(signer=pki.foreign),
        sign(signer=pki.expired),
        sign(signer=pki.other_agency),
        sign(signer=pki.issue()),  # a second credential of the same agency
        bad_value,
        bad_cert,
        signed_pdf[:start] + (b"deadbeef" * (end - start))[:end - start] + signed_pdf[end:],
        surgery.flip(signed_pdf, surgery.stream_offset(signed_pdf, b"/Type /Page")),
        signed_pdf + b"\n",
        signed_pdf[: len(signed_pdf) // 2],
        sign(),
        signed_pdf,
    ]


def test_one_run_gives_every_file_the_verdict_it_gets_alone(
    pki: SigningPKI, sign: Callable[..., bytes], signed_pdf: bytes,
    surgery: type[PdfSurgery],
) -> None:
    files = _files(pki, sign, signed_pdf, surgery)
    with VerifyContext(pki.bundle) as run:
        alone = [verify_submission(data, pki.bundle, now=run.now) for data in files]
        shared = [verify_submission(data, pki.bundle, context=run) for data in files]
        warm = [verify_submission(data, pki.bundle, context=run) for data in files]
    reasons = [v.reason for v in alone]
    assert reasons == [
        RejectReason.ACCEPTED, RejectReason.REVOKED, RejectReason.UNTRUSTED,
        RejectReason.EXPIRED, RejectReason.AGENCY_MISMATCH, RejectReason.ACCEPTED,
        RejectReason.SIGNATURE_CORRUPT,
        RejectReason.SIGNATURE_CORRUPT, RejectReason.SIGNATURE_CORRUPT, RejectReason.MODIFIED,
        RejectReason.NOT_WHOLE_FILE, RejectReason.DAMAGED, RejectReason.ACCEPTED,
        RejectReason.ACCEPTED,
    ]
    for one, two, three in zip(alone, shared, warm, strict=True):
        assert (one.reason, one.detail, one.signer_serial, one.payload_sha256) == (
            two.reason, two.detail, two.signer_serial, two.payload_sha256)
        assert (one.reason, one.detail) == (three.reason, three.detail)


def test_certificate_paths_are_validated_once_per_certificate_in_a_run(
    pki: SigningPKI, sign: Callable[..., bytes], signed_pdf: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    validated: list[int] = []
    real = _pyhanko_cache._original_usage

    async def counting(cert, *args, **kwargs):
        validated.append(cert.serial_number)
        return await real(cert, *args, **kwargs)

    monkeypatch.setattr(_pyhanko_cache, "_original_usage", counting)
    second = pki.issue()
    other = sign(signer=second)
    with VerifyContext(pki.bundle) as run:
        for data in (signed_pdf, signed_pdf, other, signed_pdf, other):
            assert verify_submission(data, pki.bundle, context=run).accepted
    assert validated == [pki.agency.certificate.serial_number,
                         second.certificate.serial_number]
    validated.clear()
    for _ in range(2):  # without a run, pyHanko validates every time
        assert verify_submission(signed_pdf, pki.bundle).accepted
    assert len(validated) == 2


def test_a_context_takes_no_other_bundle_or_time(pki: SigningPKI, signed_pdf: bytes) -> None:
    with VerifyContext(pki.bundle) as run:
        with pytest.raises(ValueError):
            verify_submission(signed_pdf, pki.bundle_with_crl(pki.crl), context=run)
        with pytest.raises(ValueError):
            verify_submission(signed_pdf, pki.bundle, context=run, now=run.now)


def _outcome(read: Callable[[BytesIO], object], data: bytes) -> tuple[str, int]:
    stream = BytesIO(data)
    try:
        result = repr(read(stream))
    except Exception as exc:  # compared: the same error from both readers
        result = f"{type(exc).__name__}: {exc}"
    return result, stream.tell()


@pytest.mark.parametrize("data", [
    b"<48656C6C6F>", b"<48 65\n6c\t6C\r6F\x0c>tail", b"<486>", b"<>", b"< >", b"<48%note\n65>",
    b"<48zz>", b"<4865", b"<", b"<48\x0065>", b"<" + b"aB" * 70000 + b">x",
    b"<" + b"0" * 65535 + b">", b"<4]>", b"<48>>",
])
def test_hex_strings_read_as_pyhanko_reads_them(data: bytes) -> None:
    original = _outcome(_pyhanko_cache._original_hex, data)
    with _pyhanko_cache.active(_pyhanko_cache.PathCache()):
        assert _outcome(generic.read_hex_string_from_stream, data) == original
    assert _outcome(generic.read_hex_string_from_stream, data) == original  # no run: pyHanko


@pytest.mark.parametrize("data", [
    b"Name rest", b"Name/Other", b"Name", b"", b" x", b"N#20a<", b"x" * 600 + b" y",
    b"x" * 256, b"x" * 255 + b"(", b"A%c", b"ab\x00cd", b"a]", b"caf\xc3\xa9 ",
])
def test_names_read_as_pyhanko_reads_them(data: bytes) -> None:
    original = _outcome(_pyhanko_cache._original_until_delimiter, data)
    with _pyhanko_cache.active(_pyhanko_cache.PathCache()):
        assert _outcome(generic.read_until_delimiter, data) == original


@pytest.mark.parametrize("data", [
    b"Type", b"A#20B", b"A#2", b"A#zz", b"caf\xc3\xa9", b"", b"A#2fB", b"ok#41#42",
])
def test_names_decode_as_pyhanko_decodes_them(data: bytes) -> None:
    def decode(stream: BytesIO) -> object:
        return generic._decode_name(stream.read())

    original = _outcome(lambda stream: _pyhanko_cache._original_decode_name(stream.read()), data)
    with _pyhanko_cache.active(_pyhanko_cache.PathCache()):
        assert _outcome(decode, data) == original
        assert _outcome(decode, data) == original  # remembered: the same answer


def test_the_accelerations_are_in_place_only_for_the_pyhanko_they_were_checked_against(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the pinned pyHanko (constraints.txt) gets them; moving the pin makes this fail, so
    # that they are checked against the new version before it ships
    assert _pyhanko_cache.INSTALLED
    import pyhanko.version

    monkeypatch.setattr(pyhanko.version, "__version__", "0.99.0")
    assert _pyhanko_cache.install() is False

"""Fixtures for the signing tests: a real test CA, agency credentials, a real PDF, a payload.

Everything is built with ``cryptography`` and ``reportlab``; expensive RSA keys are
generated once per session. Files written by tests go under ``tmp_path``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
import reportlab
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from digigov_desktop.signing.ca_build import key_usage
from digigov_desktop.signing.credentials import SignerMaterial, TrustBundle, agency_subject
from digigov_desktop.signing.pades import sign_submission

NOW = datetime.now(UTC).replace(microsecond=0)
ROOT_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COMMON_NAME, "DigiGov Coordinator Root CA"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DigiGov Test Coordinator"),
    ]
)
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"


def new_rsa_key(bits: int = 3072) -> rsa.RSAPrivateKey:
    """A fresh RSA key (3072 bits, like production keys)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def make_root(
    key: rsa.RSAPrivateKey, *, name: x509.Name = ROOT_NAME, not_after: datetime | None = None
) -> x509.Certificate:
    """A self-signed one-level CA certificate."""
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(key_usage(signing=False, ca=True), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )


def issue_agency_cert(
    *,
    ca_key: rsa.RSAPrivateKey,
    ca_cert: x509.Certificate,
    public_key: rsa.RSAPublicKey,
    agency_code: str,
    agency_name: str,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
) -> x509.Certificate:
    """An agency signing certificate following the agency-code convention."""
    return (
        x509.CertificateBuilder()
        .subject_name(agency_subject(agency_code=agency_code, agency_name=agency_name))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(key_usage(signing=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def make_crl(
    *,
    ca_key: rsa.RSAPrivateKey,
    ca_cert: x509.Certificate,
    revoked_serials: tuple[int, ...] = (),
    last_update: datetime | None = None,
    next_update: datetime | None = None,
) -> x509.CertificateRevocationList:
    """A CRL signed by ``ca_key``."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(last_update or NOW - timedelta(hours=1))
        .next_update(next_update or NOW + timedelta(days=30))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()),
            critical=False,
        )
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(NOW - timedelta(minutes=30))
            .build()
        )
    return builder.sign(ca_key, hashes.SHA256())


def make_report_pdf(
    *, pages: int = 2, padding_lines: int = 0, version: tuple[int, int] = (1, 7)
) -> bytes:
    """A real report-like PDF made with reportlab and the bundled Vera TTF fonts."""
    if "DGVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DGVera", str(_FONT_DIR / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("DGVeraBd", str(_FONT_DIR / "VeraBd.ttf")))
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pdfVersion=version, invariant=1)
    c.setTitle("Autoevaluación DigiGov — Agencia Uno")
    for page in range(pages):
        c.setFont("DGVeraBd", 18)
        c.drawString(72, 770, f"Informe de autoevaluación — página {page + 1}")
        c.setFont("DGVera", 11)
        c.drawString(72, 740, "Agencia: AG001 · Ciclo 2026 · Puntuación global: 3,4")
        for i in range(padding_lines):
            c.drawString(72, 720 - (i % 60) * 11, f"Línea {i:05d}: evaluación de la recomendación")
            if i % 60 == 59:
                c.showPage()
                c.setFont("DGVera", 11)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_payload(*, agency_code: str = "AG001", framework_id: str = "oecd-dgs-2014") -> bytes:
    """A canonical payload JSON (sorted keys, compact, UTF-8)."""
    doc = {
        "schema": "urn:digigov:payload:1",
        "framework": {"id": framework_id, "version": "1.0.0"},
        "agency": {"code": agency_code, "name": "Agencia Uno de Gobierno Digital"},
        "cycle": 2026,
        "submission_id": "2f1c9a4e-6b1d-4c1e-9a53-0b4f3d2a7e10",
        "revision": 1,
        "supersedes": None,
        "created_at": "2026-03-01T10:00:00Z",
        "app_version": "0.1.0",
        "answers": [{"element": "1.1.a", "level": 3}, {"element": "1.1.b", "level": None}],
        "notes": {"1.1": "Plan nacional aprobado — año 2025"},
        "scores": {"overall": 3.4},
        "evidence": [],
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class SigningPKI:
    """Every credential the signing tests need.

    All agency certificates certify the same (session-cached) agency key.
    """

    root_key: rsa.RSAPrivateKey
    root: x509.Certificate
    foreign_key: rsa.RSAPrivateKey
    foreign_root: x509.Certificate
    agency_key: rsa.RSAPrivateKey
    agency: SignerMaterial
    other_agency: SignerMaterial
    expired: SignerMaterial
    revoked: SignerMaterial
    foreign: SignerMaterial
    crl: x509.CertificateRevocationList
    bundle: TrustBundle

    @property
    def now(self) -> datetime:
        """The reference time all test certificates and CRLs were made around."""
        return NOW

    def issue(
        self, *, agency_code: str = "AG001", foreign: bool = False, **validity: datetime
    ) -> SignerMaterial:
        """A new agency credential from the coordinator (or the foreign) CA."""
        ca_key, ca_cert = (
            (self.foreign_key, self.foreign_root) if foreign else (self.root_key, self.root)
        )
        cert = issue_agency_cert(
            ca_key=ca_key,
            ca_cert=ca_cert,
            public_key=self.agency_key.public_key(),
            agency_code=agency_code,
            agency_name=f"Agencia {agency_code}",
            **validity,
        )
        return SignerMaterial(private_key=self.agency_key, certificate=cert, chain=(ca_cert,))

    def make_crl(self, *, foreign: bool = False, **kw: object) -> x509.CertificateRevocationList:
        """A CRL from the coordinator (or the foreign) CA."""
        if foreign:
            return make_crl(ca_key=self.foreign_key, ca_cert=self.foreign_root, **kw)
        return make_crl(ca_key=self.root_key, ca_cert=self.root, **kw)

    def bundle_with_crl(self, crl: x509.CertificateRevocationList | None) -> TrustBundle:
        """The coordinator bundle with another (or no) CRL."""
        return TrustBundle(roots=(self.root,), crl=crl)


def build_pki() -> SigningPKI:
    """The coordinator CA, agency credentials (valid/expired/revoked) and a foreign CA."""
    root_key, foreign_key, agency_key = new_rsa_key(), new_rsa_key(), new_rsa_key()
    root = make_root(root_key)
    foreign_root = make_root(foreign_key)  # identical subject name, different key
    crl = make_crl(ca_key=root_key, ca_cert=root)
    pki = SigningPKI(
        root_key=root_key,
        root=root,
        foreign_key=foreign_key,
        foreign_root=foreign_root,
        agency_key=agency_key,
        agency=None,  # type: ignore[arg-type]  # filled below
        other_agency=None,  # type: ignore[arg-type]
        expired=None,  # type: ignore[arg-type]
        revoked=None,  # type: ignore[arg-type]
        foreign=None,  # type: ignore[arg-type]
        crl=crl,
        bundle=TrustBundle(roots=(root,), crl=crl),
    )
    revoked = pki.issue()
    crl = pki.make_crl(revoked_serials=(revoked.certificate.serial_number,))
    return replace(
        pki,
        agency=pki.issue(),
        other_agency=pki.issue(agency_code="AG002"),
        expired=pki.issue(not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=30)),
        revoked=revoked,
        foreign=pki.issue(foreign=True),
        crl=crl,
        bundle=TrustBundle(roots=(root,), crl=crl),
    )


class PdfSurgery:
    """Real, byte-level or pyHanko-level modifications of signed files."""

    @staticmethod
    def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
        """Flip bits of one byte."""
        out = bytearray(data)
        out[offset] ^= mask
        return bytes(out)

    @staticmethod
    def stream_offset(data: bytes, marker: bytes, *, skip: int = 20) -> int:
        """Offset ``skip`` bytes into the data of the first stream after ``marker``."""
        at = data.index(marker)
        return data.index(b"stream\n", at) + len(b"stream\n") + skip

    @staticmethod
    def contents_span(data: bytes) -> tuple[int, int]:
        """(start, end) of the hex digits of the last signature /Contents."""
        start = data.rindex(b"/Contents <") + len(b"/Contents <")
        return start, data.index(b">", start)

    @staticmethod
    def der_length(data: bytes) -> int:
        """Length of the DER CMS inside the last /Contents (without zero padding)."""
        start, end = PdfSurgery.contents_span(data)
        digits = data[start:end]
        return len(bytes.fromhex(digits.decode()).rstrip(b"\0"))

    @staticmethod
    def append_revision(data: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
        """Append an incremental update made by ``change`` (pyHanko writer)."""
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=True)
        change(writer)
        out = BytesIO()
        writer.write(out)
        return out.getvalue()

    @staticmethod
    def replace_attachment(data: bytes, name: str, new: bytes) -> bytes:
        """Append a revision that points attachment ``name`` at new contents."""

        def change(writer: IncrementalPdfFileWriter) -> None:
            names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
            index = next(i for i in range(0, len(names), 2) if str(names[i]) == name)
            spec_ref = names.raw_get(index + 1)
            stream = EmbeddedFileObject.from_file_data(
                writer, data=new, mime_type="application/json", params=EmbeddedFileParams()
            )
            spec = spec_ref.get_object()
            spec["/EF"] = generic.DictionaryObject(
                {pdf_name("/F"): stream.ef_stream_ref, pdf_name("/UF"): stream.ef_stream_ref}
            )
            writer.mark_update(spec_ref)

        return PdfSurgery.append_revision(data, change)

    @staticmethod
    def add_attachment(data: bytes, name: str, new: bytes) -> bytes:
        """Append a revision that adds attachment ``name`` (plain pyHanko embed_file)."""

        def change(writer: IncrementalPdfFileWriter) -> None:
            stream = EmbeddedFileObject.from_file_data(
                writer, data=new, mime_type="application/json"
            )
            embed_file(writer, FileSpec(file_spec_string=name, embedded_data=stream))

        return PdfSurgery.append_revision(data, change)

    @staticmethod
    def approval_sign(data: bytes, signer: SignerMaterial, field: str) -> bytes:
        """Add a plain (non-certifying) PAdES signature in a new field."""
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=True)
        meta = PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
        return PdfSigner(meta, signer.pyhanko_signer).sign_pdf(writer).getvalue()


@pytest.fixture(scope="session")
def pki() -> SigningPKI:
    """The session-wide test PKI (RSA keys are expensive)."""
    return build_pki()


@pytest.fixture(scope="session")
def report_pdf() -> bytes:
    """A small unsigned report PDF (reportlab, embedded Vera TTF, PDF 1.7)."""
    return make_report_pdf()


@pytest.fixture(scope="session")
def report_pdf_14() -> bytes:
    """The same report written with reportlab's default PDF 1.4 header."""
    return make_report_pdf(version=(1, 4))


@pytest.fixture(scope="session")
def payload() -> bytes:
    """A valid canonical payload for agency AG001."""
    return make_payload()


@pytest.fixture(scope="session")
def signed_pdf(pki: SigningPKI, report_pdf: bytes, payload: bytes) -> bytes:
    """A correctly signed submission from AG001."""
    return sign_submission(report_pdf, payload, pki.agency)


@pytest.fixture
def sign(pki: SigningPKI, report_pdf: bytes, payload: bytes) -> Callable[..., bytes]:
    """Sign the report with overridable signer, payload and options."""

    def _sign(*, signer: SignerMaterial | None = None, data: bytes | None = None, **kw) -> bytes:
        return sign_submission(
            report_pdf, payload if data is None else data, signer or pki.agency, **kw
        )

    return _sign


@pytest.fixture(scope="session")
def surgery() -> type[PdfSurgery]:
    """Tools to tamper with real files."""
    return PdfSurgery


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write bytes under ``tmp_path`` and read them back, like an import would."""

    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write

"""Signed framework packs (`.dgpack`): sign with the coordinator's CA, verify offline.

A `.dgpack` file is one DER-encoded CMS SignedData (RFC 5652) made by cryptography's
`PKCS7SignatureBuilder`, whose encapsulated content is canonical JSON:

    {"format": "urn:digigov:dgpack:1", "files": {"framework.json": "<the pack, exact text>"}}

`files` may carry more files of the pack later (translations into other languages); the
pack's `framework.json` is kept as its exact text so that its SHA-256 is the same whether
the pack is built in or installed.

The signer is a one-time **pack signer** certificate: each `sign_pack` makes a fresh RSA
key, has the CA root sign an end-entity certificate for it whose ExtendedKeyUsage is
`PACK_SIGNING_EKU` (an OID of our own, under the UUID arc 2.25 of ITU-T X.667, which needs
no registration) and nothing else, signs the pack and forgets the key. An agency
certificate (no such EKU) therefore cannot sign a pack, the root key itself never signs
content, and there is no pack-signing key to keep or to steal. The certificate carries
the root's validity, so a pack stays installable for as long as the trust bundle is.

Verification (`verify_pack`) parses with asn1crypto and checks with cryptography: one
signer; SHA-256; the signed `messageDigest` equals the content's digest; the RSA
PKCS#1 v1.5 signature over the signed attributes; the certificate issued directly by a
root of the installed trust bundle, carrying the pack-signing EKU, not revoked by its CRL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from digigov_desktop.errors import DigigovError
from digigov_desktop.formats import is_later
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.signing.credentials import KEY_SIZE, TrustBundle, issued_by

DGPACK_FORMAT = "urn:digigov:dgpack:1"
DGPACK_SUFFIX = ".dgpack"
# "DigiGov framework pack signing": 2.25.<a UUID as an integer> (ITU-T X.667).
PACK_SIGNING_EKU = x509.ObjectIdentifier("2.25.296040964386969259726625335318431325237")
MAX_PACK_BYTES = 32 * 1024 * 1024
PACK_SIGNER_CN = "DigiGov pack signer"


class PackSignatureError(DigigovError):
    """A `.dgpack` cannot be signed or is not acceptable.

    Codes: ``PACK_TOO_LARGE``, ``PACK_NOT_SIGNED`` (not a CMS signed file),
    ``PACK_TAMPERED`` (content or signature altered), ``PACK_FOREIGN_SIGNER`` (not issued
    by a trusted root), ``PACK_NOT_PACK_SIGNER`` (certificate without the pack EKU),
    ``PACK_SIGNER_REVOKED``, ``PACK_NO_CRL``, ``PACK_CONTENT_INVALID``, ``PACK_NEWER`` (a
    later container format: made by a newer DigiGov Desktop).
    """

    code = "PACK_INVALID"

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, code=code, **params)


@dataclass(frozen=True)
class VerifiedPack:
    """The files of a verified `.dgpack` and who signed it."""

    files: dict[str, bytes]
    signer_subject: str
    signed_at: str

    @property
    def framework_json(self) -> bytes:
        return self.files["framework.json"]


def pack_content(files: dict[str, bytes]) -> bytes:
    """The canonical JSON the signature covers (`files` values are UTF-8 texts)."""
    body = {"format": DGPACK_FORMAT,
            "files": {name: data.decode("utf-8") for name, data in sorted(files.items())}}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign_pack(ca: CertificateAuthority, files: dict[str, bytes], *, passphrase: bytes) -> bytes:
    """Sign a pack's files with a fresh one-time pack-signer certificate; returns the DER.

    Raises:
        CredentialError: `WRONG_PASSPHRASE`, `CA_DAMAGED` (from the CA).
    """
    if "framework.json" not in files:
        raise PackSignatureError("PACK_CONTENT_INVALID", "a pack needs a framework.json")
    content = pack_content(files)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.COMMON_NAME, PACK_SIGNER_CN),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ca.name[:64] or "DigiGov"),
        ]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(ca.root.not_valid_after_utc)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([PACK_SIGNING_EKU]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
    )
    cert = ca.sign_certificate(builder, passphrase=passphrase)
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(cert, key, hashes.SHA256())
        .add_certificate(ca.root)
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


def verify_pack(data: bytes, trust: TrustBundle) -> VerifiedPack:
    """Check a `.dgpack` against the installed trust bundle and return its files.

    Raises:
        PackSignatureError: with the code of the first check that failed.
    """
    from digigov_desktop.signing.asn1_cms import cms

    if len(data) > MAX_PACK_BYTES:
        raise PackSignatureError("PACK_TOO_LARGE", f"{len(data)} bytes; limit {MAX_PACK_BYTES}")
    try:
        info = cms.ContentInfo.load(bytes(data), strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not CMS SignedData")
        signed = info["content"]
        signers = signed["signer_infos"]
        encap = signed["encap_content_info"]
        content = encap["content"].native
        if encap["content_type"].native != "data" or not isinstance(content, bytes):
            raise ValueError("no encapsulated data")
        if len(signers) != 1:
            raise ValueError(f"{len(signers)} signers")
        signer = signers[0]
        sid = signer["sid"]
        if sid.name != "issuer_and_serial_number":
            raise ValueError("signer not named by issuer and serial")
        wanted = (sid.chosen["issuer"].dump(), sid.chosen["serial_number"].native)
        cert_der = None
        for choice in signed["certificates"] or []:
            if choice.name != "certificate":
                continue
            tbs = choice.chosen["tbs_certificate"]
            if (tbs["issuer"].dump(), tbs["serial_number"].native) == wanted:
                cert_der = choice.chosen.dump()
        if cert_der is None:
            raise ValueError("the signer's certificate is not in the file")
        signed_attrs = signer["signed_attrs"]
        if not signed_attrs:
            raise ValueError("no signed attributes")
        digest_algo = signer["digest_algorithm"]["algorithm"].native
        attrs = {a["type"].native: a["values"][0].native for a in signed_attrs}
        signed_bytes = signed_attrs.untag().dump()
        signature = signer["signature"].native
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise PackSignatureError("PACK_NOT_SIGNED", f"not a signed DigiGov pack: {exc}") from None
    if digest_algo != "sha256":
        raise PackSignatureError("PACK_TAMPERED", f"digest {digest_algo}, expected sha256")
    if attrs.get("content_type") != "data" or attrs.get("message_digest") != hashlib.sha256(
            content).digest():
        raise PackSignatureError("PACK_TAMPERED", "the content does not match its signature")
    cert = x509.load_der_x509_certificate(cert_der)
    try:
        public_key = cert.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise InvalidSignature
        public_key.verify(signature, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise PackSignatureError("PACK_TAMPERED", "the signature is not valid") from None
    roots = [r for r in trust.roots if issued_by(cert, r)]
    if not roots:
        raise PackSignatureError(
            "PACK_FOREIGN_SIGNER",
            f"signed by {cert.issuer.rfc4514_string()}, not by the installed coordinator",
            issuer=cert.issuer.rfc4514_string())
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE])
    if PACK_SIGNING_EKU not in list(eku):
        raise PackSignatureError("PACK_NOT_PACK_SIGNER",
                                 "the signing certificate is not a pack signer")
    if trust.crl is None:
        raise PackSignatureError("PACK_NO_CRL", "the trust bundle has no revocation list")
    if trust.crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
        raise PackSignatureError("PACK_SIGNER_REVOKED", "the pack signer was revoked")
    signed_at = attrs.get("signing_time")
    if isinstance(signed_at, dt.datetime) and not (
            cert.not_valid_before_utc <= signed_at <= cert.not_valid_after_utc):
        raise PackSignatureError("PACK_TAMPERED", "signed outside the certificate's validity")
    try:
        body = json.loads(content.decode("utf-8"))
        if isinstance(body, dict) and is_later(body.get("format"), DGPACK_FORMAT):
            raise PackSignatureError("PACK_NEWER", f"pack container {body['format']} is newer "
                                     f"than this installation reads ({DGPACK_FORMAT})")
        if body.get("format") != DGPACK_FORMAT or not isinstance(body.get("files"), dict):
            raise ValueError("unknown format")
        files = {str(k): v.encode("utf-8") for k, v in body["files"].items()}
        if "framework.json" not in files:
            raise ValueError("no framework.json")
    except (ValueError, AttributeError, UnicodeDecodeError) as exc:
        raise PackSignatureError("PACK_CONTENT_INVALID", f"the signed content: {exc}") from None
    subject = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return VerifiedPack(
        files=files,
        signer_subject=str(subject[0].value) if subject else cert.subject.rfc4514_string(),
        signed_at=signed_at.isoformat() if isinstance(signed_at, dt.datetime) else "",
    )

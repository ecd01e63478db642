"""Sealed submissions: the signed PDF inside a CMS EnvelopedData for the coordinator.

RFC 5652 EnvelopedData (version 0), one KeyTransRecipientInfo addressed by issuer and
serial number, the content key transported with RSAES-OAEP (SHA-256, MGF1-SHA-256,
RFC 4055/8017) and the content encrypted with AES-256-CBC. The pinned cryptography (50)
has a PKCS#7 envelope builder, but it only does RSA PKCS#1 v1.5 key transport; so the
structures are asn1crypto's and every primitive is cryptography's (OAEP, AES, padding),
nothing hand-made. OpenSSL reads the result (``openssl cms -decrypt``; tested).

A sealed file is recognised by its content (:func:`is_sealed`), whatever its name. The
inner PDF keeps its signatures: integrity comes from them, confidentiality from the seal.
Errors are :class:`SealError` with codes ``SEAL_DAMAGED`` (not a readable envelope, or it
does not decrypt to a whole content), ``SEAL_WRONG_KEY`` (addressed to someone else, or
the key does not open it).
"""

from __future__ import annotations

import os

from asn1crypto import algos
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from cryptography.hazmat.primitives.ciphers.algorithms import AES

from digigov_desktop.signing.asn1_cms import cms
from digigov_desktop.signing.errors import CredentialError

__all__ = ["SealError", "is_sealed", "recipient_name", "seal", "unseal"]

MAX_SEALED_BYTES = 64 * 1024 * 1024


class SealError(CredentialError):
    """A sealed file cannot be opened (see the module docstring for codes)."""


def _oaep() -> OAEP:
    return OAEP(mgf=MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _issuer_and_serial(cert: x509.Certificate) -> cms.IssuerAndSerialNumber:
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return cms.IssuerAndSerialNumber({"issuer": asn1_cert.issuer,
                                      "serial_number": asn1_cert.serial_number})


def seal(data: bytes, recipient: x509.Certificate) -> bytes:
    """Encrypt `data` for `recipient` (an RSA encryption certificate); DER ContentInfo."""
    public_key = recipient.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise SealError("SEAL_UNAVAILABLE", "the coordinator's encryption key is not RSA")
    content_key, iv = os.urandom(32), os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(bytes(data)) + padder.finalize()
    encryptor = Cipher(AES(content_key), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    sha256 = algos.DigestAlgorithm({"algorithm": "sha256"})
    recipient_info = cms.RecipientInfo(name="ktri", value=cms.KeyTransRecipientInfo({
        "version": "v0",
        "rid": cms.RecipientIdentifier(name="issuer_and_serial_number",
                                       value=_issuer_and_serial(recipient)),
        "key_encryption_algorithm": cms.KeyEncryptionAlgorithm({
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams({
                "hash_algorithm": sha256,
                "mask_gen_algorithm": algos.MaskGenAlgorithm({
                    "algorithm": "mgf1", "parameters": sha256}),
            }),
        }),
        "encrypted_key": public_key.encrypt(content_key, _oaep()),
    }))
    enveloped = cms.EnvelopedData({
        "version": "v0",
        "recipient_infos": [recipient_info],
        "encrypted_content_info": cms.EncryptedContentInfo({
            "content_type": "data",
            "content_encryption_algorithm": algos.EncryptionAlgorithm({
                "algorithm": "aes256_cbc", "parameters": iv}),
            "encrypted_content": encrypted,
        }),
    })
    return cms.ContentInfo({"content_type": "enveloped_data", "content": enveloped}).dump()


def _enveloped(data: bytes) -> cms.EnvelopedData:
    if len(data) > MAX_SEALED_BYTES:
        raise SealError("SEAL_DAMAGED", "sealed file too large")
    try:
        info = cms.ContentInfo.load(bytes(data), strict=True)
        if info["content_type"].native != "enveloped_data":
            raise ValueError("not enveloped data")
        enveloped = info["content"]
        enveloped.native  # noqa: B018 - parse every field now (asn1crypto is lazy)
    except (ValueError, TypeError, KeyError) as exc:
        raise SealError("SEAL_DAMAGED", f"not a readable envelope: {exc}") from None
    return enveloped


def is_sealed(data: bytes) -> bool:
    """True when `data` looks like a CMS EnvelopedData (DER ContentInfo), by its first bytes
    and outer structure only; the rest is checked when it is opened."""
    if not data[:1] == b"\x30" or data.startswith(b"%PDF"):
        return False
    try:
        info = cms.ContentInfo.load(bytes(data[: 64 * 1024 * 1024]))
        return info["content_type"].native == "enveloped_data"
    except (ValueError, TypeError, KeyError):
        return False


def recipient_name(data: bytes) -> str | None:
    """Who a sealed file is for: the recipient certificate's issuer (RFC 4514 text), the
    coordinator's CA; None when unreadable."""
    try:
        for info in _enveloped(data)["recipient_infos"]:
            rid = info.chosen["rid"]
            if rid.name == "issuer_and_serial_number":
                return rid.chosen["issuer"].human_friendly
    except (SealError, ValueError, KeyError):
        return None
    return None


def unseal(data: bytes, *, key: rsa.RSAPrivateKey, certificate: x509.Certificate) -> bytes:
    """Decrypt a sealed file addressed to `certificate` with its `key`.

    Raises:
        SealError: SEAL_DAMAGED, SEAL_WRONG_KEY.
    """
    enveloped = _enveloped(data)
    wanted = _issuer_and_serial(certificate)
    infos = [i.chosen for i in enveloped["recipient_infos"] if i.name == "ktri"]
    mine = [i for i in infos if i["rid"].name == "issuer_and_serial_number"
            and i["rid"].chosen.dump() == wanted.dump()]
    if not mine:
        raise SealError("SEAL_WRONG_KEY", "the file is sealed for someone else")
    info = mine[0]
    algorithm = info["key_encryption_algorithm"]
    if algorithm["algorithm"].native != "rsaes_oaep":
        raise SealError("SEAL_DAMAGED", "unsupported key transport")
    params = algorithm["parameters"]
    if (params["hash_algorithm"]["algorithm"].native != "sha256"
            or params["mask_gen_algorithm"]["parameters"]["algorithm"].native != "sha256"):
        raise SealError("SEAL_DAMAGED", "unsupported OAEP parameters")
    try:
        content_key = key.decrypt(info["encrypted_key"].native, _oaep())
    except ValueError:
        raise SealError("SEAL_WRONG_KEY", "the key does not open this file") from None
    content = enveloped["encrypted_content_info"]
    scheme = content["content_encryption_algorithm"]
    if scheme["algorithm"].native != "aes256_cbc" or len(content_key) != 32:
        raise SealError("SEAL_DAMAGED", "unsupported content encryption")
    iv = scheme["parameters"].native
    encrypted = content["encrypted_content"].native
    if not isinstance(encrypted, bytes) or not encrypted or len(encrypted) % 16 or len(iv) != 16:
        raise SealError("SEAL_DAMAGED", "truncated content")
    decryptor = Cipher(AES(content_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(encrypted) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise SealError("SEAL_DAMAGED", "the content does not decrypt cleanly") from None

"""Private keys at rest: PKCS#8 PBES2 (PBKDF2-SHA256, 600,000 rounds, AES-256-CBC) and PKCS#12.

cryptography's ``BestAvailableEncryption`` (what earlier versions wrote) derives the key
with PBKDF2-SHA256 at 2,048 rounds; an attacker with a copied CA folder or agency
database can try passphrases about 300 times faster than against OWASP's 600,000. The
pinned cryptography (50) offers ``encryption_builder().kdf_rounds()`` only for PKCS#12 and
OpenSSH, so the PKCS#8 ``EncryptedPrivateKeyInfo`` is assembled here from asn1crypto's
structures and cryptography's primitives (PBKDF2HMAC, AES-CBC, PKCS#7 padding), exactly as
PKCS#5 v2.1 / RFC 8018 defines it; reading goes back through cryptography (OpenSSL), which
proves the encoding standard. :func:`kdf_rounds` reads the iteration count back so callers
can re-encrypt older keys after a successful unlock.
"""

from __future__ import annotations

import os

from asn1crypto import algos
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from cryptography.hazmat.primitives.ciphers.algorithms import AES
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.serialization import pkcs12

__all__ = [
    "KDF_ROUNDS",
    "encrypt_private_key",
    "kdf_rounds",
    "needs_rewrap",
    "pkcs12_encryption",
    "pkcs12_kdf_rounds",
]

KDF_ROUNDS = 600_000  # OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256
_SALT_BYTES = 16


def encrypt_private_key(
    key: rsa.RSAPrivateKey, passphrase: bytes, *, rounds: int = KDF_ROUNDS
) -> bytes:
    """PEM ``ENCRYPTED PRIVATE KEY``: PBES2, PBKDF2-HMAC-SHA256 ``rounds``, AES-256-CBC.

    Raises:
        ValueError: empty passphrase.
    """
    if not passphrase:
        raise ValueError("a passphrase is required")
    plain = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    salt, iv = os.urandom(_SALT_BYTES), os.urandom(16)
    derived = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt,
                         iterations=rounds).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(AES(derived), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(padded) + encryptor.finalize()
    info = asn1_keys.EncryptedPrivateKeyInfo({
        "encryption_algorithm": algos.EncryptionAlgorithm({
            "algorithm": "pbes2",
            "parameters": algos.Pbes2Params({
                "key_derivation_func": algos.KdfAlgorithm({
                    "algorithm": "pbkdf2",
                    "parameters": algos.Pbkdf2Params({
                        "salt": algos.Pbkdf2Salt(name="specified", value=salt),
                        "iteration_count": rounds,
                        "key_length": 32,
                        "prf": algos.HmacAlgorithm({"algorithm": "sha256"}),
                    }),
                }),
                "encryption_scheme": algos.EncryptionAlgorithm({
                    "algorithm": "aes256_cbc", "parameters": iv,
                }),
            }),
        }),
        "encrypted_data": encrypted,
    })
    return asn1_pem.armor("ENCRYPTED PRIVATE KEY", info.dump())


def _kdf_rounds_of(algorithm: algos.EncryptionAlgorithm) -> int | None:
    if algorithm["algorithm"].native != "pbes2":
        return None  # PBES1 / PKCS#12 PBE: weak by construction
    kdf = algorithm["parameters"]["key_derivation_func"]
    if kdf["algorithm"].native != "pbkdf2":
        return None
    return int(kdf["parameters"]["iteration_count"].native)


def kdf_rounds(pem: bytes) -> int | None:
    """PBKDF2 iterations protecting a PEM ``ENCRYPTED PRIVATE KEY``; None when unknown/weak."""
    try:
        _kind, _headers, der = asn1_pem.unarmor(pem)
        info = asn1_keys.EncryptedPrivateKeyInfo.load(der)
        return _kdf_rounds_of(info["encryption_algorithm"])
    except (ValueError, TypeError, KeyError):
        return None


def needs_rewrap(pem: bytes) -> bool:
    """True when a stored key is protected by fewer than :data:`KDF_ROUNDS` rounds."""
    rounds = kdf_rounds(pem)
    return rounds is None or rounds < KDF_ROUNDS


def pkcs12_encryption(passphrase: bytes) -> serialization.KeySerializationEncryption:
    """PKCS#12 protection: PBES2 PBKDF2-SHA256 600,000 rounds + AES-256-CBC, SHA-256 MAC."""
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase)
    )


def pkcs12_kdf_rounds(data: bytes) -> list[int | None]:
    """The PBKDF2 rounds of every shrouded key bag in an (outer-unencrypted) PKCS#12.

    Key bags inside encrypted safe contents cannot be read without the passphrase and
    are not listed; cryptography puts the shrouded key bag in a plain ``data`` safe.
    """
    pfx = asn1_pkcs12.Pfx.load(data)
    found: list[int | None] = []
    for content_info in pfx.authenticated_safe:
        if content_info["content_type"].native != "data":
            continue
        safe = asn1_pkcs12.SafeContents.load(content_info["content"].native)
        for bag in safe:
            if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                found.append(_kdf_rounds_of(bag["bag_value"]["encryption_algorithm"]))
    return found

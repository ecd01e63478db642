"""Per-rater secrets and the HMAC-SHA256 seal of a rater's return file (issue #15).

The facilitator generates one random 256-bit secret per rater, keeps it in the agency
database and embeds it in that rater's workbook only. The rater's copy of DigiGov seals the
canonical export of their ratings with it; the facilitator checks the seal against the
secret it kept. Raters never hold the agency's signing credential.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac

SECRET_BYTES = 32


def new_secret() -> bytes:
    """A fresh random secret for one rater (os.urandom: the OS's CSPRNG)."""
    return os.urandom(SECRET_BYTES)


def seal(secret: bytes, message: bytes) -> str:
    """HMAC-SHA256 of `message` under `secret`, in lowercase hex."""
    mac = hmac.HMAC(secret, hashes.SHA256())
    mac.update(message)
    return mac.finalize().hex()


def seal_is_valid(secret: bytes, message: bytes, mac_hex: str) -> bool:
    """Check a seal in constant time; False for a wrong or malformed MAC."""
    try:
        expected = bytes.fromhex(mac_hex)
    except ValueError:
        return False
    mac = hmac.HMAC(secret, hashes.SHA256())
    mac.update(message)
    try:
        mac.verify(expected)
    except InvalidSignature:
        return False
    return True

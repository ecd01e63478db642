"""Mechanics behind :mod:`digigov_desktop.signing.verify`: ByteRange, CMS padding, CRL, JSON.

Self-contained helpers that inspect one thing and report a problem; they know nothing
about reject reasons. :mod:`~digigov_desktop.signing.verify` runs the ordered checks and
maps what these helpers find to its codes.

Only ``asn1crypto`` and the standard library are imported at run time; the pyHanko and
``cryptography`` names below are type hints only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from asn1crypto import parser as asn1_parser

if TYPE_CHECKING:
    from cryptography import x509
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

__all__ = [
    "PayloadJsonError",
    "aware",
    "byte_range_end",
    "byte_range_problem",
    "check_zero_padding",
    "crl_issuer_root",
    "crl_problem",
    "describe_error",
    "load_json_object",
    "present",
    "str_member",
]


def describe_error(exc: BaseException) -> str:
    """``"<ExceptionType>: <message>"`` for a log detail, the message cut to 200 characters."""
    text = str(exc)
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def aware(now: datetime | None) -> datetime:
    """``now`` as a timezone-aware time (naive means UTC); the current time for None."""
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- signature


def check_zero_padding(content: bytes) -> None:
    """The /Contents string must be one DER value followed by zero bytes only.

    Raises:
        ValueError: ``content`` does not start with a DER value, or non-zero bytes
            follow it.
    """
    header, body, trailer = asn1_parser.parse(content)[3:6]
    used = len(header) + len(body) + len(trailer)
    if content[used:].strip(b"\x00"):
        raise ValueError("non-zero bytes after the CMS structure")


def byte_range_end(sig: EmbeddedPdfSignature) -> int:
    """The offset just past the last byte the signature's ByteRange claims to cover."""
    br = sig.byte_range
    return int(br[-2]) + int(br[-1])


def byte_range_problem(sig: EmbeddedPdfSignature, data: bytes) -> str | None:
    """Why the ByteRange does not cover the whole file except its own /Contents, or None."""
    br = sig.byte_range
    try:
        values = [int(v) for v in br]
    except (TypeError, ValueError):
        return "ByteRange is not numeric"
    if len(values) != 4 or any(v < 0 for v in values):
        return f"malformed ByteRange {values}"
    start1, len1, start2, len2 = values
    if start1 != 0:
        return "ByteRange does not start at offset 0"
    if start2 + len2 != len(data):
        return f"ByteRange ends at {start2 + len2}, file has {len(data)} bytes"
    gap = data[len1:start2]
    if len(gap) != len(sig.pkcs7_content) * 2 + 2 or gap[:1] != b"<" or gap[-1:] != b">":
        return "ByteRange gap is not exactly the signature /Contents"
    return None


# --------------------------------------------------------------------------- CRL


def crl_issuer_root(
    crl: x509.CertificateRevocationList, roots: tuple[x509.Certificate, ...]
) -> x509.Certificate | None:
    """The root among ``roots`` that issued and signed ``crl``, or None."""
    from cryptography.hazmat.primitives.asymmetric import rsa  # loaded by x509 already

    for root in roots:
        key = root.public_key()
        if not isinstance(key, rsa.RSAPublicKey):  # coordinator roots are RSA (DESIGN §3)
            continue
        try:
            if crl.issuer == root.subject and crl.is_signature_valid(key):
                return root
        except (ValueError, TypeError):
            continue
    return None


def crl_problem(
    crl: x509.CertificateRevocationList | None, roots: tuple[x509.Certificate, ...],
    now: datetime,
) -> tuple[str | None, x509.Certificate | None]:
    """``(why the CRL cannot be used now, or None; the bundle root that signed it)``."""
    if crl is None:
        return "the trust bundle has no CRL", None
    root = crl_issuer_root(crl, roots)
    if root is None:
        return "CRL not signed by a bundle root", None
    next_update = crl.next_update_utc
    if next_update is None or next_update <= now:
        return f"CRL expired at {next_update}", root
    if crl.last_update_utc > now:
        return "CRL is not yet valid", root
    return None, root


# --------------------------------------------------------------------------- payload JSON


class PayloadJsonError(ValueError):
    """The payload is not a bounded, strict UTF-8 JSON object; the message says why."""


T = TypeVar("T")


def present(value: T | None) -> T:
    """`value`, which an earlier verification stage set (the stages run in order)."""
    if value is None:
        raise RuntimeError("a verification stage ran before the one it depends on")
    return value


def load_json_object(payload: bytes, *, max_bytes: int, max_depth: int) -> Mapping[str, Any]:
    """Strict UTF-8 JSON object, bounded in size and depth, no duplicate keys/NaN.

    Args:
        payload: the attachment's bytes.
        max_bytes: larger payloads are refused before decoding.
        max_depth: the deepest nesting of objects/arrays allowed (the top object is 1).

    Returns:
        The parsed object.

    Raises:
        PayloadJsonError: too large, not UTF-8 JSON, not an object or nested too deep.
    """
    if len(payload) > max_bytes:
        raise PayloadJsonError(f"payload of {len(payload)} bytes is too large")
    try:
        doc = json.loads(
            payload.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
        )
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError, JSONDecodeError
        raise PayloadJsonError(f"payload is not JSON: {describe_error(exc)}") from None
    if not isinstance(doc, dict):
        raise PayloadJsonError("payload is not a JSON object")
    if _json_depth_exceeds(doc, max_depth):
        raise PayloadJsonError(f"payload nested deeper than {max_depth}")
    return doc


def str_member(doc: Mapping[str, Any], outer: str, inner: str) -> str | None:
    """``doc[outer][inner]`` when that is a non-empty string, else None."""
    section = doc.get(outer)
    if not isinstance(section, Mapping):
        return None
    value = section.get(inner)
    return value if isinstance(value, str) and value else None


def _reject_constant(token: str) -> Any:
    raise ValueError(f"JSON constant {token} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate keys in a JSON object")
    return result


def _json_depth_exceeds(doc: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))
    return False

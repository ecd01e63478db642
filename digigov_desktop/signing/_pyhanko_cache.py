"""Work pyHanko repeats per file, done once: active only inside :func:`active` (a run of
verifications, :class:`~digigov_desktop.signing.verify_context.VerifyContext`).

Outside it pyHanko runs untouched. Inside it, when pyHanko is the version these were
checked against (``INSTALLED``; otherwise nothing is replaced and verification is only
slower), six of pyHanko's module functions are answered differently, each with exactly the
result pyHanko itself would give:

- ``read_hex_string_from_stream``: a signature's ``/Contents`` hex string is read in one
  regular-expression pass instead of byte by byte; anything but hex digits and white space
  up to the closing ``>`` (a comment, a stray byte, the end of the file) falls back to
  pyHanko's own reader from the same position, so errors are pyHanko's own. Likewise
  ``read_until_delimiter`` (names, keywords): a regular-expression run up to the next
  white-space or delimiter byte, leaving the stream where pyHanko's byte loop leaves it;
  and ``_decode_name`` (a name's bytes to a name object, ``#`` escapes expanded) once per
  distinct name (``/Type``, ``/Page`` … recur in every file; names are immutable).
- ``extract_certs_for_validation`` (which of the signature's certificates is the signer's,
  matched by issuer name and serial and by the signing-certificate attribute): once per
  distinct certificates field, signer identifier and signing-certificate attributes, as
  DER. A file whose bytes differ in any of these is looked at anew. Likewise
  ``_check_signing_certificate`` (pyHanko checks the signing-certificate attribute against
  the signer's certificate three times a signature): once per certificate and attributes.
- ``validate_cert_usage`` (path building and validation, revocation against the CRL, key
  usage): once per distinct certificate. The answer depends only on the certificate, the
  certificates the signature carried, the trust roots, the CRL, the policy and the
  validation time; the key holds the first two (as DER), and the cache lives in one run
  whose contexts all have the same roots, CRL, policy and time. Contexts the run did not
  make are never answered from it.
"""

from __future__ import annotations

import binascii
import contextlib
import logging
import re
import weakref
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.sign.validation import generic_cms

__all__ = ["INSTALLED", "PathCache", "active"]
log = logging.getLogger(__name__)

# The functions answered here, as the pinned pyHanko (constraints.txt) has them. Another
# pyHanko version runs untouched (`install`), until these are checked against it again.
TESTED_PYHANKO = "0.38."
_PATCHED = {generic: ("read_hex_string_from_stream", "read_until_delimiter", "_decode_name"),
            generic_cms: ("extract_certs_for_validation", "validate_cert_usage",
                          "_check_signing_certificate")}
_original_hex: Any = getattr(generic, "read_hex_string_from_stream", None)
_original_until_delimiter: Any = getattr(generic, "read_until_delimiter", None)
_original_decode_name: Any = getattr(generic, "_decode_name", None)
_NAMES_MAX = 4096  # distinct names remembered per run (a hostile file may make many)
_original_extract: Any = getattr(generic_cms, "extract_certs_for_validation", None)
_original_usage: Any = getattr(generic_cms, "validate_cert_usage", None)
_original_signing_cert: Any = getattr(generic_cms, "_check_signing_certificate", None)
_HEX_RUN = re.compile(rb"[0-9A-Fa-f \n\r\t\f\x00]*")  # pyHanko's PDF_WHITESPACE
_WHITE = re.compile(rb"[ \n\r\t\f\x00]")
_TOKEN = re.compile(rb"[^ \n\r\t\f\x00()<>\[\]{}/%]*")  # up to PDF_WHITESPACE + PDF_DELIMITERS
_SIGNING_CERT = ("signing_certificate", "signing_certificate_v2")


class PathCache:
    """pyHanko's certificate verdicts of one run, and the contexts that may use them."""

    def __init__(self) -> None:
        self.contexts: weakref.WeakSet[Any] = weakref.WeakSet()
        self.usage: dict[tuple[Any, ...], Any] = {}
        self.cert_info: dict[tuple[Any, ...], Any] = {}
        self.signing_cert_ok: set[tuple[Any, ...]] = set()
        self.names: dict[bytes, Any] = {}


_ACTIVE: ContextVar[PathCache | None] = ContextVar("digigov_pyhanko_cache", default=None)


@contextlib.contextmanager
def active(cache: PathCache) -> Iterator[None]:
    """Answer from ``cache`` in this thread (and the coroutines it runs) until exit."""
    token = _ACTIVE.set(cache)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _read_hex(stream: Any) -> Any:
    if _ACTIVE.get() is None:
        return _original_hex(stream)
    start = stream.tell()
    stream.read(1)  # the opening "<"
    parts: list[bytes] = []
    while True:
        block = stream.read(65536)
        end = _HEX_RUN.match(block).end()  # type: ignore[union-attr] # `*` always matches
        parts.append(block[:end])
        if end < len(block):
            if block[end:end + 1] != b">":
                break
            stream.seek(end + 1 - len(block), 1)
            digits = _WHITE.sub(b"", b"".join(parts))
            return generic.pdf_string(binascii.unhexlify(digits + b"0" * (len(digits) % 2)))
        if not block:
            break
    stream.seek(start)  # anything unusual: pyHanko decides, from the same place
    return _original_hex(stream)


def _until_delimiter(stream: Any) -> bytes:
    if _ACTIVE.get() is None:
        return _original_until_delimiter(stream)
    parts: list[bytes] = []
    while True:
        block = stream.read(256)
        end = _TOKEN.match(block).end()  # type: ignore[union-attr] # `*` always matches
        parts.append(block[:end])
        if end < len(block):  # stop before the delimiter, as pyHanko's seek(-1) does
            stream.seek(end - len(block), 1)
            return b"".join(parts)
        if len(block) < 256:  # the end of the stream: nothing to step back over
            return b"".join(parts)


def _decode_name(name_bytes: bytes) -> Any:
    cache = _ACTIVE.get()
    if cache is None:
        return _original_decode_name(name_bytes)
    name = cache.names.get(name_bytes)
    if name is None:
        name = _original_decode_name(name_bytes)  # raises on a malformed name: not kept
        if len(cache.names) < _NAMES_MAX:
            cache.names[bytes(name_bytes)] = name
    return name


def _extract_certs(signed_data: Any) -> Any:
    cache = _ACTIVE.get()
    if cache is None:
        return _original_extract(signed_data)
    try:
        infos = signed_data["signer_infos"]
        attrs = infos[0]["signed_attrs"] if len(infos) == 1 else ()
        key = (signed_data["certificates"].dump(), len(infos), infos[0]["sid"].dump(),
               tuple(a.dump() for a in attrs if a["type"].native in _SIGNING_CERT))
    except Exception:  # an odd structure: pyHanko looks, and says what is wrong
        return _original_extract(signed_data)
    known = cache.cert_info.get(key)
    if known is None:
        known = cache.cert_info[key] = _original_extract(signed_data)
    return known


def _check_signing_cert(cert: Any, signed_attrs: Any) -> None:
    cache = _ACTIVE.get()
    if cache is None:
        return _original_signing_cert(cert, signed_attrs)
    try:
        key = (cert.dump(), tuple(a.dump() for a in signed_attrs
                                  if a["type"].native in _SIGNING_CERT))
    except Exception:
        return _original_signing_cert(cert, signed_attrs)
    if key not in cache.signing_cert_ok:
        _original_signing_cert(cert, signed_attrs)  # raises when they do not match
        cache.signing_cert_ok.add(key)
    return None


async def _validate_usage(cert: Any, validation_context: Any, key_usage_settings: Any,
                          paths: Any, pkix_validation_params: Any = None) -> Any:
    cache = _ACTIVE.get()
    if (cache is None or pkix_validation_params is not None
            or validation_context not in cache.contexts):
        return await _original_usage(cert, validation_context, key_usage_settings, paths,
                                     pkix_validation_params)
    key = (cert.dump(), frozenset(c.dump() for c in validation_context.certificate_registry),
           repr(key_usage_settings))
    result = cache.usage.get(key)
    if result is None:
        result = cache.usage[key] = await _original_usage(
            cert, validation_context, key_usage_settings, paths, None)
    return result


def install() -> bool:
    """Put the answers above in place of pyHanko's own, when pyHanko is the version they
    were checked against and has every one of them; else leave it untouched (slower, the
    same verdicts). Returns whether they are in place."""
    from pyhanko.version import __version__

    if not __version__.startswith(TESTED_PYHANKO) or not all(
            hasattr(module, name) for module, names in _PATCHED.items() for name in names):
        log.warning("pyHanko %s is not the version its accelerations were checked against "
                    "(%sx): verification runs without them", __version__, TESTED_PYHANKO)
        return False
    generic.read_hex_string_from_stream = _read_hex
    generic.read_until_delimiter = _until_delimiter
    generic._decode_name = _decode_name
    generic_cms.extract_certs_for_validation = _extract_certs
    generic_cms.validate_cert_usage = _validate_usage
    generic_cms._check_signing_certificate = _check_signing_cert
    return True


INSTALLED = install()

"""What a run of verifications shares: the trust bundle, one reference time, one event
loop, and pyHanko's verdict on each distinct signer certificate (``_pyhanko_cache``).

An importer verifies hundreds of files signed by a handful of certificates against one
root and one CRL; validating the same certificate path against the same CRL at the same
time gives the same answer, so a run asks pyHanko once per certificate. Everything that
belongs to a file (its parse, digest, signature value, coverage, the revocation of its
signers' serials against the CRL, its payload) is still checked for every file.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko_certvalidator import ValidationContext

from digigov_desktop.signing._pyhanko_cache import PathCache, active
from digigov_desktop.signing._pyhanko_rules import REVINFO_POLICY
from digigov_desktop.signing._verify_helpers import aware
from digigov_desktop.signing.credentials import TrustBundle, issued_by
from digigov_desktop.signing.pades import run_sync

__all__ = ["VerifyContext"]

T = TypeVar("T")


class VerifyContext:
    """Verifications against ``trust`` as of ``now`` (default: when it is made), from one
    thread at a time. Close it (or use it in a ``with``) to release its event loop.

    The CRL in force is the bundle's; it is checked against every file's signers, and a
    cached certificate verdict is only reused under the same CRL and time.
    """

    def __init__(self, trust: TrustBundle, *, now: datetime | None = None) -> None:
        self.trust = trust
        self.now = aware(now)
        self._cache = PathCache()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._issuers: dict[bytes, x509.Certificate | None] = {}

    def issuing_root(self, cert: x509.Certificate) -> x509.Certificate | None:
        """The bundle root that issued ``cert`` directly (signature checked), or None;
        once per distinct certificate (by its DER bytes)."""
        der = cert.public_bytes(Encoding.DER)
        if der not in self._issuers:
            self._issuers[der] = next((r for r in self.trust.roots if issued_by(cert, r)), None)
        return self._issuers[der]

    def validation_context(self) -> ValidationContext:
        """A fresh pyHanko context for one signature: the bundle roots only, the bundle CRL
        required, no fetching, validation at ``now`` (answered from the run's cache)."""
        context = ValidationContext(
            trust_roots=list(self.trust.asn1_roots),
            crls=[self.trust.asn1_crl] if self.trust.asn1_crl is not None else [],
            revinfo_policy=REVINFO_POLICY,
            allow_fetching=False,
            moment=self.now,
        )
        self._cache.contexts.add(context)
        return context

    def active(self) -> contextlib.AbstractContextManager[None]:
        """While inside: pyHanko, in this thread, answers from this run's cache."""
        return active(self._cache)

    def run(self, make_coro: Callable[[], Awaitable[T]]) -> T:
        """Run a pyHanko coroutine to its end on this run's event loop."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:  # inside someone's event loop: pyHanko unaided, on a worker thread
            return run_sync(make_coro)
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(make_coro())

    def close(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None

    def __enter__(self) -> VerifyContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""The signing package's error type (re-exported by :mod:`credentials`)."""

from __future__ import annotations

from digigov_desktop.errors import DigigovError

__all__ = ["CredentialError"]


class CredentialError(DigigovError):
    """A credential (key, certificate, PKCS#12, trust bundle) cannot be used.

    Codes: ``WRONG_PASSPHRASE``, ``EMPTY_PASSPHRASE``, ``INVALID_KEY``,
    ``KEY_NOT_ENCRYPTED``, ``UNSUPPORTED_KEY``, ``INVALID_CERTIFICATE``,
    ``CERT_KEY_MISMATCH``, ``INVALID_PKCS12``, ``INVALID_TRUST_BUNDLE``,
    ``INVALID_AGENCY_CODE``, ``INVALID_AGENCY_NAME``.
    """

    code = "CREDENTIAL"

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(message or code, code=code)

"""pyHanko settings and readings behind :mod:`verify`: decode limits, the CRL policy,
the errors hostile input raises, logger levels, certification and trust-problem mapping."""

from __future__ import annotations

import logging
import struct
import zlib

from pyhanko.pdf_utils import misc
from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from digigov_desktop.signing.verdict import RejectReason

_MiB = 1024 * 1024
PADES_SUBFILTER = "/ETSI.CAdES.detached"
DECODE_LIMITS = DecodeLimits(
    per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=_MiB, max_output_size=64 * _MiB),
    document_budget=DocumentDecodeBudget(base_allowance=128 * _MiB, max_ratio=20),
)
# WORKAROUND for pyhanko_certvalidator 0.33 ``policy_decl.LEGACY_POLICY_MAP``:
# revocation_mode="hard-fail" means CHECK_IF_DECLARED, which never consults a
# supplied CRL for a certificate without a CRL distribution point, so a revoked
# agency certificate is judged trusted. Require the CRL explicitly.
REVINFO_POLICY = CertRevTrustPolicy(
    RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.CRL_REQUIRED,
        intermediate_ca_cert_rule=RevocationCheckingRule.CRL_REQUIRED,
    )
)
# Errors a parser or decoder may raise on hostile input ("expected" failures).
INPUT_ERRORS: tuple[type[BaseException], ...] = (
    misc.PdfError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    AssertionError,
    EOFError,
    NotImplementedError,
    zlib.error,
    struct.error,
)



_PYHANKO_LOGGERS = ("pyhanko", "pyhanko_certvalidator")


def quiet_pyhanko_loggers(level: int = logging.ERROR, *, only_unset: bool = False) -> None:
    """Raise pyHanko's loggers to ``level``.

    pyHanko logs every rejected hostile input as a WARNING with a traceback; with
    no logging configured, Python's last-resort handler prints those to stderr.
    Only the named ``pyhanko`` / ``pyhanko_certvalidator`` loggers are touched,
    never the root logger.

    Args:
        level: the level to set.
        only_unset: leave loggers alone whose level was already configured.
    """
    for name in _PYHANKO_LOGGERS:
        logger = logging.getLogger(name)
        if not only_unset or logger.level == logging.NOTSET:
            logger.setLevel(level)



# --------------------------------------------------------------------------- reasons


# What pyHanko's difference analysis may find after an earlier signature of a chain:
# nothing, or signature fields filled (form filling; no annotations, nothing else).
SIGNATURE_ONLY = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                   ModificationLevel.FORM_FILLING)


def revisions_problem(sigs: list[EmbeddedPdfSignature],
                      statuses: list[PdfSignatureStatus]) -> str | None:
    """Why a chain's revisions hold more than its signatures, or None.

    Each revision after the first signed one must be signed by the next link, and
    pyHanko's difference analysis of every earlier link (its ``statuses``, computed with
    the diff) must find signature-only changes within the DocMDP and FieldMDP locks.
    """
    first = sigs[0].signed_revision
    for index, (sig, status) in enumerate(zip(sigs, statuses, strict=True)):
        if sig.signed_revision != first + index:
            return f"revision {first + index} is not signed by the next signer"
        if index == len(sigs) - 1:
            return None
        level = status.modification_level
        if status.docmdp_ok is not True or level is None or level not in SIGNATURE_ONLY:
            return f"after {sig.field_name}: {level} (DocMDP ok: {status.docmdp_ok})"
    return None


def is_certification(sig: EmbeddedPdfSignature) -> bool:
    """True for a signature whose /Reference carries a DocMDP transform (certification)."""
    refs = sig.sig_object.get("/Reference") or []
    return any(ref.get("/TransformMethod") == "/DocMDP" for ref in refs)


_EXPIRY_PROBLEMS = {
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
    AdESIndeterminate.NOT_YET_VALID,
    AdESIndeterminate.EXPIRED,
}


def map_trust_problem(status: PdfSignatureStatus) -> RejectReason:
    """Map pyHanko's trust failure to a reason (our own checks normally fire first)."""
    if status.revoked:
        return RejectReason.REVOKED
    indic = status.trust_problem_indic
    if indic is AdESIndeterminate.TRY_LATER:
        return RejectReason.CRL_MISSING_OR_STALE
    if indic in _EXPIRY_PROBLEMS:
        return RejectReason.EXPIRED
    return RejectReason.UNTRUSTED

"""The signature chain of a submission: who signs in which order, and what each link is.

A submission is signed first by the preparer (the certification signature in
``DigiGovSubmission``, made at export), then optionally by a reviewer (``DigiGovReview``)
and an approver (``DigiGovApproval``), each an approval signature in its own incremental
revision. A certificate's role is its subject ``title`` (``credentials.role_of``); agency
credentials without one sign as the preparer. This module holds the rules on that order
(pure functions over plain values); ``verify.py`` applies them with the reason codes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from digigov_desktop.signing.credentials import ROLES
from digigov_desktop.signing.pades import CHAIN_FIELDS, SIGNATURE_FIELD

__all__ = ["ChainLink", "is_chain_shaped", "missing_roles", "order_problem"]

_RANK = {role: index for index, role in enumerate(ROLES)}
_FIELDS = set(CHAIN_FIELDS.values())


@dataclass(frozen=True)
class ChainLink:
    """One signature of the chain, as verified.

    Attributes:
        role: preparer, reviewer or approver (the certificate's role; preparer if none).
        field: the signature field it fills.
        person: the signer's name for a person's credential, else None.
        agency_code: the agency code in the certificate.
        serial: the certificate's serial number.
        subject: the certificate's subject (RFC 4514).
        signed_at: signing time claimed by the signer (not a trusted timestamp).
        revision: the PDF revision it signs (0-based, in file order).
        certificate: the signer's certificate.
    """

    role: str
    field: str
    person: str | None
    agency_code: str | None
    serial: int
    subject: str
    signed_at: dt.datetime | None
    revision: int
    certificate: x509.Certificate = dataclasses.field(repr=False, compare=False)

    def __reduce__(self):
        """Pickle the certificate as DER (cryptography's objects do not pickle), so verdicts
        cross the import's process pool."""
        values = {f: getattr(self, f) for f in self.__dataclass_fields__ if f != "certificate"}
        der = self.certificate.public_bytes(serialization.Encoding.DER)
        return (_link_from_der, (values, der))


def _link_from_der(values: dict, der: bytes) -> ChainLink:
    return ChainLink(**values, certificate=x509.load_der_x509_certificate(der))


def is_chain_shaped(field_names: list[str]) -> bool:
    """Several signatures form a chain only in this app's fields, the preparer's among them
    (their order is checked later, by :func:`order_problem`)."""
    return (
        SIGNATURE_FIELD in field_names
        and all(name in _FIELDS for name in field_names)
        and len(set(field_names)) == len(field_names)
    )


def order_problem(links: list[tuple[str, str | None, bool]]) -> str | None:
    """Why the signatures ``(field, certificate role, is certification)`` in revision order
    are out of order, or None.

    The first is the preparer's certification signature in ``DigiGovSubmission``; each
    later one is an approval signature in its role's field, roles strictly ascending
    (preparer < reviewer < approver).
    """
    previous = -1
    for index, (name, cert_role, certification) in enumerate(links):
        role = cert_role or "preparer"
        if name != CHAIN_FIELDS[role]:
            return f"signature {index + 1}: a {role} signed the field {name}"
        if certification != (index == 0):
            return f"signature {index + 1}: {'a' if certification else 'no'} certification"
        if _RANK[role] <= previous:
            return f"signature {index + 1}: the {role} signed after {ROLES[previous]}"
        previous = _RANK[role]
    return None


def missing_roles(links: list[ChainLink], required: set[str] | frozenset[str]) -> list[str]:
    """The required roles (in chain order) no link carries."""
    present = {link.role for link in links}
    return [role for role in ROLES if role in required and role not in present]

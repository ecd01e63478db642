"""The signature chain of a submission: who signs in which order, and what each link is.

A submission is signed first by the preparer (the certification signature in
``DigiGovSubmission``, made at export), then optionally by a reviewer (``DigiGovReview``)
and an approver (``DigiGovApproval``), each an approval signature in its own incremental
revision. A certificate's role is its subject ``title`` (``credentials.role_of``); agency
credentials without one sign as the preparer. This module holds the rules on that order
(pure functions over plain values); ``verify.py`` applies them with the reason codes.

The plan: the preparer names, inside what they sign (the payload's ``signers_planned``),
the roles that are to sign after them. A chain that lacks a planned role is incomplete (a
file still on its way, or one whose last revisions were cut off); a planned role can never
be skipped, since no earlier role may sign after a later one. A role the preparer did not
plan may still sign in its place in the order: the plan is what the file needs to be
complete, and a signature it did not ask for adds to it without hiding a missing one.
Payloads without the member (version 1, or made before plans existed) have no plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from digigov_desktop.signing.credentials import ROLES
from digigov_desktop.signing.pades import CHAIN_FIELDS, SIGNATURE_FIELD

__all__ = ["PLAN_KEY", "ChainLink", "is_chain_shaped", "missing_roles", "order_problem",
           "plan_problem", "planned_roles", "roles_problem", "skipped_roles"]

PLAN_KEY = "signers_planned"  # the payload member naming the roles to sign after the preparer

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


def missing_roles(links: list[ChainLink], required: Collection[str]) -> list[str]:
    """The required roles (in chain order) no link carries."""
    present = {link.role for link in links}
    return [role for role in ROLES if role in required and role not in present]


def planned_roles(doc: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The roles the preparer planned to sign after them (chain order), or None: no plan.

    Raises:
        ValueError: the member is not a list of distinct later roles in chain order.
    """
    value = doc.get(PLAN_KEY)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
        raise ValueError(f"{PLAN_KEY} is not a list of roles")
    if any(role not in _RANK or role == ROLES[0] for role in value):
        raise ValueError(f"{PLAN_KEY} names an unknown role")
    if [_RANK[r] for r in value] != sorted({_RANK[r] for r in value}):
        raise ValueError(f"{PLAN_KEY} is not in chain order or repeats a role")
    return tuple(value)


def skipped_roles(signed: list[str], planned: tuple[str, ...], role: str) -> list[str]:
    """The planned roles, absent from ``signed``, that a signature as ``role`` would pass
    over for good (no earlier role may sign after it)."""
    return [r for r in planned if r not in signed and _RANK[r] < _RANK[role]]


def plan_problem(links: list[ChainLink], planned: tuple[str, ...],
                 *, complete: bool) -> tuple[str, str] | None:
    """``("order" | "incomplete", detail)`` when the chain (already in order) does not
    follow the plan, else None. With ``complete`` every planned role must have signed."""
    signed = [link.role for link in links]
    for role in signed:
        passed = skipped_roles(signed, planned, role)
        if passed:
            return "order", f"the {role} signed before the planned {', '.join(passed)}"
    missing = missing_roles(links, planned)
    if complete and missing:
        return "incomplete", (f"planned {', '.join(planned)}; "
                              f"still to sign: {', '.join(missing)}")
    return None


def roles_problem(
    doc: Mapping[str, Any], links: list[ChainLink], required: Collection[str], *,
    complete: bool,
) -> tuple[tuple[str, ...] | None, tuple[str, str] | None]:
    """``(the plan, (reason code, detail) or None)`` for the signed roles of a chain whose
    order was checked: the plan is well formed (``PAYLOAD_INVALID``) and followed
    (``SIGNATURE_OUT_OF_ORDER``, ``CHAIN_INCOMPLETE``), then ``required`` are present
    (``MISSING_REVIEWER`` / ``MISSING_APPROVER``)."""
    try:
        planned = planned_roles(doc)
    except ValueError as exc:
        return None, ("PAYLOAD_INVALID", str(exc))
    found = plan_problem(links, planned or (), complete=complete)
    if found is not None:
        kind, detail = found
        return planned, ("CHAIN_INCOMPLETE" if kind == "incomplete"
                         else "SIGNATURE_OUT_OF_ORDER", detail)
    missing = missing_roles(links, frozenset(required))
    if missing:
        return planned, (f"MISSING_{missing[0].upper()}", f"no {', '.join(missing)} signature")
    return planned, None

"""The receipt payload (`receipt.json`): what the coordinator certifies it accepted.

A receipt closes the loop of one submission revision: the coordinator signs a small PDF
carrying this payload (canonical JSON, like the submission payload) with its
receipt-signing certificate, whose agency code is the reserved `COORDINATOR`. The
agency's installation checks it against the submission rows it exported.

Fields (all required, no others):
  schema          "urn:digigov:receipt:1"
  submission_id   the submission's UUID          revision      its revision (>= 1)
  payload_sha256  SHA-256 of its evaluation.json file_sha256   SHA-256 of its PDF file
  agency          {"code": "COORDINATOR"} — the signer, as the signature checks require
  for_agency      the agency code of the submission
  framework       {"id", "version"} of the submission
  cycle           the submission's cycle (year)
  accepted_at     when the coordinator imported it (UTC ISO 8601)
  issued_at       when this receipt was made (UTC ISO 8601)
  coordinator     the name of the coordinator's certificate authority
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from digigov_desktop.domain.submission import canonical_json
from digigov_desktop.errors import DigigovError
from digigov_desktop.formats import is_later

RECEIPT_SCHEMA = "urn:digigov:receipt:1"
RECEIPT_NAME = "receipt.json"
COORDINATOR_CODE = "COORDINATOR"  # the same reserved code as signing.authority
MAX_RECEIPT_BYTES = 64 * 1024

_SHA256 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
# [0-9], not \d: \d also matches other scripts' digits ("２０２６").
_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})")
_FIELDS = frozenset(
    {
        "schema", "submission_id", "revision", "payload_sha256", "file_sha256", "agency",
        "for_agency", "framework", "cycle", "accepted_at", "issued_at", "coordinator",
    }
)


class ReceiptPayloadError(DigigovError, ValueError):
    """The receipt payload is not valid. Code: ``RECEIPT_PAYLOAD_INVALID`` (param ``where``),
    or ``NEWER_FORMAT`` for a later version of the receipt format."""

    code = "RECEIPT_PAYLOAD_INVALID"

    def __init__(self, where: str, message: str, *, code: str | None = None) -> None:
        super().__init__(f"at {where}: {message}", code=code, where=where)


def build_receipt(
    *,
    submission_id: str,
    revision: int,
    payload_sha256: str,
    file_sha256: str,
    for_agency: str,
    framework_id: str,
    framework_version: str,
    cycle: int,
    accepted_at: str,
    issued_at: str,
    coordinator: str,
) -> dict[str, Any]:
    """The receipt dict for one accepted submission revision, validated.

    Raises:
        ReceiptPayloadError: a field is not acceptable.
    """
    receipt = {
        "schema": RECEIPT_SCHEMA,
        "submission_id": submission_id,
        "revision": revision,
        "payload_sha256": payload_sha256,
        "file_sha256": file_sha256,
        "agency": {"code": COORDINATOR_CODE},
        "for_agency": for_agency,
        "framework": {"id": framework_id, "version": framework_version},
        "cycle": cycle,
        "accepted_at": accepted_at,
        "issued_at": issued_at,
        "coordinator": coordinator,
    }
    validate_receipt(receipt)
    return receipt


def receipt_bytes(receipt: Mapping[str, Any]) -> bytes:
    """The canonical bytes attached as `receipt.json`."""
    return canonical_json(receipt)


def parse_receipt(data: bytes) -> dict[str, Any]:
    """Decode and validate untrusted receipt bytes (the `parse_payload` of verification).

    Raises:
        ReceiptPayloadError: (a ValueError) for anything but a valid receipt.
    """
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptPayloadError("(file)", f"{len(data)} bytes is too large")
    try:
        value: dict[str, Any] = json.loads(bytes(data).decode("utf-8"),
                                           parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise ReceiptPayloadError("(file)", f"not JSON: {exc}") from None
    validate_receipt(value)
    return value


def validate_receipt(value: object) -> None:
    """Check a decoded receipt: exactly the known fields, each of the right form.

    Raises:
        ReceiptPayloadError: naming the first bad field; with the code ``NEWER_FORMAT`` for
            a later version of the receipt format (issued by a newer DigiGov Desktop).
    """
    if not isinstance(value, dict):
        raise ReceiptPayloadError("(top level)", "not a JSON object")
    if is_later(value.get("schema"), RECEIPT_SCHEMA):  # a newer coordinator's
        raise ReceiptPayloadError("schema", f"receipt format {value['schema']} is newer than "
                                  f"this installation reads ({RECEIPT_SCHEMA})",
                                  code="NEWER_FORMAT")
    missing = sorted(_FIELDS - value.keys())
    extra = sorted(value.keys() - _FIELDS)
    if missing or extra:
        raise ReceiptPayloadError("(top level)", f"missing {missing}, unknown {extra}")
    checks: list[tuple[str, bool]] = [
        ("schema", value["schema"] == RECEIPT_SCHEMA),
        ("submission_id", _matches(_UUID, value["submission_id"])),
        ("revision", type(value["revision"]) is int and 1 <= value["revision"] <= 1_000_000),
        ("payload_sha256", _matches(_SHA256, value["payload_sha256"])),
        ("file_sha256", _matches(_SHA256, value["file_sha256"])),
        ("agency", value["agency"] == {"code": COORDINATOR_CODE}),
        ("for_agency", _matches(_CODE, value["for_agency"])
         and value["for_agency"].upper() != COORDINATOR_CODE),
        ("framework", isinstance(value["framework"], dict)
         and set(value["framework"]) == {"id", "version"}
         and all(isinstance(v, str) and 0 < len(v) <= 64 for v in value["framework"].values())),
        ("cycle", type(value["cycle"]) is int and 2000 <= value["cycle"] <= 2100),
        ("accepted_at", _matches(_STAMP, value["accepted_at"])),
        ("issued_at", _matches(_STAMP, value["issued_at"])),
        ("coordinator", isinstance(value["coordinator"], str)
         and 0 < len(value["coordinator"].strip()) <= 200),
    ]
    for where, ok in checks:
        if not ok:
            raise ReceiptPayloadError(where, "missing or malformed")


def _matches(pattern: re.Pattern[str], value: object) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _no_constant(token: str) -> Any:
    raise ValueError(f"JSON constant {token} is not allowed")

"""The receipt's fixed texts (`ReceiptLabels.for_language("es" | "en")`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from digigov_desktop.reports.label_set import LabelSet


@dataclass(frozen=True)
class ReceiptLabels(LabelSet):
    """Fixed texts of the receipt in one language."""

    lang: str
    title: str
    intro: str
    agency: str
    cycle: str
    submission_id: str
    revision: str
    accepted_at: str
    payload_sha256: str
    file_sha256: str
    coordinator: str
    issued_at: str
    note: str

    @classmethod
    def texts(cls) -> Mapping[str, Mapping[str, Any]]:
        return _TEXTS


_TEXTS: dict[str, dict[str, Any]] = {
    "es": dict(
        title="Acuse de recibo",
        intro="La coordinación recibió, verificó y aceptó el siguiente envío de autoevaluación.",
        agency="Institución",
        cycle="Ciclo",
        submission_id="Identificador del envío",
        revision="Revisión",
        accepted_at="Aceptado el",
        payload_sha256="SHA-256 de los datos (evaluation.json)",
        file_sha256="SHA-256 del archivo firmado",
        coordinator="Coordinación",
        issued_at="Acuse emitido el",
        note="Este acuse está firmado digitalmente por la coordinación. Sus datos verificables "
        "van adjuntos al documento como receipt.json; DigiGov Desktop los comprueba al "
        "instalar el acuse y marca el ciclo como recibido.",
    ),
    "en": dict(
        title="Receipt of submission",
        intro="The coordinator received, verified and accepted the following self-evaluation "
        "submission.",
        agency="Agency",
        cycle="Cycle",
        submission_id="Submission id",
        revision="Revision",
        accepted_at="Accepted on",
        payload_sha256="SHA-256 of the data (evaluation.json)",
        file_sha256="SHA-256 of the signed file",
        coordinator="Coordinator",
        issued_at="Receipt issued on",
        note="This receipt is digitally signed by the coordinator. Its verifiable data are "
        "attached to the document as receipt.json; DigiGov Desktop checks them when the "
        "receipt is installed and marks the cycle as received.",
    ),
}

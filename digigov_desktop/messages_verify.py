"""Messages of the coordinator's checks of a received file (verification and import
outcomes), in English and Spanish.

Kept apart from `messages.py` so that neither table grows past a readable size; `MESSAGES`
takes these codes in.
"""

from __future__ import annotations

VERIFY_MESSAGES: dict[str, dict[str, str]] = {
    "ACCEPTED": {"en": "Accepted.", "es": "Aceptado."},
    "DUPLICATE": {
        "en": "Already imported (the same file); nothing changed.",
        "es": "Ya se importó (el mismo archivo); no se modificó nada.",
    },
    "NOT_PDF": {"en": "The file is not a PDF.", "es": "El archivo no es un PDF."},
    "TOO_LARGE": {
        "en": "The file is larger than the size limit.",
        "es": "El archivo supera el tamaño máximo permitido.",
    },
    "DAMAGED": {
        "en": "The PDF is damaged and cannot be read.",
        "es": "El PDF está dañado y no se puede leer.",
    },
    "UNSIGNED": {"en": "The PDF is not signed.", "es": "El PDF no está firmado."},
    "MULTIPLE_SIGNATURES": {
        "en": "The PDF carries more than one signature, and they are not a submission's "
        "chain of signatures (preparer, reviewer, approver).",
        "es": "El PDF tiene más de una firma y no forman la cadena de firmas de un envío "
        "(preparación, revisión, aprobación).",
    },
    "SIGNATURE_CORRUPT": {
        "en": "The signature is damaged and cannot be read.",
        "es": "La firma está dañada y no se puede leer.",
    },
    "MODIFIED": {
        "en": "The file was changed after it was signed.",
        "es": "El archivo se modificó después de ser firmado.",
    },
    "NOT_WHOLE_FILE": {
        "en": "Something was added to the file after it was signed.",
        "es": "Se agregó contenido al archivo después de ser firmado.",
    },
    "REVOKED": {
        "en": "The signer's credential has been revoked.",
        "es": "La credencial de quien firmó fue revocada.",
    },
    "UNTRUSTED": {
        "en": "The signature was not made with a credential issued by this coordinator.",
        "es": "La firma no se hizo con una credencial emitida por esta coordinación.",
    },
    "EXPIRED": {
        "en": "The signer's credential had expired (or was not yet valid).",
        "es": "La credencial de quien firmó estaba vencida (o aún no era válida).",
    },
    "CRL_MISSING_OR_STALE": {
        "en": "The revocation list is missing or out of date; reissue it and import again.",
        "es": "La lista de revocación falta o está vencida; emítala de nuevo e importe otra vez.",
    },
    "PAYLOAD_MISSING": {
        "en": "The signed file carries no evaluation data.",
        "es": "El archivo firmado no contiene los datos de la evaluación.",
    },
    "PAYLOAD_INVALID": {
        "en": "The evaluation data in the file are not valid.",
        "es": "Los datos de la evaluación contenidos en el archivo no son válidos.",
    },
    "PAYLOAD_NEWER": {
        "en": "The file was written by a newer version of DigiGov Desktop; update DigiGov "
              "Desktop on this computer and try again.",
        "es": "El archivo fue escrito por una versión más reciente de DigiGov Desktop; "
              "actualice DigiGov Desktop en este equipo y vuelva a intentarlo.",
    },
    "FRAMEWORK_UNKNOWN": {
        "en": "The evaluation uses a framework version this installation does not know.",
        "es": "La evaluación usa una versión del marco que esta instalación no conoce.",
    },
    "AGENCY_MISMATCH": {
        "en": "The evaluation claims another agency than the signer's credential.",
        "es": "La evaluación declara una institución distinta de la credencial de quien firmó.",
    },
    "SIGNATURE_OUT_OF_ORDER": {
        "en": "The signatures are out of order: the preparer signs first, then the reviewer, "
        "then the approver, each in their own field.",
        "es": "Las firmas están fuera de orden: primero firma quien prepara, luego quien "
        "revisa y después quien aprueba, cada uno en su propio campo.",
    },
    "MODIFIED_AFTER_SIGNING": {
        "en": "The file was changed between two signatures of its chain (more than a "
        "signature was added).",
        "es": "El archivo se modificó entre dos firmas de su cadena (se agregó algo más que "
        "una firma).",
    },
    "MISSING_REVIEWER": {
        "en": "The reviewer's signature is required and missing.",
        "es": "Falta la firma de quien revisa, que es obligatoria.",
    },
    "MISSING_APPROVER": {
        "en": "The approver's signature (the head of the body) is required and missing.",
        "es": "Falta la firma de quien aprueba (la jefatura del servicio), que es obligatoria.",
    },
    "CHAIN_INCOMPLETE": {
        "en": "The signature chain is incomplete: a signature the preparer planned is missing "
        "(not signed yet, or removed from the file).",
        "es": "La cadena de firmas está incompleta: falta una firma que quien prepara "
        "anunció (aún no se firma o se quitó del archivo).",
    },
    "SEALED": {
        "en": "Sealed for {recipient}; only that coordinator can open and check it.",
        "es": "Sellado para {recipient}; solo esa coordinación puede abrirlo y verificarlo.",
    },
    "SEAL_DAMAGED": {
        "en": "The sealed file is damaged and cannot be opened.",
        "es": "El archivo sellado está dañado y no se puede abrir.",
    },
    "SEAL_WRONG_KEY": {
        "en": "The file is sealed for another coordinator; this key cannot open it.",
        "es": "El archivo está sellado para otra coordinación; esta clave no puede abrirlo.",
    },
    "SEAL_KEY_REQUIRED": {
        "en": "The file is sealed: give the CA passphrase (--passphrase-file) to open it.",
        "es": "El archivo está sellado: indique la frase de contraseña de la autoridad "
        "certificadora (--passphrase-file) para abrirlo.",
    },
    "SEAL_UNAVAILABLE": {
        "en": "There is no encryption certificate for sealing: install the coordinator's "
        "current trust bundle (the coordinator makes one with `digigov ca crl`), or export "
        "without --seal.",
        "es": "No hay un certificado de cifrado para sellar: instale el paquete de confianza "
        "actual de la coordinación (la coordinación lo genera con `digigov ca crl`), o "
        "exporte sin --seal.",
    },
    "INPUT_REJECTED": {
        "en": "The file was not signed because it does not verify: {reason_text}",
        "es": "El archivo no se firmó porque no se puede verificar: {reason_text}",
    },
    "ROLE_NOT_ALLOWED": {
        "en": "The {last} has already signed this file; a {role} cannot sign after that.",
        "es": "Este archivo ya lo firmó el rol {last}; el rol {role} no puede firmar "
        "después.",
    },
    "ROLE_OUT_OF_PLAN": {
        "en": "The preparer planned the signature of the {skipped} before the {role}'s: "
        "the {skipped} signs first.",
        "es": "Quien prepara anunció la firma del rol {skipped} antes que la del rol {role}: "
        "primero firma el rol {skipped}.",
    },
    "ROLE_MISMATCH": {
        "en": "Your credential is for the role {credential_role}, not {role}.",
        "es": "Su credencial es para el rol {credential_role}, no {role}.",
    },
    "NO_SIGNATURE_FIELD": {
        "en": "The file has no free signature field for that role; is it a DigiGov submission?",
        "es": "El archivo no tiene un campo de firma libre para ese rol; ¿es un envío de "
        "DigiGov?",
    },
    "UNREGISTERED": {
        "en": "The signer's credential is not registered and active for that agency.",
        "es": "La credencial de quien firmó no está registrada y vigente para esa institución.",
    },
    "STALE_REVISION": {
        "en": "A newer or equal revision of this submission is already imported.",
        "es": "Ya se importó una revisión igual o más reciente de este envío.",
    },
    "OUTSIDE_REGION": {
        "en": "The submission is outside your region: your role may not import it; nothing "
        "was stored.",
        "es": "El envío está fuera de su región: su rol no puede importarlo; no se guardó "
        "nada.",
    },
    "UNREADABLE": {
        "en": "The file cannot be read.",
        "es": "No se puede leer el archivo.",
    },
}

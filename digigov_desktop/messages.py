"""Plain-text messages for codes, in English and Spanish, for the CLI and JSON reports.

The GUI does not use this table: `ui/i18n.py` maps the same codes through Qt's
translation system. Templates use `str.format` fields taken from an error's params.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from digigov_desktop.messages_cli import CLI_OUTPUT
from digigov_desktop.messages_packs import PACK_MESSAGES
from digigov_desktop.messages_team import OUTPUT, TEAM_MESSAGES
from digigov_desktop.messages_verify import VERIFY_MESSAGES

MESSAGES: dict[str, dict[str, str]] = {
    # --- storage and input -----------------------------------------------------------
    "FILE_EXISTS": {
        "en": "{path} already exists; choose another file name (it is never overwritten).",
        "es": "{path} ya existe; elija otro nombre de archivo (nunca se sobrescribe).",
    },
    "STORE_NOT_FOUND": {
        "en": "There is no database at {path}.",
        "es": "No hay una base de datos en {path}.",
    },
    "STORE_TOO_NEW": {
        "en": "{path} was written by a newer version of DigiGov Desktop; install that version "
        "to open it. The file was not changed.",
        "es": "{path} fue escrita por una versión más nueva de DigiGov Desktop; instale esa "
        "versión para abrirla. El archivo no se modificó.",
    },
    "NOT_A_DATABASE": {
        "en": "{path} is not a DigiGov Desktop database.",
        "es": "{path} no es una base de datos de DigiGov Desktop.",
    },
    "WRONG_KIND_OF_DATABASE": {
        "en": "{path} is a DigiGov database of another kind (expected: {expected}).",
        "es": "{path} es una base de datos de DigiGov de otro tipo (se esperaba: {expected}).",
    },
    "STORE_LOCKED": {
        "en": "The database {path} is in use by another program; try again in a moment.",
        "es": "Otra aplicación está usando la base de datos {path}; intente de nuevo en un "
        "momento.",
    },
    "STORE_READ_ONLY": {
        "en": "The database {path} cannot be written (read-only file or folder).",
        "es": "No se puede escribir en la base de datos {path} (archivo o carpeta de solo "
        "lectura).",
    },
    "STORE_AUTH_FAILED": {
        "en": "The server refused the login to {path}; check the user and the password "
        "(PGPASSFILE).",
        "es": "El servidor rechazó el acceso a {path}; revise el usuario y la contraseña "
        "(PGPASSFILE).",
    },
    "STORE_PERMISSION_DENIED": {
        "en": "Your role may not do that in the shared store {path}.",
        "es": "Su rol no puede hacer eso en el almacén compartido {path}.",
    },
    "PG_CLIENT_MISSING": {
        "en": "This computer has no PostgreSQL client library (libpq), which a shared store "
        "needs. Ask IT to install it (on Debian or Ubuntu: the libpq5 package).",
        "es": "Este equipo no tiene la biblioteca cliente de PostgreSQL (libpq), que un "
        "almacén compartido necesita. Pida a TI que la instale (en Debian o Ubuntu: el "
        "paquete libpq5).",
    },
    "STORE_BAD_URL": {
        "en": "{path} is not a valid PostgreSQL connection URL.",
        "es": "{path} no es una URL de conexión de PostgreSQL válida.",
    },
    "PASSWORD_IN_URL": {
        "en": "Do not put the password in the URL ({path}); use PGPASSFILE or type it when "
        "asked.",
        "es": "No ponga la contraseña en la URL ({path}); use PGPASSFILE o escríbala cuando "
        "se le pida.",
    },
    "STORE_INSECURE": {
        "en": "A store on another machine needs sslmode=verify-full (TLS with the server's "
        "certificate verified), not sslmode={sslmode}.",
        "es": "Un almacén en otro equipo requiere sslmode=verify-full (TLS con el certificado "
        "del servidor verificado), no sslmode={sslmode}.",
    },
    "DISK_FULL": {
        "en": "The disk is full: free space on {folder} and try again.",
        "es": "El disco está lleno: libere espacio en {folder} e intente de nuevo.",
    },
    "NO_CYCLE": {
        "en": "The database has no evaluation yet.",
        "es": "La base de datos aún no tiene una evaluación.",
    },
    "UNKNOWN_ELEMENT": {
        "en": "Unknown element {element}; element ids look like R3.2.",
        "es": "Elemento desconocido {element}; los identificadores son como R3.2.",
    },
    "INVALID_LEVEL": {
        "en": "The {field} must be a whole number from 0 to 5, or 'na'.",
        "es": "El campo {field} debe ser un número entero de 0 a 5, o 'na'.",
    },
    "CLEAR_TAKES_NO_VALUES": {
        "en": "'clear' forgets the whole answer: give no --rationale or --target with it.",
        "es": "'clear' borra la respuesta completa: no indique --rationale ni --target.",
    },
    "TEXT_TOO_LONG": {
        "en": "The {field} is longer than {limit} characters.",
        "es": "El campo {field} supera los {limit} caracteres.",
    },
    "FRAMEWORK_INVALID": {
        "en": "The framework pack is damaged: {message}",
        "es": "El paquete del marco está dañado: {message}",
    },
    "POLICY_INVALID": {
        "en": "The deployment policy cannot be used: {where}: {detail}",
        "es": "La política de instalación no se puede usar: {where}: {detail}",
    },
    # --- credentials, export, CA ---------------------------------------------------------
    "WRONG_PASSPHRASE": {
        "en": "The passphrase is not correct.",
        "es": "La frase de contraseña no es correcta.",
    },
    "EMPTY_PASSPHRASE": {
        "en": "A passphrase is required.",
        "es": "Se requiere una frase de contraseña.",
    },
    "PASSPHRASE_MISMATCH": {
        "en": "The two passphrases do not match.",
        "es": "Las dos frases de contraseña no coinciden.",
    },
    "PASSPHRASE_TOO_SHORT": {
        "en": "The passphrase is too short: use at least {min_length} characters, for example "
        "a few words.",
        "es": "La frase de contraseña es demasiado corta: use al menos {min_length} caracteres, "
        "por ejemplo varias palabras.",
    },
    "PASSPHRASE_COMMON": {
        "en": "The passphrase is too common and easy to guess; choose another one.",
        "es": "La frase de contraseña es demasiado común y fácil de adivinar; elija otra.",
    },
    "WEAK_PASSPHRASE_IN_USE": {
        "en": "the passphrase is weaker than the current rule allows; change it with "
        "change-passphrase.",
        "es": "la frase de contraseña es más débil de lo que la regla actual permite; cámbiela "
        "con change-passphrase.",
    },
    "INVALID_ROLE": {
        "en": "The role must be preparer, reviewer or approver.",
        "es": "El rol debe ser preparer (preparación), reviewer (revisión) o approver "
        "(aprobación).",
    },
    "INVALID_PERSON": {
        "en": "A person's credential needs the person's name.",
        "es": "La credencial de una persona necesita el nombre de la persona.",
    },
    "PASSPHRASE_REQUIRED": {
        "en": "A passphrase is needed: give --passphrase-file or run in a terminal.",
        "es": "Se necesita una frase de contraseña: use --passphrase-file o ejecute en una "
        "terminal.",
    },
    "INVALID_PKCS12": {
        "en": "The file is not a valid PKCS#12 credential.",
        "es": "El archivo no es una credencial PKCS#12 válida.",
    },
    "INVALID_CERTIFICATE": {
        "en": "The file is not a valid certificate.",
        "es": "El archivo no es un certificado válido.",
    },
    "CERT_KEY_MISMATCH": {
        "en": "The certificate does not belong to this installation's key request.",
        "es": "El certificado no corresponde a la solicitud de clave de esta instalación.",
    },
    "WRONG_AGENCY": {
        "en": "The credential belongs to another agency.",
        "es": "La credencial pertenece a otra institución.",
    },
    "NOT_ISSUED_BY_COORDINATOR": {
        "en": "The certificate was not issued by the coordinator of the trust bundle.",
        "es": "El certificado no fue emitido por la coordinación del paquete de confianza.",
    },
    "NO_AGENCY": {
        "en": "Set up the agency before requesting a credential.",
        "es": "Configure la institución antes de solicitar una credencial.",
    },
    "NO_REQUEST": {
        "en": "There is no pending credential request; create one first.",
        "es": "No hay una solicitud de credencial pendiente; cree una primero.",
    },
    "NO_CREDENTIAL": {
        "en": "No signing credential is installed.",
        "es": "No hay una credencial de firma instalada.",
    },
    "NO_TRUST_BUNDLE": {
        "en": "The coordinator's trust bundle is not installed.",
        "es": "No está instalado el paquete de confianza de la coordinación.",
    },
    "INVALID_TRUST_BUNDLE": {
        "en": "The trust bundle is not valid (it needs the root certificate and the CRL).",
        "es": "El paquete de confianza no es válido (debe contener el certificado raíz y la CRL).",
    },
    "INVALID_AGENCY_CODE": {
        "en": "The agency code may only contain letters, digits, '.', '_' and '-'.",
        "es": "El código de la institución solo admite letras, dígitos, '.', '_' y '-'.",
    },
    "NOT_READY": {
        "en": "The evaluation is not ready to submit: {count} issue(s) must be solved first.",
        "es": "La evaluación no está lista para enviar: primero hay que resolver {count} "
        "problema(s).",
    },
    "SELF_CHECK_FAILED": {
        "en": "The file was not saved because the coordinator would reject it: {reason_text}",
        "es": "El archivo no se guardó porque la coordinación lo rechazaría: {reason_text}",
    },
    "CANCELLED": {"en": "Cancelled.", "es": "Cancelado."},
    "WRITE_FAILED": {
        "en": "{path} cannot be written.",
        "es": "No se puede escribir {path}.",
    },
    "EVIDENCE_TOO_LARGE_TO_EMBED": {
        "en": "The evidence files are too large to embed in the submission.",
        "es": "Los archivos de evidencia son demasiado grandes para incluirlos en el envío.",
    },
    "CA_EXISTS": {
        "en": "That folder already holds a certificate authority; it is never overwritten.",
        "es": "Esa carpeta ya contiene una autoridad certificadora; nunca se sobrescribe.",
    },
    "CA_NOT_FOUND": {
        "en": "That folder is not a DigiGov certificate authority.",
        "es": "Esa carpeta no es una autoridad certificadora de DigiGov.",
    },
    "CA_DAMAGED": {
        "en": "The certificate authority folder is damaged: restore it from a backup.",
        "es": "La carpeta de la autoridad certificadora está dañada: restáurela desde un respaldo.",
    },
    "INVALID_CSR": {
        "en": "The file is not a valid certificate request.",
        "es": "El archivo no es una solicitud de certificado válida.",
    },
    "NOT_FOUND": {
        "en": "No active certificate matches.",
        "es": "Ningún certificado vigente coincide.",
    },
    "INVALID_REASON": {
        "en": "Unknown revocation reason.",
        "es": "Motivo de revocación desconocido.",
    },
    # --- receipts and consolidation ---------------------------------------------------------
    "RESERVED_AGENCY_CODE": {
        "en": "That agency code is reserved for the coordinator; choose another one.",
        "es": "Ese código de institución está reservado para la coordinación; elija otro.",
    },
    "SUBMISSION_NOT_FOUND": {
        "en": "The central database holds no accepted submission {submission_id} with that "
        "revision.",
        "es": "La base de datos central no tiene un envío aceptado {submission_id} con esa "
        "revisión.",
    },
    "RECEIPT_SELF_CHECK_FAILED": {
        "en": "The receipt was not saved because it does not verify; check the CA folder.",
        "es": "El acuse no se guardó porque no se puede verificar; revise la carpeta de la "
        "autoridad certificadora.",
    },
    "RECEIPT_INVALID": {
        "en": "The file is not an intact signed receipt.",
        "es": "El archivo no es un acuse de recibo firmado e íntegro.",
    },
    "RECEIPT_PAYLOAD_INVALID": {
        "en": "The receipt's data are not valid.",
        "es": "Los datos del acuse de recibo no son válidos.",
    },
    "RECEIPT_NEWER": {
        "en": "The receipt was issued by a newer version of DigiGov Desktop; update DigiGov "
        "Desktop on this computer and install the receipt again.",
        "es": "El acuse de recibo fue emitido por una versión más reciente de DigiGov Desktop; "
        "actualice DigiGov Desktop en este equipo y vuelva a instalar el acuse.",
    },
    "RECEIPT_NOT_SIGNED_BY_COORDINATOR": {
        "en": "The receipt is not signed by the coordinator of this installation.",
        "es": "El acuse no está firmado por la coordinación de esta instalación.",
    },
    "RECEIPT_SIGNER_REVOKED": {
        "en": "The coordinator's receipt certificate has been revoked; ask for a new receipt.",
        "es": "El certificado de acuses de la coordinación fue revocado; solicite un nuevo acuse.",
    },
    "RECEIPT_SIGNER_EXPIRED": {
        "en": "The coordinator's receipt certificate had expired; ask for a new receipt.",
        "es": "El certificado de acuses de la coordinación estaba vencido; solicite un nuevo "
        "acuse.",
    },
    "RECEIPT_TRUST_OUTDATED": {
        "en": "The coordinator's revocation list in this installation is out of date; install "
        "the current trust bundle and try again.",
        "es": "La lista de revocación de la coordinación en esta instalación está vencida; "
        "instale el paquete de confianza vigente e intente de nuevo.",
    },
    "RECEIPT_UNKNOWN_SUBMISSION": {
        "en": "The receipt is for a submission this installation never exported.",
        "es": "El acuse corresponde a un envío que esta instalación nunca exportó.",
    },
    "RECEIPT_PAYLOAD_MISMATCH": {
        "en": "The receipt does not match the file this installation exported for that "
        "submission.",
        "es": "El acuse no coincide con el archivo que esta instalación exportó para ese envío.",
    },
    "RECEIPT_WRONG_AGENCY": {
        "en": "The receipt is addressed to another agency.",
        "es": "El acuse está dirigido a otra institución.",
    },
    "COMPARE_NEEDS_CYCLE": {
        "en": "Choose a cycle to compare with another one.",
        "es": "Elija un ciclo para compararlo con otro.",
    },
    "NO_SUBMISSIONS": {
        "en": "The central database holds no accepted submission for that selection.",
        "es": "La base de datos central no tiene envíos aceptados para esa selección.",
    },
    "UNREADABLE_FILE": {
        "en": "{path} cannot be read.",
        "es": "No se puede leer {path}.",
    },
}

assert not MESSAGES.keys() & VERIFY_MESSAGES.keys(), "a message would replace another"
MESSAGES.update(VERIFY_MESSAGES)
MESSAGES.update(TEAM_MESSAGES)
OUTPUT.update({  # the signature chain's plan, under `verify` and `sign`
    "STILL_TO_SIGN": {
        "en": "Still to sign: {roles}",
        "es": "Falta la firma de: {roles}",
    },
    "PLANNED_SIGNERS": {
        "en": "Planned signatures after the preparer: {roles}",
        "es": "Firmas anunciadas después de quien prepara: {roles}",
    },
})
assert not OUTPUT.keys() & CLI_OUTPUT.keys(), "a CLI sentence would replace another"
OUTPUT.update(CLI_OUTPUT)
MESSAGES.update({k: v for k, v in PACK_MESSAGES.items() if k not in MESSAGES})


def message(code: str, lang: str = "en", params: Mapping[str, Any] | None = None,
            default: str | None = None) -> str:
    """The message for `code` in `lang` ("en" or "es"), with `params` filled in."""
    template = MESSAGES.get(code, {}).get(lang if lang in ("en", "es") else "en")
    if template is None:
        return default if default is not None else code
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError):
        return default if default is not None else template


def output(key: str, lang: str = "en", params: Mapping[str, Any] | None = None,
           default: str | None = None) -> str:
    """A CLI output sentence of `OUTPUT` in `lang`, with `params` filled in. `default`: what
    to say for a key it does not hold (a code put into words, e.g. ISSUE_<code>, that a
    newer version may add); without one, an unknown key is a KeyError."""
    if default is not None and key not in OUTPUT:
        return default
    template = OUTPUT[key].get(lang if lang in ("en", "es") else "en", OUTPUT[key]["en"])
    return template.format(**(params or {}))

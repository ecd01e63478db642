"""Messages of framework packs and draft migration (#14), in English and Spanish.

Kept apart from `messages.py` so that no table grows past a readable size; `MESSAGES` takes
these codes in (codes it already has keep their text).
"""

from __future__ import annotations

PACK_MESSAGES: dict[str, dict[str, str]] = {
    "PACK_SIGNED": {
        "en": "Pack {id} {version} signed into {path} (framework.json SHA-256 {sha256}).",
        "es": "Paquete {id} {version} firmado en {path} (SHA-256 de framework.json {sha256}).",
    },
    "PACK_INSTALLED": {
        "en": "Pack {id} {version} installed (SHA-256 {sha256}).",
        "es": "Paquete {id} {version} instalado (SHA-256 {sha256}).",
    },
    "PACK_ALREADY_INSTALLED": {
        "en": "Pack {id} {version} is already installed; nothing changed.",
        "es": "El paquete {id} {version} ya está instalado; no se cambió nada.",
    },
    "PACK_TOO_LARGE": {
        "en": "The pack file is too large to be a DigiGov pack.",
        "es": "El archivo es demasiado grande para ser un paquete de DigiGov.",
    },
    "PACK_NOT_SIGNED": {
        "en": "The file is not a signed DigiGov pack (.dgpack). Nothing was installed.",
        "es": "El archivo no es un paquete firmado de DigiGov (.dgpack). No se instaló nada.",
    },
    "PACK_TAMPERED": {
        "en": "The pack was changed after it was signed; it is refused. Nothing was installed.",
        "es": "El paquete fue modificado después de firmarse; se rechaza. No se instaló nada.",
    },
    "PACK_FOREIGN_SIGNER": {
        "en": "The pack is not signed by your coordinator ({issuer}); it is refused. Nothing "
        "was installed.",
        "es": "El paquete no está firmado por su coordinador ({issuer}); se rechaza. No se "
        "instaló nada.",
    },
    "PACK_NOT_PACK_SIGNER": {
        "en": "The pack is signed with a certificate that may not sign packs; it is refused.",
        "es": "El paquete está firmado con un certificado que no puede firmar paquetes; se "
        "rechaza.",
    },
    "PACK_SIGNER_REVOKED": {
        "en": "The pack's signing certificate was revoked; it is refused.",
        "es": "El certificado que firmó el paquete fue revocado; se rechaza.",
    },
    "PACK_NO_CRL": {
        "en": "The installed trust bundle has no revocation list; install a current one.",
        "es": "El paquete de confianza instalado no tiene lista de revocación; instale uno "
        "vigente.",
    },
    "PACK_CONTENT_INVALID": {
        "en": "The signed pack is not a valid framework pack: {message}",
        "es": "El paquete firmado no es un marco válido: {message}",
    },
    "PACK_NEWER": {
        "en": "The framework pack was made for a newer version of DigiGov Desktop; update "
        "DigiGov Desktop on this computer and try again.",
        "es": "El paquete del marco fue creado para una versión más reciente de DigiGov "
        "Desktop; actualice DigiGov Desktop en este equipo y vuelva a intentarlo.",
    },
    "PACK_OLDER": {
        "en": "Version {installed} is already installed; {offered} is older and is refused.",
        "es": "Ya está instalada la versión {installed}; {offered} es anterior y se rechaza.",
    },
    "PACK_CONFLICT": {
        "en": "{message} Nothing was installed.",
        "es": "Ese número de versión ya existe con otro contenido; una versión publicada no "
        "cambia. No se instaló nada.",
    },
    "PACK_UNREADABLE": {
        "en": "{file} cannot be read.",
        "es": "No se puede leer {file}.",
    },
    "UNKNOWN_PACK": {
        "en": "Pack {pack} is neither built in nor installed.",
        "es": "El paquete {pack} no viene incluido ni está instalado.",
    },
    "INVALID_PACK_NAME": {
        "en": "{name}: write the pack as ID@VERSION, e.g. oecd-dgs-2014@2.0.0.",
        "es": "{name}: escriba el paquete como ID@VERSIÓN, p. ej. oecd-dgs-2014@2.0.0.",
    },
    "ALREADY_ON_VERSION": {
        "en": "The evaluation is already on {pack}.",
        "es": "La evaluación ya está en {pack}.",
    },
    "CYCLE_SUBMITTED": {
        "en": "The {cycle} cycle was submitted; it keeps its pack version.",
        "es": "El ciclo {cycle} ya fue enviado; conserva su versión del paquete.",
    },
    "MIGRATION_NOT_MAPPED": {
        "en": "{pack} does not map from {current}; no migration is possible.",
        "es": "{pack} no tiene correspondencia desde {current}; no es posible migrar.",
    },
    "UNKNOWN_CRITERION": {
        "en": "Unknown criterion {criterion}.",
        "es": "Criterio desconocido: {criterion}.",
    },
    "ELEMENT_NOT_APPLICABLE": {
        "en": "Element {element} does not apply to this kind of body.",
        "es": "El elemento {element} no se aplica a este tipo de institución.",
    },
    "MIGRATE_PLAN_DRY": {
        "en": "Plan (dry run, nothing changed): {id} {from} → {to}",
        "es": "Plan (simulación, no se cambió nada): {id} {from} → {to}",
    },
    "MIGRATE_DONE": {
        "en": "Migrated: {id} {from} → {to}",
        "es": "Migrado: {id} {from} → {to}",
    },
    "MIGRATE_TO_REVIEW": {"en": "to review", "es": "por revisar"},
    "MIGRATE_NEW": {"en": "new element: nothing to carry", "es": "elemento nuevo: nada que traer"},
    "MIGRATE_TO_NOTES": {
        "en": "removed: answer and rationale go to the notes of {rec}",
        "es": "eliminado: respuesta y justificación pasan a las notas de {rec}",
    },
    "MIGRATE_SUMMARY": {
        "en": "{same} answers carried unchanged, {review} marked to review, {evidence} evidence "
        "files kept.",
        "es": "{same} respuestas traídas sin cambios, {review} marcadas por revisar, {evidence} "
        "archivos de evidencia conservados.",
    },
}

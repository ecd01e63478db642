"""The command line's own sentences (status report, demo, top-level failures), in English and
Spanish: `messages.output()` reads them through `OUTPUT`."""

from __future__ import annotations

CLI_OUTPUT: dict[str, dict[str, str]] = {
    "STATUS_HEADER": {
        "en": "{name} ({code}) · cycle {cycle} · {state}",
        "es": "{name} ({code}) · ciclo {cycle} · {state}",
    },
    "STATE_draft": {"en": "draft", "es": "borrador"},
    "STATE_ready": {"en": "ready", "es": "listo"},
    "STATE_submitted": {"en": "submitted", "es": "enviado"},
    "STATUS_FRAMEWORK": {
        "en": "Framework {id} {version}",
        "es": "Marco {id} {version}",
    },
    "STATUS_COMPLETION": {
        "en": "Completion {completion} % · overall {overall} / 5",
        "es": "Avance {completion} % · puntaje global {overall} / 5",
    },
    "STATUS_READY": {
        "en": "Ready to submit.",
        "es": "Lista para enviar.",
    },
    "STATUS_ISSUES": {
        "en": "{blocking} blocking issue(s), {warnings} warning(s):",
        "es": "{blocking} problema(s) que impiden el envío, {warnings} advertencia(s):",
    },
    "STATUS_MORE_ISSUES": {
        "en": "  … and {count} more",
        "es": "  … y {count} más",
    },
    "DEMO_WRITTEN": {
        "en": "Demo evaluation written to {path}",
        "es": "Evaluación de demostración escrita en {path}",
    },
    "INTERRUPTED": {
        "en": "digigov: interrupted",
        "es": "digigov: interrumpido",
    },
    "INTERNAL_ERROR": {
        "en": "digigov: internal error; details are in the log ({folder})",
        "es": "digigov: error interno; los detalles están en el registro ({folder})",
    },
    # export, verify, sign
    "EXPORT_SIGNED": {
        "en": "Signed submission written to {path}",
        "es": "Envío firmado escrito en {path}",
    },
    "EXPORT_SEALED": {
        "en": "Sealed submission written to {path}",
        "es": "Envío sellado escrito en {path}",
    },
    "EXPORT_DETAILS": {
        "en": "  submission {id} revision {revision}\n  file SHA-256    {file_sha256}\n"
        "  payload SHA-256 {payload_sha256}",
        "es": "  envío {id} revisión {revision}\n  SHA-256 del archivo {file_sha256}\n"
        "  SHA-256 de los datos {payload_sha256}",
    },
    "VERIFY_ACCEPTED": {
        "en": "  agency {agency} · submission {id} revision {revision}",
        "es": "  institución {agency} · envío {id} revisión {revision}",
    },
    "CHAIN_ENTRY": {
        "en": "  {role:<9} {name} · {signed_at} · certificate {serial}",
        "es": "  {role:<9} {name} · {signed_at} · certificado {serial}",
    },
    "SIGN_PREVIEW": {
        "en": "  agency  {name} ({code}) · cycle {cycle} · overall {overall}\n"
        "  payload SHA-256 {payload_sha256}",
        "es": "  institución {name} ({code}) · ciclo {cycle} · puntaje global {overall}\n"
        "  SHA-256 de los datos {payload_sha256}",
    },
    "SIGNED_BY": {
        "en": "  signed by {role:<9} {name} · {signed_at} · certificate {serial}",
        "es": "  firmado por {role:<9} {name} · {signed_at} · certificado {serial}",
    },
    "SIGNED_AS": {
        "en": "Signed as {role}: {path}",
        "es": "Firmado como {role}: {path}",
    },
    # policy, audit, lists
    "POLICY_NONE": {
        "en": "no policy file; looked in: {places}",
        "es": "no hay archivo de política; se buscó en: {places}",
    },
    "POLICY_FILE": {"en": "policy: {path}", "es": "política: {path}"},
    "POLICY_LOCKED": {"en": "  [locked]", "es": "  [bloqueado]"},
    "POLICY_INLINE_PEM": {"en": "(inline PEM)", "es": "(PEM incluido)"},
    "AUDIT_WRITTEN": {
        "en": "Audit trail written to {path} ({count} entries)",
        "es": "Registro de auditoría escrito en {path} ({count} entradas)",
    },
    "ENTRIES_ONE": {"en": "1 entry.", "es": "1 entrada."},
    "ENTRIES": {"en": "{count} entries.", "es": "{count} entradas."},
    # credential
    "CSR_WRITTEN": {
        "en": "Certificate request written to {path}; send it to the coordinator.",
        "es": "Solicitud de certificado escrita en {path}; envíela a la coordinación.",
    },
    "CREDENTIAL_INSTALLED": {"en": "Credential installed.", "es": "Credencial instalada."},
    "KEY_PASSPHRASE_CHANGED": {
        "en": "The key passphrase was changed.",
        "es": "Se cambió la frase de contraseña de la clave.",
    },
    # ca
    "CA_CREATED": {
        "en": "Certificate authority created in {folder}.\n"
        "Back up this whole folder now, and keep the passphrase apart from the backup:\n"
        "without both, no credential can ever be issued or revoked again "
        "(see README-BACKUP.txt in the folder).",
        "es": "Autoridad certificadora creada en {folder}.\n"
        "Respalde ahora toda esta carpeta y guarde la frase de contraseña aparte del "
        "respaldo:\nsin ambos, nunca más se podrá emitir ni revocar una credencial "
        "(vea README-BACKUP.txt en la carpeta).",
    },
    "CA_ISSUED": {"en": "Issued for {code}: {path}", "es": "Emitido para {code}: {path}"},
    "CA_REVOKED": {
        "en": "Revoked {serial} ({code}). Send the new bundle to agencies.",
        "es": "Revocado {serial} ({code}). Envíe el nuevo paquete de confianza a las "
        "instituciones.",
    },
    "CA_CRL_UNTIL": {
        "en": "New CRL valid until {date}.",
        "es": "Nueva CRL válida hasta {date}.",
    },
    "CA_BUNDLE_WRITTEN": {
        "en": "Trust bundle written to {path}",
        "es": "Paquete de confianza escrito en {path}",
    },
    "CA_LIST_ROW": {
        "en": "  {serial:<16} {code:<14} {status:<8} until {until}  {name}",
        "es": "  {serial:<16} {code:<14} {status:<8} hasta {until}  {name}",
    },
    "CA_PASSPHRASE_CHANGED": {
        "en": "The CA passphrase was changed. Back up the CA folder again; the old backups "
        "still open with the old passphrase.",
        "es": "Se cambió la frase de contraseña de la autoridad certificadora. Respalde de "
        "nuevo su carpeta; los respaldos anteriores se siguen abriendo con la frase anterior.",
    },
    "CRL_EXPIRES": {
        "en": "warning: the CRL expires in {days} day(s); run `digigov ca crl --dir {folder}` "
        "and send the new bundle to agencies.",
        "es": "advertencia: la CRL vence en {days} día(s); ejecute `digigov ca crl --dir "
        "{folder}` y envíe el nuevo paquete de confianza a las instituciones.",
    },
    # coordinator
    "IMPORT_SUMMARY": {
        "en": "{accepted} accepted, {duplicates} duplicate(s), {rejected} rejected, "
        "{superseded} superseded.",
        "es": "{accepted} aceptado(s), {duplicates} duplicado(s), {rejected} rechazado(s), "
        "{superseded} reemplazado(s).",
    },
    "RECEIPT_WRITTEN": {
        "en": "Receipt written to {path}\n  for {agency} · submission {id} revision "
        "{revision}\n  receipt SHA-256 {sha256}",
        "es": "Acuse escrito en {path}\n  para {agency} · envío {id} revisión {revision}\n"
        "  SHA-256 del acuse {sha256}",
    },
    "RECEIPT_INSTALLED": {
        "en": "Receipt installed: submission {id} revision {revision} accepted by "
        "{coordinator} on {at}.",
        "es": "Acuse instalado: envío {id} revisión {revision} aceptado por {coordinator} el "
        "{at}.",
    },
    "RECEIPT_ALREADY_INSTALLED": {
        "en": "Receipt already installed: submission {id} revision {revision} accepted by "
        "{coordinator} on {at}.",
        "es": "El acuse ya estaba instalado: envío {id} revisión {revision} aceptado por "
        "{coordinator} el {at}.",
    },
    "CONSOLIDATED_PDF_WRITTEN": {
        "en": "Consolidated report written to {path}",
        "es": "Informe consolidado escrito en {path}",
    },
    "ROWS_WRITTEN": {
        "en": "{count} row(s) written to {path}",
        "es": "{count} fila(s) escrita(s) en {path}",
    },
    "IMPORT_LOG_WRITTEN": {
        "en": "Import log written to {path}",
        "es": "Registro de importaciones escrito en {path}",
    },
    # shared store, packs
    "EVERY_REGION": {"en": "every region", "es": "todas las regiones"},
    "STORE_MOVED": {
        "en": "Moved {rows}; {files} stored file(s) verified by SHA-256.",
        "es": "Se trasladó {rows}; {files} archivo(s) guardado(s) verificado(s) por SHA-256.",
    },
    "PACK_ROW": {
        "en": "{mark} {id}@{version}  format {format}  {source:<17} {sha}  {title}",
        "es": "{mark} {id}@{version}  formato {format}  {source:<17} {sha}  {title}",
    },
}

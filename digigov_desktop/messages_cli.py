"""The command line's own sentences (status report, demo, confirmations, top-level failures),
in English and Spanish: `messages.output()` reads them through `OUTPUT`."""

from __future__ import annotations

# key: (English, Spanish)
_TEXTS: dict[str, tuple[str, str]] = {
    "STATUS_HEADER": (
        "{name} ({code}) · cycle {cycle} · {state}",
        "{name} ({code}) · ciclo {cycle} · {state}"),
    "STATE_draft": ("draft", "borrador"),
    "STATE_ready": ("ready", "listo"),
    "STATE_submitted": ("submitted", "enviado"),
    "STATUS_FRAMEWORK": ("Framework {id} {version}", "Marco {id} {version}"),
    "STATUS_COMPLETION": (
        "Completion {completion} % · overall {overall} / 5",
        "Avance {completion} % · puntaje global {overall} / 5"),
    "STATUS_READY": ("Ready to submit.", "Lista para enviar."),
    "STATUS_ISSUES": (
        "{blocking} blocking issue(s), {warnings} warning(s):",
        "{blocking} problema(s) que impiden el envío, {warnings} advertencia(s):"),
    "STATUS_MORE_ISSUES": ("  … and {count} more", "  … y {count} más"),
    # what stands in the way of a submission (the GUI's readiness page says the same)
    "ISSUE_UNANSWERED": ("not answered yet", "aún sin responder"),
    "ISSUE_MISSING_RATIONALE": ("the rationale is missing", "falta la justificación"),
    "ISSUE_MISSING_EVIDENCE": (
        "level 3 or higher needs at least one evidence file",
        "el nivel 3 o superior requiere al menos un medio de verificación"),
    "ISSUE_TARGET_BELOW_LEVEL": (
        "the target level is below the current level",
        "el nivel meta es inferior al nivel actual"),
    "ISSUE_AGENCY_INCOMPLETE": (
        "the agency's code or name is missing",
        "falta el código o el nombre de la institución"),
    "ISSUE_NO_PREPARER": (
        "nobody is recorded as preparer",
        "no hay ninguna persona registrada como responsable"),
    "ISSUE_CONSENSUS_PENDING": (
        "the team rated this element; record the consensus (digigov consensus)",
        "el equipo calificó este elemento; registre el consenso (digigov consensus)"),
    "ISSUE_LEVEL_NOT_SUPPORTED": (
        "the level differs from the ticked criteria and has no justification",
        "el nivel difiere de los criterios marcados y no tiene justificación"),
    "ISSUE_TO_REVIEW": (
        "carried from the previous framework version: to review",
        "traída de la versión anterior del marco: por revisar"),
    "DEMO_WRITTEN": (
        "Demo evaluation written to {path}",
        "Evaluación de demostración escrita en {path}"),
    # passphrase and password prompts (in a terminal)
    "PROMPT_KEY": ("Key passphrase: ", "Frase de contraseña de la clave: "),
    "PROMPT_NEW_CA": ("New CA passphrase: ", "Nueva frase de contraseña de la autoridad: "),
    "PROMPT_CA": ("CA passphrase: ", "Frase de contraseña de la autoridad: "),
    "PROMPT_P12": ("PKCS#12 passphrase: ", "Frase de contraseña del PKCS#12: "),
    "PROMPT_CURRENT_CA": (
        "Current CA passphrase: ", "Frase de contraseña actual de la autoridad: "),
    "PROMPT_CA_SEALED": (
        "CA passphrase (sealed files): ",
        "Frase de contraseña de la autoridad (archivos sellados): "),
    "PROMPT_NEW_KEY": ("New key passphrase: ", "Nueva frase de contraseña de la clave: "),
    "PROMPT_CURRENT_KEY": ("Current key passphrase: ", "Frase de contraseña actual de la clave: "),
    "PROMPT_AGAIN": ("Again: ", "Otra vez: "),
    "PROMPT_STORE_PASSWORD": ("Password for {url}: ", "Contraseña de {url}: "),
    "WARNING": ("digigov: warning: {message}", "digigov: advertencia: {message}"),
    "EXCEL_ES_CSV_ONLY": ("--excel-es applies to --csv only", "--excel-es solo se aplica a --csv"),
    "CONSENSUS_ARGS_TOGETHER": (
        "--element, --level and --justification go together",
        "--element, --level y --justification van juntos"),
    "INTERRUPTED": ("digigov: interrupted", "digigov: interrumpido"),
    "INTERNAL_ERROR": (
        "digigov: internal error; details are in the log ({folder})",
        "digigov: error interno; los detalles están en el registro ({folder})"),
    # export, verify, sign
    "EXPORT_SIGNED": ("Signed submission written to {path}", "Envío firmado escrito en {path}"),
    "EXPORT_SEALED": ("Sealed submission written to {path}", "Envío sellado escrito en {path}"),
    "EXPORT_DETAILS": (
        "  submission {id} revision {revision}\n"
        "  file SHA-256    {file_sha256}\n"
        "  payload SHA-256 {payload_sha256}",
        "  envío {id} revisión {revision}\n"
        "  SHA-256 del archivo {file_sha256}\n"
        "  SHA-256 de los datos {payload_sha256}"),
    "VERIFY_ACCEPTED": (
        "  agency {agency} · submission {id} revision {revision}",
        "  institución {agency} · envío {id} revisión {revision}"),
    "CHAIN_ENTRY": (
        "  {role:<9} {name} · {signed_at} · certificate {serial}",
        "  {role:<9} {name} · {signed_at} · certificado {serial}"),
    "SIGN_PREVIEW": (
        "  agency  {name} ({code}) · cycle {cycle} · overall {overall}\n"
        "  payload SHA-256 {payload_sha256}",
        "  institución {name} ({code}) · ciclo {cycle} · puntaje global {overall}\n"
        "  SHA-256 de los datos {payload_sha256}"),
    "SIGNED_BY": (
        "  signed by {role:<9} {name} · {signed_at} · certificate {serial}",
        "  firmado por {role:<9} {name} · {signed_at} · certificado {serial}"),
    "SIGNED_AS": ("Signed as {role}: {path}", "Firmado como {role}: {path}"),
    # policy, audit, lists
    "POLICY_NONE": (
        "no policy file; looked in: {places}",
        "no hay archivo de política; se buscó en: {places}"),
    "POLICY_FILE": ("policy: {path}", "política: {path}"),
    "POLICY_LOCKED": ("  [locked]", "  [bloqueado]"),
    "POLICY_INLINE_PEM": ("(inline PEM)", "(PEM incluido)"),
    "AUDIT_WRITTEN": (
        "Audit trail written to {path} ({count} entries)",
        "Registro de auditoría escrito en {path} ({count} entradas)"),
    # `digigov audit` (as the GUI's history shows them: ui/models/audit_model.py)
    "AUDIT_answer.update": ("Answer changed", "Respuesta modificada"),
    "AUDIT_answer.clear": ("Answer cleared", "Respuesta borrada"),
    "AUDIT_evidence.add": ("Evidence added", "Evidencia agregada"),
    "AUDIT_evidence.remove": ("Evidence removed", "Evidencia eliminada"),
    "AUDIT_notes.update": ("Notes changed", "Notas modificadas"),
    "AUDIT_cycle.create": ("Evaluation created", "Evaluación creada"),
    "AUDIT_cycle.carry_forward": ("Answers carried forward", "Respuestas traspasadas"),
    "AUDIT_cycle.state": ("State changed", "Estado modificado"),
    "AUDIT_agency.update": ("Agency details changed", "Datos de la institución modificados"),
    "AUDIT_submission.export": ("Submission exported", "Envío exportado"),
    "AUDIT_submission.receipt": ("Receipt installed", "Comprobante instalado"),
    "AUDIT_credential.request": ("Credential requested", "Credencial solicitada"),
    "AUDIT_credential.install": ("Credential installed", "Credencial instalada"),
    "AUDIT_trust.install": ("Trust bundle installed", "Paquete de confianza instalado"),
    "AUDIT_answer.reviewed": ("Answer marked as reviewed", "Respuesta marcada como revisada"),
    "AUDIT_consensus.record": ("Consensus recorded", "Consenso registrado"),
    "AUDIT_credential.passphrase": (
        "Key passphrase changed", "Frase de contraseña de la clave cambiada"),
    "AUDIT_credential.rekey": ("Key protection renewed", "Protección de la clave renovada"),
    "AUDIT_cycle.migrate": (
        "Evaluation moved to a newer framework version",
        "Evaluación llevada a una versión más nueva del marco"),
    "AUDIT_pack.install": ("Framework pack installed", "Paquete del marco instalado"),
    "AUDIT_rater.add": ("Rater named", "Evaluador nombrado"),
    "AUDIT_rating.update": ("Rating changed", "Calificación modificada"),
    "AUDIT_ratings.merge": ("Ratings merged", "Calificaciones incorporadas"),
    "AUDIT_workbook.create": ("Rater workbook created", "Libro de trabajo de evaluador creado"),
    "AUDIT_workbook.export": ("Rater workbook issued", "Libro de trabajo de evaluador emitido"),
    "AUDIT_workbook.seal": ("Workbook sealed", "Libro de trabajo sellado"),
    "FIELD_level": ("level", "nivel"),
    "FIELD_not_applicable": ("not applicable", "no aplica"),
    "FIELD_rationale": ("rationale", "fundamento"),
    "FIELD_target": ("target", "meta"),
    "FIELD_file_name": ("file", "archivo"),
    "FIELD_criteria": ("criteria met", "criterios cumplidos"),
    "FIELD_override_justification": ("justification of the level", "justificación del nivel"),
    "FIELD_to_review": ("to review", "por revisar"),
    "FIELD_strengths": ("strengths", "fortalezas"),
    "FIELD_improvements": ("areas to improve", "áreas de mejora"),
    "FIELD_actions": ("planned actions", "acciones planificadas"),
    "FIELD_size": ("size (bytes)", "tamaño (bytes)"),
    "FIELD_agency": ("agency", "institución"),
    "FIELD_code": ("code", "código"),
    "FIELD_name": ("name", "nombre"),
    "FIELD_type": ("type", "tipo"),
    "FIELD_region": ("region", "región"),
    "FIELD_year": ("year", "año"),
    "FIELD_framework": ("framework", "marco"),
    "FIELD_version": ("version", "versión"),
    "FIELD_from_cycle": ("from cycle", "ciclo de origen"),
    "FIELD_to_notes": ("to the notes", "a las notas"),
    "FIELD_submission_id": ("submission", "envío"),
    "FIELD_revision": ("revision", "revisión"),
    "FIELD_accepted_at": ("accepted at", "aceptado el"),
    "FIELD_issued_at": ("issued at", "emitido el"),
    "FIELD_coordinator": ("coordinator", "coordinación"),
    "FIELD_role": ("role", "rol"),
    "FIELD_unit": ("unit", "unidad"),
    "FIELD_file": ("file", "archivo"),
    "FIELD_ratings": ("ratings", "calificaciones"),
    "FIELD_sealed_at": ("sealed at", "sellado el"),
    "FIELD_signer": ("signer", "firmante"),
    "FIELD_rater": ("rater", "evaluador"),
    "FIELD_route": ("issued as", "emitida como"),
    "FIELD_serial": ("serial number", "número de serie"),
    "FIELD_justification": ("justification", "justificación"),
    "YES": ("yes", "sí"),
    "NO": ("no", "no"),
    "ENTRIES_ONE": ("1 entry.", "1 entrada."),
    "ENTRIES": ("{count} entries.", "{count} entradas."),
    # credential
    "CSR_WRITTEN": (
        "Certificate request written to {path}; send it to the coordinator.",
        "Solicitud de certificado escrita en {path}; envíela a la coordinación."),
    "CREDENTIAL_INSTALLED": ("Credential installed.", "Credencial instalada."),
    # `digigov credential status` (as the credentials page says it)
    "CRED_STATUS": ("State", "Estado"),
    "CRED_AGENCY": ("Agency code", "Código de la institución"),
    "CRED_HOLDER": ("Holder", "Titular"),
    "CRED_SERIAL": ("Serial number", "Número de serie"),
    "CRED_ROUTE": ("Issued as", "Emitida como"),
    "CRED_VALID_UNTIL": ("Valid until", "Vigente hasta"),
    "CRED_BUNDLE": ("Trust bundle", "Paquete de confianza"),
    "CRED_CRL": ("Revocation list valid until", "Lista de revocación vigente hasta"),
    "CRED_STATE_none": ("no credential yet", "aún sin credencial"),
    "CRED_STATE_pending": (
        "requested: waiting for the coordinator's certificate",
        "solicitada: a la espera del certificado de la coordinación"),
    "CRED_STATE_active": ("active", "vigente"),
    "CRED_STATE_expired": ("expired", "vencida"),
    "CRED_ROUTE_csr": ("certificate (request)", "certificado (solicitud)"),
    "CRED_ROUTE_p12": ("PKCS#12 file", "archivo PKCS#12"),
    "CRED_DAYS_LEFT_1": ("{date} (1 day left)", "{date} (queda 1 día)"),
    "CRED_DAYS_LEFT": ("{date} ({days} days left)", "{date} (quedan {days} días)"),
    "CRED_BUNDLE_YES": ("installed", "instalado"),
    "CRED_BUNDLE_NO": ("not installed", "no instalado"),
    "CRED_EXPIRED": (
        "The credential has expired: request a new one before exporting.",
        "La credencial venció: solicite una nueva antes de exportar."),
    "CRED_EXPIRES_1": (
        "The credential expires in 1 day: request a new one now.",
        "La credencial vence en 1 día: solicite una nueva ahora."),
    "CRED_EXPIRES": (
        "The credential expires in {days} days: request a new one now.",
        "La credencial vence en {days} días: solicite una nueva ahora."),
    "KEY_PASSPHRASE_CHANGED": (
        "The key passphrase was changed.",
        "Se cambió la frase de contraseña de la clave."),
    # ca
    "CA_CREATED": (
        "Certificate authority created in {folder}.\n"
        "Back up this whole folder now, and keep the passphrase apart from the backup:\n"
        "without both, no credential can ever be issued or revoked again (see README-BACKUP.txt "
        "in the folder).",
        "Autoridad certificadora creada en {folder}.\n"
        "Respalde ahora toda esta carpeta y guarde la frase de contraseña aparte del respaldo:\n"
        "sin ambos, nunca más se podrá emitir ni revocar una credencial (vea README-BACKUP.txt "
        "en la carpeta)."),
    "CA_ISSUED": ("Issued for {code}: {path}", "Emitido para {code}: {path}"),
    "CA_REVOKED": (
        "Revoked {serial} ({code}). Send the new bundle to agencies.",
        "Revocado {serial} ({code}). Envíe el nuevo paquete de confianza a las instituciones."),
    "CA_CRL_UNTIL": ("New CRL valid until {date}.", "Nueva CRL válida hasta {date}."),
    "CA_BUNDLE_WRITTEN": (
        "Trust bundle written to {path}",
        "Paquete de confianza escrito en {path}"),
    "CA_LIST_ROW": (
        "  {serial:<16} {code:<14} {status:<8} until {until}  {name}",
        "  {serial:<16} {code:<14} {status:<8} hasta {until}  {name}"),
    "CA_PASSPHRASE_CHANGED": (
        "The CA passphrase was changed. Back up the CA folder again; the old backups still open "
        "with the old passphrase.",
        "Se cambió la frase de contraseña de la autoridad certificadora. Respalde de nuevo su "
        "carpeta; los respaldos anteriores se siguen abriendo con la frase anterior."),
    "CRL_EXPIRES": (
        "warning: the CRL expires in {days} day(s); run `digigov ca crl --dir {folder}` and send "
        "the new bundle to agencies.",
        "advertencia: la CRL vence en {days} día(s); ejecute `digigov ca crl --dir {folder}` y "
        "envíe el nuevo paquete de confianza a las instituciones."),
    # coordinator
    "IMPORT_SUMMARY": (
        "{accepted} accepted, {duplicates} duplicate(s), {rejected} rejected, {superseded} "
        "superseded.",
        "{accepted} aceptado(s), {duplicates} duplicado(s), {rejected} rechazado(s), "
        "{superseded} reemplazado(s)."),
    "RECEIPT_WRITTEN": (
        "Receipt written to {path}\n"
        "  for {agency} · submission {id} revision {revision}\n"
        "  receipt SHA-256 {sha256}",
        "Acuse escrito en {path}\n"
        "  para {agency} · envío {id} revisión {revision}\n"
        "  SHA-256 del acuse {sha256}"),
    "RECEIPT_INSTALLED": (
        "Receipt installed: submission {id} revision {revision} accepted by {coordinator} on "
        "{at}.",
        "Acuse instalado: envío {id} revisión {revision} aceptado por {coordinator} el {at}."),
    "RECEIPT_ALREADY_INSTALLED": (
        "Receipt already installed: submission {id} revision {revision} accepted by "
        "{coordinator} on {at}.",
        "El acuse ya estaba instalado: envío {id} revisión {revision} aceptado por {coordinator} "
        "el {at}."),
    "CONSOLIDATED_PDF_WRITTEN": (
        "Consolidated report written to {path}",
        "Informe consolidado escrito en {path}"),
    "ROWS_WRITTEN": ("{count} row(s) written to {path}", "{count} fila(s) escrita(s) en {path}"),
    "IMPORT_LOG_WRITTEN": (
        "Import log written to {path}",
        "Registro de importaciones escrito en {path}"),
    # shared store, packs
    "EVERY_REGION": ("every region", "todas las regiones"),
    "STORE_MOVED": (
        "Moved {rows}; {files} stored file(s) verified by SHA-256.",
        "Se trasladó {rows}; {files} archivo(s) guardado(s) verificado(s) por SHA-256."),
    "PACK_ROW": (
        "{mark} {id}@{version}  format {format}  {source:<20} {sha}  {title}",
        "{mark} {id}@{version}  formato {format}  {source:<20} {sha}  {title}"),
    "PACK_SOURCE_builtin": ("built in", "incluido"),
    "PACK_SOURCE_installed": ("installed", "instalado"),
    "PACK_SOURCE_builtin+installed": ("built in + installed", "incluido + instalado"),
}

CLI_OUTPUT: dict[str, dict[str, str]] = {
    key: {"en": en, "es": es} for key, (en, es) in _TEXTS.items()}

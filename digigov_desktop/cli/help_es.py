"""The Spanish text of `digigov --help`: every description and help string of the parser,
keyed by its English text (the source language, as in the code). argparse's own words are
in `digigov_desktop.arguments`, shared with the GUI's parser.

`tests/test_cli_language.py` fails when a help string of the parser has no entry here.
"""

from __future__ import annotations

HELP = {
    # digigov
    "DigiGov Desktop: digital-government maturity self-evaluation (OECD 2014).":
        "DigiGov Desktop: autoevaluación de madurez en gobierno digital (OCDE 2014).",
    "language of messages and help: en or es (default: the IT policy's language, else "
    "Spanish unless the system locale asks for English; a language the policy locks wins)":
        "idioma de los mensajes y de la ayuda: en o es (por omisión: el idioma de la política "
        "de TI; si no, español, salvo que la configuración regional del sistema pida inglés; "
        "un idioma que la política bloquea prevalece)",
    # commands
    "create a database with a complete demo evaluation":
        "crea una base de datos con una evaluación de demostración completa",
    "completion, scores and readiness issues":
        "avance, puntajes y problemas que impiden el envío",
    "set the answer of one element": "fija la respuesta de un elemento",
    "who changed what and when (newest first)":
        "quién cambió qué y cuándo (lo más reciente primero)",
    "the agency's signing credential": "la credencial de firma de la institución",
    "write the signed PDF submission of the current cycle":
        "escribe el envío en PDF firmado del ciclo actual",
    "check a submission file as the coordinator will":
        "revisa un archivo de envío tal como lo hará la coordinación",
    "check and show the deployment policy (policy.json)":
        "revisa y muestra la política de despliegue (policy.json)",
    "sign a submission as reviewer or approver (the file must verify; its content and "
    "earlier signatures are shown first)":
        "firma un envío como revisor o aprobador (el archivo debe verificarse; antes se "
        "muestran su contenido y las firmas anteriores)",
    "the members of the self-assessment group": "los integrantes del grupo de autoevaluación",
    "rater workbooks: export, seal, merge":
        "libros de trabajo de evaluadores: exportar, sellar, incorporar",
    "ratings, spread and consensus per element; or record a consensus":
        "calificaciones, dispersión y consenso por elemento; o registra un consenso",
    "the coordinator's certificate authority":
        "la autoridad certificadora de la coordinación",
    "verify and import submission files (coordinator)":
        "verifica e importa archivos de envío (coordinación)",
    "signed receipts of accepted submissions": "acuses de recibo firmados de envíos aceptados",
    "export the consolidated results (coordinator)":
        "exporta los resultados consolidados (coordinación)",
    "show or export the append-only import log":
        "muestra o exporta el registro de importaciones (solo se agrega)",
    "signed framework packs (.dgpack)": "paquetes del marco firmados (.dgpack)",
    "move the current draft to another pack version":
        "lleva el borrador actual a otra versión del paquete",
    "the shared central store on a PostgreSQL server":
        "el almacén central compartido en un servidor PostgreSQL",
    # demo, status, answer, audit
    "new database file (must not exist)": "archivo de base de datos nuevo (no debe existir)",
    "different seeds, different answers": "semillas distintas, respuestas distintas",
    "cycle year (default: this year)": "año del ciclo (por omisión: este año)",
    "pack version of the demo (default: the newest built-in one)":
        "versión del paquete de la demostración (por omisión: la más nueva incluida)",
    "machine-readable output": "salida legible por máquina",
    "e.g. R3.2": "p. ej. R3.2",
    "0-5, 'na' for not applicable, or 'clear' to forget the answer":
        "0-5, 'na' si no aplica, o 'clear' para olvidar la respuesta",
    "target level 0-5": "nivel meta 0-5",
    "who is answering (audit log)": "quién responde (registro de auditoría)",
    "only the changes to this element's answer and evidence":
        "solo los cambios a la respuesta y la evidencia de este elemento",
    "write the trail as CSV": "escribe el registro como CSV",
    # credential
    "generate the key (kept encrypted) and a CSR to send":
        "genera la clave (guardada cifrada) y una solicitud de certificado (CSR) para enviar",
    "install the certificate the coordinator sent back":
        "instala el certificado que devolvió la coordinación",
    "install a PKCS#12 issued by the coordinator":
        "instala un PKCS#12 emitido por la coordinación",
    "state of the credential and the trust bundle":
        "estado de la credencial y del paquete de confianza",
    "re-encrypt the stored key under a new passphrase (old one first)":
        "vuelve a cifrar la clave guardada con una frase de contraseña nueva (primero la "
        "anterior)",
    "where to write agency.csr": "dónde escribir agency.csr",
    "the coordinator's bundle.pem": "el bundle.pem de la coordinación",
    "the current passphrase": "la frase de contraseña actual",
    "the new passphrase": "la frase de contraseña nueva",
    # export, verify, policy, sign
    "the PDF file to write": "el archivo PDF que se escribe",
    "file holding the key passphrase": "archivo con la frase de contraseña de la clave",
    "also attach the evidence files (25 MB in all at most)":
        "adjunta también los archivos de evidencia (25 MB en total como máximo)",
    "language of the report (default: es)": "idioma del informe (por omisión: es)",
    "who exports (audit log)": "quién exporta (registro de auditoría)",
    "seal the signed PDF for the coordinator (CMS, .p7m): only the coordinator can open it "
    "(default: the policy's seal_submissions)":
        "sella el PDF firmado para la coordinación (CMS, .p7m): solo la coordinación puede "
        "abrirlo (por omisión: seal_submissions de la política)",
    "a role to sign after you (reviewer, approver; repeat for both), declared in the signed "
    "file: the coordinator rejects it until they have signed; 'none': only you sign (default: "
    "the plan of the last export, else the policy's required_signature_roles)":
        "un rol que firma después de usted (reviewer, approver; repítalo para ambos), "
        "declarado en el archivo firmado: la coordinación lo rechaza hasta que hayan firmado; "
        "'none': solo usted firma (por omisión: el plan de la última exportación, si no, "
        "required_signature_roles de la política)",
    "a signature that must be present (reviewer, approver); default: the policy's "
    "required_signature_roles":
        "una firma que debe estar presente (reviewer, approver); por omisión: "
        "required_signature_roles de la política",
    "check this file (default: the one in force)":
        "revisa este archivo (por omisión: el vigente)",
    "this installation's database (holds your credential)":
        "la base de datos de esta instalación (guarda su credencial)",
    "file holding your key passphrase": "archivo con la frase de contraseña de su clave",
    "print the preview as JSON": "muestra la vista previa como JSON",
    # raters, workbooks, consensus
    "name a rater (facilitator)": "nombra a un evaluador (quien facilita)",
    "the raters, whether their ratings are merged and still match their seal":
        "los evaluadores, si sus calificaciones se incorporaron y aún coinciden con su sello",
    "a rater scores in this database, under their name":
        "un evaluador califica en esta base de datos, con su nombre",
    "who is acting (audit log)": "quién actúa (registro de auditoría)",
    "0-5, or 'na' for not applicable": "0-5, o 'na' si no aplica",
    "write one rater's workbook (facilitator)":
        "escribe el libro de trabajo de un evaluador (quien facilita)",
    "write the sealed return file of a workbook (rater)":
        "escribe el archivo de respuesta sellado de un libro de trabajo (evaluador)",
    "merge rater return files (all or none)":
        "incorpora archivos de respuesta de evaluadores (todos o ninguno)",
    "the rater's name": "el nombre del evaluador",
    "the workbook file to write": "el archivo de libro de trabajo que se escribe",
    "the rater's workbook": "el libro de trabajo del evaluador",
    "the .dgrating file to write": "el archivo .dgrating que se escribe",
    "record the consensus of this element": "registra el consenso de este elemento",
    "the consensus level 0-5, or 'na'": "el nivel de consenso 0-5, o 'na'",
    "why the group chose that level": "por qué el grupo eligió ese nivel",
    # ca
    "create the CA: root key, certificate, registry, CRL":
        "crea la autoridad certificadora: clave raíz, certificado, registro, CRL",
    "issue an agency credential (from a CSR or as PKCS#12)":
        "emite una credencial de institución (desde una CSR o como PKCS#12)",
    "revoke a certificate and reissue the CRL": "revoca un certificado y vuelve a emitir la CRL",
    "reissue the CRL (due before it expires)":
        "vuelve a emitir la CRL (antes de que venza)",
    "write the trust bundle (root + current CRL)":
        "escribe el paquete de confianza (raíz + CRL vigente)",
    "the registry of issued certificates": "el registro de certificados emitidos",
    "re-encrypt the CA's keys under a new passphrase (old one first)":
        "vuelve a cifrar las claves de la autoridad certificadora con una frase de contraseña "
        "nueva (primero la anterior)",
    "certificate to write (with --csr)": "certificado que se escribe (con --csr)",
    "PKCS#12 file to write (instead of --csr)": "archivo PKCS#12 que se escribe (en vez de --csr)",
    "a person's credential for the signature chain: the person's name (with --role)":
        "una credencial personal para la cadena de firmas: el nombre de la persona (con --role)",
    "the person's role in the signature chain (with --person)":
        "el rol de la persona en la cadena de firmas (con --person)",
    # import, receipts, consolidation, import log
    "the central store: a database file or a postgresql:// URL":
        "el almacén central: un archivo de base de datos o una URL postgresql://",
    "the CA folder": "la carpeta de la autoridad certificadora",
    "files, or folders searched recursively for *.pdf and *.p7m":
        "archivos, o carpetas donde se buscan *.pdf y *.p7m recursivamente",
    "who imports (import log)": "quién importa (registro de importaciones)",
    "verify on N processes while storing in order (default: 1)":
        "verifica en N procesos mientras guarda en orden (por omisión: 1)",
    "a signature every submission must carry (reviewer, approver); default: the policy's "
    "required_signature_roles":
        "una firma que todo envío debe llevar (reviewer, approver); por omisión: "
        "required_signature_roles de la política",
    "the CA passphrase, to open sealed submissions (asked in a terminal when a sealed file "
    "is found)":
        "la frase de contraseña de la autoridad certificadora, para abrir envíos sellados (se "
        "pide en una terminal cuando se encuentra un archivo sellado)",
    "sign a receipt for an accepted submission (coordinator)":
        "firma un acuse de recibo de un envío aceptado (coordinación)",
    "verify a receipt and mark the submission as received (agency)":
        "verifica un acuse de recibo y marca el envío como recibido (institución)",
    "the submission id": "el identificador del envío",
    "default: the newest accepted revision": "por omisión: la revisión aceptada más reciente",
    "the receipt PDF to write": "el PDF del acuse que se escribe",
    "file holding the CA passphrase":
        "archivo con la frase de contraseña de la autoridad certificadora",
    "language of the receipt page (default: es)": "idioma de la página del acuse (por omisión: es)",
    "who issues (receipt table)": "quién emite (tabla de acuses)",
    "who installs (audit log)": "quién instala (registro de auditoría)",
    "CSV file (UTF-8 with BOM)": "archivo CSV (UTF-8 con BOM)",
    "Excel workbook": "libro de Excel",
    "consolidated PDF report with charts": "informe consolidado en PDF con gráficos",
    "only this cycle (default: every cycle)": "solo este ciclo (por omisión: todos los ciclos)",
    "only agencies of this region, e.g. CL-VS (repeatable; default: every region)":
        "solo instituciones de esta región, p. ej. CL-VS (repetible; por omisión: todas las "
        "regiones)",
    "only agencies of this type (repeatable; default: every type)":
        "solo instituciones de este tipo (repetible; por omisión: todos los tipos)",
    "CSV for Excel in a Spanish locale: ';' separator, decimal comma":
        "CSV para Excel en configuración regional española: separador ';', coma decimal",
    "the CA folder (campaign completion in the PDF)":
        "la carpeta de la autoridad certificadora (avance de la campaña en el PDF)",
    "language of the XLSX legend and the PDF (default: es)":
        "idioma de la leyenda del XLSX y del PDF (por omisión: es)",
    "write the log as CSV instead of printing it":
        "escribe el registro como CSV en vez de mostrarlo",
    # packs, migrate
    "coordinator: sign a pack folder into a .dgpack":
        "coordinación: firma una carpeta de paquete en un .dgpack",
    "install a signed .dgpack into an agency database":
        "instala un .dgpack firmado en la base de datos de una institución",
    "built-in and installed packs": "paquetes incluidos e instalados",
    "the pack folder (holding framework.json) or the framework.json":
        "la carpeta del paquete (con framework.json) o el framework.json",
    "the .dgpack file to write": "el archivo .dgpack que se escribe",
    "e.g. oecd-dgs-2014@2.0.0": "p. ej. oecd-dgs-2014@2.0.0",
    "show the plan, change nothing": "muestra el plan, no cambia nada",
    # central
    "let a coordinator's PostgreSQL role read and import the agencies of its region(s) (run "
    "as the store's owner)":
        "permite al rol de PostgreSQL de una coordinación leer e importar las instituciones de "
        "su(s) región(es) (se ejecuta como dueño del almacén)",
    "move a SQLite central store into an empty shared one, verifying counts and every stored "
    "file's SHA-256":
        "traslada un almacén central SQLite a uno compartido vacío, verificando los conteos y "
        "el SHA-256 de cada archivo guardado",
    "the shared store, postgresql://...": "el almacén compartido, postgresql://...",
    "the coordinator's PostgreSQL role": "el rol de PostgreSQL de la coordinación",
    "its region(s), e.g. CL-VS CL-RM (replaces earlier ones)":
        "su(s) región(es), p. ej. CL-VS CL-RM (reemplaza las anteriores)",
    "every region (the central team)": "todas las regiones (el equipo central)",
    "it may also record receipts (the holder of the CA)":
        "también puede registrar acuses (quien custodia la autoridad certificadora)",
    "the SQLite central store": "el almacén central SQLite",
    # options many commands share, and the ones the help left without words before
    "the evaluation database (.sqlite)": "la base de datos de la evaluación (.sqlite)",
    "print the result as JSON (for scripts)": "imprime el resultado en JSON (para scripts)",
    "a file holding the passphrase on its first line (else it is asked for in the terminal)":
        "un archivo con la frase de contraseña en su primera línea (si no, se pide en la "
        "terminal)",
    "the file to write": "el archivo que se escribe",
    "the demo agency's code": "el código de la institución de demostración",
    "the demo agency's name": "el nombre de la institución de demostración",
    "why this level (replaces the text recorded before)":
        "por qué ese nivel (reemplaza el texto registrado antes)",
    "why this level": "por qué ese nivel",
    "the certificate the coordinator sent back (agency.crt)":
        "el certificado que devolvió la coordinación (agency.crt)",
    "the PKCS#12 file (.p12)": "el archivo PKCS#12 (.p12)",
    "the submission file to check": "el archivo de envío que se revisa",
    "the submission to sign": "el envío que se firma",
    "the signed copy to write (the original is left as it is)":
        "la copia firmada que se escribe (el original queda como está)",
    "the role you sign in": "el rol con que usted firma",
    "the rater's role (position)": "el cargo del evaluador",
    "the rater's unit or department": "la unidad o departamento del evaluador",
    "the raters' sealed return files": "los archivos sellados que devolvieron los evaluadores",
    "the coordinating body's name (in the root certificate)":
        "el nombre del organismo coordinador (en el certificado raíz)",
    "the agency's code": "el código de la institución",
    "the agency's name": "el nombre de la institución",
    "the agency's certificate request (agency.csr)":
        "la solicitud de certificado de la institución (agency.csr)",
    "a file holding the PKCS#12 file's new passphrase (else it is asked for in the terminal)":
        "un archivo con la nueva frase de contraseña del archivo PKCS#12 (si no, se pide en la "
        "terminal)",
    "the certificate's serial number (ca list)": "el número de serie del certificado (ca list)",
    "every active certificate of this agency":
        "todos los certificados vigentes de esta institución",
    "why, as written in the CRL (default: unspecified)":
        "el motivo, tal como queda en la CRL (por omisión: unspecified)",
    "the receipt the coordinator sent": "el acuse de recibo que envió la coordinación",
    "the pack the coordinator sent": "el paquete que envió la coordinación",
}

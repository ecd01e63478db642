<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgencyType</name>
    <message>
        <location filename="../../ui/i18n.py" line="137"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="138"/>
        <source>Public service</source>
        <translation>Servicio público</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="139"/>
        <source>Regional government</source>
        <translation>Gobierno regional</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="140"/>
        <source>Municipality</source>
        <translation>Municipalidad</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="141"/>
        <source>Autonomous body</source>
        <translation>Órgano autónomo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="142"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="136"/>
        <source>%1 of %2 changes shown.</source>
        <translation>%1 de %2 cambios mostrados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/audit_dialog.py" line="134"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n cambio.</numerusform>
            <numerusform>%n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="67"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="146"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="57"/>
        <location filename="../../ui/dialogs/audit_dialog.py" line="77"/>
        <location filename="../../ui/dialogs/audit_dialog.py" line="152"/>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="66"/>
        <source>Element, person, action or value</source>
        <translation>Elemento, persona, acción o valor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="60"/>
        <source>Every change to this evaluation, newest first: who made it, when, the value before and after, and the reason given. The history cannot be edited.</source>
        <translation>Cada cambio de esta evaluación, del más reciente al más antiguo: quién lo hizo, cuándo, el valor anterior y el nuevo, y el motivo indicado. El historial no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="83"/>
        <source>Export as &amp;CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="144"/>
        <source>Export the change history</source>
        <translation>Exportar el historial de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="104"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="154"/>
        <source>The history was saved to %1.</source>
        <translation>El historial se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="49"/>
        <source>Agency details changed</source>
        <translation>Datos de la institución modificados</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="41"/>
        <source>Answer changed</source>
        <translation>Respuesta modificada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="42"/>
        <source>Answer cleared</source>
        <translation>Respuesta borrada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="47"/>
        <source>Answers carried forward</source>
        <translation>Respuestas traspasadas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="53"/>
        <source>Credential installed</source>
        <translation>Credencial instalada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="52"/>
        <source>Credential requested</source>
        <translation>Credencial solicitada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="46"/>
        <source>Evaluation created</source>
        <translation>Evaluación creada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="43"/>
        <source>Evidence added</source>
        <translation>Evidencia agregada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="44"/>
        <source>Evidence removed</source>
        <translation>Evidencia eliminada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="45"/>
        <source>Notes changed</source>
        <translation>Notas modificadas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="27"/>
        <source>Old → new</source>
        <translation>Anterior → nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="29"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="51"/>
        <source>Receipt installed</source>
        <translation>Comprobante instalado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="48"/>
        <source>State changed</source>
        <translation>Estado modificado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="50"/>
        <source>Submission exported</source>
        <translation>Envío exportado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="54"/>
        <source>Trust bundle installed</source>
        <translation>Paquete de confianza instalado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="26"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="24"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="25"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="55"/>
        <source>Answer marked as reviewed</source>
        <translation>Respuesta marcada como revisada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="56"/>
        <source>Consensus recorded</source>
        <translation>Consenso registrado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="57"/>
        <source>Key passphrase changed</source>
        <translation>Frase de contraseña de la clave cambiada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="58"/>
        <source>Key protection renewed</source>
        <translation>Protección de la clave renovada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="59"/>
        <source>Evaluation moved to a newer framework version</source>
        <translation>Evaluación llevada a una versión más nueva del marco</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="60"/>
        <source>Framework pack installed</source>
        <translation>Paquete del marco instalado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="61"/>
        <source>Rater named</source>
        <translation>Evaluador nombrado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="62"/>
        <source>Rating changed</source>
        <translation>Calificación modificada</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="63"/>
        <source>Ratings merged</source>
        <translation>Calificaciones incorporadas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="64"/>
        <source>Rater workbook created</source>
        <translation>Libro de trabajo de evaluador creado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="65"/>
        <source>Rater workbook issued</source>
        <translation>Libro de trabajo de evaluador emitido</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>Workbook sealed</source>
        <translation>Libro de trabajo sellado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="84"/>
        <source>criteria met</source>
        <translation>criterios cumplidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="85"/>
        <source>justification of the level</source>
        <translation>justificación del nivel</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="86"/>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="91"/>
        <source>agency</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="92"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="93"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="94"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="95"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="96"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="97"/>
        <source>framework</source>
        <translation>marco</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="98"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="99"/>
        <source>from cycle</source>
        <translation>ciclo de origen</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="100"/>
        <source>to the notes</source>
        <translation>a las notas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="101"/>
        <source>submission</source>
        <translation>envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="102"/>
        <source>revision</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="103"/>
        <source>accepted at</source>
        <translation>aceptado el</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="104"/>
        <source>issued at</source>
        <translation>emitido el</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="105"/>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="106"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="107"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="109"/>
        <source>ratings</source>
        <translation>calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="110"/>
        <source>sealed at</source>
        <translation>sellado el</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="111"/>
        <source>signer</source>
        <translation>firmante</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="112"/>
        <source>rater</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="113"/>
        <source>issued as</source>
        <translation>emitida como</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="114"/>
        <source>serial number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="115"/>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="121"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="121"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="122"/>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="123"/>
        <source>certificate (request)</source>
        <translation>certificado (solicitud)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="124"/>
        <source>PKCS#12 file</source>
        <translation>archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="83"/>
        <location filename="../../ui/models/audit_model.py" line="108"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="79"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="125"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="80"/>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="81"/>
        <source>rationale</source>
        <translation>fundamento</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="82"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="87"/>
        <source>strengths</source>
        <translation>fortalezas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="88"/>
        <source>areas to improve</source>
        <translation>áreas de mejora</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="89"/>
        <source>planned actions</source>
        <translation>acciones planificadas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="90"/>
        <source>size (bytes)</source>
        <translation>tamaño (bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="125"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../ui/widgets/audit_table.py" line="33"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>CaCreateDialog</name>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="42"/>
        <source>Create the certificate authority</source>
        <translation>Crear la autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="43"/>
        <source>The certificate authority issues and revokes the agencies&apos; signing credentials. It is one folder holding the root key, encrypted with the passphrase you choose now.</source>
        <translation>La autoridad certificadora emite y revoca las credenciales de firma de las instituciones. Es una carpeta que guarda la clave raíz, cifrada con la frase de contraseña que elija ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="47"/>
        <source>&lt;b&gt;Losing the passphrase cannot be repaired.&lt;/b&gt; It is not stored anywhere. Without the folder and its passphrase nobody can issue or revoke credentials, and every agency would need a new credential from a new authority.</source>
        <translation>&lt;b&gt;Perder la frase de contraseña no tiene arreglo.&lt;/b&gt; No se guarda en ninguna parte. Sin la carpeta y su frase de contraseña nadie puede emitir ni revocar credenciales, y cada institución necesitaría una credencial nueva de una autoridad nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="52"/>
        <source>Back up the whole folder to two separate places (for example an encrypted USB stick kept in a safe, and the institution&apos;s backup system) after creating it and after every change. Write the passphrase down and keep it apart from the backups.</source>
        <translation>Respalde la carpeta completa en dos lugares distintos (por ejemplo, una memoria USB cifrada guardada en una caja fuerte y el sistema de respaldos de la institución) al crearla y después de cada cambio. Anote la frase de contraseña y guárdela separada de los respaldos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="63"/>
        <source>Folder of the certificate authority</source>
        <translation>Carpeta de la autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="65"/>
        <source>e.g. Digital Government Coordination 2026</source>
        <translation>p. ej. Coordinación de Gobierno Digital 2026</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="62"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="69"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="70"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="75"/>
        <source>I understand that a lost passphrase cannot be recovered, and I will back up the folder.</source>
        <translation>Entiendo que una frase de contraseña perdida no se puede recuperar, y respaldaré la carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="77"/>
        <source>Create the authority</source>
        <translation>Crear la autoridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="81"/>
        <source>Choose an empty folder for the certificate authority</source>
        <translation>Elija una carpeta vacía para la autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ca_create_dialog.py" line="91"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>CaPage</name>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="107"/>
        <location filename="../../ui/pages/ca_page.py" line="262"/>
        <source>Certificate authority</source>
        <translation>Autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="118"/>
        <source>The certificate authority issues the agencies&apos; signing credentials and revokes them. It is one folder on this computer; the import checks every submission against it. Create one for the campaign, or open the folder of an existing one.</source>
        <translation>La autoridad certificadora emite las credenciales de firma de las instituciones y las revoca. Es una carpeta en este computador; la importación verifica cada envío contra ella. Cree una para la campaña o abra la carpeta de una existente.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="123"/>
        <source>&amp;Create a certificate authority…</source>
        <translation>&amp;Crear una autoridad certificadora…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="124"/>
        <source>&amp;Open an existing authority folder…</source>
        <translation>&amp;Abrir la carpeta de una autoridad existente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="138"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="143"/>
        <source>Folder of the certificate authority</source>
        <translation>Carpeta de la autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="144"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="145"/>
        <source>Use &amp;another folder…</source>
        <translation>Usar &amp;otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="147"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="149"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="153"/>
        <source>Revocation list:</source>
        <translation>Lista de revocación:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="156"/>
        <source>Back up this whole folder to two separate places after every change, and keep the passphrase apart from the backups: a lost passphrase cannot be recovered.</source>
        <translation>Respalde esta carpeta completa en dos lugares distintos después de cada cambio y guarde la frase de contraseña separada de los respaldos: una frase de contraseña perdida no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="165"/>
        <source>Issue from a &amp;request…</source>
        <translation>Emitir desde una &amp;solicitud…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="166"/>
        <source>Issue as &amp;PKCS#12…</source>
        <translation>Emitir como &amp;PKCS#12…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="167"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="168"/>
        <source>Reissue the revocation &amp;list…</source>
        <translation>Volver a emitir la &amp;lista de revocación…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="169"/>
        <source>Export the trust &amp;bundle…</source>
        <translation>Exportar el &amp;paquete de confianza…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="170"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>Cam&amp;biar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="177"/>
        <source>Issued credentials</source>
        <translation>Credenciales emitidas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="185"/>
        <source>Issued credentials:</source>
        <translation>Credenciales emitidas:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="210"/>
        <source>%1 is not a certificate authority folder (any more). Create one or open the right folder.</source>
        <translation>%1 no es (o ya no es) la carpeta de una autoridad certificadora. Cree una o abra la carpeta correcta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ca_page.py" line="229"/>
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>vigente hasta el %1 (queda %n día)</numerusform>
            <numerusform>vigente hasta el %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="233"/>
        <source>The revocation list has expired: every import is rejected until you reissue it.</source>
        <translation>La lista de revocación venció: toda importación se rechaza hasta que la vuelva a emitir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ca_page.py" line="236"/>
        <source>The revocation list expires in %n day(s): reissue it now and send the new trust bundle to the agencies.</source>
        <translation>
            <numerusform>La lista de revocación vence en %n día: vuelva a emitirla ahora y envíe el nuevo paquete de confianza a las instituciones.</numerusform>
            <numerusform>La lista de revocación vence en %n días: vuelva a emitirla ahora y envíe el nuevo paquete de confianza a las instituciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="274"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="290"/>
        <source>The certificate authority was created in %1. Back up this folder now, and export the trust bundle for the agencies.</source>
        <translation>La autoridad certificadora se creó en %1. Respalde esta carpeta ahora y exporte el paquete de confianza para las instituciones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="293"/>
        <source>Creating the root key… this takes a few seconds.</source>
        <translation>Creando la clave raíz… esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="298"/>
        <source>Choose the certificate authority folder</source>
        <translation>Elija la carpeta de la autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="320"/>
        <source>Save the certificate</source>
        <translation>Guardar el certificado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="321"/>
        <source>Certificate (*.crt)</source>
        <translation>Certificado (*.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="324"/>
        <source>Save the PKCS#12 file</source>
        <translation>Guardar el archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="325"/>
        <source>PKCS#12 (*.p12)</source>
        <translation>PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="335"/>
        <source>The credential for %1 was saved to %2. Send it to the agency together with the trust bundle.</source>
        <translation>La credencial de %1 se guardó en %2. Envíela a la institución junto con el paquete de confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="339"/>
        <source>Issuing the credential…</source>
        <translation>Emitiendo la credencial…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="346"/>
        <source>the credential %1 of %2 (%3)</source>
        <translation>la credencial %1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="354"/>
        <source>The credential was revoked and the revocation list reissued. Export the trust bundle and send it to the agencies.</source>
        <translation>La credencial se revocó y la lista de revocación se volvió a emitir. Exporte el paquete de confianza y envíelo a las instituciones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="352"/>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="358"/>
        <source>Reissue the revocation list</source>
        <translation>Volver a emitir la lista de revocación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="359"/>
        <source>Enter the passphrase of the certificate authority.</source>
        <translation>Ingrese la frase de contraseña de la autoridad certificadora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="364"/>
        <source>The revocation list was reissued. Export the trust bundle and send it to the agencies.</source>
        <translation>La lista de revocación se volvió a emitir. Exporte el paquete de confianza y envíelo a las instituciones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="362"/>
        <source>Signing the revocation list…</source>
        <translation>Firmando la lista de revocación…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="369"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="370"/>
        <source>Enter the current passphrase of the certificate authority.</source>
        <translation>Escriba la frase de contraseña actual de la autoridad certificadora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="371"/>
        <source>Choose the new passphrase of the certificate authority. Nobody can recover it: write it down and keep it apart from the backups.</source>
        <translation>Elija la nueva frase de contraseña de la autoridad certificadora. Nadie puede recuperarla: anótela y guárdela separada de los respaldos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="377"/>
        <source>The passphrase was changed. Back up the folder again: older backups still open with the old passphrase.</source>
        <translation>La frase de contraseña se cambió. Respalde la carpeta de nuevo: los respaldos anteriores se siguen abriendo con la frase antigua.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="375"/>
        <source>Re-encrypting the keys…</source>
        <translation>Volviendo a cifrar las claves…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="382"/>
        <source>Save the trust bundle</source>
        <translation>Guardar el paquete de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="383"/>
        <source>Trust bundle (*.pem)</source>
        <translation>Paquete de confianza (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ca_page.py" line="392"/>
        <source>The trust bundle was saved to %1. Agencies install it with their credential.</source>
        <translation>El paquete de confianza se guardó en %1. Las instituciones lo instalan junto con su credencial.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../ui/code_text.py" line="145"/>
        <source>The preparer planned another signature before yours; that person signs first.</source>
        <translation>Quien prepara anunció otra firma antes que la suya; esa persona firma primero.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="16"/>
        <source>The framework pack was signed.</source>
        <translation>El paquete de marco fue firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="17"/>
        <source>The framework pack was installed.</source>
        <translation>El paquete de marco fue instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="18"/>
        <source>This framework pack was already installed; nothing changed.</source>
        <translation>Este paquete de marco ya estaba instalado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="20"/>
        <source>That framework pack is not installed.</source>
        <translation>Ese paquete de marco no está instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="21"/>
        <source>Write the framework pack as ID@VERSION, e.g. oecd-dgs-2014@2.0.0.</source>
        <translation>Escriba el paquete de marco como ID@VERSIÓN, p. ej. oecd-dgs-2014@2.0.0.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="23"/>
        <source>The evaluation already uses that framework version.</source>
        <translation>La evaluación ya usa esa versión del marco.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="25"/>
        <source>That criterion does not exist.</source>
        <translation>Ese criterio no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="26"/>
        <source>This element does not apply to this kind of body.</source>
        <translation>Este elemento no se aplica a este tipo de institución.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="28"/>
        <source>Migration plan (nothing was changed).</source>
        <translation>Plan de migración (no se cambió nada).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="30"/>
        <source>The evaluation was moved to the new framework version.</source>
        <translation>La evaluación pasó a la nueva versión del marco.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="32"/>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="33"/>
        <source>new element: nothing to carry</source>
        <translation>elemento nuevo: nada que traer</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="34"/>
        <source>removed element: its answer goes to the recommendation&apos;s notes</source>
        <translation>elemento eliminado: su respuesta pasa a las notas de la recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="36"/>
        <source>Answers carried; changed elements are marked to review.</source>
        <translation>Respuestas traídas; los elementos que cambiaron quedan marcados por revisar.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="38"/>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="39"/>
        <location filename="../../ui/code_text.py" line="41"/>
        <source>A passphrase is required.</source>
        <translation>Se requiere una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="40"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="42"/>
        <source>The passphrase is too short: use at least %1 characters, for example a few words.</source>
        <translation>La frase de contraseña es demasiado corta: use al menos %1 caracteres, por ejemplo varias palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="45"/>
        <source>The passphrase is too common and easy to guess; choose another one.</source>
        <translation>La frase de contraseña es demasiado común y fácil de adivinar; elija otra.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="47"/>
        <source>The role must be preparer, reviewer or approver.</source>
        <translation>El rol debe ser preparación, revisión o aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="49"/>
        <source>A person&apos;s credential needs the person&apos;s name.</source>
        <translation>La credencial de una persona necesita el nombre de la persona.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="50"/>
        <source>The file is not a valid PKCS#12 credential (.p12).</source>
        <translation>El archivo no es una credencial PKCS#12 (.p12) válida.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="52"/>
        <source>The file is not a valid certificate.</source>
        <translation>El archivo no es un certificado válido.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="53"/>
        <source>The stored key cannot be read.</source>
        <translation>No se puede leer la clave guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="54"/>
        <source>The key is not protected by a passphrase and cannot be used.</source>
        <translation>La clave no está protegida con una frase de contraseña y no se puede usar.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="56"/>
        <source>The key type is not supported: agency keys are RSA of 2048 bits or more.</source>
        <translation>El tipo de clave no es compatible: las claves de las instituciones son RSA de 2048 bits o más.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="58"/>
        <source>The certificate does not belong to this installation&apos;s key request.</source>
        <translation>El certificado no corresponde a la solicitud de clave de esta instalación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="60"/>
        <source>The credential belongs to another agency.</source>
        <translation>La credencial pertenece a otra institución.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="61"/>
        <source>The certificate was not issued by the coordinator of the trust bundle.</source>
        <translation>El certificado no fue emitido por la coordinación del paquete de confianza.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="63"/>
        <source>Set up the agency before requesting a credential.</source>
        <translation>Configure la institución antes de solicitar una credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="64"/>
        <source>There is no pending credential request: request a credential first.</source>
        <translation>No hay una solicitud de credencial pendiente: primero solicite una credencial.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="66"/>
        <source>No signing credential is installed.</source>
        <translation>No hay una credencial de firma instalada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="67"/>
        <source>The coordinator&apos;s trust bundle is not installed.</source>
        <translation>No está instalado el paquete de confianza de la coordinación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="69"/>
        <source>The trust bundle is not valid (it needs the root certificate and the CRL).</source>
        <translation>El paquete de confianza no es válido (debe contener el certificado raíz y la CRL).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="71"/>
        <source>The agency code may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>El código de la institución solo admite letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="73"/>
        <source>The agency name is required.</source>
        <translation>El nombre de la institución es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="74"/>
        <source>That agency code is reserved for the coordinator; choose another one.</source>
        <translation>Ese código de institución está reservado para la coordinación; elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="76"/>
        <source>The certificate authority needs a name.</source>
        <translation>La autoridad certificadora necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="77"/>
        <source>The evaluation is not ready to submit: %1 problem(s) must be solved first.</source>
        <translation>La evaluación no está lista para enviar: primero hay que resolver %1 problema(s).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="79"/>
        <source>The file was not saved because the coordinator would reject it: %1</source>
        <translation>El archivo no se guardó porque la coordinación lo rechazaría: %1</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="81"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="82"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="83"/>
        <source>%1 already exists; choose another file name (it is never overwritten).</source>
        <translation>%1 ya existe; elija otro nombre de archivo (nunca se sobrescribe).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="85"/>
        <source>The evidence files are too large to embed in the submission. Export without embedding them.</source>
        <translation>Los medios de verificación son demasiado grandes para incluirlos en el envío. Exporte sin incluirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="88"/>
        <source>The database has no evaluation yet.</source>
        <translation>La base de datos aún no tiene una evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="89"/>
        <source>That folder already holds a certificate authority; it is never overwritten.</source>
        <translation>Esa carpeta ya contiene una autoridad certificadora; nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="91"/>
        <source>That folder is not a DigiGov certificate authority.</source>
        <translation>Esa carpeta no es una autoridad certificadora de DigiGov.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="93"/>
        <source>The certificate authority folder is damaged: restore it from a backup.</source>
        <translation>La carpeta de la autoridad certificadora está dañada: restáurela desde un respaldo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="95"/>
        <source>The file is not a valid certificate request.</source>
        <translation>El archivo no es una solicitud de certificado válida.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="96"/>
        <source>No active certificate matches.</source>
        <translation>Ningún certificado vigente coincide.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="97"/>
        <source>Unknown revocation reason.</source>
        <translation>Motivo de revocación desconocido.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="98"/>
        <source>%1 is a DigiGov database of another kind.</source>
        <translation>%1 es una base de datos de DigiGov de otro tipo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="100"/>
        <source>Unknown element.</source>
        <translation>Elemento desconocido.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="103"/>
        <source>The level must be a whole number from 0 to 5, or not applicable.</source>
        <translation>El nivel debe ser un número entero de 0 a 5, o «no aplica».</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="105"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="106"/>
        <source>The central database holds no accepted submission for that selection.</source>
        <translation>La base de datos central no tiene envíos aceptados para esa selección.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="108"/>
        <source>Choose one cycle before comparing it with another.</source>
        <translation>Elija un ciclo antes de compararlo con otro.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="110"/>
        <source>The central database holds no accepted submission with that revision.</source>
        <translation>La base de datos central no tiene un envío aceptado con esa revisión.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="112"/>
        <source>The receipt was not saved because it does not verify; check the CA folder.</source>
        <translation>El acuse no se guardó porque no se puede verificar; revise la carpeta de la autoridad certificadora.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="114"/>
        <source>The file is not an intact signed receipt.</source>
        <translation>El archivo no es un acuse de recibo firmado e íntegro.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="115"/>
        <source>The receipt&apos;s data are not valid.</source>
        <translation>Los datos del acuse de recibo no son válidos.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="116"/>
        <source>The receipt was issued by a newer version of DigiGov Desktop; update DigiGov Desktop on this computer and install the receipt again.</source>
        <translation>El acuse de recibo fue emitido por una versión más reciente de DigiGov Desktop; actualice DigiGov Desktop en este equipo y vuelva a instalar el acuse.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="119"/>
        <source>The receipt is not signed by the coordinator of this installation.</source>
        <translation>El acuse no está firmado por la coordinación de esta instalación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="121"/>
        <source>The coordinator&apos;s receipt certificate has been revoked; ask for a new receipt.</source>
        <translation>El certificado de acuses de la coordinación fue revocado; solicite un nuevo acuse.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="123"/>
        <source>The coordinator&apos;s receipt certificate had expired; ask for a new receipt.</source>
        <translation>El certificado de acuses de la coordinación estaba vencido; solicite un nuevo acuse.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="125"/>
        <source>The coordinator&apos;s revocation list in this installation is out of date; install the current trust bundle and try again.</source>
        <translation>La lista de revocación de la coordinación en esta instalación está vencida; instale el paquete de confianza vigente e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="128"/>
        <source>The receipt is for a submission this installation never exported.</source>
        <translation>El acuse corresponde a un envío que esta instalación nunca exportó.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="130"/>
        <source>The receipt does not match the file this installation exported for that submission.</source>
        <translation>El acuse no coincide con el archivo que esta instalación exportó para ese envío.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="133"/>
        <source>The passphrase is weaker than the current rule allows; change it (Change the passphrase).</source>
        <translation>La frase de contraseña es más débil de lo que permite la regla actual; cámbiela (Cambiar la frase de contraseña).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="136"/>
        <source>Sealed for %1; only that coordinator can open and check it.</source>
        <translation>Sellado para %1; solo esa coordinación puede abrirlo y verificarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="138"/>
        <source>The coordinator&apos;s trust bundle has no encryption certificate: install a current trust bundle, or export without sealing.</source>
        <translation>El paquete de confianza de la coordinación no tiene un certificado de cifrado: instale un paquete de confianza actual, o exporte sin sellar.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="141"/>
        <source>The file was not signed because it does not verify: %1</source>
        <translation>El archivo no se firmó porque no se puede verificar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="143"/>
        <source>A later role has already signed this file; you cannot sign it in this role.</source>
        <translation>Un rol posterior ya firmó este archivo; no puede firmarlo en este rol.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="148"/>
        <source>Your credential is not for this role; ask the coordinator for the right one.</source>
        <translation>Su credencial no es para este rol; pida a la coordinación la credencial correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="150"/>
        <source>The file has no free signature field for that role; is it a DigiGov submission?</source>
        <translation>El archivo no tiene un campo de firma libre para ese rol; ¿es un envío de DigiGov?</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="153"/>
        <source>The receipt is addressed to another agency.</source>
        <translation>El acuse está dirigido a otra institución.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="156"/>
        <source>The rater&apos;s name is required.</source>
        <translation>El nombre del evaluador es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="157"/>
        <source>There is already a rater with that name.</source>
        <translation>Ya existe un evaluador con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="158"/>
        <source>There is no rater with that name.</source>
        <translation>No hay un evaluador con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="159"/>
        <source>This rater&apos;s ratings came from their workbook and are kept as they were sent.</source>
        <translation>Las calificaciones de este evaluador vinieron de su libro de trabajo y se conservan tal como se enviaron.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="161"/>
        <source>This database is a rater workbook; raters are named and merged in the facilitator&apos;s database.</source>
        <translation>Esta base de datos es un libro de trabajo de evaluador; los evaluadores se nombran e incorporan en la base de datos de quien facilita.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="164"/>
        <source>This database is not a rater workbook.</source>
        <translation>Esta base de datos no es un libro de trabajo de evaluador.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="165"/>
        <source>There are no ratings yet.</source>
        <translation>Aún no hay calificaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="166"/>
        <source>A consensus needs its justification.</source>
        <translation>El consenso requiere su justificación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="168"/>
        <source>%1 file(s) refused; nothing was merged.</source>
        <translation>Se rechazaron %1 archivo(s); no se incorporó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="170"/>
        <source>The file is not a valid rater return file.</source>
        <translation>El archivo no es un archivo de respuesta de evaluador válido.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="172"/>
        <source>The file belongs to another agency.</source>
        <translation>El archivo pertenece a otra institución.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="173"/>
        <source>The file belongs to another evaluation cycle.</source>
        <translation>El archivo pertenece a otro ciclo de evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="175"/>
        <source>The file comes from a workbook this evaluation never issued.</source>
        <translation>El archivo proviene de un libro de trabajo que esta evaluación nunca emitió.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="177"/>
        <source>The file was changed after the rater sealed it.</source>
        <translation>El archivo se modificó después de que el evaluador lo selló.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="179"/>
        <source>This rater&apos;s ratings are already merged.</source>
        <translation>Las calificaciones de este evaluador ya fueron incorporadas.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="181"/>
        <source>This rater already rated in this database.</source>
        <translation>Este evaluador ya calificó en esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="101"/>
        <source>Clearing an answer forgets its level, rationale and target together.</source>
        <translation>Borrar una respuesta olvida a la vez su nivel, su fundamento y su meta.</translation>
    </message>
</context>
<context>
    <name>ConnectStoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="24"/>
        <source>Connect to a shared store</source>
        <translation>Conectarse a un almacén compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="25"/>
        <source>Several coordinators can share one central store on a PostgreSQL server. Enter its address as your IT team gave it, for example postgresql://ana@server.example.org/digigov. The password is never part of the address: it is read from your PGPASSFILE, or asked for when the server wants it. To a server on another computer the connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Varias coordinaciones pueden compartir un almacén central en un servidor PostgreSQL. Escriba su dirección tal como se la dio su equipo de TI, por ejemplo postgresql://ana@server.example.org/digigov. La contraseña nunca forma parte de la dirección: se lee de su PGPASSFILE, o se le pide cuando el servidor la exige. Con un servidor en otro equipo la conexión va cifrada y se verifica el certificado del servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="32"/>
        <source>Address of the shared store</source>
        <translation>Dirección del almacén compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="32"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="33"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="34"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="35"/>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="36"/>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="38"/>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="48"/>
        <location filename="../../ui/models/consensus_model.py" line="65"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="64"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/models/consensus_model.py" line="59"/>
        <source>The ratings differ by 2 levels or more: discuss before deciding.</source>
        <translation>Las calificaciones difieren en 2 niveles o más: discútalas antes de decidir.</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="81"/>
        <source>Team evaluation</source>
        <translation>Evaluación en equipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="90"/>
        <source>Team ratings and consensus</source>
        <translation>Calificaciones del equipo y consenso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="92"/>
        <source>Each rater scores on their own. Compare their levels, discuss the elements they disagree on (marked when they differ by 2 levels or more) and record the level the group agrees on: it becomes the evaluation&apos;s answer. The individual ratings are kept.</source>
        <translation>Cada evaluador califica por su cuenta. Compare sus niveles, discuta los elementos en que no coinciden (marcados cuando difieren en 2 niveles o más) y registre el nivel que acuerda el grupo: pasa a ser la respuesta de la evaluación. Las calificaciones individuales se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="97"/>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="102"/>
        <source>&amp;Add rater…</source>
        <translation>&amp;Agregar evaluador…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="104"/>
        <source>Rater whose workbook to export</source>
        <translation>Evaluador cuyo libro de trabajo se exporta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="105"/>
        <source>E&amp;xport workbook…</source>
        <translation>E&amp;xportar libro de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="106"/>
        <source>&amp;Merge rater files…</source>
        <translation>&amp;Incorporar archivos de evaluadores…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="117"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="119"/>
        <source>Which recommendation to show</source>
        <translation>Qué recomendación mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="127"/>
        <source>Ratings per element</source>
        <translation>Calificaciones por elemento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="134"/>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="135"/>
        <source>Spread of the ratings</source>
        <translation>Dispersión de las calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="137"/>
        <source>Selected element</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="147"/>
        <source>Consensus level</source>
        <translation>Nivel de consenso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="149"/>
        <source>Consensus &amp;level:</source>
        <translation>&amp;Nivel de consenso:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="153"/>
        <source>Justification of the consensus</source>
        <translation>Justificación del consenso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="156"/>
        <source>&amp;Justification (why the group chose it):</source>
        <translation>&amp;Justificación (por qué lo eligió el grupo):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="161"/>
        <source>&amp;Record consensus</source>
        <translation>&amp;Registrar consenso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="162"/>
        <source>&amp;Open the element</source>
        <translation>&amp;Abrir el elemento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="203"/>
        <source>ratings merged</source>
        <translation>calificaciones incorporadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="204"/>
        <source>not merged yet</source>
        <translation>aún no incorporadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="209"/>
        <source>No raters yet. Add the members of the self-assessment group, then export a workbook for each of them.</source>
        <translation>Aún no hay evaluadores. Agregue a los integrantes del grupo de autoevaluación y luego exporte un libro de trabajo para cada uno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="219"/>
        <source>%1 element(s) rated · %2 with a spread of 2 levels or more · %3 without consensus.</source>
        <translation>%1 elemento(s) calificado(s) · %2 con una dispersión de 2 niveles o más · %3 sin consenso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="224"/>
        <source>Every recommendation</source>
        <translation>Todas las recomendaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="258"/>
        <source>%1: mean level per rater %2; spread %3; %4 element(s) flagged.</source>
        <translation>%1: nivel medio por evaluador %2; dispersión %3; %4 elemento(s) marcado(s).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="295"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="299"/>
        <source>%1: level %2</source>
        <translation>%1: nivel %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="306"/>
        <source>The ratings differ by %1 levels (%2 to %3): discuss this element before deciding.</source>
        <translation>Las calificaciones difieren en %1 niveles (de %2 a %3): discuta este elemento antes de decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="310"/>
        <source>Spread: %1 level(s).</source>
        <translation>Dispersión: %1 nivel(es).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="313"/>
        <source>Choose a level</source>
        <translation>Elija un nivel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="316"/>
        <source>N/A — not applicable</source>
        <translation>N/A — no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="345"/>
        <source>Choose the consensus level.</source>
        <translation>Elija el nivel de consenso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="358"/>
        <source>Consensus for %1 recorded.</source>
        <translation>Consenso de %1 registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="380"/>
        <source>Save the rater workbook</source>
        <translation>Guardar el libro de trabajo del evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="382"/>
        <source>Rater workbook (*.dgw);;All files (*)</source>
        <translation>Libro de trabajo de evaluador (*.dgw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="387"/>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="394"/>
        <source>Workbook written to %1. Give it to the rater (it holds their personal seal key: hand it over in person or on a shared folder only they can read).</source>
        <translation>Libro de trabajo escrito en %1. Entrégueselo al evaluador (contiene su clave personal de sellado: entréguelo en persona o en una carpeta compartida que solo esa persona pueda leer).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="401"/>
        <source>Choose the raters&apos; files</source>
        <translation>Elija los archivos de los evaluadores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="403"/>
        <source>Rater files (*.dgrating);;All files (*)</source>
        <translation>Archivos de evaluadores (*.dgrating);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/consensus_page.py" line="407"/>
        <source>Checking and merging %n file(s)…</source>
        <translation>
            <numerusform>Verificando e incorporando %n archivo…</numerusform>
            <numerusform>Verificando e incorporando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/consensus_page.py" line="413"/>
        <source>%1: %2 rating(s) of %3 merged.</source>
        <translation>%1: se incorporaron %2 calificación(es) de %3.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../ui/coordinator_window.py" line="59"/>
        <source>DigiGov Desktop — coordinator</source>
        <translation>DigiGov Desktop — coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="61"/>
        <source>Coordinator pages</source>
        <translation>Páginas de la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="64"/>
        <source>Certificate authority</source>
        <translation>Autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="65"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="66"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="99"/>
        <source>Switch to &amp;agency mode</source>
        <translation>Cambiar al modo &amp;institución</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="105"/>
        <source>&amp;Connect to a shared store…</source>
        <translation>&amp;Conectarse a un almacén compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="110"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="113"/>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Autoridad certificadora</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="113"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="114"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="121"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="190"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="217"/>
        <source>Connect to a shared store</source>
        <translation>Conectarse a un almacén compartido</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="229"/>
        <location filename="../../ui/coordinator_window.py" line="232"/>
        <source>Central database: %1 · CA: %2</source>
        <translation>Base de datos central: %1 · Autoridad: %2</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="231"/>
        <location filename="../../ui/coordinator_window.py" line="234"/>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_window.py" line="247"/>
        <source>Change the language once the work under way (an import, an export, a receipt, a credential) has finished.</source>
        <translation>Cambie el idioma cuando termine el trabajo en curso (una importación, una exportación, un acuse de recibo, una credencial).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="46"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="50"/>
        <source>Something went wrong inside DigiGov Desktop. Your answers saved so far are safe. Please send the report below to your support contact.</source>
        <translation>Algo falló dentro de DigiGov Desktop. Las respuestas guardadas hasta ahora están a salvo. Envíe el informe de abajo a su contacto de soporte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="53"/>
        <source>It was also written to %1.</source>
        <translation>También quedó registrado en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="58"/>
        <source>Error report</source>
        <translation>Informe del error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="60"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="83"/>
        <location filename="../../ui/pages/credentials_page.py" line="227"/>
        <location filename="../../ui/pages/credentials_page.py" line="273"/>
        <location filename="../../ui/pages/credentials_page.py" line="290"/>
        <source>Signing credential</source>
        <translation>Credencial de firma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="85"/>
        <source>Your submission is signed with the agency&apos;s credential, so that the coordinator can prove it comes from your agency and was not changed. The private key never leaves this computer: it is stored encrypted with a passphrase only you know.</source>
        <translation>Su envío se firma con la credencial de la institución, para que la coordinación pueda comprobar que proviene de su institución y que no fue modificado. La clave privada nunca sale de este computador: se guarda cifrada con una frase de contraseña que solo usted conoce.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="92"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="100"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="101"/>
        <source>Agency code:</source>
        <translation>Código de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="102"/>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="103"/>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="104"/>
        <source>Valid until:</source>
        <translation>Vigente hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="109"/>
        <source>Coordinator&apos;s trust bundle</source>
        <translation>Paquete de confianza de la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="114"/>
        <source>Trust bundle:</source>
        <translation>Paquete de confianza:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="115"/>
        <source>Revocation list valid until:</source>
        <translation>Lista de revocación vigente hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="120"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="123"/>
        <source>&amp;Request a credential…</source>
        <translation>&amp;Solicitar una credencial…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="124"/>
        <source>&amp;Install the certificate…</source>
        <translation>&amp;Instalar el certificado…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="125"/>
        <source>Import a &amp;PKCS#12 file…</source>
        <translation>Importar un archivo &amp;PKCS#12…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="126"/>
        <source>Install or replace the trust &amp;bundle…</source>
        <translation>Instalar o reemplazar el &amp;paquete de confianza…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="128"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>Cam&amp;biar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="131"/>
        <source>Step 1 (preferred): create the agency&apos;s key, protected by a passphrase you choose, and a request file (.csr) to send to the coordinator.</source>
        <translation>Paso 1 (recomendado): crea la clave de la institución, protegida con una frase de contraseña que usted elige, y un archivo de solicitud (.csr) para enviar a la coordinación.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="134"/>
        <source>Step 2: when the coordinator sends back the certificate (.crt) and the trust bundle (.pem), install them here.</source>
        <translation>Paso 2: cuando la coordinación devuelva el certificado (.crt) y el paquete de confianza (.pem), instálelos aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="137"/>
        <source>Or: install a PKCS#12 file (.p12) issued by the coordinator; its passphrase is sent to you separately.</source>
        <translation>O bien: instale un archivo PKCS#12 (.p12) emitido por la coordinación; su frase de contraseña se le envía por separado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="140"/>
        <source>Install a newer trust bundle (root certificate and revocation list) when the coordinator publishes one.</source>
        <translation>Instale un paquete de confianza más reciente (certificado raíz y lista de revocación) cuando la coordinación publique uno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="143"/>
        <source>Protect the stored key with a new passphrase (you need the current one).</source>
        <translation>Proteja la clave guardada con una nueva frase de contraseña (necesita la actual).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="172"/>
        <source>No credential yet</source>
        <translation>Aún sin credencial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="173"/>
        <source>Requested: waiting for the coordinator&apos;s certificate</source>
        <translation>Solicitada: a la espera del certificado de la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="174"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="175"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/credentials_page.py" line="185"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (queda %n día)</numerusform>
            <numerusform>%1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="189"/>
        <source>The credential has expired: request a new one before exporting.</source>
        <translation>La credencial venció: solicite una nueva antes de exportar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/credentials_page.py" line="192"/>
        <source>The credential expires in %n day(s): request a new one now.</source>
        <translation>
            <numerusform>La credencial vence en %n día: solicite una nueva ahora.</numerusform>
            <numerusform>La credencial vence en %n días: solicite una nueva ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="195"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="196"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="203"/>
        <source>The revocation list is out of date: exports will be refused until you install the coordinator&apos;s current trust bundle.</source>
        <translation>La lista de revocación está vencida: las exportaciones se rechazarán hasta que instale el paquete de confianza vigente de la coordinación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/credentials_page.py" line="207"/>
        <source>The revocation list expires in %n day(s): ask the coordinator for a current trust bundle.</source>
        <translation>
            <numerusform>La lista de revocación vence en %n día: pida a la coordinación un paquete de confianza vigente.</numerusform>
            <numerusform>La lista de revocación vence en %n días: pida a la coordinación un paquete de confianza vigente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="234"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="240"/>
        <source>Choose the coordinator&apos;s trust bundle (.pem)</source>
        <translation>Elija el paquete de confianza de la coordinación (.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="241"/>
        <source>Choose the coordinator&apos;s trust bundle (.pem), or cancel to keep the installed one</source>
        <translation>Elija el paquete de confianza de la coordinación (.pem), o cancele para conservar el instalado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="244"/>
        <source>Trust bundle (*.pem);;All files (*)</source>
        <translation>Paquete de confianza (*.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="253"/>
        <source>Choose the key&apos;s passphrase</source>
        <translation>Elija la frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="254"/>
        <source>The agency&apos;s key will be encrypted with this passphrase. You need it every time you export a submission. Nobody can recover it: write it down and keep it in a safe place.</source>
        <translation>La clave de la institución se cifrará con esta frase de contraseña. La necesitará cada vez que exporte un envío. Nadie puede recuperarla: anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="262"/>
        <source>Save the credential request</source>
        <translation>Guardar la solicitud de credencial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="263"/>
        <source>Certificate request (*.csr)</source>
        <translation>Solicitud de certificado (*.csr)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="274"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="279"/>
        <source>The request was saved to %1. Send this file to the coordinator; when the certificate comes back, choose &quot;Install the certificate&quot;.</source>
        <translation>La solicitud se guardó en %1. Envíe este archivo a la coordinación; cuando llegue el certificado, elija «Instalar el certificado».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="283"/>
        <source>Creating the key… this takes a few seconds.</source>
        <translation>Creando la clave… esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="291"/>
        <source>A credential is active. Request a new one? The active credential stays in use until the new certificate is installed.</source>
        <translation>Hay una credencial vigente. ¿Solicitar una nueva? La credencial vigente se sigue usando hasta que se instale el nuevo certificado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="296"/>
        <source>Choose the certificate the coordinator sent</source>
        <translation>Elija el certificado que envió la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="297"/>
        <source>Certificate (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificado (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="313"/>
        <location filename="../../ui/pages/credentials_page.py" line="336"/>
        <source>The credential is installed. You can now export signed submissions.</source>
        <translation>La credencial está instalada. Ya puede exportar envíos firmados.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="317"/>
        <source>Choose the PKCS#12 file</source>
        <translation>Elija el archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="318"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="324"/>
        <source>Passphrase of the PKCS#12 file</source>
        <translation>Frase de contraseña del archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="325"/>
        <source>Enter the passphrase the coordinator sent you separately. It will also protect the key stored on this computer.</source>
        <translation>Ingrese la frase de contraseña que la coordinación le envió por separado. También protegerá la clave guardada en este computador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="339"/>
        <source>Installing the credential…</source>
        <translation>Instalando la credencial…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="353"/>
        <source>The trust bundle is installed.</source>
        <translation>El paquete de confianza está instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="357"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="358"/>
        <source>Enter the current passphrase of the agency&apos;s key.</source>
        <translation>Escriba la frase de contraseña actual de la clave de la institución.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="359"/>
        <source>Choose the new passphrase. Nobody can recover it: write it down and keep it in a safe place.</source>
        <translation>Elija la nueva frase de contraseña. Nadie puede recuperarla: anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="366"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La frase de contraseña se cambió. Use la nueva desde ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/credentials_page.py" line="363"/>
        <source>Re-encrypting the key…</source>
        <translation>Volviendo a cifrar la clave…</translation>
    </message>
</context>
<context>
    <name>CriteriaChecklist</name>
    <message>
        <location filename="../../ui/widgets/criteria_checklist.py" line="54"/>
        <source>Level %1 · %2</source>
        <translation>Nivel %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/criteria_checklist.py" line="62"/>
        <source>Criterion %1</source>
        <translation>Criterio %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/criteria_checklist.py" line="121"/>
        <source>Proposed level from the ticked criteria: %1 · %2</source>
        <translation>Nivel propuesto según los criterios marcados: %1 · %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="103"/>
        <location filename="../../ui/pages/dashboard_page.py" line="308"/>
        <location filename="../../ui/pages/dashboard_page.py" line="471"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="109"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="110"/>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="111"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="112"/>
        <source>Agency &amp;type:</source>
        <translation>&amp;Tipo de institución:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="126"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="129"/>
        <source>CSV for Excel in Spanish (; and decimal comma)</source>
        <translation>CSV para Excel en español (; y coma decimal)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="130"/>
        <source>The CSV export uses &apos;;&apos; between columns and a decimal comma, as Excel expects in Spanish.</source>
        <translation>La exportación CSV usa «;» entre columnas y coma decimal, como lo espera Excel en español.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="127"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="128"/>
        <source>Consolidated &amp;PDF report…</source>
        <translation>Informe consolidado en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="134"/>
        <source>(exports follow the cycle, region and type filters)</source>
        <translation>(las exportaciones siguen los filtros de ciclo, región y tipo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="159"/>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Campaign completion</source>
        <translation>Avance de la campaña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="166"/>
        <source>Agencies that submitted</source>
        <translation>Instituciones que enviaron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="168"/>
        <source>Agencies that have not submitted</source>
        <translation>Instituciones que no han enviado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="171"/>
        <source>Submitted (double-click to open):</source>
        <translation>Enviaron (doble clic para abrir):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="172"/>
        <source>Not submitted yet:</source>
        <translation>Aún no envían:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="203"/>
        <source>Scores per agency and recommendation (0–5)</source>
        <translation>Puntajes por institución y recomendación (0–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="204"/>
        <source>Grey: no score. Click a cell to open that submission and its signed file.</source>
        <translation>Gris: sin puntaje. Haga clic en una celda para abrir ese envío y su archivo firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="205"/>
        <location filename="../../ui/pages/dashboard_page.py" line="210"/>
        <location filename="../../ui/pages/dashboard_page.py" line="212"/>
        <source>Score (0–5)</source>
        <translation>Puntaje (0–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="207"/>
        <source>Distribution of each recommendation across agencies</source>
        <translation>Distribución de cada recomendación entre las instituciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="208"/>
        <source>Box: middle half of the agencies, line inside: median, whiskers: lowest and highest. Each dot is an agency: click it to open its submission.</source>
        <translation>Caja: la mitad central de las instituciones; línea interior: mediana; bigotes: mínimo y máximo. Cada punto es una institución: haga clic para abrir su envío.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="211"/>
        <source>Average per pillar</source>
        <translation>Promedio por pilar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="215"/>
        <source>Comparison between cycles (agencies present in both)</source>
        <translation>Comparación entre ciclos (instituciones presentes en ambos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="244"/>
        <location filename="../../ui/pages/dashboard_page.py" line="259"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="250"/>
        <source>All cycles</source>
        <translation>Todos los ciclos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="255"/>
        <source>(no comparison)</source>
        <translation>(sin comparación)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="258"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="261"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="297"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="355"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="358"/>
        <source>Compared on %1 mapped elements: these submissions use framework versions %2. Every score here counts only the elements that mean the same in each version.</source>
        <translation>Comparación sobre %1 elementos equivalentes: estos envíos usan las versiones %2 del marco. Cada puntaje de esta vista cuenta solo los elementos que significan lo mismo en todas las versiones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="362"/>
        <source>Submissions on %1 cannot be mapped and have no score here.</source>
        <translation>Los envíos en %1 no tienen correspondencia con las demás versiones y aquí no tienen puntaje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="322"/>
        <source>%n submission(s) count for this selection.</source>
        <translation>
            <numerusform>%n envío cuenta para esta selección.</numerusform>
            <numerusform>%n envíos cuentan para esta selección.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="323"/>
        <source>Average overall score: %1 of 5.</source>
        <translation>Puntaje general promedio: %1 de 5.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="327"/>
        <source>No submission counts for this selection yet: import files in the Inbox.</source>
        <translation>Aún no hay envíos para esta selección: importe archivos en la bandeja de entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="336"/>
        <source>%1 agencies × %2 recommendations.</source>
        <translation>%1 instituciones × %2 recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="344"/>
        <source>%1: median %2 (%3 agencies)</source>
        <translation>%1: mediana %2 (%3 instituciones)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="373"/>
        <source>Open the certificate authority to see which registered agencies have submitted.</source>
        <translation>Abra la autoridad certificadora para ver qué instituciones registradas han enviado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="382"/>
        <source>Cycle %1: %2 of %3 registered agencies have submitted.</source>
        <translation>Ciclo %1: %2 de %3 instituciones registradas han enviado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="386"/>
        <source>%1 — %2 (overall %3)</source>
        <translation>%1 — %2 (general %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="393"/>
        <source>(credential revoked)</source>
        <translation>(credencial revocada)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="394"/>
        <source>(credential expired)</source>
        <translation>(credencial vencida)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="402"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="403"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="417"/>
        <source>No agency submitted in both cycles.</source>
        <translation>Ninguna institución envió en ambos ciclos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="418"/>
        <source>Choose a cycle and another cycle to compare with.</source>
        <translation>Elija un ciclo y otro ciclo con el cual compararlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="429"/>
        <source>%n agency(ies) in both cycles.</source>
        <translation>
            <numerusform>%n institución en ambos ciclos.</numerusform>
            <numerusform>%n instituciones en ambos ciclos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="459"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="459"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="460"/>
        <source>Export XLSX</source>
        <translation>Exportar XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="460"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="461"/>
        <source>Consolidated PDF report</source>
        <translation>Informe consolidado en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="461"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="471"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ElementDetails</name>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="34"/>
        <source>More about this element</source>
        <translation>Más sobre este elemento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="35"/>
        <source>Legal duties, whom to ask, next steps, mapping</source>
        <translation>Deberes legales, a quién preguntar, próximos pasos, correspondencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="53"/>
        <source>Legal duties</source>
        <translation>Deberes legales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="53"/>
        <source>Whom to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="54"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="54"/>
        <source>DGPF / DGI</source>
        <translation>Mapa DGPF/DGI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="88"/>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="89"/>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="93"/>
        <source>in force since %1</source>
        <translation>vigente desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="95"/>
        <source>Applies to: %1</source>
        <translation>Se aplica a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="99"/>
        <source>Legal layer last verified on %1.</source>
        <translation>Capa legal verificada por última vez el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="108"/>
        <source>From level %1</source>
        <translation>Desde el nivel %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="119"/>
        <source>DGPF dimensions</source>
        <translation>Dimensiones del DGPF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/element_details.py" line="120"/>
        <source>DGI facet</source>
        <translation>Faceta del DGI</translation>
    </message>
</context>
<context>
    <name>ElementPage</name>
    <message>
        <location filename="../../ui/pages/element_page.py" line="82"/>
        <source>Carried forward from the previous cycle: review it and change anything that is no longer true. The mark disappears when you edit the answer.</source>
        <translation>Traspasada desde el ciclo anterior: revísela y cambie lo que ya no sea cierto. La marca desaparece cuando edita la respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="89"/>
        <source>To review: this answer was carried from the previous version of the framework, where the element was different. Check it, tick the criteria, then mark it reviewed.</source>
        <translation>Por revisar: esta respuesta viene de la versión anterior del marco, donde el elemento era distinto. Revísela, marque los criterios y luego márquela como revisada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="92"/>
        <source>Mark as &amp;reviewed</source>
        <translation>Marcar como &amp;revisada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="99"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="103"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="110"/>
        <source>Current level</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="129"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="131"/>
        <source>Why this level? Cite documents, decisions or data that support it.</source>
        <translation>¿Por qué este nivel? Cite los documentos, decisiones o datos que lo respaldan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="133"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="136"/>
        <source>Target level</source>
        <translation>Nivel meta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="137"/>
        <source>&amp;Target level:</source>
        <translation>Nivel &amp;meta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="142"/>
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="203"/>
        <source>Suggested evidence: %1</source>
        <translation>Medios de verificación sugeridos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="219"/>
        <source>Not applicable to this kind of body (%1): %2</source>
        <translation>No se aplica a este tipo de institución (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="228"/>
        <source>No target</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="234"/>
        <source>Evidence (required from level %1)</source>
        <translation>Medios de verificación (obligatorios desde el nivel %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="276"/>
        <source>Level chosen by the official instead of the proposed level %1. Justification: %2</source>
        <translation>Nivel elegido por la persona responsable en lugar del nivel propuesto %1. Justificación: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="280"/>
        <source>The ticked criteria reach level %1, not %2: tick the criteria the institution meets, or choose the level again to justify it.</source>
        <translation>Los criterios marcados alcanzan el nivel %1, no el %2: marque los criterios que la institución cumple, o vuelva a elegir el nivel para justificarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="116"/>
        <source>C&amp;lear the answer</source>
        <translation>&amp;Borrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="358"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="359"/>
        <source>Clear the answer of %1? The level, rationale and target are forgotten; the history keeps them.</source>
        <translation>¿Borrar la respuesta de %1? Se olvidan el nivel, el fundamento y la meta; el historial los conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="118"/>
        <source>Forget the level, rationale and target: the element is unanswered again. Its evidence stays; the history keeps what was there.</source>
        <translation>Olvida el nivel, el fundamento y la meta: el elemento vuelve a quedar sin responder. Su evidencia se mantiene; el historial conserva lo que había.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="163"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="166"/>
        <source>History of this element</source>
        <translation>Historial de este elemento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="168"/>
        <source>No change recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="152"/>
        <source>The database %1 is in use by another program. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos %1. Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="154"/>
        <source>The database %1 cannot be written (read-only). Your last change was not saved.</source>
        <translation>No se puede escribir en la base de datos %1 (solo lectura). Su último cambio no se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="156"/>
        <source>The disk is full: your last change to %1 was not saved. Free some space.</source>
        <translation>El disco está lleno: su último cambio en %1 no se guardó. Libere espacio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="158"/>
        <source>The database %1 could not be read or written.</source>
        <translation>No se pudo leer ni escribir la base de datos %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="159"/>
        <source>The database %1 is damaged. Restore a backup from the backups folder.</source>
        <translation>La base de datos %1 está dañada. Restaure una copia de la carpeta de respaldos.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="161"/>
        <source>The database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="162"/>
        <source>%1 is not a DigiGov Desktop database.</source>
        <translation>%1 no es una base de datos de DigiGov Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="163"/>
        <source>%1 was written by a newer version of DigiGov Desktop. Install that version to open it. The file was not changed.</source>
        <translation>%1 fue escrita por una versión más nueva de DigiGov Desktop. Instale esa versión para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="166"/>
        <source>There is no database at %1.</source>
        <translation>No hay una base de datos en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="167"/>
        <source>%1 is too large: files of up to %2 MB can be attached.</source>
        <translation>%1 es demasiado grande: se pueden adjuntar archivos de hasta %2 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="169"/>
        <source>%1 is empty and was not attached.</source>
        <translation>%1 está vacío y no se adjuntó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="170"/>
        <location filename="../../ui/i18n.py" line="178"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="171"/>
        <source>The text is too long: up to %2 characters can be saved.</source>
        <translation>El texto es demasiado largo: se pueden guardar hasta %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="173"/>
        <source>That year is not valid for a new cycle.</source>
        <translation>Ese año no es válido para un ciclo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="174"/>
        <source>The agency code is required.</source>
        <translation>El código de la institución es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="175"/>
        <source>The agency name is required.</source>
        <translation>El nombre de la institución es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="176"/>
        <source>The framework pack is damaged: %1</source>
        <translation>El paquete del marco de evaluación está dañado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="177"/>
        <source>%1 is too large to be a framework pack.</source>
        <translation>%1 es demasiado grande para ser un paquete de marco.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="179"/>
        <source>The file is not a signed framework pack (.dgpack). Nothing was installed.</source>
        <translation>El archivo no es un paquete de marco firmado (.dgpack). No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="181"/>
        <source>The pack was changed after it was signed and is refused. Nothing was installed.</source>
        <translation>El paquete fue modificado después de firmarse y se rechaza. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="184"/>
        <source>The pack is not signed by your coordinator and is refused. Nothing was installed.</source>
        <translation>El paquete no está firmado por su coordinación y se rechaza. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="187"/>
        <source>The pack is signed with a certificate that may not sign packs. Nothing was installed.</source>
        <translation>El paquete está firmado con un certificado que no puede firmar paquetes. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="190"/>
        <source>The certificate that signed the pack was revoked. Nothing was installed.</source>
        <translation>El certificado que firmó el paquete fue revocado. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="192"/>
        <source>The installed trust bundle has no revocation list: install a current one.</source>
        <translation>El paquete de confianza instalado no tiene lista de revocación: instale uno vigente.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="194"/>
        <source>The signed pack is not a valid framework. Nothing was installed.</source>
        <translation>El paquete firmado no es un marco válido. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="196"/>
        <source>The framework pack was made for a newer version of DigiGov Desktop; update DigiGov Desktop on this computer and try again.</source>
        <translation>El paquete del marco fue creado para una versión más reciente de DigiGov Desktop; actualice DigiGov Desktop en este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="199"/>
        <source>A newer version of this pack is already installed. Nothing was installed.</source>
        <translation>Ya está instalada una versión más nueva de este paquete. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="201"/>
        <source>This version already exists with other content; a published version cannot change. Nothing was installed.</source>
        <translation>Esta versión ya existe con otro contenido; una versión publicada no puede cambiar. No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="204"/>
        <source>The new pack does not map from this evaluation&apos;s version.</source>
        <translation>El nuevo paquete no tiene correspondencia con la versión de esta evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="206"/>
        <source>A submitted cycle keeps its framework version.</source>
        <translation>Un ciclo enviado conserva su versión del marco.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="208"/>
        <source>Do not put the password in the address (%1): it is read from your PGPASSFILE.</source>
        <translation>No ponga la contraseña en la dirección (%1): se lee de su PGPASSFILE.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="211"/>
        <source>A shared store on another computer needs an encrypted connection with the server&apos;s certificate checked (sslmode=verify-full).</source>
        <translation>Un almacén compartido en otro equipo requiere una conexión cifrada con el certificado del servidor verificado (sslmode=verify-full).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="214"/>
        <source>This computer has no PostgreSQL client library (libpq), which a shared store needs. Ask IT to install it (on Debian or Ubuntu: the libpq5 package).</source>
        <translation>Este equipo no tiene la biblioteca cliente de PostgreSQL (libpq), que un almacén compartido necesita. Pida a TI que la instale (en Debian o Ubuntu: el paquete libpq5).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217"/>
        <source>%1 is not a valid address of a PostgreSQL server.</source>
        <translation>%1 no es una dirección válida de un servidor PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="219"/>
        <source>The server refused the login to %1. Check the user name and the password in your PGPASSFILE.</source>
        <translation>El servidor rechazó el acceso a %1. Revise el nombre de usuario y la contraseña en su PGPASSFILE.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="222"/>
        <source>Your role may not do that in the shared store %1.</source>
        <translation>Su rol no puede hacer eso en el almacén compartido %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="224"/>
        <source>That submission is outside your region: nothing was stored.</source>
        <translation>Ese envío está fuera de su región: no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="227"/>
        <source>The operation failed (%1).</source>
        <translation>La operación falló (%1).</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="91"/>
        <source>Drop files here or use “Add files…”.</source>
        <translation>Arrastre archivos aquí o use «Agregar archivos…».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="93"/>
        <source>Evidence files</source>
        <translation>Archivos de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="97"/>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="98"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="99"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="132"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="139"/>
        <source>No evidence attached yet</source>
        <translation>Aún no hay medios de verificación adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="166"/>
        <source>Add evidence files</source>
        <translation>Agregar medios de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="178"/>
        <location filename="../../ui/widgets/evidence_list.py" line="183"/>
        <source>Adding %1…</source>
        <translation>Agregando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="235"/>
        <source>Remove “%1” from the evidence of %2?</source>
        <translation>¿Quitar «%1» de los medios de verificación de %2?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="237"/>
        <source>Remove evidence</source>
        <translation>Quitar medio de verificación</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <source>Their signature is added after yours (File → Sign a submission); the coordinator accepts the file only then.</source>
        <translation>Su firma se agrega después de la suya (Archivo → Firmar un envío); solo entonces la coordinación acepta el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="188"/>
        <source>To be approved by the appr&amp;over</source>
        <translation>Para aprobación por quien apr&amp;ueba</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="186"/>
        <source>To be reviewed by the &amp;reviewer</source>
        <translation>Para &amp;revisión por quien revisa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="102"/>
        <source>Export the signed submission</source>
        <translation>Exportar el envío firmado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>1. Readiness</source>
        <translation>1. Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="123"/>
        <source>Problems that block the export</source>
        <translation>Problemas que impiden la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="128"/>
        <source>Double-click a problem (or press Enter) to go to it.</source>
        <translation>Haga doble clic en un problema (o presione Intro) para ir a él.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="137"/>
        <source>Open the &amp;credential page</source>
        <translation>Abrir la página de la &amp;credencial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="144"/>
        <source>2. Signature and file</source>
        <translation>2. Firma y archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="150"/>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="155"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="156"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="159"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="166"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="167"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="172"/>
        <source>&amp;Embed the evidence files in the PDF</source>
        <translation>&amp;Incluir los medios de verificación en el PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="173"/>
        <source>(up to %1 MB in total)</source>
        <translation>(hasta %1 MB en total)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="178"/>
        <source>&amp;Seal for the coordinator (.p7m)</source>
        <translation>&amp;Sellar para la coordinación (.p7m)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="197"/>
        <source>3. Export</source>
        <translation>3. Exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="203"/>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="212"/>
        <source>SHA-256 fingerprint of the file</source>
        <translation>Huella SHA-256 del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="214"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="218"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="227"/>
        <source>&amp;Export and sign</source>
        <translation>&amp;Exportar y firmar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="260"/>
        <source>The evaluation as a whole</source>
        <translation>La evaluación en general</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="269"/>
        <source>%n problem(s) must be solved before the evaluation can be exported:</source>
        <translation>
            <numerusform>Hay que resolver %n problema antes de poder exportar la evaluación:</numerusform>
            <numerusform>Hay que resolver %n problemas antes de poder exportar la evaluación:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="273"/>
        <source>The evaluation is ready to submit.</source>
        <translation>La evaluación está lista para enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Signed with the credential of %1 (valid until %2).</source>
        <translation>Se firma con la credencial de %1 (vigente hasta el %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="286"/>
        <source>The signing credential has expired: request a new one first.</source>
        <translation>La credencial de firma venció: primero solicite una nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="289"/>
        <source>The coordinator&apos;s trust bundle is not installed yet.</source>
        <translation>Aún no está instalado el paquete de confianza de la coordinación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="292"/>
        <source>No signing credential is installed yet: request or import one first.</source>
        <translation>Aún no hay una credencial de firma instalada: primero solicite o importe una.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="337"/>
        <source>Starting…</source>
        <translation>Comenzando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="355"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="360"/>
        <source>Checking the evaluation and the credential…</source>
        <translation>Revisando la evaluación y la credencial…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="361"/>
        <source>Preparing the evaluation data…</source>
        <translation>Preparando los datos de la evaluación…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="362"/>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="363"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="364"/>
        <source>Checking the file as the coordinator will…</source>
        <translation>Verificando el archivo como lo hará la coordinación…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="365"/>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="366"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="382"/>
        <source>Saved %1 (submission %2, revision %3). Send this file to the coordinator.</source>
        <translation>Se guardó %1 (envío %2, revisión %3). Envíe este archivo a la coordinación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="387"/>
        <source>Notice: the key&apos;s passphrase is weaker than the current rule allows. Change it on the Credentials page (Change the passphrase).</source>
        <translation>Aviso: la frase de contraseña de la clave es más débil de lo que permite la regla actual. Cámbiela en la página de credenciales (Cambiar la frase de contraseña).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="403"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="404"/>
        <source>The export failed: no file was written.</source>
        <translation>La exportación falló: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="443"/>
        <source>Save the signed submission</source>
        <translation>Guardar el envío firmado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="444"/>
        <source>Sealed submission (*.p7m)</source>
        <translation>Envío sellado (*.p7m)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="445"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="23"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="25"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="26"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="27"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="29"/>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="30"/>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_log_model.py" line="31"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="28"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="30"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="32"/>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="33"/>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="34"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="36"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="45"/>
        <source>Preparer</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="45"/>
        <source>Reviewer</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_results_model.py" line="46"/>
        <source>Approver</source>
        <translation>Aprobación</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="108"/>
        <location filename="../../ui/pages/inbox_page.py" line="254"/>
        <location filename="../../ui/pages/inbox_page.py" line="283"/>
        <location filename="../../ui/pages/inbox_page.py" line="358"/>
        <location filename="../../ui/pages/inbox_page.py" line="408"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="110"/>
        <source>Add the submission files you received (USB sticks, e-mail attachments, shared folders): drop them here or use the buttons. Each file is checked exactly as the agency&apos;s own export checked it, then stored with its original bytes. Importing the same file twice changes nothing.</source>
        <translation>Agregue los archivos de envío que recibió (memorias USB, adjuntos de correo, carpetas compartidas): arrástrelos aquí o use los botones. Cada archivo se verifica exactamente como lo verificó la exportación de la institución y luego se guarda con sus bytes originales. Importar dos veces el mismo archivo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="119"/>
        <source>Files and folders to import</source>
        <translation>Archivos y carpetas por importar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="122"/>
        <source>Add &amp;files…</source>
        <translation>Agregar &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="123"/>
        <source>Add a f&amp;older…</source>
        <translation>Agregar una &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="124"/>
        <source>C&amp;lear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="134"/>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="136"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="149"/>
        <source>Results of the import</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="154"/>
        <source>Issue a signed &amp;receipt…</source>
        <translation>Emitir un &amp;acuse de recibo firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="157"/>
        <source>For the selected accepted file: the agency installs it to see that its submission arrived.</source>
        <translation>Para el archivo aceptado que seleccionó: la institución lo instala para saber que su envío llegó.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="162"/>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="167"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="171"/>
        <source>Export the log as &amp;CSV…</source>
        <translation>Exportar el registro como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="175"/>
        <source>Import log (every file ever received)</source>
        <translation>Registro de importaciones (todos los archivos recibidos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="201"/>
        <source>(folder)</source>
        <translation>(carpeta)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="212"/>
        <source>Choose submission files</source>
        <translation>Elija archivos de envío</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="212"/>
        <source>Submissions (*.pdf *.p7m);;All files (*)</source>
        <translation>Envíos (*.pdf *.p7m);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="216"/>
        <source>Choose a folder (its subfolders are searched too)</source>
        <translation>Elija una carpeta (también se buscan sus subcarpetas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="269"/>
        <source>Create or open the certificate authority first.</source>
        <translation>Primero cree o abra la autoridad certificadora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="284"/>
        <source>Create or open the certificate authority first: every file is checked against it.</source>
        <translation>Primero cree o abra la autoridad certificadora: cada archivo se verifica contra ella.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="291"/>
        <source>Sealed submissions</source>
        <translation>Envíos sellados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="292"/>
        <source>Some files are sealed for the coordinator. Enter the passphrase of the certificate authority to open them (or cancel: they will be refused).</source>
        <translation>Algunos archivos están sellados para la coordinación. Escriba la frase de contraseña de la autoridad certificadora para abrirlos (o cancele: se rechazarán).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="297"/>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="307"/>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando después del archivo actual…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="315"/>
        <source>%1 of %2 files checked…</source>
        <translation>%1 de %2 archivos verificados…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="323"/>
        <source>%1 accepted, %2 already imported, %3 rejected.</source>
        <translation>%1 aceptados, %2 ya importados, %3 rechazados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox_page.py" line="326"/>
        <source>%n older revision(s) superseded.</source>
        <translation>
            <numerusform>%n revisión anterior reemplazada.</numerusform>
            <numerusform>%n revisiones anteriores reemplazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inbox_page.py" line="338"/>
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelado después de %n archivo.</numerusform>
            <numerusform>Cancelado después de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="340"/>
        <source>No PDF files were found.</source>
        <translation>No se encontraron archivos PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="373"/>
        <source>Sign the receipt</source>
        <translation>Firmar el acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="374"/>
        <source>Enter the passphrase of the certificate authority.</source>
        <translation>Ingrese la frase de contraseña de la autoridad certificadora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="379"/>
        <source>Save the receipt</source>
        <translation>Guardar el acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="380"/>
        <source>Receipt (*.pdf)</source>
        <translation>Acuse de recibo (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="388"/>
        <source>Receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="389"/>
        <source>The receipt was saved to %1. Send it to the agency.</source>
        <translation>El acuse de recibo se guardó en %1. Envíelo a la institución.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="392"/>
        <source>Signing the receipt…</source>
        <translation>Firmando el acuse de recibo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="401"/>
        <source>Export the import log</source>
        <translation>Exportar el registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="402"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inbox_page.py" line="410"/>
        <source>The import log was saved to %1.</source>
        <translation>El registro de importaciones se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="55"/>
        <source>Issue a credential from a request</source>
        <translation>Emitir una credencial desde una solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="56"/>
        <source>Issue a credential as a PKCS#12 file</source>
        <translation>Emitir una credencial como archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="58"/>
        <source>The agency sent a request file (.csr); its key stays with the agency. Check the agency code and name: the certificate carries what you enter here.</source>
        <translation>La institución envió un archivo de solicitud (.csr); su clave queda en la institución. Revise el código y el nombre de la institución: el certificado lleva lo que ingrese aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="61"/>
        <source>A new key and certificate are made here and packed in a PKCS#12 file protected by a passphrase. Deliver the file (e.g. on a USB stick) and send the passphrase separately.</source>
        <translation>Aquí se crean una clave y un certificado nuevos, empaquetados en un archivo PKCS#12 protegido con una frase de contraseña. Entregue el archivo (p. ej. en una memoria USB) y envíe la frase de contraseña por separado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="67"/>
        <source>Request file</source>
        <translation>Archivo de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="68"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="75"/>
        <source>Request (.csr):</source>
        <translation>Solicitud (.csr):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="81"/>
        <source>e.g. AB-001</source>
        <translation>p. ej. AB-001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="88"/>
        <source>The agency (no person)</source>
        <translation>La institución (sin persona)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="89"/>
        <source>A person: preparer</source>
        <translation>Una persona: preparación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="90"/>
        <source>A person: reviewer</source>
        <translation>Una persona: revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="91"/>
        <source>A person: approver</source>
        <translation>Una persona: aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="93"/>
        <source>the person&apos;s full name</source>
        <translation>nombre completo de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="94"/>
        <source>Agency &amp;code:</source>
        <translation>&amp;Código de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="94"/>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nombre de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="95"/>
        <source>&amp;Signs as:</source>
        <translation>&amp;Firma como:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="95"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="97"/>
        <source>PKCS#12 &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña del PKCS#12:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="98"/>
        <source>PKCS#12 passphrase &amp;again:</source>
        <translation>&amp;Repetir la frase del PKCS#12:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="102"/>
        <source>CA pa&amp;ssphrase:</source>
        <translation>Frase de contraseña de la &amp;autoridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="107"/>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="115"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="123"/>
        <source>The file is not a valid certificate request.</source>
        <translation>El archivo no es una solicitud de certificado válida.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="134"/>
        <source>Choose the agency&apos;s request</source>
        <translation>Elija la solicitud de la institución</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="136"/>
        <source>Certificate request (*.csr *.pem);;All files (*)</source>
        <translation>Solicitud de certificado (*.csr *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issue_dialog.py" line="154"/>
        <source>The two PKCS#12 passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña del PKCS#12 aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="114"/>
        <source>The rationale is missing</source>
        <translation>Falta la justificación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>Level 3 or higher needs at least one evidence file</source>
        <translation>El nivel 3 o superior requiere al menos un medio de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="117"/>
        <source>The target level is below the current level</source>
        <translation>El nivel meta es inferior al nivel actual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="119"/>
        <source>The agency&apos;s code or name is missing</source>
        <translation>Falta el código o el nombre de la institución</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>Nobody is recorded as preparer</source>
        <translation>No hay ninguna persona registrada como responsable</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="122"/>
        <source>The team rated this element; record the consensus (Team &gt; Raters and consensus)</source>
        <translation>El equipo calificó este elemento; registre el consenso (Equipo &gt; Evaluadores y consenso)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="125"/>
        <source>The level differs from the ticked criteria and has no justification</source>
        <translation>El nivel difiere de los criterios marcados y no tiene justificación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="127"/>
        <source>Carried from the previous framework version: to review</source>
        <translation>Traída de la versión anterior del marco: por revisar</translation>
    </message>
</context>
<context>
    <name>LevelPicker</name>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="55"/>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="60"/>
        <location filename="../../ui/widgets/level_picker.py" line="61"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="62"/>
        <source>This element does not apply to the agency; say why in the rationale.</source>
        <translation>Este elemento no aplica a la institución; explique por qué en la justificación.</translation>
    </message>
</context>
<context>
    <name>LocalRatingBox</name>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="36"/>
        <source>Rate on this computer</source>
        <translation>Calificar en este computador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="46"/>
        <source>A rater sitting at this computer can score here under their own name instead of in a workbook. The rating is theirs; the evaluation&apos;s answer is only set by the consensus.</source>
        <translation>Un evaluador que está en este computador puede calificar aquí con su propio nombre en lugar de hacerlo en un libro de trabajo. La calificación es suya; la respuesta de la evaluación solo la fija el consenso.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="62"/>
        <source>R&amp;ater:</source>
        <translation>E&amp;valuador:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="62"/>
        <source>Rater who scores</source>
        <translation>Evaluador que califica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="63"/>
        <source>E&amp;lement:</source>
        <translation>E&amp;lemento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="63"/>
        <source>Element to rate</source>
        <translation>Elemento que se califica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="64"/>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="64"/>
        <source>Level given by the rater</source>
        <translation>Nivel que asigna el evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="65"/>
        <source>Ra&amp;tionale:</source>
        <translation>&amp;Fundamento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="65"/>
        <source>Rationale of the rating</source>
        <translation>Fundamento de la calificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="70"/>
        <source>&amp;Save rating</source>
        <translation>&amp;Guardar calificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="74"/>
        <source>Choose a level</source>
        <translation>Elija un nivel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="77"/>
        <source>N/A — not applicable</source>
        <translation>N/A — no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="124"/>
        <source>Choose the rater and a level first.</source>
        <translation>Elija primero el evaluador y un nivel.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/local_rating_box.py" line="136"/>
        <source>Rating of %1 by %2 saved.</source>
        <translation>Calificación de %1 por %2 guardada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>DigiGov Desktop — %1 · cycle %2</source>
        <translation>DigiGov Desktop — %1 · ciclo %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Evaluation outline</source>
        <translation>Índice de la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Previous (Alt+Left)</source>
        <translation>Anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Submission state</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Start a &amp;new cycle…</source>
        <translation>Iniciar un &amp;nuevo ciclo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Install a framework &amp;pack…</source>
        <translation>Instalar un &amp;paquete de marco…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Sign a submission…</source>
        <translation>&amp;Firmar un envío…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Switch to &amp;coordinator mode</source>
        <translation>Cambiar al modo &amp;coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Submission</source>
        <translation>E&amp;nvío</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Signing &amp;credential</source>
        <translation>&amp;Credencial de firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Export signed submission…</source>
        <translation>&amp;Exportar el envío firmado…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Install a &amp;receipt…</source>
        <translation>Instalar un &amp;acuse de recibo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>P&amp;rogress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Rea&amp;diness</source>
        <translation>Pr&amp;eparación para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Outline</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>DigiGov Desktop</source>
        <translation>DigiGov Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Files are still being added as evidence. Try again once they are stored.</source>
        <translation>Todavía se están agregando archivos como evidencia. Vuelva a intentarlo cuando queden guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Cycle %1 started.</source>
        <translation>Se inició el ciclo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Closing once the files being added as evidence are stored…</source>
        <translation>La ventana se cerrará cuando queden guardados los archivos que se están agregando como evidencia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Change &amp;history…</source>
        <translation>&amp;Historial de cambios…</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="19"/>
        <source>Start a new cycle</source>
        <translation>Iniciar un nuevo ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="20"/>
        <source>The answers, notes and evidence of %1 are copied into the new cycle as a draft. Copied answers are marked until you review and edit them.</source>
        <translation>Las respuestas, notas y medios de verificación de %1 se copian al nuevo ciclo como borrador. Las respuestas copiadas quedan marcadas hasta que las revise y edite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="26"/>
        <source>&amp;Year of the new cycle:</source>
        <translation>&amp;Año del nuevo ciclo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="27"/>
        <source>Year of the new cycle</source>
        <translation>Año del nuevo ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="28"/>
        <source>Start cycle</source>
        <translation>Iniciar ciclo</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../ui/code_text.py" line="230"/>
        <source>The signature chain is incomplete: a signature the preparer planned is missing (not signed yet, or removed from the file).</source>
        <translation>La cadena de firmas está incompleta: falta una firma que quien prepara anunció (aún no se firma o se quitó del archivo).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="187"/>
        <source>Accepted.</source>
        <translation>Aceptado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="188"/>
        <source>Already imported (the same file); nothing changed.</source>
        <translation>Ya se importó (el mismo archivo); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="190"/>
        <source>The file is not a PDF.</source>
        <translation>El archivo no es un PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="191"/>
        <source>The file is larger than the size limit.</source>
        <translation>El archivo supera el tamaño máximo permitido.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="192"/>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>El PDF está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="193"/>
        <source>The PDF is not signed.</source>
        <translation>El PDF no está firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="194"/>
        <source>The PDF carries more than one signature, and they are not a submission&apos;s chain of signatures (preparer, reviewer, approver).</source>
        <translation>El PDF tiene más de una firma y no forman la cadena de firmas de un envío (preparación, revisión, aprobación).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="197"/>
        <source>The signature is damaged and cannot be read.</source>
        <translation>La firma está dañada y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="199"/>
        <source>The file was changed after it was signed.</source>
        <translation>El archivo se modificó después de ser firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="200"/>
        <source>Something was added to the file after it was signed.</source>
        <translation>Se agregó contenido al archivo después de ser firmado.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="202"/>
        <source>The signer&apos;s credential has been revoked.</source>
        <translation>La credencial de quien firmó fue revocada.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="203"/>
        <source>The signature was not made with a credential issued by this coordinator.</source>
        <translation>La firma no se hizo con una credencial emitida por esta coordinación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="205"/>
        <source>The signer&apos;s credential had expired (or was not yet valid).</source>
        <translation>La credencial de quien firmó estaba vencida (o aún no era válida).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="207"/>
        <source>The revocation list is missing or out of date; reissue it and try again.</source>
        <translation>La lista de revocación falta o está vencida; vuelva a emitirla e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="209"/>
        <source>The signed file carries no evaluation data.</source>
        <translation>El archivo firmado no contiene los datos de la evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="211"/>
        <source>The evaluation data in the file are not valid.</source>
        <translation>Los datos de la evaluación contenidos en el archivo no son válidos.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="213"/>
        <source>The file was written by a newer version of DigiGov Desktop; update DigiGov Desktop on this computer and try again.</source>
        <translation>El archivo fue escrito por una versión más reciente de DigiGov Desktop; actualice DigiGov Desktop en este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="216"/>
        <source>The evaluation uses a framework version this installation does not know.</source>
        <translation>La evaluación usa una versión del marco que esta instalación no conoce.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="218"/>
        <source>The evaluation claims another agency than the signer&apos;s credential.</source>
        <translation>La evaluación declara una institución distinta de la credencial de quien firmó.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="220"/>
        <source>The signatures are out of order: the preparer signs first, then the reviewer, then the approver, each in their own field.</source>
        <translation>Las firmas están fuera de orden: primero firma quien prepara, luego quien revisa y después quien aprueba, cada uno en su propio campo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="223"/>
        <source>The file was changed between two signatures of its chain (more than a signature was added).</source>
        <translation>El archivo se modificó entre dos firmas de su cadena (se agregó algo más que una firma).</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="226"/>
        <source>The reviewer&apos;s signature is required and missing.</source>
        <translation>Falta la firma de quien revisa, que es obligatoria.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="228"/>
        <source>The approver&apos;s signature (the head of the body) is required and missing.</source>
        <translation>Falta la firma de quien aprueba (la jefatura del servicio), que es obligatoria.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="233"/>
        <source>The signer&apos;s credential is not registered and active for that agency.</source>
        <translation>La credencial de quien firmó no está registrada y vigente para esa institución.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="235"/>
        <source>A newer or equal revision of this submission is already imported.</source>
        <translation>Ya se importó una revisión igual o más reciente de este envío.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="237"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="238"/>
        <source>The sealed file is damaged and cannot be opened.</source>
        <translation>El archivo sellado está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="240"/>
        <source>The file is sealed for another coordinator; this key cannot open it.</source>
        <translation>El archivo está sellado para otra coordinación; esta clave no puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="242"/>
        <source>The file is sealed: the CA passphrase is needed to open it.</source>
        <translation>El archivo está sellado: se necesita la frase de contraseña de la autoridad certificadora para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="244"/>
        <source>The certificate authority has no encryption key for sealed files.</source>
        <translation>La autoridad certificadora no tiene una clave de cifrado para archivos sellados.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="246"/>
        <source>The sealed file was not opened: the passphrase is not correct.</source>
        <translation>El archivo sellado no se abrió: la frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <location filename="../../ui/code_text.py" line="248"/>
        <source>The submission is outside your region: your role may not import it.</source>
        <translation>El envío está fuera de su región: su rol no puede importarlo.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/models/outline_model.py" line="21"/>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="22"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="23"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="24"/>
        <source>has readiness issues</source>
        <translation>tiene pendientes para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="51"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="53"/>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="55"/>
        <source>Signing credential</source>
        <translation>Credencial de firma</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="80"/>
        <source>carried forward, not reviewed</source>
        <translation>traspasada, sin revisar</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="93"/>
        <source>Readiness (%1)</source>
        <translation>Preparación (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/outline_model.py" line="94"/>
        <source>%n problem(s) block submission</source>
        <translation>
            <numerusform>%n problema impide el envío</numerusform>
            <numerusform>%n problemas impiden el envío</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="96"/>
        <source>Progress (%1/%2)</source>
        <translation>Progreso (%1/%2)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="20"/>
        <source>Justify the level</source>
        <translation>Justificar el nivel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="23"/>
        <source>The ticked criteria reach level %1. You chose level %2: say why (recorded and shown in the report).</source>
        <translation>Los criterios marcados alcanzan el nivel %1. Usted eligió el nivel %2: explique por qué (queda registrado y aparece en el informe).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="28"/>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../ui/pack_actions.py" line="44"/>
        <source>Choose the framework pack the coordinator sent</source>
        <translation>Elija el paquete de marco que envió la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="45"/>
        <source>Framework pack (*.dgpack);;All files (*)</source>
        <translation>Paquete de marco (*.dgpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="41"/>
        <source>Framework pack</source>
        <translation>Paquete de marco</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="53"/>
        <source>Pack %1 %2 was already installed.</source>
        <translation>El paquete %1 %2 ya estaba instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="63"/>
        <source>Pack %1 %2 installed.</source>
        <translation>Paquete %1 %2 instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="69"/>
        <source>%1 Move the %2 evaluation to this version now? Every answer, rationale and evidence file is carried along; answers of changed elements are marked to review.</source>
        <translation>%1 ¿Pasar ahora la evaluación %2 a esta versión? Se traen todas las respuestas, justificaciones y archivos de evidencia; las respuestas de elementos que cambiaron quedan marcadas por revisar.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_actions.py" line="80"/>
        <source>The evaluation now uses version %1; %2 answers are marked to review.</source>
        <translation>La evaluación usa ahora la versión %1; %2 respuestas quedan marcadas por revisar.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="52"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="52"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="54"/>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="20"/>
        <source>Too short: use at least %1 characters, for example a few words.</source>
        <translation>Demasiado corta: use al menos %1 caracteres, por ejemplo varias palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="18"/>
        <source>Too common: this passphrase is easy to guess; choose another.</source>
        <translation>Demasiado común: esta frase de contraseña es fácil de adivinar; elija otra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="22"/>
        <source>Weak: add more words, digits or symbols.</source>
        <translation>Débil: agregue más palabras, dígitos o símbolos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="23"/>
        <source>Fair: a longer passphrase would be stronger.</source>
        <translation>Aceptable: una frase más larga sería más segura.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="24"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="73"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="40"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="43"/>
        <source>Click a recommendation in a chart to open it.</source>
        <translation>Haga clic en una recomendación de un gráfico para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="70"/>
        <source>% answered</source>
        <translation>% respondido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="73"/>
        <location filename="../../ui/pages/progress_page.py" line="74"/>
        <source>Score (0–5)</source>
        <translation>Puntaje (0–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="77"/>
        <source>Completion per recommendation</source>
        <translation>Avance por recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="79"/>
        <source>Scores and targets per recommendation</source>
        <translation>Puntajes y metas por recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="80"/>
        <source>Scores per pillar</source>
        <translation>Puntajes por pilar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="82"/>
        <source>Comparison with the previous cycle</source>
        <translation>Comparación con el ciclo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="96"/>
        <source>Overall score: %1 of 5 · %2 of %3 elements answered</source>
        <translation>Puntaje general: %1 de 5 · %2 de %3 elementos respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="101"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="105"/>
        <location filename="../../ui/pages/progress_page.py" line="113"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="106"/>
        <source>Target (mean)</source>
        <translation>Meta (promedio)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="109"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (meta %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="131"/>
        <source>There is no previous cycle to compare with yet.</source>
        <translation>Aún no hay un ciclo anterior con el cual comparar.</translation>
    </message>
</context>
<context>
    <name>RaterDialog</name>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="29"/>
        <source>Add a rater</source>
        <translation>Agregar un evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="30"/>
        <source>Each rater scores on their own, in the workbook you export for them, and sends back a sealed file that only their workbook can produce.</source>
        <translation>Cada evaluador califica por su cuenta, en el libro de trabajo que usted le exporta, y devuelve un archivo sellado que solo su libro de trabajo puede producir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="36"/>
        <source>Name of the rater</source>
        <translation>Nombre del evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="37"/>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="37"/>
        <source>Role of the rater</source>
        <translation>Cargo del evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="38"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="38"/>
        <source>Unit of the rater</source>
        <translation>Unidad del evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rater_dialog.py" line="41"/>
        <source>Add rater</source>
        <translation>Agregar evaluador</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="28"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="29"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="32"/>
        <source>What to do</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="39"/>
        <source>Blocks submission</source>
        <translation>Impide el envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="39"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="34"/>
        <source>Readiness to submit</source>
        <translation>Preparación para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="37"/>
        <source>Readiness issues</source>
        <translation>Pendientes para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="45"/>
        <source>Press Enter or double-click a row to open that element.</source>
        <translation>Presione Intro o haga doble clic en una fila para abrir ese elemento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="62"/>
        <source>The evaluation as a whole</source>
        <translation>La evaluación en general</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/readiness_page.py" line="70"/>
        <source>%n problem(s) block submission.</source>
        <translation>
            <numerusform>%n problema impide el envío.</numerusform>
            <numerusform>%n problemas impiden el envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="73"/>
        <source>Ready to submit. The warnings below do not block submission.</source>
        <translation>Lista para enviar. Las advertencias de abajo no impiden el envío.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="75"/>
        <source>Ready to submit: nothing is missing.</source>
        <translation>Lista para enviar: no falta nada.</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="48"/>
        <source>Completion</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="61"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Fortalezas:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="61"/>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="62"/>
        <source>&amp;Areas to improve:</source>
        <translation>Á&amp;reas de mejora:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="62"/>
        <source>Areas to improve</source>
        <translation>Áreas de mejora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="63"/>
        <source>Planned actions</source>
        <translation>Acciones planificadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="63"/>
        <source>Planned a&amp;ctions:</source>
        <translation>Acciones &amp;planificadas:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="110"/>
        <source>Score: %1 of 5</source>
        <translation>Puntaje: %1 de 5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="112"/>
        <source>Score: not applicable</source>
        <translation>Puntaje: no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="114"/>
        <source>Score: no answers yet</source>
        <translation>Puntaje: aún sin respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="119"/>
        <source>%1 of %2 elements answered</source>
        <translation>%1 de %2 elementos respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="126"/>
        <source>Review the elements from %1</source>
        <translation>Revisar los elementos desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="129"/>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/models/registry_model.py" line="19"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="20"/>
        <source>Agency code</source>
        <translation>Código de la institución</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="21"/>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="22"/>
        <source>Issued as</source>
        <translation>Emitida como</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="23"/>
        <source>Valid until</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="24"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="34"/>
        <source>certificate (request)</source>
        <translation>certificado (solicitud)</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="34"/>
        <source>PKCS#12 file</source>
        <translation>archivo PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="35"/>
        <source>receipts (coordinator)</source>
        <translation>acuses (coordinación)</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="40"/>
        <source>revoked on %1</source>
        <translation>revocada el %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="41"/>
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="41"/>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="47"/>
        <source>preparer</source>
        <translation>preparación</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="47"/>
        <source>reviewer</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="48"/>
        <source>approver</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/models/registry_model.py" line="49"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="14"/>
        <source>No particular reason</source>
        <translation>Sin un motivo en particular</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="15"/>
        <source>The key was lost or exposed</source>
        <translation>La clave se perdió o quedó expuesta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="16"/>
        <source>The agency changed</source>
        <translation>La institución cambió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="17"/>
        <source>Replaced by a new credential</source>
        <translation>Reemplazada por una credencial nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="18"/>
        <source>The agency no longer takes part</source>
        <translation>La institución ya no participa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="39"/>
        <source>Revoke a credential</source>
        <translation>Revocar una credencial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="40"/>
        <source>Revoke %1? Files it signs from now on are rejected. The revocation list is reissued: send the new trust bundle to the agencies.</source>
        <translation>¿Revocar %1? Los archivos que firme desde ahora se rechazarán. La lista de revocación se vuelve a emitir: envíe el nuevo paquete de confianza a las instituciones.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="48"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="49"/>
        <source>CA pa&amp;ssphrase:</source>
        <translation>Frase de contraseña de la &amp;autoridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revoke_dialog.py" line="50"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="51"/>
        <source>Set up the evaluation</source>
        <translation>Configurar la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="66"/>
        <source>Tell us who is evaluating. The year identifies this evaluation cycle.</source>
        <translation>Indique quién realiza la evaluación. El año identifica este ciclo de evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="53"/>
        <source>I fill in my &amp;agency&apos;s self-evaluation</source>
        <translation>Completo la autoevaluación de mi &amp;institución</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="55"/>
        <source>I coor&amp;dinate the campaign: I receive, verify and consolidate the agencies&apos; submissions</source>
        <translation>Coor&amp;dino la campaña: recibo, verifico y consolido los envíos de las instituciones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="68"/>
        <source>e.g. AB-001</source>
        <translation>p. ej. AB-001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="75"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="86"/>
        <source>Agency &amp;code:</source>
        <translation>&amp;Código de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="87"/>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nombre de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="88"/>
        <source>Agency &amp;type:</source>
        <translation>&amp;Tipo de institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="89"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="90"/>
        <source>Your na&amp;me:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="91"/>
        <source>Your r&amp;ole:</source>
        <translation>Su c&amp;argo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="92"/>
        <source>Cycle &amp;year:</source>
        <translation>Año del c&amp;iclo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="97"/>
        <source>The greyed-out fields were set by your IT department.</source>
        <translation>Los campos en gris los fijó el equipo de informática de su institución.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="102"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="124"/>
        <source>Set by your IT department</source>
        <translation>Fijado por el equipo de informática de su institución</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="94"/>
        <source>Still to sign:</source>
        <translation>Falta la firma de:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="70"/>
        <source>Sign a submission</source>
        <translation>Firmar un envío</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="74"/>
        <source>Sign a submission prepared by your agency as its reviewer or approver. The file is checked exactly as the coordinator will check it, and you see what you are signing before you sign.</source>
        <translation>Firme un envío preparado por su institución como quien lo revisa o lo aprueba. El archivo se verifica exactamente como lo hará la coordinación, y usted ve lo que firma antes de firmar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="79"/>
        <source>&amp;Choose the submission…</source>
        <translation>&amp;Elegir el envío…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="89"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="90"/>
        <source>Check:</source>
        <translation>Verificación:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="91"/>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="92"/>
        <source>Payload SHA-256:</source>
        <translation>SHA-256 de los datos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="93"/>
        <source>Signatures so far:</source>
        <translation>Firmas hasta ahora:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="96"/>
        <source>Reviewer</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="97"/>
        <source>Approver</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="98"/>
        <source>Sign &amp;as:</source>
        <translation>Firmar &amp;como:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="103"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="104"/>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="113"/>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Firmar y guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="115"/>
        <source>Cancel signing</source>
        <translation>Cancelar la firma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="143"/>
        <source>Choose the submission to sign</source>
        <translation>Elija el envío que va a firmar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="144"/>
        <source>Submission (*.pdf);;All files (*)</source>
        <translation>Envío (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="153"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="165"/>
        <source>Valid: every signature verifies.</source>
        <translation>Válido: todas las firmas se verifican.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="166"/>
        <source>Not valid, cannot be signed: %1</source>
        <translation>No es válido, no se puede firmar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="168"/>
        <source>%1 (%2) · cycle %3 · overall score %4</source>
        <translation>%1 (%2) · ciclo %3 · puntaje global %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="190"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="190"/>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="191"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="192"/>
        <source>%1 %2 · %3 · certificate %4</source>
        <translation>%1 %2 · %3 · certificado %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="201"/>
        <source>Save the signed submission</source>
        <translation>Guardar el envío firmado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="202"/>
        <source>Submission (*.pdf)</source>
        <translation>Envío (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="206"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="216"/>
        <source>Signed and saved to %1. Send this file on (to the approver, or to the coordinator).</source>
        <translation>Firmado y guardado en %1. Envíe este archivo a quien siga (quien aprueba, o la coordinación).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="226"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_dialog.py" line="230"/>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>StorePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="54"/>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="65"/>
        <source>Password of the shared store</source>
        <translation>Contraseña del almacén compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="56"/>
        <source>The server of %1 asks for your password. It is kept only while DigiGov Desktop runs and is never saved.</source>
        <translation>El servidor de %1 pide su contraseña. Se conserva solo mientras DigiGov Desktop está abierto y nunca se guarda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="60"/>
        <source>The server refused the password: check it (and the user in the address) and try again.</source>
        <translation>El servidor rechazó la contraseña: revísela (y el usuario de la dirección) e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="64"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_store_dialog.py" line="66"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>SubmissionActions</name>
    <message>
        <location filename="../../ui/submission_actions.py" line="41"/>
        <source>Not submitted yet</source>
        <translation>Aún sin enviar</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="43"/>
        <source>Submitted · revision %1 · receipt received</source>
        <translation>Enviado · revisión %1 · acuse recibido</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="45"/>
        <source>Submitted · revision %1 · no receipt yet</source>
        <translation>Enviado · revisión %1 · aún sin acuse</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="59"/>
        <source>Choose the receipt the coordinator sent</source>
        <translation>Elija el acuse de recibo que envió la coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="60"/>
        <source>Receipt (*.pdf);;All files (*)</source>
        <translation>Acuse de recibo (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="32"/>
        <source>Receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="66"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="74"/>
        <source>This receipt was already installed.</source>
        <translation>Este acuse de recibo ya estaba instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/submission_actions.py" line="77"/>
        <source>Receipt installed: the coordinator accepted revision %1 of the submission on %2.</source>
        <translation>Acuse instalado: la coordinación aceptó la revisión %1 del envío el %2.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="62"/>
        <source>Submission of %1</source>
        <translation>Envío de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="107"/>
        <source>File SHA-256</source>
        <translation>SHA-256 del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="137"/>
        <source>Agency:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="138"/>
        <source>Type and region:</source>
        <translation>Tipo y región:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="139"/>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="140"/>
        <source>Submission:</source>
        <translation>Envío:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="140"/>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="142"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="142"/>
        <source>superseded by a newer revision</source>
        <translation>reemplazado por una revisión más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="143"/>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="144"/>
        <source>Exported:</source>
        <translation>Exportado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="145"/>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="145"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="147"/>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="148"/>
        <source>Signatures:</source>
        <translation>Firmas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="149"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="150"/>
        <source>File SHA-256:</source>
        <translation>SHA-256 del archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="151"/>
        <source>Overall score:</source>
        <translation>Puntaje general:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="152"/>
        <source>Pillars:</source>
        <translation>Pilares:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="153"/>
        <source>Recommendations:</source>
        <translation>Recomendaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="156"/>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="156"/>
        <source>the submission names the agency differently from the registry (&quot;%1&quot;)</source>
        <translation>el envío nombra a la institución de otra forma que el registro («%1»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="82"/>
        <source>&amp;Open the signed PDF</source>
        <translation>&amp;Abrir el PDF firmado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="115"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="115"/>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="116"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="118"/>
        <source>%1 %2 · %3 · certificate %4</source>
        <translation>%1 %2 · %3 · certificado %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="166"/>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/submission_dialog.py" line="167"/>
        <source>The signed file is not in the central database.</source>
        <translation>El archivo firmado no está en la base de datos central.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../ui/team_actions.py" line="36"/>
        <source>Open rater &amp;workbook…</source>
        <translation>Abrir &amp;libro de trabajo de evaluador…</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="37"/>
        <source>Raters and &amp;consensus</source>
        <translation>Evaluadores y &amp;consenso</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="39"/>
        <source>&amp;Seal my ratings for the facilitator…</source>
        <translation>&amp;Sellar mis calificaciones para quien facilita…</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="57"/>
        <source>rater workbook of %1</source>
        <translation>libro de trabajo de evaluador de %1</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="62"/>
        <source>Open a rater workbook</source>
        <translation>Abrir un libro de trabajo de evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="64"/>
        <source>Rater workbook (*.dgw);;All files (*)</source>
        <translation>Libro de trabajo de evaluador (*.dgw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="76"/>
        <source>Save your sealed ratings</source>
        <translation>Guardar sus calificaciones selladas</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="78"/>
        <source>Rater file (*.dgrating);;All files (*)</source>
        <translation>Archivo de evaluador (*.dgrating);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="93"/>
        <source>Team evaluation</source>
        <translation>Evaluación en equipo</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="88"/>
        <source>%1 rating(s) sealed into %2. Send this file to the facilitator; any change to it will be detected.</source>
        <translation>Se sellaron %1 calificación(es) en %2. Envíe este archivo a quien facilita; cualquier cambio en él se detectará.</translation>
    </message>
</context>
</TS>

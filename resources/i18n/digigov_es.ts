<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgencyType</name>
    <message>
        <location filename="../../ui/i18n.py" line="92"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="93"/>
        <source>Public service</source>
        <translation>Servicio público</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>Regional government</source>
        <translation>Gobierno regional</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="95"/>
        <source>Municipality</source>
        <translation>Municipalidad</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="44"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="48"/>
        <source>Something went wrong inside DigiGov Desktop. Your answers saved so far are safe. Please send the report below to your support contact.</source>
        <translation>Algo falló dentro de DigiGov Desktop. Las respuestas guardadas hasta ahora están a salvo. Envíe el informe de abajo a su contacto de soporte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="51"/>
        <source>It was also written to %1.</source>
        <translation>También quedó registrado en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="56"/>
        <source>Error report</source>
        <translation>Informe del error</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="58"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>ElementPage</name>
    <message>
        <location filename="../../ui/pages/element_page.py" line="81"/>
        <source>Carried forward from the previous cycle: review it and change anything that is no longer true. The mark disappears when you edit the answer.</source>
        <translation>Traspasada desde el ciclo anterior: revísela y cambie lo que ya no sea cierto. La marca desaparece cuando edita la respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="84"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="91"/>
        <source>Current level</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="100"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="102"/>
        <source>Why this level? Cite documents, decisions or data that support it.</source>
        <translation>¿Por qué este nivel? Cite los documentos, decisiones o datos que lo respaldan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="104"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="107"/>
        <source>Target level</source>
        <translation>Nivel meta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="108"/>
        <source>&amp;Target level:</source>
        <translation>Nivel &amp;meta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="113"/>
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="155"/>
        <source>Suggested evidence: %1</source>
        <translation>Medios de verificación sugeridos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="162"/>
        <source>No target</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/element_page.py" line="168"/>
        <source>Evidence (required from level %1)</source>
        <translation>Medios de verificación (obligatorios desde el nivel %1)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>The database %1 is in use by another program. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos %1. Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>The database %1 cannot be written (read-only). Your last change was not saved.</source>
        <translation>No se puede escribir en la base de datos %1 (solo lectura). Su último cambio no se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>The disk is full: your last change to %1 was not saved. Free some space.</source>
        <translation>El disco está lleno: su último cambio en %1 no se guardó. Libere espacio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="112"/>
        <source>The database %1 could not be read or written.</source>
        <translation>No se pudo leer ni escribir la base de datos %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>The database %1 is damaged. Restore a backup from the backups folder.</source>
        <translation>La base de datos %1 está dañada. Restaure una copia de la carpeta de respaldos.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>The database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="116"/>
        <source>%1 is not a DigiGov Desktop database.</source>
        <translation>%1 no es una base de datos de DigiGov Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="117"/>
        <source>%1 was written by a newer version of DigiGov Desktop. Install that version to open it. The file was not changed.</source>
        <translation>%1 fue escrita por una versión más nueva de DigiGov Desktop. Instale esa versión para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="120"/>
        <source>There is no database at %1.</source>
        <translation>No hay una base de datos en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>%1 is too large: files of up to %2 MB can be attached.</source>
        <translation>%1 es demasiado grande: se pueden adjuntar archivos de hasta %2 MB.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="123"/>
        <source>%1 is empty and was not attached.</source>
        <translation>%1 está vacío y no se adjuntó.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="124"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="125"/>
        <source>The text is too long: up to %2 characters can be saved.</source>
        <translation>El texto es demasiado largo: se pueden guardar hasta %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="127"/>
        <source>That year is not valid for a new cycle.</source>
        <translation>Ese año no es válido para un ciclo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="128"/>
        <source>The agency code is required.</source>
        <translation>El código de la institución es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="129"/>
        <source>The agency name is required.</source>
        <translation>El nombre de la institución es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="130"/>
        <source>The framework pack is damaged: %1</source>
        <translation>El paquete del marco de evaluación está dañado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="132"/>
        <source>The operation failed (%1).</source>
        <translation>La operación falló (%1).</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="90"/>
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
        <location filename="../../ui/widgets/evidence_list.py" line="164"/>
        <source>Add evidence files</source>
        <translation>Agregar medios de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="176"/>
        <location filename="../../ui/widgets/evidence_list.py" line="181"/>
        <source>Adding %1…</source>
        <translation>Agregando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="230"/>
        <source>Remove “%1” from the evidence of %2?</source>
        <translation>¿Quitar «%1» de los medios de verificación de %2?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_list.py" line="232"/>
        <source>Remove evidence</source>
        <translation>Quitar medio de verificación</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>The rationale is missing</source>
        <translation>Falta la justificación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Level 3 or higher needs at least one evidence file</source>
        <translation>El nivel 3 o superior requiere al menos un medio de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>The target level is below the current level</source>
        <translation>El nivel meta es inferior al nivel actual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>The agency&apos;s code or name is missing</source>
        <translation>Falta el código o el nombre de la institución</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Nobody is recorded as preparer</source>
        <translation>No hay ninguna persona registrada como responsable</translation>
    </message>
</context>
<context>
    <name>LevelPicker</name>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="58"/>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="63"/>
        <location filename="../../ui/widgets/level_picker.py" line="64"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_picker.py" line="65"/>
        <source>This element does not apply to the agency; say why in the rationale.</source>
        <translation>Este elemento no aplica a la institución; explique por qué en la justificación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>DigiGov Desktop — %1 · cycle %2</source>
        <translation>DigiGov Desktop — %1 · ciclo %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Evaluation outline</source>
        <translation>Índice de la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Previous (Alt+Left)</source>
        <translation>Anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Next (Alt+Right)</source>
        <translation>Siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Start a &amp;new cycle…</source>
        <translation>Iniciar un &amp;nuevo ciclo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>P&amp;rogress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Rea&amp;diness</source>
        <translation>Pr&amp;eparación para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Outline</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>DigiGov Desktop</source>
        <translation>DigiGov Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Cycle %1 started.</source>
        <translation>Se inició el ciclo %1.</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="24"/>
        <source>Start a new cycle</source>
        <translation>Iniciar un nuevo ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="27"/>
        <source>The answers, notes and evidence of %1 are copied into the new cycle as a draft. Copied answers are marked until you review and edit them.</source>
        <translation>Las respuestas, notas y medios de verificación de %1 se copian al nuevo ciclo como borrador. Las respuestas copiadas quedan marcadas hasta que las revise y edite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="36"/>
        <source>&amp;Year of the new cycle:</source>
        <translation>&amp;Año del nuevo ciclo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="38"/>
        <source>Year of the new cycle</source>
        <translation>Año del nuevo ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_cycle_dialog.py" line="43"/>
        <source>Start cycle</source>
        <translation>Iniciar ciclo</translation>
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
        <location filename="../../ui/models/outline_model.py" line="77"/>
        <source>carried forward, not reviewed</source>
        <translation>traspasada, sin revisar</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="90"/>
        <source>Readiness (%1)</source>
        <translation>Preparación (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/outline_model.py" line="91"/>
        <source>%n problem(s) block submission</source>
        <translation>
            <numerusform>%n problema impide el envío</numerusform>
            <numerusform>%n problemas impiden el envío</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="93"/>
        <source>Progress (%1/%2)</source>
        <translation>Progreso (%1/%2)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="50"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="57"/>
        <source>Click a recommendation in a chart to open it.</source>
        <translation>Haga clic en una recomendación de un gráfico para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="87"/>
        <source>% answered</source>
        <translation>% respondido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="90"/>
        <location filename="../../ui/pages/progress_page.py" line="91"/>
        <source>Score (0–5)</source>
        <translation>Puntaje (0–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="94"/>
        <source>Completion per recommendation</source>
        <translation>Avance por recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="96"/>
        <source>Scores and targets per recommendation</source>
        <translation>Puntajes y metas por recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="97"/>
        <source>Scores per pillar</source>
        <translation>Puntajes por pilar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="99"/>
        <source>Comparison with the previous cycle</source>
        <translation>Comparación con el ciclo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="113"/>
        <source>Overall score: %1 of 5 · %2 of %3 elements answered</source>
        <translation>Puntaje general: %1 de 5 · %2 de %3 elementos respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="118"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="122"/>
        <location filename="../../ui/pages/progress_page.py" line="130"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="123"/>
        <source>Target (mean)</source>
        <translation>Meta (promedio)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="126"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (meta %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/progress_page.py" line="148"/>
        <source>There is no previous cycle to compare with yet.</source>
        <translation>Aún no hay un ciclo anterior con el cual comparar.</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="52"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="53"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="54"/>
        <source>What to do</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="67"/>
        <source>Blocks submission</source>
        <translation>Impide el envío</translation>
    </message>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="67"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="39"/>
        <source>Readiness to submit</source>
        <translation>Preparación para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="49"/>
        <source>Readiness issues</source>
        <translation>Pendientes para el envío</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="59"/>
        <source>Press Enter or double-click a row to open that element.</source>
        <translation>Presione Intro o haga doble clic en una fila para abrir ese elemento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="76"/>
        <source>The evaluation as a whole</source>
        <translation>La evaluación en general</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/readiness_page.py" line="84"/>
        <source>%n problem(s) block submission.</source>
        <translation>
            <numerusform>%n problema impide el envío.</numerusform>
            <numerusform>%n problemas impiden el envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="87"/>
        <source>Ready to submit. The warnings below do not block submission.</source>
        <translation>Lista para enviar. Las advertencias de abajo no impiden el envío.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/readiness_page.py" line="89"/>
        <source>Ready to submit: nothing is missing.</source>
        <translation>Lista para enviar: no falta nada.</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="63"/>
        <source>Completion</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="76"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Fortalezas:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="76"/>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="77"/>
        <source>&amp;Areas to improve:</source>
        <translation>Á&amp;reas de mejora:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="77"/>
        <source>Areas to improve</source>
        <translation>Áreas de mejora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="78"/>
        <source>Planned actions</source>
        <translation>Acciones planificadas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="78"/>
        <source>Planned a&amp;ctions:</source>
        <translation>Acciones &amp;planificadas:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="125"/>
        <source>Score: %1 of 5</source>
        <translation>Puntaje: %1 de 5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="127"/>
        <source>Score: not applicable</source>
        <translation>Puntaje: no aplica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="129"/>
        <source>Score: no answers yet</source>
        <translation>Puntaje: aún sin respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="134"/>
        <source>%1 of %2 elements answered</source>
        <translation>%1 de %2 elementos respondidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="141"/>
        <source>Review the elements from %1</source>
        <translation>Revisar los elementos desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recommendation_page.py" line="144"/>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="39"/>
        <source>Set up the evaluation</source>
        <translation>Configurar la evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="42"/>
        <source>Tell us who is evaluating. The year identifies this evaluation cycle.</source>
        <translation>Indique quién realiza la evaluación. El año identifica este ciclo de evaluación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="48"/>
        <source>e.g. AB-001</source>
        <translation>p. ej. AB-001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="55"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="64"/>
        <source>Agency &amp;code:</source>
        <translation>&amp;Código de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="65"/>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nombre de la institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="66"/>
        <source>Agency &amp;type:</source>
        <translation>&amp;Tipo de institución:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="67"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="68"/>
        <source>Your na&amp;me:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="69"/>
        <source>Your r&amp;ole:</source>
        <translation>Su c&amp;argo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="70"/>
        <source>Cycle &amp;year:</source>
        <translation>Año del c&amp;iclo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="80"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
</context>
</TS>

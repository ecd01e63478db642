"""Messages of team evaluation (#15) and the CLI's success sentences, in English and Spanish.

Kept apart from `messages.py` so that neither table grows past a readable size; `MESSAGES`
takes these codes in, and `messages.output()` reads `OUTPUT`.
"""

from __future__ import annotations

TEAM_MESSAGES: dict[str, dict[str, str]] = {
    "RATER_NAME_REQUIRED": {
        "en": "The rater's name is required.",
        "es": "El nombre del evaluador es obligatorio.",
    },
    "RATER_EXISTS": {
        "en": "There is already a rater named {name}.",
        "es": "Ya existe un evaluador llamado {name}.",
    },
    "RATER_NOT_FOUND": {
        "en": "There is no rater named {name} in this evaluation.",
        "es": "No hay un evaluador llamado {name} en esta evaluación.",
    },
    "RATER_ALREADY_MERGED": {
        "en": "{name}'s ratings came from their workbook and are kept as they were sent.",
        "es": "Las calificaciones de {name} vinieron de su libro de trabajo y se conservan tal "
        "como se enviaron.",
    },
    "IS_A_WORKBOOK": {
        "en": "This database is a rater workbook; raters are named and merged in the "
        "facilitator's database.",
        "es": "Esta base de datos es un libro de trabajo de evaluador; los evaluadores se "
        "nombran e incorporan en la base de datos de quien facilita.",
    },
    "NOT_A_WORKBOOK": {
        "en": "This database is not a rater workbook.",
        "es": "Esta base de datos no es un libro de trabajo de evaluador.",
    },
    "NO_RATINGS": {
        "en": "There are no ratings yet.",
        "es": "Aún no hay calificaciones.",
    },
    "RATER_MERGE_REFUSED": {
        "en": "{count} file(s) refused; nothing was merged.",
        "es": "Se rechazaron {count} archivo(s); no se incorporó nada.",
    },
    "RATER_FILE_INVALID": {
        "en": "The file is not a valid rater return file.",
        "es": "El archivo no es un archivo de respuesta de evaluador válido.",
    },
    "RATER_FILE_OTHER_AGENCY": {
        "en": "The file belongs to another agency.",
        "es": "El archivo pertenece a otra institución.",
    },
    "RATER_FILE_OTHER_CYCLE": {
        "en": "The file belongs to another evaluation cycle.",
        "es": "El archivo pertenece a otro ciclo de evaluación.",
    },
    "RATER_UNKNOWN": {
        "en": "The file comes from a workbook this evaluation never issued.",
        "es": "El archivo proviene de un libro de trabajo que esta evaluación nunca emitió.",
    },
    "RATER_FILE_TAMPERED": {
        "en": "The file was changed after the rater sealed it.",
        "es": "El archivo se modificó después de que el evaluador lo selló.",
    },
    "RATER_FILE_DUPLICATE": {
        "en": "This rater's ratings are already merged.",
        "es": "Las calificaciones de este evaluador ya fueron incorporadas.",
    },
    "RATER_RATED_LOCALLY": {
        "en": "This rater already rated in this database.",
        "es": "Este evaluador ya calificó en esta base de datos.",
    },
    "CONSENSUS_JUSTIFICATION_REQUIRED": {
        "en": "A consensus needs its justification.",
        "es": "El consenso requiere su justificación.",
    },
}


# What the CLI prints on success (not codes: the GUI says these things its own way).
OUTPUT: dict[str, dict[str, str]] = {
    "RATER_ADDED": {
        "en": "Rater {name} added.",
        "es": "Se agregó al evaluador {name}.",
    },
    "NO_RATERS": {
        "en": "No raters yet; add them with `digigov raters add`.",
        "es": "Aún no hay evaluadores; agréguelos con `digigov raters add`.",
    },
    "RATER_MERGED": {
        "en": "ratings merged, seal rechecked",
        "es": "calificaciones incorporadas, sello verificado de nuevo",
    },
    "RATER_MERGED_ALTERED": {
        "en": "ratings merged, BUT THE STORED RATINGS NO LONGER MATCH THE SEALED FILE",
        "es": "calificaciones incorporadas, PERO LAS GUARDADAS YA NO COINCIDEN CON EL ARCHIVO "
        "SELLADO",
    },
    "RATER_NOT_MERGED": {
        "en": "ratings not merged yet",
        "es": "calificaciones aún no incorporadas",
    },
    "NO_RATINGS_YET": {
        "en": "No element has been rated by the team yet.",
        "es": "El equipo aún no ha calificado ningún elemento.",
    },
    "WORKBOOK_WRITTEN": {
        "en": "Workbook for {name} written to {path}",
        "es": "Libro de trabajo de {name} escrito en {path}",
    },
    "WORKBOOK_SEALED": {
        "en": "Sealed return file with {count} rating(s) written to {path}",
        "es": "Archivo de respuesta sellado con {count} calificación(es) escrito en {path}",
    },
    "RATINGS_MERGED": {
        "en": "{file}: {count} rating(s) of {name} merged.",
        "es": "{file}: se incorporaron {count} calificación(es) de {name}.",
    },
    "CONSENSUS_RECORDED": {
        "en": "Consensus for {element} recorded: level {level}.",
        "es": "Consenso de {element} registrado: nivel {level}.",
    },
    "CONSENSUS_PENDING_SHORT": {"en": "pending", "es": "pendiente"},
    "CONSENSUS_SUMMARY": {
        "en": "{rated} element(s) rated, {flagged} with a spread of 2 levels or more, "
        "{pending} without consensus.",
        "es": "{rated} elemento(s) calificado(s), {flagged} con una dispersión de 2 niveles o "
        "más, {pending} sin consenso.",
    },
}

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
}

"""Translated sentences for the team-evaluation codes (#15): raters, workbooks, merges.

Same codes as the CLI's `digigov_desktop/messages.py`, translated through Qt (context
"TeamCodes"). `team_error_message()` falls back to `ui.i18n.error_message()`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digigov_desktop.errors import DigigovError
from ui.i18n import error_message

TEAM_TEXT = {
    "RATER_NAME_REQUIRED": QT_TRANSLATE_NOOP("TeamCodes", "The rater's name is required."),
    "RATER_EXISTS": QT_TRANSLATE_NOOP("TeamCodes", "There is already a rater named %1."),
    "RATER_NOT_FOUND": QT_TRANSLATE_NOOP(
        "TeamCodes", "There is no rater named %1 in this evaluation."),
    "IS_A_WORKBOOK": QT_TRANSLATE_NOOP(
        "TeamCodes", "This database is a rater workbook; raters are named and merged in the "
        "facilitator's database."),
    "NOT_A_WORKBOOK": QT_TRANSLATE_NOOP("TeamCodes", "This database is not a rater workbook."),
    "NO_RATINGS": QT_TRANSLATE_NOOP("TeamCodes", "There are no ratings yet."),
    "CONSENSUS_JUSTIFICATION_REQUIRED": QT_TRANSLATE_NOOP(
        "TeamCodes", "A consensus needs its justification."),
    "INVALID_LEVEL": QT_TRANSLATE_NOOP("TeamCodes", "Choose a level from 0 to 5, or N/A."),
    "FILE_EXISTS": QT_TRANSLATE_NOOP(
        "TeamCodes", "%1 already exists; choose another file name (it is never overwritten)."),
    "RATER_MERGE_REFUSED": QT_TRANSLATE_NOOP(
        "TeamCodes", "%1 file(s) refused; nothing was merged."),
    "UNREADABLE_FILE": QT_TRANSLATE_NOOP("TeamCodes", "The file cannot be read."),
    "RATER_FILE_INVALID": QT_TRANSLATE_NOOP(
        "TeamCodes", "The file is not a valid rater return file."),
    "RATER_FILE_OTHER_AGENCY": QT_TRANSLATE_NOOP(
        "TeamCodes", "The file belongs to another agency."),
    "RATER_FILE_OTHER_CYCLE": QT_TRANSLATE_NOOP(
        "TeamCodes", "The file belongs to another evaluation cycle."),
    "RATER_UNKNOWN": QT_TRANSLATE_NOOP(
        "TeamCodes", "The file comes from a workbook this evaluation never issued."),
    "RATER_FILE_TAMPERED": QT_TRANSLATE_NOOP(
        "TeamCodes", "The file was changed after the rater sealed it."),
    "RATER_FILE_DUPLICATE": QT_TRANSLATE_NOOP(
        "TeamCodes", "This rater's ratings are already merged."),
    "RATER_RATED_LOCALLY": QT_TRANSLATE_NOOP(
        "TeamCodes", "This rater already rated in this database."),
}


def team_text(code: str) -> str | None:
    template = TEAM_TEXT.get(code)
    return None if template is None else QCoreApplication.translate("TeamCodes", template)


def team_error_message(exc: DigigovError) -> str:
    """One translated sentence; a refused merge lists every file with its reason."""
    text = team_text(exc.code)
    if text is None:
        return error_message(exc)
    params = exc.params
    if exc.code == "RATER_MERGE_REFUSED":
        lines = [text.replace("%1", str(params.get("count", "")))]
        for refusal in params.get("refusals", ()):
            reason = team_text(refusal.code) or refusal.code
            lines.append(f"• {refusal.file}: {reason} ({refusal.code})")
        return "\n".join(lines)
    first = str(params.get("name") or params.get("path") or params.get("file") or "")
    return text.replace("%1", first)

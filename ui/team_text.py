"""The one team-evaluation message that is more than a sentence: a refused merge (#15).

The codes' sentences are in `ui/code_text.py` (context "Codes") like every other code's;
a refused merge lists each file with the translated reason and its code.
"""

from __future__ import annotations

from digigov_desktop.errors import DigigovError
from ui.code_text import code_text
from ui.i18n import error_message


def team_error_message(exc: DigigovError) -> str:
    """One translated sentence; a refused merge lists every file with its reason."""
    if exc.code != "RATER_MERGE_REFUSED":
        return error_message(exc)
    text = code_text(exc.code) or exc.code
    lines = [text.replace("%1", str(exc.params.get("count", "")))]
    for refusal in exc.params.get("refusals", ()):
        reason = (code_text(refusal.code) or refusal.code).replace("%1", refusal.file)
        lines.append(f"• {refusal.file}: {reason} ({refusal.code})")
    return "\n".join(lines)

"""Which language to speak when the user has not chosen one: the rule both front ends share.

The project's rule: Spanish is the default wherever the system does not ask for English. Our
users are Chilean public bodies, and a C/POSIX or unset locale is common on their office PCs
and servers, so only a locale that names English gives English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from digigov_desktop.fileio import windows_ui_english

LANGUAGES = ("es", "en")

# POSIX precedence for the language of messages: LC_ALL beats LC_MESSAGES beats LANG; an
# empty variable counts as unset. Then GNU's LANGUAGE (a priority list, `en_US:en`) names
# the language of messages, except when that variable is exactly C or POSIX, where it is
# ignored: the way Qt's QLocale.system() reads them on Unix (so the GUI agrees with Qt).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
NEUTRAL_LOCALES = ("C", "POSIX")


def asks_for_english(value: str) -> bool:
    """Whether a locale name (`en_US.UTF-8`, `en`, `es_CL`, `C.UTF-8`) is English."""
    language = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0]
    return language.lower() == "en"


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """`"en"` when the process locale asks for English, `"es"` otherwise.

    The first non-empty one of LC_ALL, LC_MESSAGES and LANG decides, or LANGUAGE's first
    entry when LANGUAGE is set and that one is not exactly C or POSIX. When none is set, on
    Windows the user's display language decides (elsewhere: Spanish). C, POSIX, `es_*` and
    every other language give Spanish.
    """
    env = os.environ if environ is None else environ
    value = next((env[name] for name in LOCALE_VARIABLES if env.get(name)), "")
    if not value:
        return "en" if windows_ui_english() else "es"
    preferred = env.get("LANGUAGE", "").split(":", 1)[0]
    if preferred and value not in NEUTRAL_LOCALES:
        value = preferred
    return "en" if asks_for_english(value) else "es"

"""Translators and the code → message tables (QT_TRANSLATE_NOOP, translated at display time).

The core reports codes (`IssueCode.MISSING_EVIDENCE`, `StorageError.code`); this module is the
only place that turns them into words. A missing `.qm` file is not fatal: the interface then
stays in English (the source language).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup

from digigov_desktop.errors import DigigovError
from digigov_desktop.language import LANGUAGES

# `default_language`: English when the system asks for it, Spanish otherwise (a C/POSIX
# locale too): the command line's rule, so that both front ends agree. On Unix it reads the
# variables `QLocale.system()` reads, the same way; on Windows it asks for the user's
# display language, where `QLocale.system()` gives the format settings.
from digigov_desktop.language import default_language as default_language
from digigov_desktop.paths import resource_path

# Keyed by the codes' string values (both enums are StrEnums, so a member finds its text):
# this module is imported before the main window is shown and stays clear of the domain.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from digigov_desktop.domain.evaluation import AgencyType
    from digigov_desktop.domain.validation import IssueCode

log = logging.getLogger(__name__)

LANGUAGE_SETTING = "ui_language"
LANGUAGE_NAMES = {"es": "Español", "en": "English"}  # each in its own language: not translated


def language_actions(owner: QObject, menu: QMenu, current: str) -> QActionGroup:
    """A checkable action a language, added to `menu` (`data()`: its code; `current`
    checked), in one exclusive group owned by `owner`."""
    group = QActionGroup(owner)
    for lang in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[lang], owner)
        action.setCheckable(True)
        action.setChecked(lang == current)
        action.setData(lang)
        group.addAction(action)
        menu.addAction(action)
    return group


# Numbers follow the interface language: Chile writes 1.234,5 and English 1,234.5.
LOCALES = {
    "es": (QLocale.Language.Spanish, QLocale.Country.Chile),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


class Translators:
    """Installs the application's and Qt's own translators for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, lang: str) -> bool:
        """Switch every translator to `lang`; returns False when our `.qm` was missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang if lang in LANGUAGES else "en"
        QLocale.setDefault(QLocale(*LOCALES[self.language]))
        ok = True
        if self.language != "en":
            ours = QTranslator()
            qm = resource_path("i18n", f"digigov_{self.language}.qm")
            if qm.is_file() and ours.load(str(qm)):
                self._installed.append(ours)
            else:
                log.warning("translation %s not found: run scripts/build_translations.py", qm)
                ok = False
            qt = QTranslator()
            if qt.load(f"qtbase_{self.language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
            for translator in self._installed:
                app.installTranslator(translator)
        return ok


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def number(value: float | None, places: int = 1) -> str:
    """`value` with `places` decimals in the interface language's format; "–" when missing."""
    if value is None or value != value:  # None or NaN
        return "–"
    return QLocale().toString(float(value), "f", places)


ISSUE_TEXT = {
    "UNANSWERED": QT_TRANSLATE_NOOP("Issues", "Not answered yet"),
    "MISSING_RATIONALE": QT_TRANSLATE_NOOP("Issues", "The rationale is missing"),
    "MISSING_EVIDENCE": QT_TRANSLATE_NOOP(
        "Issues", "Level 3 or higher needs at least one evidence file"),
    "TARGET_BELOW_LEVEL": QT_TRANSLATE_NOOP(
        "Issues", "The target level is below the current level"),
    "AGENCY_INCOMPLETE": QT_TRANSLATE_NOOP(
        "Issues", "The agency's code or name is missing"),
    "NO_PREPARER": QT_TRANSLATE_NOOP("Issues", "Nobody is recorded as preparer"),
    "CONSENSUS_PENDING": QT_TRANSLATE_NOOP(
        "Issues", "The team rated this element; record the consensus (Team > Raters and "
        "consensus)"),
    "LEVEL_NOT_SUPPORTED": QT_TRANSLATE_NOOP(
        "Issues", "The level differs from the ticked criteria and has no justification"),
    "TO_REVIEW": QT_TRANSLATE_NOOP(
        "Issues", "Carried from the previous framework version: to review"),
}


def issue_text(code: IssueCode) -> str:
    return translate("Issues", ISSUE_TEXT.get(code, str(code)))


AGENCY_TYPE_TEXT = {
    "ministry": QT_TRANSLATE_NOOP("AgencyType", "Ministry"),
    "service": QT_TRANSLATE_NOOP("AgencyType", "Public service"),
    "regional_government": QT_TRANSLATE_NOOP("AgencyType", "Regional government"),
    "municipality": QT_TRANSLATE_NOOP("AgencyType", "Municipality"),
    "autonomous": QT_TRANSLATE_NOOP("AgencyType", "Autonomous body"),
    "other": QT_TRANSLATE_NOOP("AgencyType", "Other"),
}


def agency_type_text(value: AgencyType) -> str:
    return translate("AgencyType", AGENCY_TYPE_TEXT[value])


# %1 is always the file or database path, when there is one.
ERROR_TEXT = {
    "STORE_LOCKED": QT_TRANSLATE_NOOP(
        "Errors", "The database %1 is in use by another program. Try again in a moment."),
    "STORE_READ_ONLY": QT_TRANSLATE_NOOP(
        "Errors", "The database %1 cannot be written (read-only). Your last change was not saved."),
    "DISK_FULL": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: your last change to %1 was not saved. Free some space."),
    "STORE_IO_ERROR": QT_TRANSLATE_NOOP("Errors", "The database %1 could not be read or written."),
    "STORE_CORRUPT": QT_TRANSLATE_NOOP(
        "Errors", "The database %1 is damaged. Restore a backup from the backups folder."),
    "STORE_CANNOT_OPEN": QT_TRANSLATE_NOOP("Errors", "The database %1 cannot be opened."),
    "NOT_A_DATABASE": QT_TRANSLATE_NOOP("Errors", "%1 is not a DigiGov Desktop database."),
    "STORE_TOO_NEW": QT_TRANSLATE_NOOP(
        "Errors", "%1 was written by a newer version of DigiGov Desktop. Install that version "
        "to open it. The file was not changed."),
    "STORE_NOT_FOUND": QT_TRANSLATE_NOOP("Errors", "There is no database at %1."),
    "EVIDENCE_TOO_LARGE": QT_TRANSLATE_NOOP(
        "Errors", "%1 is too large: files of up to %2 MB can be attached."),
    "EVIDENCE_EMPTY": QT_TRANSLATE_NOOP("Errors", "%1 is empty and was not attached."),
    "EVIDENCE_UNREADABLE": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read."),
    "TEXT_TOO_LONG": QT_TRANSLATE_NOOP(
        "Errors", "The text is too long: up to %2 characters can be saved."),
    "INVALID_YEAR": QT_TRANSLATE_NOOP("Errors", "That year is not valid for a new cycle."),
    "AGENCY_CODE_REQUIRED": QT_TRANSLATE_NOOP("Errors", "The agency code is required."),
    "AGENCY_NAME_REQUIRED": QT_TRANSLATE_NOOP("Errors", "The agency name is required."),
    "FRAMEWORK_INVALID": QT_TRANSLATE_NOOP("Errors", "The framework pack is damaged: %1"),
    "PACK_TOO_LARGE": QT_TRANSLATE_NOOP("Errors", "%1 is too large to be a framework pack."),
    "PACK_UNREADABLE": QT_TRANSLATE_NOOP("Errors", "%1 cannot be read."),
    "PACK_NOT_SIGNED": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a signed framework pack (.dgpack). Nothing was installed."),
    "PACK_TAMPERED": QT_TRANSLATE_NOOP(
        "Errors", "The pack was changed after it was signed and is refused. Nothing was "
        "installed."),
    "PACK_FOREIGN_SIGNER": QT_TRANSLATE_NOOP(
        "Errors", "The pack is not signed by your coordinator and is refused. Nothing was "
        "installed."),
    "PACK_NOT_PACK_SIGNER": QT_TRANSLATE_NOOP(
        "Errors", "The pack is signed with a certificate that may not sign packs. Nothing was "
        "installed."),
    "PACK_SIGNER_REVOKED": QT_TRANSLATE_NOOP(
        "Errors", "The certificate that signed the pack was revoked. Nothing was installed."),
    "PACK_NO_CRL": QT_TRANSLATE_NOOP(
        "Errors", "The installed trust bundle has no revocation list: install a current one."),
    "PACK_CONTENT_INVALID": QT_TRANSLATE_NOOP(
        "Errors", "The signed pack is not a valid framework. Nothing was installed."),
    "PACK_NEWER": QT_TRANSLATE_NOOP(
        "Errors", "The framework pack was made for a newer version of DigiGov Desktop; "
        "update DigiGov Desktop on this computer and try again."),
    "PACK_OLDER": QT_TRANSLATE_NOOP(
        "Errors", "A newer version of this pack is already installed. Nothing was installed."),
    "PACK_CONFLICT": QT_TRANSLATE_NOOP(
        "Errors", "This version already exists with other content; a published version "
        "cannot change. Nothing was installed."),
    "MIGRATION_NOT_MAPPED": QT_TRANSLATE_NOOP(
        "Errors", "The new pack does not map from this evaluation's version."),
    "CYCLE_SUBMITTED": QT_TRANSLATE_NOOP(
        "Errors", "A submitted cycle keeps its framework version."),
    "PASSWORD_IN_URL": QT_TRANSLATE_NOOP(
        "Errors", "Do not put the password in the address (%1): it is read from your "
        "PGPASSFILE."),
    "STORE_INSECURE": QT_TRANSLATE_NOOP(
        "Errors", "A shared store on another computer needs an encrypted connection with "
        "the server's certificate checked (sslmode=verify-full)."),
    "PG_CLIENT_MISSING": QT_TRANSLATE_NOOP(
        "Errors", "This computer has no PostgreSQL client library (libpq), which a shared "
        "store needs. Ask IT to install it (on Debian or Ubuntu: the libpq5 package)."),
    "STORE_BAD_URL": QT_TRANSLATE_NOOP(
        "Errors", "%1 is not a valid address of a PostgreSQL server."),
    "STORE_AUTH_FAILED": QT_TRANSLATE_NOOP(
        "Errors", "The server refused the login to %1. Check the user name and the password "
        "in your PGPASSFILE."),
    "STORE_PERMISSION_DENIED": QT_TRANSLATE_NOOP(
        "Errors", "Your role may not do that in the shared store %1."),
    "OUTSIDE_REGION": QT_TRANSLATE_NOOP(
        "Errors", "That submission is outside your region: nothing was stored."),
}
GENERIC_ERROR = QT_TRANSLATE_NOOP("Errors", "The operation failed (%1).")


def error_message(exc: DigigovError) -> str:
    """One translated sentence for a typed error; unknown codes get a generic sentence."""
    from ui.code_text import code_text, outcome_text

    params = exc.params
    first = str(params.get("file") or params.get("path") or "")
    if exc.code == "EVIDENCE_TOO_LARGE":
        second = f"{params.get('limit', 0) / 1e6:.0f}"
    else:
        second = str(params.get("limit", ""))
    template = ERROR_TEXT.get(exc.code)
    if template is not None:
        return translate("Errors", template).replace("%1", first).replace("%2", second)
    text = code_text(exc.code)
    if text is None:
        return translate("Errors", GENERIC_ERROR).replace("%1", exc.code)
    if exc.code in ("SELF_CHECK_FAILED", "INPUT_REJECTED"):
        first = outcome_text(str(params.get("reason", "")))
    elif exc.code == "NOT_READY":
        first = str(len(params.get("issues") or ()))
    elif exc.code == "PASSPHRASE_TOO_SHORT":
        first = str(params.get("min_length", ""))
    return text.replace("%1", first)

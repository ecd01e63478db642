"""Every new page and dialog in English and in Spanish: nothing left untranslated."""

from __future__ import annotations

import pytest
from gui_helpers import visible_texts
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QTableView,
    QTabWidget,
)

from digigov_desktop.domain.evaluation import REGIONS
from digigov_desktop.messages import MESSAGES
from ui.code_text import CODE_TEXT, OUTCOME_TEXT
from ui.i18n import AGENCY_TYPE_TEXT, ERROR_TEXT, ISSUE_TEXT, Translators

PROPER = {"DigiGov Desktop", "English", "Español", "", "PDF (*.pdf)", "CSV (*.csv)",
          "PKCS#12 (*.p12)", "SHA-256:", "OK", "t", "x", *REGIONS.values()}


def texts(widget) -> list[str]:
    """What a person reads: labels, buttons, group titles, tabs, table headers, combo items."""
    out = visible_texts(widget)
    for tabs in widget.findChildren(QTabWidget):
        out.extend(tabs.tabText(i) for i in range(tabs.count()))
    for table in widget.findChildren(QTableView):
        model = table.model()
        out.extend(str(model.headerData(c, Qt.Orientation.Horizontal))
                   for c in range(model.columnCount()))
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget):
            out.extend(combo.itemText(i) for i in range(combo.count()))
    if hasattr(widget, "menuBar"):
        bar = widget.menuBar()
        out.extend(a.text() for a in bar.actions())
        for action in bar.actions():
            out.extend(a.text() for a in action.menu().actions() if not a.isSeparator())
    return out


def _hex(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def untranslated(english: list[str], spanish: list[str]) -> list[str]:
    assert len(english) == len(spanish), (english, spanish)
    return [e for e, s in zip(english, spanish, strict=True)
            if e == s and e not in PROPER and any(c.isalpha() for c in e)
            and not e.replace("%", "").replace(".", "").replace(" ", "").isdigit()
            and not e[:1].isdigit() and not e.endswith(".pdf") and not _hex(e)
            and not e.startswith(("R1", "P1 ", "AG-", "DEMO-", "/", "Servicio", "Coordinación",
                                  "CN=", "serialNumber="))]


def test_every_code_has_a_gui_sentence():
    """The CLI's codes (digigov_desktop/messages.py) all have a translated GUI sentence:
    add new ones to ui/code_text.py."""
    known = set(ERROR_TEXT) | set(CODE_TEXT) | set(OUTCOME_TEXT)
    assert sorted(set(MESSAGES) - known - {"POLICY_INVALID"}) == []


def test_every_issue_and_agency_type_has_a_gui_sentence():
    """ui/i18n.py keys these by string value (it stays clear of the domain at start-up)."""
    from digigov_desktop.domain.evaluation import AgencyType
    from digigov_desktop.domain.validation import IssueCode

    assert set(ISSUE_TEXT) == {str(code) for code in IssueCode}
    assert set(AGENCY_TYPE_TEXT) == {str(kind) for kind in AgencyType}


@pytest.mark.parametrize("page", ["credentials"])
def test_agency_pages_in_both_languages(qtbot, open_window, enrolled_db, page):
    window = open_window(enrolled_db, lang="en")
    window.go_to(page)
    english = texts(window)
    window.set_language("es")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.go_to(page)
    assert untranslated(english, texts(window)) == []
    assert window.submission_label.text() == "Aún sin enviar"


@pytest.mark.parametrize("key", ["ca", "inbox", "dashboard"])
def test_coordinator_pages_in_both_languages(qtbot, coordinator, authority, key):
    from gui_helpers import wait_idle

    window = coordinator(authority.folder, lang="en")
    window.go_to(key)
    wait_idle(qtbot, window.dashboard_page)
    english = texts(window)
    window.set_language("es")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.go_to(key)
    wait_idle(qtbot, window.dashboard_page)
    assert untranslated(english, texts(window)) == []


def _dialogs(session_window, tmp_path):
    from ui.dialogs.ca_create_dialog import CaCreateDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.issue_dialog import CSR, P12, IssueDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog
    from ui.dialogs.revoke_dialog import RevokeDialog
    from ui.dialogs.setup_dialog import SetupDialog

    return [
        PassphraseDialog("t", "x", confirm=True),
        ExportDialog(session_window.session, tmp_path),
        CaCreateDialog(tmp_path / "ca"),
        IssueDialog(CSR), IssueDialog(P12),
        RevokeDialog("AB-001"),
        SetupDialog(),
    ]


def test_new_dialogs_in_both_languages(qtbot, open_window, enrolled_db, tmp_path):
    window = open_window(enrolled_db, lang="en")
    translators = Translators()
    results = {}
    for lang in ("en", "es"):
        translators.install(lang)
        dialogs = _dialogs(window, tmp_path)
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
        results[lang] = [texts(d) + [d.windowTitle()] for d in dialogs]
        for dialog in dialogs:
            dialog.close()
    translators.install("en")
    for english, spanish in zip(results["en"], results["es"], strict=True):
        assert untranslated(english, spanish) == []


def test_submission_dialog_in_both_languages(qtbot, coordinator, authority, campaign, tmp_path):
    from digigov_desktop.services.import_ import Importer
    from digigov_desktop.storage.central import open_central
    from ui.dialogs.submission_dialog import SubmissionDialog

    with open_central(tmp_path / "central.sqlite") as store:
        row = next(iter(Importer(store, authority).run([campaign["files"]["AG-002"]])))
    window = coordinator(authority.folder, lang="en")
    translators = Translators()
    results = []
    for lang in ("en", "es"):
        translators.install(lang)
        dialog = SubmissionDialog(window.session, row.result.submission_row, window)
        qtbot.addWidget(dialog)
        dialog.show()
        results.append(texts(dialog) + [dialog.windowTitle()])
        dialog.close()
    translators.install("en")
    assert "Municipalidad · Biobío (CL-BI)" in results[1]
    assert untranslated(*results) == []

"""Ask for a passphrase: once to unlock a key, or twice (with a strength hint) to choose one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from digigov_desktop.services.passphrases import COMMON, assess
from ui.dialogs.form_dialog import FormDialog, answer_or_none


def strength(text: str) -> int:
    """0 refused, 1 weak, 2 fair, 3 strong: the services' rule (`passphrases.assess`)."""
    return assess(text).strength


_HINTS = {
    COMMON: QT_TRANSLATE_NOOP(
        "PassphraseDialog", "Too common: this passphrase is easy to guess; choose another."),
    0: QT_TRANSLATE_NOOP(
        "PassphraseDialog", "Too short: use at least %1 characters, for example a few words."),
    1: QT_TRANSLATE_NOOP("PassphraseDialog", "Weak: add more words, digits or symbols."),
    2: QT_TRANSLATE_NOOP("PassphraseDialog", "Fair: a longer passphrase would be stronger."),
    3: QT_TRANSLATE_NOOP("PassphraseDialog", "Strong."),
}


def hint_text(text: str) -> tuple[int, str]:
    """(strength, the translated sentence to show) for a new passphrase."""
    result = assess(text)
    key = COMMON if result.problem == COMMON else result.strength
    sentence = QCoreApplication.translate("PassphraseDialog", _HINTS[key])
    return result.strength, sentence.replace("%1", str(result.min_length))


class PassphraseDialog(FormDialog):
    text_width_chars = 52

    def __init__(self, title: str, text: str, *, confirm: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm_mode = confirm
        self._build_ui(title, text)
        self.passphrase.textChanged.connect(self._on_changed)
        self.repeat.textChanged.connect(self._on_changed)
        self._on_changed()

    def _build_ui(self, title: str, text: str) -> None:
        self.setMinimumWidth(460)
        self.begin_form(title, text, wrap_rows=True)
        self.passphrase = self.password_edit()
        self.add_row(self.tr("&Passphrase:"), self.passphrase, self.tr("Passphrase"))
        self.repeat = self.password_edit()
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        if self.confirm_mode:
            self.add_row(self.tr("&Again:"), self.repeat, None)
            self.form.addRow(self.hint)
        else:
            self.repeat.hide()
            self.hint.hide()
        self.end_form()

    def _on_changed(self) -> None:
        text = self.passphrase.text()
        if not self.confirm_mode:
            self.ok.setEnabled(bool(text))
            return
        level, words = hint_text(text)
        if level and self.repeat.text() and self.repeat.text() != text:
            words += " " + self.tr("The two passphrases do not match yet.")
        self.hint.setText(words)
        self.ok.setEnabled(level > 0 and self.repeat.text() == text)

    def value(self) -> bytes:
        return self.passphrase.text().encode("utf-8")

    @classmethod
    def ask_change(cls, parent: QWidget | None, title: str, current_text: str,
                   new_text: str) -> tuple[bytes, bytes] | None:
        """The current passphrase, then a new one (twice, with the strength hint): both, or
        None when either dialog is cancelled."""
        old = cls.ask(parent, title, current_text)
        if old is None:
            return None
        new = cls.ask(parent, title, new_text, confirm=True)
        return None if new is None else (old, new)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *,
            confirm: bool = False) -> bytes | None:
        dialog = cls(title, text, confirm=confirm, parent=parent)
        return answer_or_none(dialog, dialog.value)

"""Dialogs of a few texts, a form of labelled fields and an OK/Cancel box.

What the input dialogs shared: the introduction above the form, a label that is the buddy
of its field and names it for screen readers, the button box wired to accept/reject, and a
modal `ask` that returns the answer or None and deletes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittedDialog

T = TypeVar("T")
OK = QDialogButtonBox.StandardButton.Ok


def accessible_text(label: str) -> str:
    """"Agency &code:" → "Agency code", the screen-reader name of the field it labels."""
    return label.replace("&", "").rstrip(":")


def answer_or_none(dialog: QDialog, answer: Callable[[], T]) -> T | None:
    """Run `dialog` modally: `answer()` when accepted, else None; the dialog is deleted."""
    try:
        return answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def add_value_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Rows "Label:" → a widget showing a value, named after its label for screen readers."""
    for text, widget in rows:
        widget.setAccessibleName(text.rstrip(":"))
        form.addRow(text, widget)


class FormDialog(FittedDialog):
    """Build with `begin_form()`, `add_rows()` and `end_form()`; `self.ok` is the OK button."""

    layout_: QVBoxLayout
    form: QFormLayout
    buttons: QDialogButtonBox

    def begin_form(self, title: str, *texts: str, wrap_rows: bool = False) -> QFormLayout:
        """The window title, the word-wrapped introductory texts and an empty form."""
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        for text in texts:
            self.add_text(text)
        self.form = QFormLayout()
        if wrap_rows:
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return self.form

    def wrapped_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def add_text(self, text: str) -> QLabel:
        """A word-wrapped text below what the dialog holds so far."""
        label = self.wrapped_label(text)
        self.layout_.addWidget(label)
        return label

    def add_rows(self, rows: Iterable[tuple[str, QWidget]]) -> None:
        """(label text with its &shortcut, field) rows; the field is named after its label."""
        for text, field in rows:
            self.add_row(text, field, accessible_text(text))

    def add_row(self, text: str, field: QWidget | QLayout, accessible: str | None,
                buddy: QWidget | None = None) -> QLabel:
        """A labelled row; `buddy` is the widget the label is for when `field` is a layout,
        `accessible` its screen-reader name (None: it has one already)."""
        label = QLabel(text, self)
        buddy = buddy or field
        assert isinstance(buddy, QWidget)
        label.setBuddy(buddy)
        if accessible is not None:
            buddy.setAccessibleName(accessible)
        self.form.addRow(label, field)
        return label

    def password_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def end_form(self, ok_text: str | None = None, after: Iterable[QWidget] = (),
                 buttons: QDialogButtonBox.StandardButton = OK
                 | QDialogButtonBox.StandardButton.Cancel) -> QDialogButtonBox:
        """Add the form, the widgets `after` it and the button box (OK renamed `ok_text`)."""
        self.layout_.addLayout(self.form)
        for widget in after:
            self.layout_.addWidget(widget)
        self.buttons = QDialogButtonBox(buttons, self)
        ok = self.buttons.button(OK)  # None in a form without OK (the set-up's first step)
        if ok is not None:
            self.ok = ok
            if ok_text is not None:
                ok.setText(ok_text)
        self.layout_.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

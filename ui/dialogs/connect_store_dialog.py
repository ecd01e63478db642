"""Connect the coordinator to a shared central store on a PostgreSQL server (a URL), and
ask for the server's password when it wants one that libpq did not find (PGPASSFILE)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittedDialog

URL_PREFIXES = ("postgresql://", "postgres://")


def _field_and_buttons(dialog: QDialog, layout: QVBoxLayout, field: QLineEdit, label_text: str,
                       ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """`field` on a labelled form row, then OK (named `ok_text`) and Cancel below it."""
    form = QFormLayout()
    label = QLabel(label_text, dialog)
    label.setBuddy(field)
    form.addRow(label, field)
    layout.addLayout(form)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    layout.addWidget(buttons)
    return buttons, ok


class ConnectStoreDialog(FittedDialog):
    text_width_chars = 60

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(current)
        self._connect_signals()
        self._on_text(self.url.text())

    def _build_ui(self, current: str) -> None:
        self.setWindowTitle(self.tr("Connect to a shared store"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Several coordinators can share one central store on a PostgreSQL server. Enter "
            "its address as your IT team gave it, for example "
            "postgresql://ana@server.example.org/digigov. The password is never part of the "
            "address: it is read from your PGPASSFILE, or asked for "
            "when the server wants it. To a server on another computer the "
            "connection is encrypted and the server's certificate is checked."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.url = QLineEdit(current, self)
        self.url.setAccessibleName(self.tr("Address of the shared store"))
        self.buttons, self.ok = _field_and_buttons(self, layout, self.url, self.tr("&Address:"),
                                                   self.tr("Connect"))

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._on_text)

    def _on_text(self, text: str) -> None:
        self.ok.setEnabled(text.strip().startswith(URL_PREFIXES))

    @classmethod
    def ask(cls, parent: QWidget | None, current: str = "") -> str | None:
        """The URL entered, or None when cancelled."""
        dialog = cls(current, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.url.text().strip()
        finally:
            dialog.deleteLater()


class StorePasswordDialog(FittedDialog):
    """The server's password for a shared store, typed in a password field. It is kept in
    memory while the application runs (for this store's connections), never on disk."""

    text_width_chars = 60

    def __init__(self, url: str, *, refused: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of the shared store"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The server of %1 asks for your password. It is kept only while DigiGov Desktop "
            "runs and is never saved.").replace("%1", url.split("?")[0]), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.problem = QLabel(self.tr(
            "The server refused the password: check it (and the user in the address) and "
            "try again."), self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(refused)
        layout.addWidget(self.problem)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the shared store"))
        self.buttons, self.ok = _field_and_buttons(
            self, layout, self.password, self.tr("&Password:"), self.tr("Connect"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))

    @classmethod
    def ask(cls, parent: QWidget | None, url: str, *, refused: bool = False) -> str | None:
        """The password typed, or None when cancelled. `refused`: the last one was wrong."""
        dialog = cls(url, refused=refused, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.password.text() or None
        finally:
            dialog.password.clear()
            dialog.deleteLater()

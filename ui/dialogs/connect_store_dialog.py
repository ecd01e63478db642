"""Connect the coordinator to a shared central store on a PostgreSQL server (a URL), and
ask for the server's password when it wants one that libpq did not find (PGPASSFILE)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog, answer_or_none

URL_PREFIXES = ("postgresql://", "postgres://")


class ConnectStoreDialog(FormDialog):
    text_width_chars = 60

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(current)
        self.url.textChanged.connect(self._on_text)
        self._on_text(self.url.text())

    def _build_ui(self, current: str) -> None:
        self.begin_form(self.tr("Connect to a shared store"), self.tr(
            "Several coordinators can share one central store on a PostgreSQL server. Enter "
            "its address as your IT team gave it, for example "
            "postgresql://ana@server.example.org/digigov. The password is never part of the "
            "address: it is read from your PGPASSFILE, or asked for "
            "when the server wants it. To a server on another computer the "
            "connection is encrypted and the server's certificate is checked."))
        self.url = QLineEdit(current, self)
        self.add_row(self.tr("&Address:"), self.url, self.tr("Address of the shared store"))
        self.end_form(self.tr("Connect"))

    def _on_text(self, text: str) -> None:
        self.ok.setEnabled(text.strip().startswith(URL_PREFIXES))

    @classmethod
    def ask(cls, parent: QWidget | None, current: str = "") -> str | None:
        """The URL entered, or None when cancelled."""
        dialog = cls(current, parent)
        return answer_or_none(dialog, lambda: dialog.url.text().strip())


class StorePasswordDialog(FormDialog):
    """The server's password for a shared store, typed in a password field. It is kept in
    memory while the application runs (for this store's connections), never on disk."""

    text_width_chars = 60

    def __init__(self, url: str, *, refused: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.begin_form(self.tr("Password of the shared store"))
        intro = self.add_text(self.tr(
            "The server of %1 asks for your password. It is kept only while DigiGov Desktop "
            "runs and is never saved.").replace("%1", url.split("?")[0]))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = self.add_text(self.tr(
            "The server refused the password: check it (and the user in the address) and "
            "try again."))
        self.problem.setVisible(refused)
        self.password = self.password_edit()
        self.add_row(self.tr("&Password:"), self.password,
                     self.tr("Password of the shared store"))
        self.end_form(self.tr("Connect"))
        self.ok.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))

    @classmethod
    def ask(cls, parent: QWidget | None, url: str, *, refused: bool = False) -> str | None:
        """The password typed, or None when cancelled. `refused`: the last one was wrong."""
        dialog = cls(url, refused=refused, parent=parent)
        try:
            return answer_or_none(dialog, lambda: dialog.password.text() or None)
        finally:
            dialog.password.clear()

"""Connect the coordinator to a shared central store on a PostgreSQL server (a URL)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittedDialog

URL_PREFIXES = ("postgresql://", "postgres://")


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
            "address: it is read from your PGPASSFILE. To a server on another computer the "
            "connection is encrypted and the server's certificate is checked."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit(current, self)
        self.url.setAccessibleName(self.tr("Address of the shared store"))
        label = QLabel(self.tr("&Address:"), self)
        label.setBuddy(self.url)
        form.addRow(label, self.url)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        layout.addWidget(self.buttons)

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

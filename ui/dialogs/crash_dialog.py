"""An unexpected error: apologise, show a copyable report, say where the log is."""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop import __version__
from ui.dialogs.fitting import FittedDialog


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    lines = [
        f"DigiGov Desktop {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(FittedDialog):
    text_width_chars = 72

    def __init__(self, report: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.log_path = log_path
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong inside DigiGov Desktop. Your answers saved so far are safe. "
            "Please send the report below to your support contact.")
        if self.log_path:
            text += " " + self.tr("It was also written to %1.").replace("%1", self.log_path)
        message = QLabel(text, self)
        message.setWordWrap(True)
        self.details = QPlainTextEdit(self.report, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error report"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(message)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)

    @classmethod
    def ask(cls, parent: QWidget | None, report: str, log_path: str = "") -> None:
        dialog = cls(report, log_path, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

"""The platform's file choosers, each behind a classmethod `ask` that tests replace.

`purpose` names what is being chosen ("csr", "certificate", "bundle", "p12", "receipt",
"export", "submissions", "ca_folder", ...) so a test's replacement can answer per purpose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


class OpenFileDialog:
    """`OpenFileDialog.ask(parent, purpose, caption, folder, filters)` → a path or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: str, caption: str, folder: Path | None = None,
            filters: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder or ""), filters)
        return Path(name) if name else None


class OpenFilesDialog:
    """`OpenFilesDialog.ask(parent, purpose, caption, folder, filters)` → paths (maybe [])."""

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: str, caption: str, folder: Path | None = None,
            filters: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, caption, str(folder or ""), filters)
        return [Path(n) for n in names]


class SaveFileDialog:
    """`SaveFileDialog.ask(parent, purpose, caption, suggested, filters)` → a path or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: str, caption: str,
            suggested: Path | None = None, filters: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested or ""), filters)
        return Path(name) if name else None


class FolderDialog:
    """`FolderDialog.ask(parent, purpose, caption, folder)` → a folder or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, purpose: str, caption: str,
            folder: Path | None = None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, caption, str(folder or ""))
        return Path(name) if name else None

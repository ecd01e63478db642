"""Typed errors that cross layers with codes, never with translated text.

`ui/` maps codes to translated messages; the CLI maps them to English text.
Anything that is not a `DigigovError` is a bug and is reported as such.
"""

from __future__ import annotations

from typing import Any


class DigigovError(Exception):
    """Base of every error a user can be shown.

    Attributes:
        code: stable, machine-readable identifier (``"STORE_TOO_NEW"``).
        params: values the message may mention (file names, versions).
    """

    code = "ERROR"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class FrameworkError(DigigovError):
    """The framework pack is missing, malformed or fails its schema."""

    code = "FRAMEWORK_INVALID"


class StorageError(DigigovError):
    """A fault of the user's environment: disk full, read-only, locked, not a database.

    The application shows the message and keeps running.
    """

    code = "STORAGE"


class StoreTooNewError(StorageError):
    """The database was written by a newer version of the application."""

    code = "STORE_TOO_NEW"


class NotFoundError(DigigovError):
    """A referenced entity (element, cycle, evidence) does not exist."""

    code = "NOT_FOUND"


class InvalidInputError(DigigovError):
    """A value given by the user is not acceptable (level out of range, file too large)."""

    code = "INVALID_INPUT"

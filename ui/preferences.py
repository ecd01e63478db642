"""Per-user interface choices that live outside any database: the mode and its files.

A small JSON file in the user's data folder (`AppPaths.data / ui-preferences.json`),
written atomically. Keys: `mode` ("agency" | "coordinator", absent until chosen),
`central` (the coordinator's central database), `ca_folder` (the coordinator's CA).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "ui-preferences.json"
AGENCY = "agency"
COORDINATOR = "coordinator"
MODES = (AGENCY, COORDINATOR)


class Preferences:
    """Reads once, writes on every change; a damaged file is treated as empty (and logged)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self._data = loaded
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable preferences %s: %s", self.path, exc)

    @classmethod
    def in_folder(cls, folder: Path) -> Preferences:
        return cls(Path(folder) / FILE_NAME)

    @property
    def mode(self) -> str | None:
        value = self._data.get("mode")
        return value if value in MODES else None

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(value)
        self.set("mode", value)

    def path_value(self, key: str) -> Path | None:
        value = self._data.get(key)
        return Path(value) if isinstance(value, str) and value else None

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        if isinstance(value, Path):
            value = str(value)
        if self._data.get(key) == value:
            return
        self._data[key] = value
        self._save()

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".prefs.", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, indent=2, ensure_ascii=False)
            os.replace(tmp, self.path)
        except OSError as exc:  # a preference that is not kept is not worth an error box
            log.warning("could not save preferences %s: %s", self.path, exc)

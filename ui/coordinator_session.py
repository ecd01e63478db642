"""What the coordinator pages work on: the central store, the CA folder, language, actor."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from digigov_desktop.services.authority import CertificateAuthority, CredentialError
from digigov_desktop.services.coordinator import CoordinatorService
from digigov_desktop.services.stores import StoreRef
from ui.preferences import Preferences

CA_FOLDER_PREFERENCE = "ca_folder"
ACTOR_PREFERENCE = "coordinator_actor"


@dataclass
class CoordinatorSession:
    store: Any  # the central store (SQLite file or shared), on the GUI thread
    prefs: Preferences
    lang: str = "es"

    @property
    def central_path(self) -> Path | str:
        """The central store: a file, or a shared store's URL (what `open_central` takes)."""
        return self.store.path

    @property
    def central_ref(self) -> StoreRef:
        """What a worker thread opens (a connection belongs to its thread)."""
        return StoreRef.of(self.store)

    @cached_property
    def coordinator(self) -> CoordinatorService:
        """The typed reads over the central store, on the GUI thread."""
        return CoordinatorService(self.store)

    @property
    def shared(self) -> bool:
        """True for a store on a PostgreSQL server that other coordinators share."""
        return getattr(self.store, "kind", "sqlite") == "postgresql"

    @property
    def store_label(self) -> str:
        """Short name of the store for the status bar: the file name, or the URL."""
        return str(self.central_path) if self.shared else Path(self.central_path).name

    @property
    def actor(self) -> str:
        """Who imports and issues: the name given at set-up, else the computer account."""
        name = str(self.prefs.get(ACTOR_PREFERENCE, "") or "")
        if not name:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):  # no login name in this environment
                name = ""
        return name

    @property
    def ca_folder(self) -> Path | None:
        return self.prefs.path_value(CA_FOLDER_PREFERENCE)

    @ca_folder.setter
    def ca_folder(self, folder: Path) -> None:
        self.prefs.set(CA_FOLDER_PREFERENCE, str(folder))

    @property
    def default_ca_folder(self) -> Path:
        if self.shared:  # beside the preferences: the CA never lives on the server
            return self.prefs.path.parent / "ca"
        return Path(self.central_path).parent / "ca"

    def authority(self) -> CertificateAuthority | None:
        """The chosen CA, or None when none is chosen or the folder is not (or no more) a CA."""
        folder = self.ca_folder
        if folder is None:
            return None
        try:
            return CertificateAuthority(folder)
        except CredentialError:
            return None

"""Where things live: per-user data, logs, backups, and the bundled `resources/` folder.

`resource_path()` is the only place that knows how the application is laid out when it
runs from a source checkout, from an installed wheel, or frozen by PyInstaller.
Nothing here creates directories at import time: call `AppPaths.ensure()`.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

import platformdirs

APP_NAME = "DigiGovDesktop"
APP_AUTHOR = "DigiGov"
DB_FILENAME = "digigov.sqlite"
PORTABLE_MARKER = "digigov-portable.txt"
ENV_DATA_DIR = "DIGIGOV_DATA_DIR"


def resource_path(*parts: str) -> Path:
    """Return the path of a file or folder inside `resources/`.

    Args:
        *parts: path components below `resources/`, e.g. ``("frameworks", "oecd-dgs-2014")``.

    Returns:
        The path, whether or not it exists (callers report a missing file themselves).
    """
    return _resources_root().joinpath(*parts)


def _resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle: data files are collected under resources/
        return Path(frozen_root) / "resources"
    checkout = _checkout_resources()
    if checkout.is_dir():  # source checkout or editable install
        return checkout
    # Installed wheel: `resources/` is shipped as the data-only (namespace) package
    # digigov_resources; importlib.resources.files() cannot always read namespace packages,
    # so take its first location that holds the framework packs.
    spec = importlib.util.find_spec("digigov_resources")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        if (Path(location) / "frameworks").is_dir():
            return Path(location)
    return checkout  # nothing found: callers report the missing file by name


@cache
def _checkout_resources() -> Path:
    """`resources/` beside this package (resolving the path is most of `resource_path`'s
    cost, paid on every framework look-up; where this file is does not change)."""
    return Path(__file__).resolve().parent.parent / "resources"


# Windows: where an MSI install (POLICYFILE=...) or a Group Policy registry preference names
# the deployment policy file (HKLM, 64-bit view). See packaging/IT-GUIDE.md.
POLICY_REGISTRY_KEY = r"SOFTWARE\DigiGov\DigiGovDesktop"
POLICY_REGISTRY_VALUE = "PolicyFile"


def registry_policy_file() -> Path | None:
    """Windows: the policy file named in HKLM\\SOFTWARE\\DigiGov\\DigiGovDesktop\\PolicyFile.

    Returns None elsewhere, when the value is missing or blank. `%VAR%` are expanded.
    """
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_REGISTRY_KEY, 0,
                            winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            value, _kind = winreg.QueryValueEx(key, POLICY_REGISTRY_VALUE)
    except OSError:
        return None
    value = str(value or "").strip().strip('"')
    return Path(os.path.expandvars(value)) if value else None


def executable_dir() -> Path:
    """The folder of the frozen executable, or of `main.py` when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


class DataFolderPolicy(Protocol):
    """What `AppPaths.default` asks of the deployment policy (`config.Policy` is one).

    A protocol, so that paths (below config) never imports config: config reads its
    schema and the executable's folder from here.
    """

    def data_folder(self) -> Path | None: ...

    def data_folder_locked(self) -> bool: ...


@dataclass(frozen=True)
class AppPaths:
    """The per-installation folders.

    Attributes:
        data: holds the database and its rolling backups.
        logs: rotating log files.
        exports: default destination for exported files.
        cache: things that may be deleted at any time (validated-pack markers; in the
            per-user folder, also the compiled code of digigov_desktop.code_cache).
        portable: True when everything lives beside the executable.
    """

    data: Path
    logs: Path
    exports: Path
    cache: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @classmethod
    def default(cls, *, portable_dir: Path | None = None,
                policy: DataFolderPolicy | None = None) -> AppPaths:
        """Per-user folders (platformdirs), or a portable folder when asked or marked.

        Precedence: an explicit `portable_dir`; the deployment policy's `data_dir` (or
        `portable`) when locked; the `DIGIGOV_DATA_DIR` environment variable;
        a `digigov-portable.txt` marker beside the executable (data in `./data`);
        the policy's unlocked `data_dir` / `portable`; the platform's per-user directories.
        """
        if portable_dir is None and policy is not None and policy.data_folder_locked():
            portable_dir = policy.data_folder()
        if portable_dir is None:
            env = os.environ.get(ENV_DATA_DIR)
            if env:
                portable_dir = Path(env)
            elif (executable_dir() / PORTABLE_MARKER).is_file():
                portable_dir = executable_dir() / "data"
            elif policy is not None:
                portable_dir = policy.data_folder()
        if portable_dir is not None:
            root = Path(portable_dir).expanduser().resolve()
            return cls(data=root, logs=root / "logs", exports=root / "exports",
                       cache=root / "cache", portable=True)
        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            data=Path(dirs.user_data_dir),
            logs=Path(dirs.user_log_dir),
            exports=Path(platformdirs.user_documents_dir()) / APP_NAME,
            cache=Path(dirs.user_cache_dir),
        )

    def ensure(self) -> AppPaths:
        """Create the folders that must exist before the store or the log are opened."""
        for folder in (self.data, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self

"""The deployment policy an IT department preseeds: `policy.json`, read once at start.

Where it is looked for, first found wins (`policy_locations()`):
  1. the file named by the `DIGIGOV_POLICY` environment variable (then nothing else);
  2. `policy.json` beside the executable (a portable copy on a USB stick, a shared folder);
  3. Windows only: the file named in the registry value
     `HKLM\\SOFTWARE\\DigiGov\\DigiGovDesktop\\PolicyFile` (the MSI's `POLICYFILE=`, or a GPO);
  4. `policy.json` in the machine-wide configuration folder:
     Windows `%ProgramData%\\DigiGov\\DigiGovDesktop\\policy.json`,
     Linux `/etc/xdg/DigiGovDesktop/policy.json` (the first of `$XDG_CONFIG_DIRS`),
     macOS `/Library/Application Support/DigiGovDesktop/policy.json`.
The file is JSON (UTF-8, a BOM is accepted) checked against `resources/schemas/
policy.schema.json`. It can preseed the language, the agency (code, name, type, region), the
coordinator's trust bundle, the data folder, portable mode, whether coordinator mode is
offered, whether a team's ratings need a recorded consensus before export
(`consensus_required`), the minimum passphrase length (`passphrase_min_length`, 12 or more),
the signature roles a submission must carry (`required_signature_roles`, e.g. ["approver"])
and whether exports are sealed for the coordinator (`seal_submissions`); keys listed in
`locked` are never overridden by user settings. A malformed file
raises `PolicyError` (code POLICY_INVALID, params `file`, `key`, `detail`).

User settings themselves live in the store (`EvaluationService.get_setting`); this module
only decides which value wins (`Policy.choose`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from digigov_desktop.errors import DigigovError
from digigov_desktop.paths import (
    APP_AUTHOR,
    APP_NAME,
    executable_dir,
    registry_policy_file,
    resource_path,
)

POLICY_FILE = "policy.json"
ENV_POLICY = "DIGIGOV_POLICY"
MAX_POLICY_BYTES = 1_000_000  # a trust bundle inline is a few kB
KEYS = ("language", "agency_code", "agency_name", "agency_type", "agency_region",
        "trust_bundle", "data_dir", "portable", "allow_mode_switch", "passphrase_min_length",
        "required_signature_roles", "seal_submissions", "consensus_required", "framework_pack")
AGENCY_KEYS = ("agency_code", "agency_name", "agency_type", "agency_region")
_PEM_START = "-----BEGIN"


class PolicyError(DigigovError):
    """The policy file cannot be used. Params: `file`, `key` (None for the whole file),
    `detail` (English, one line), `where` (`file: key`)."""

    code = "POLICY_INVALID"

    def __init__(self, file: Path | str, key: str | None, detail: str) -> None:
        where = f"{file}: {key}" if key else str(file)
        super().__init__(f"{where}: {detail}", file=str(file), key=key, detail=detail,
                         where=where)


@dataclass(frozen=True)
class Policy:
    """A validated policy; the empty `Policy()` when there is no file.

    Attributes:
        values: the keys the file sets (without `locked`, `version`, `$schema`).
        locked: keys users cannot change.
        source: the file read, or None.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: Path | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def is_locked(self, key: str) -> bool:
        return key in self.locked and key in self.values

    def choose(self, key: str, user_value: Any) -> Any:
        """The value to use: a locked policy value, else the user's, else the policy's."""
        if self.is_locked(key):
            return self.values[key]
        return user_value if user_value not in (None, "") else self.values.get(key)

    @property
    def language(self) -> str | None:
        return self.values.get("language")

    @property
    def allow_mode_switch(self) -> bool:
        return bool(self.values.get("allow_mode_switch", True))

    def agency_preset(self) -> dict[str, str]:
        """The agency fields the policy sets, keyed without the `agency_` prefix."""
        return {k.removeprefix("agency_"): self.values[k] for k in AGENCY_KEYS
                if k in self.values}

    def locked_agency_fields(self) -> frozenset[str]:
        """Agency fields (`code`, `name`, `type`, `region`) users cannot change."""
        return frozenset(k.removeprefix("agency_") for k in AGENCY_KEYS if self.is_locked(k))

    def data_folder(self, exe_dir: Path | None = None) -> Path | None:
        """The folder for all data when the policy sets one (`data_dir`, or `portable`)."""
        raw = self.values.get("data_dir")
        if raw:
            path = Path(os.path.expandvars(os.path.expanduser(raw)))
            if not path.is_absolute():
                path = self._base() / path
            return path
        if self.values.get("portable"):
            return (exe_dir or executable_dir()) / "data"
        return None

    def data_folder_locked(self) -> bool:
        return self.is_locked("data_dir") or self.is_locked("portable")

    def trust_bundle_pem(self) -> bytes | None:
        """The trust bundle's PEM bytes (read from its file when given as a path).

        Raises:
            PolicyError: the file named by `trust_bundle` cannot be read.
        """
        raw = self.values.get("trust_bundle")
        if not raw:
            return None
        if raw.lstrip().startswith(_PEM_START):
            return raw.encode("ascii", errors="replace")
        path = Path(os.path.expandvars(os.path.expanduser(raw)))
        if not path.is_absolute():
            path = self._base() / path
        try:
            # A PEM saved on Windows (Notepad) has CRLF line ends: the same bundle either way.
            return path.read_bytes().replace(b"\r\n", b"\n")
        except OSError as exc:
            raise PolicyError(self.source or "policy", "trust_bundle",
                              f"cannot read {path}: {exc.strerror or exc}") from exc

    def framework_pack_path(self) -> Path | None:
        """The signed `.dgpack` the policy preloads (installed at start when newer)."""
        raw = self.values.get("framework_pack")
        if not raw:
            return None
        path = Path(os.path.expandvars(os.path.expanduser(raw)))
        return path if path.is_absolute() else self._base() / path

    def _base(self) -> Path:
        return self.source.parent if self.source else executable_dir()


def machine_config_dir() -> Path:
    """The machine-wide configuration folder (see the module docstring)."""
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR, multipath=False))


def policy_locations() -> list[Path]:
    """Where the policy is looked for, in order (the first existing file is used)."""
    explicit = os.environ.get(ENV_POLICY)
    if explicit:
        return [Path(explicit)]
    pointed = registry_policy_file()  # Windows: set by the MSI (POLICYFILE) or a GPO
    return [executable_dir() / POLICY_FILE, *([pointed] if pointed else []),
            machine_config_dir() / POLICY_FILE]


def find_policy_file() -> Path | None:
    explicit = os.environ.get(ENV_POLICY)
    if explicit:
        return Path(explicit)  # named on purpose: a missing file is an error
    return next((p for p in policy_locations() if p.is_file()), None)


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate the policy (`path`, else the first of `policy_locations()`).

    Returns:
        The policy; the empty `Policy()` when no file exists.

    Raises:
        PolicyError: unreadable, not JSON, or not valid against the schema; the error
            names the file and the offending key.
    """
    path = Path(path) if path is not None else find_policy_file()
    if path is None:
        return Policy()
    data = _read_json(path)
    _validate(path, data)
    values = {k: v for k, v in data.items() if k in KEYS}
    return Policy(values=values, locked=frozenset(data.get("locked", ())), source=path)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(path, None, f"cannot be read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(path, None, f"larger than {MAX_POLICY_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")  # Notepad may save a byte-order mark
    except UnicodeDecodeError as exc:
        raise PolicyError(path, None, f"not UTF-8 text (byte {exc.start})") from exc

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise PolicyError(path, key, "given twice")
            seen[key] = value
        return seen

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise PolicyError(path, None, f"not valid JSON: {exc.msg} at line {exc.lineno}, "
                          f"column {exc.colno}") from exc
    if not isinstance(data, dict):
        raise PolicyError(path, None, "must be a JSON object ({...})")
    return data


def _validate(path: Path, data: dict[str, Any]) -> None:
    # Only when a policy file exists: start-up skips importing jsonschema otherwise.
    from digigov_desktop.schema_check import validator as schema_validator

    schema = json.loads(resource_path("schemas", "policy.schema.json").read_text("utf-8"))
    validator = schema_validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    error = errors[0]
    if error.validator == "additionalProperties" and not error.absolute_path:
        unknown = sorted(set(data) - set(schema["properties"]))
        raise PolicyError(path, unknown[0], f"unknown key (known keys: {', '.join(KEYS)}, "
                          "locked)")
    key = str(error.absolute_path[0]) if error.absolute_path else None
    raise PolicyError(path, key, error.message)


_active: Policy | None = None


def active_policy() -> Policy:
    """The policy in force in this process: the one `set_active_policy()` was given at
    start, else the one found now (loaded once)."""
    global _active
    if _active is None:
        _active = load_policy()
    return _active


def set_active_policy(policy: Policy | None) -> None:
    """Install the policy read at start (None: read it again on next use)."""
    global _active
    _active = policy

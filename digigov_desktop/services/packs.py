"""Framework packs: install a signed `.dgpack` into the agency store, list, resolve.

Built-in packs come from `resources/frameworks/<id>/<version>/`; installed packs live in
the store (table `pack`, with the signed file), so an evaluation travels with the pack it
was made on. `register_installed(store)` makes the store's packs resolvable by
`domain.framework.load_framework` — both front ends call it when they open a store.

Install refuses, with a code and without touching the store: a file not signed by the
installed trust bundle's coordinator (`PACK_FOREIGN_SIGNER`), a changed byte
(`PACK_TAMPERED`), an older version than one installed (`PACK_OLDER`), another text for an
existing version (`PACK_CONFLICT`: a published version is immutable), a pack that fails
its schema (`PACK_CONTENT_INVALID`) and one in a later format, made for a newer DigiGov
Desktop (`PACK_NEWER`). Installing the same file again changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from digigov_desktop.domain import framework as fw
from digigov_desktop.errors import DigigovError, FrameworkError
from digigov_desktop.services.pack_registry import (  # re-exported
    register_installed as register_installed,
)
from digigov_desktop.storage import credentials as cred_repo
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage.database import Store

log = logging.getLogger(__name__)


class PackError(DigigovError):
    """A pack cannot be installed; `code` says why (see the module docstring)."""

    code = "PACK_INVALID"


@dataclass(frozen=True)
class PackInfo:
    """One pack version the application can use."""

    id: str
    version: str
    format: int
    sha256: str
    source: str  # "builtin" | "installed" | "builtin+installed"
    title_es: str
    title_en: str
    signer: str = ""
    installed_at: str = ""
    default: bool = False

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "version": self.version, "format": self.format,
                "sha256": self.sha256, "source": self.source, "signer": self.signer,
                "installed_at": self.installed_at, "default": self.default,
                "title": {"es": self.title_es, "en": self.title_en}}


@dataclass(frozen=True)
class InstallResult:
    id: str
    version: str
    sha256: str
    already_installed: bool


def list_packs(store: Store | None = None) -> list[PackInfo]:
    """Built-in and installed packs, by id then version."""
    rows = {(r["framework_id"], r["version"]): r
            for r in (repo.installed_packs(store) if store is not None else [])}
    out: list[PackInfo] = []
    ids = set(fw.available_framework_ids()) | {fid for fid, _ in rows}
    for framework_id in sorted(ids):
        default = fw.default_version(framework_id)
        builtin = set(fw.builtin_versions(framework_id))
        versions = set(fw.available_versions(framework_id)) | {v for f, v in rows
                                                               if f == framework_id}
        for version in sorted(versions, key=fw.version_key):
            row = rows.get((framework_id, version))
            try:
                framework = fw.load_framework(framework_id, version)
            except FrameworkError:
                if row is None:
                    continue
                framework = fw.framework_from_bytes(bytes(row["framework_json"]),
                                                    source=version)
            source = "+".join(s for s, on in (("builtin", version in builtin),
                                               ("installed", row is not None)) if on)
            out.append(PackInfo(
                id=framework_id, version=version, format=framework.format,
                sha256=framework.sha256, source=source, title_es=framework.title.es,
                title_en=framework.title.en, signer=row["signer_subject"] if row else "",
                installed_at=row["installed_at"] if row else "",
                default=version == default))
    return out


def _content_code(exc: FrameworkError) -> str:
    """`PACK_NEWER` for a pack in a later format than this installation reads (made for a
    newer DigiGov Desktop: update it), else `PACK_CONTENT_INVALID`."""
    return "PACK_NEWER" if exc.params.get("newer") else "PACK_CONTENT_INVALID"


def install_pack(store: Store, data: bytes, *, actor: str = "",
                 file_name: str = "") -> InstallResult:
    """Verify a `.dgpack` against the store's trust bundle and install it (one transaction).

    Raises:
        PackError: `NO_TRUST_BUNDLE`, `PACK_OLDER`, `PACK_CONFLICT`, `PACK_CONTENT_INVALID`,
            `PACK_NEWER`.
        PackSignatureError: `PACK_NEWER` (a later container format), `PACK_NOT_SIGNED`,
            `PACK_TAMPERED`, `PACK_FOREIGN_SIGNER`, …
    """
    from digigov_desktop.signing.credentials import TrustBundle
    from digigov_desktop.signing.packsign import verify_pack

    bundle_pem = cred_repo.trust_bundle(store)
    if not bundle_pem:
        raise PackError("no trust bundle is installed: install the coordinator's first",
                        code="NO_TRUST_BUNDLE")
    verified = verify_pack(data, TrustBundle.from_pem(bytes(bundle_pem)))
    raw = verified.framework_json
    try:
        framework = fw.framework_from_bytes(raw, source=file_name or "framework.json")
    except FrameworkError as exc:
        raise PackError(f"the signed pack is not valid: {exc}", code=_content_code(exc),
                        where=exc.params.get("where", "")) from None
    sha256 = hashlib.sha256(raw).hexdigest()
    _check_predecessors(framework)
    installed = {(r["framework_id"], r["version"]): r["sha256"]
                 for r in repo.installed_packs(store)}
    key = (framework.id, framework.version)
    if key in installed:
        if installed[key] == sha256:
            return InstallResult(framework.id, framework.version, sha256, True)
        raise PackError(f"{framework.id} {framework.version} is installed with other content; "
                        "a published version cannot change", code="PACK_CONFLICT")
    if framework.version in fw.builtin_versions(framework.id):
        builtin = fw.load_framework(framework.id, framework.version)
        if builtin.sha256 != sha256:
            raise PackError(f"{framework.id} {framework.version} differs from the built-in "
                            "pack of the same version", code="PACK_CONFLICT")
    newer = [v for (fid, v) in installed if fid == framework.id
             and fw.version_key(v) > fw.version_key(framework.version)]
    if newer:
        raise PackError(f"{framework.id} {max(newer, key=fw.version_key)} is installed; "
                        f"{framework.version} is older", code="PACK_OLDER",
                        installed=max(newer, key=fw.version_key), offered=framework.version)
    with store.transaction() as db:
        repo.insert_pack(db, framework_id=framework.id, version=framework.version,
                         sha256=sha256, framework_json=raw, signed_file=bytes(data),
                         signer_subject=verified.signer_subject, actor=actor)
        repo.append_audit(db, actor=actor, action="pack.install", entity="pack",
                          key=f"{framework.id}@{framework.version}",
                          new={"sha256": sha256, "signer": verified.signer_subject,
                               "file": file_name})
    fw.register_pack(framework)
    return InstallResult(framework.id, framework.version, sha256, False)


def install_pack_file(store: Store, path: Path, *, actor: str = "") -> InstallResult:
    """`install_pack` on a file (size checked before reading)."""
    from digigov_desktop.signing.packsign import MAX_PACK_BYTES, PackSignatureError

    path = Path(path)
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise PackSignatureError("PACK_TOO_LARGE", f"{path.name} is too large")
        data = path.read_bytes()
    except OSError as exc:
        raise PackError(f"{path}: {exc.strerror or exc}", code="PACK_UNREADABLE",
                        file=str(path)) from None
    return install_pack(store, data, actor=actor, file_name=path.name)


def _check_predecessors(framework: fw.Framework) -> None:
    """A format-2 pack's map must name elements of the version it maps from."""
    if framework.previous is None:
        return
    prev_id, prev_version = framework.previous
    if not fw.framework_known(prev_id, prev_version):
        return  # mapped from a pack this installation does not have: no migration offered
    previous = fw.load_framework(prev_id, prev_version)
    names = [e for el in framework.iter_elements() if el.predecessor
             for e in el.predecessor.elements] + [r.id for r in framework.removed]
    unknown = sorted({n for n in names if not previous.has_element(n)})
    if unknown:
        raise PackError(f"the predecessor map names {', '.join(unknown)}, which "
                        f"{prev_id} {prev_version} does not have", code="PACK_CONTENT_INVALID")
    mapped = set(names)
    missing = [e.id for e in previous.iter_elements() if e.id not in mapped]
    if missing:
        raise PackError(f"the predecessor map loses {', '.join(missing)} of {prev_version}",
                        code="PACK_CONTENT_INVALID")


def read_pack_files(folder: Path) -> dict[str, bytes]:
    """The files `pack sign --pack DIR` signs: the folder's framework.json (required)."""
    folder = Path(folder)
    target = folder / "framework.json" if folder.is_dir() else folder
    try:
        return {"framework.json": target.read_bytes()}
    except OSError as exc:
        raise PackError(f"{target}: {exc.strerror or exc}", code="PACK_UNREADABLE",
                        file=str(target)) from None


def sign_pack_folder(ca_folder: Path, pack: Path, *, passphrase: bytes) -> tuple[bytes,
                                                                                fw.Framework]:
    """Validate a pack folder (or framework.json) and sign it with the CA; returns the DER."""
    from digigov_desktop.signing.authority import CertificateAuthority
    from digigov_desktop.signing.packsign import sign_pack

    files = read_pack_files(pack)
    try:
        framework = fw.framework_from_bytes(files["framework.json"], source=str(pack))
    except FrameworkError as exc:
        raise PackError(str(exc), code=_content_code(exc)) from None
    _check_predecessors(framework)
    ca = CertificateAuthority(Path(ca_folder))
    return sign_pack(ca, files, passphrase=passphrase), framework


def install_policy_pack(store: Store, path: Path) -> InstallResult | None:
    """Preload the IT policy's pack at start: install it when newer, else leave things be.

    Returns None when an equal or newer version is already installed.

    Raises:
        PackError, PackSignatureError: the file is unreadable, unsigned, tampered, foreign.
    """
    try:
        return install_pack_file(store, path, actor="policy")
    except PackError as exc:
        if exc.code in ("PACK_OLDER",):
            return None
        raise

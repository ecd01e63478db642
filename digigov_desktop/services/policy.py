"""The deployment policy applied at start, the same way by both front ends.

`start()` reads the policy file (`digigov_desktop.config`) and makes it the one in force;
`apply_to_agency_store()` installs the policy's trust bundle into an agency store (when
none is installed, or when the policy locks a different one). The GUI calls both when it
starts; the CLI when a command opens an agency store. `with_policy_agency()` puts the
agency fields the policy locks back into what the first-run setup asked.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from digigov_desktop.config import (
    Policy,
    PolicyError,
    active_policy,
    load_policy,
    set_active_policy,
)

if TYPE_CHECKING:  # start() runs before the domain is imported (digigov_desktop.code_cache)
    from digigov_desktop.domain.evaluation import Agency
    from digigov_desktop.services.stores import Store

log = logging.getLogger(__name__)

POLICY_ACTOR = "policy"


def start(path: Path | None = None) -> Policy:
    """Read the policy in force (or `path`) and make it active for this process.

    Raises:
        PolicyError: the file is malformed (code POLICY_INVALID).
    """
    policy = load_policy(path)
    set_active_policy(policy)
    return policy


def mode_switch_allowed() -> bool:
    """False when the deployment policy keeps this installation in agency mode."""
    return active_policy().allow_mode_switch


def with_policy_agency(agency: Agency, policy: Policy | None = None) -> Agency:
    """`agency` with the fields the policy locks (code, name, type, region) put back."""
    from digigov_desktop.domain.evaluation import AgencyType

    policy = policy or active_policy()
    locked = {k: v for k, v in policy.agency_preset().items()
              if k in policy.locked_agency_fields()}
    if not locked:
        return agency
    return dataclasses.replace(
        agency,
        code=locked.get("code", agency.code),
        name=locked.get("name", agency.name),
        type=AgencyType(locked["type"]) if "type" in locked else agency.type,
        region=locked.get("region", agency.region),
    )


def apply_to_agency_store(store: Store, policy: Policy | None = None) -> bool:
    """Install what the policy gives an agency store: its trust bundle, then its pack.

    The trust bundle is installed when none is (or, when locked, a different one is); the
    framework pack (`framework_pack`) when it is newer than the installed ones. A pack that
    cannot be installed (unsigned, tampered, foreign) is logged, not fatal: the evaluation
    goes on with the packs already there.

    Returns True when it installed a trust bundle (an audited change of the store).

    Raises:
        PolicyError: the bundle cannot be read or is not a valid trust bundle.
    """
    policy = policy or active_policy()
    installed = _install_trust_bundle(store, policy)
    _install_framework_pack(store, policy)
    return installed


def _install_trust_bundle(store: Store, policy: Policy) -> bool:
    pem = policy.trust_bundle_pem()
    if pem is None:
        return False
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.signing.credentials import CredentialError, TrustBundle

    service = CredentialService(store, actor=POLICY_ACTOR)
    try:
        wanted = TrustBundle.from_pem(pem)
        installed = service.trust_bundle()
        if installed is not None and not (policy.is_locked("trust_bundle")
                                          and installed.to_pem() != wanted.to_pem()):
            return False
        service.install_trust_bundle(pem)
    except CredentialError as exc:
        raise PolicyError(policy.source or "policy", "trust_bundle", exc.message) from exc
    log.info("installed the trust bundle from the policy %s", policy.source)
    return True


def _install_framework_pack(store: Store, policy: Policy) -> None:
    path = policy.framework_pack_path()
    if path is None:
        return
    from digigov_desktop.errors import DigigovError
    from digigov_desktop.services.packs import install_policy_pack

    try:
        result = install_policy_pack(store, path)
    except DigigovError as exc:
        log.warning("the policy's framework pack %s was not installed: %s (%s)", path,
                    exc.code, exc)
        return
    if result is not None and not result.already_installed:
        log.info("installed framework pack %s %s from the policy", result.id, result.version)


__all__ = ["POLICY_ACTOR", "apply_to_agency_store", "mode_switch_allowed", "start",
           "with_policy_agency"]

"""Helpers for flow tests: enrol demo agencies with credentials from a real CA."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage.database import Store

CA_PASS = b"coordinator secret"
AGENCY_PASS = b"agency secret"


@dataclass
class Agency:
    code: str
    store: Store
    path: Path


def enrol(authority: CertificateAuthority, folder: Path, code: str, *, seed: int = 1,
          route: str = "csr") -> Agency:
    """A demo agency with a credential issued by `authority` (CSR or PKCS#12 route)."""
    path = folder / f"{code}.sqlite"
    store = create_demo(path, agency_code=code, agency_name=f"Servicio {code}", seed=seed)
    service = CredentialService(store, actor="test")
    if route == "csr":
        csr = service.request(passphrase=AGENCY_PASS)
        cert = authority.issue_from_csr(csr, agency_code=code, agency_name=f"Servicio {code}",
                                        passphrase=CA_PASS)
        service.install_certificate(cert, trust_pem=authority.bundle_pem())
    else:
        p12 = authority.issue_pkcs12(agency_code=code, agency_name=f"Servicio {code}",
                                     passphrase=CA_PASS, p12_passphrase=AGENCY_PASS)
        service.import_pkcs12(p12, passphrase=AGENCY_PASS, trust_pem=authority.bundle_pem())
    return Agency(code, store, path)

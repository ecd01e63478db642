"""A test agency gets its credential from a test CA, by either route (imported by name:
tests/ is on sys.path, as for pg_cluster)."""

from __future__ import annotations


def install_credential(service, authority, *, code: str, name: str, route: str,
                       ca_pass: bytes, agency_pass: bytes) -> None:
    """`service` (a CredentialService) requests and installs a certificate issued by
    `authority` ("csr"), or imports a PKCS#12 it issued ("p12")."""
    if route == "csr":
        csr = service.request(passphrase=agency_pass)
        cert = authority.issue_from_csr(csr, agency_code=code, agency_name=name,
                                        passphrase=ca_pass)
        service.install_certificate(cert, trust_pem=authority.bundle_pem())
    else:
        p12 = authority.issue_pkcs12(agency_code=code, agency_name=name, passphrase=ca_pass,
                                     p12_passphrase=agency_pass)
        service.import_pkcs12(p12, passphrase=agency_pass, trust_pem=authority.bundle_pem())

"""Fixtures for pack tests: two real CAs (ours and a foreign one) and a demo agency store."""

from __future__ import annotations

import pytest
from pack_helpers import CA_PASS

from digigov_desktop import cli
from digigov_desktop.domain.framework import unregister_packs
from digigov_desktop.signing.authority import CertificateAuthority


@pytest.fixture(autouse=True)
def _forget_installed_packs():
    yield
    unregister_packs()


@pytest.fixture(scope="session")
def our_ca(tmp_path_factory) -> CertificateAuthority:
    return CertificateAuthority.init(tmp_path_factory.mktemp("ca") / "ca",
                                     name="Coordinación de prueba", passphrase=CA_PASS)


@pytest.fixture(scope="session")
def foreign_ca(tmp_path_factory) -> CertificateAuthority:
    return CertificateAuthority.init(tmp_path_factory.mktemp("ca2") / "ca",
                                     name="Otra coordinación", passphrase=CA_PASS)


@pytest.fixture(scope="session")
def pass_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pass") / "ca.pass"
    path.write_bytes(CA_PASS + b"\n")
    return path


@pytest.fixture
def agency_db(tmp_path, our_ca):
    """A demo agency database (pack 1.0.0) that trusts `our_ca`."""
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.storage.database import open_store

    path = tmp_path / "agency.sqlite"
    assert cli.main(["demo", "--db", str(path), "--framework-version", "1.0.0"]) == 0
    with open_store(path) as store:
        CredentialService(store, actor="test").install_trust_bundle(our_ca.bundle_pem())
    unregister_packs()
    return path


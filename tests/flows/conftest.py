"""Fixtures for flow tests: a coordinator CA and an enrolled demo agency."""

from __future__ import annotations

import pytest
from campaign import CA_PASS, enrol, shared_campaign, shared_import

from digigov_desktop.signing.authority import CertificateAuthority


@pytest.fixture(scope="session")
def authority(tmp_path_factory) -> CertificateAuthority:
    return CertificateAuthority.init(tmp_path_factory.mktemp("ca") / "ca",
                                     name="Coordinación de prueba", passphrase=CA_PASS)


@pytest.fixture
def agency(authority, tmp_path):
    a = enrol(authority, tmp_path, "AG-0001")
    yield a
    a.store.close()


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    """The whole campaign (CA, 30 agencies, an inbox), built once per session."""
    return shared_campaign(tmp_path_factory)


@pytest.fixture(scope="module")
def central_store(tmp_path_factory):
    """The campaign's inbox imported once per session into a central store."""
    return shared_import(tmp_path_factory)[0]

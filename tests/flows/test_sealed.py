"""Sealed submissions: the signed PDF in a CMS envelope (RSA-OAEP, AES-256) for the
coordinator's encryption certificate; opened by the import with the CA passphrase."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from asn1crypto import cms
from campaign import AGENCY_PASS, CA_PASS

from digigov_desktop.cli import main
from digigov_desktop.services.export import ExportError, export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.signing.credentials import TrustBundle
from digigov_desktop.signing.seal import SealError, is_sealed, unseal
from digigov_desktop.signing.verify import verify_submission
from digigov_desktop.storage import central
from digigov_desktop.storage.central import open_central


@pytest.fixture
def sealed(agency, tmp_path):
    out = tmp_path / "out" / "submission.p7m"
    result = export_submission(agency.store, out=out, passphrase=AGENCY_PASS, seal=True)
    assert result.sealed and out.exists()
    return out


def _counts(store) -> tuple[int, int]:
    return central.count(store, "submission"), central.count(store, "stored_file")


def test_bundle_carries_the_encryption_certificate(authority):
    bundle = TrustBundle.from_pem(authority.bundle_pem())
    assert bundle.roots == (authority.root,) and bundle.seal is not None
    usage = bundle.seal.extensions.get_extension_for_class(
        __import__("cryptography").x509.KeyUsage).value
    assert usage.key_encipherment and not usage.digital_signature
    assert TrustBundle.from_pem(bundle.to_pem()).seal == bundle.seal


def test_sealed_export_is_oaep_aes256_and_imports(authority, sealed, tmp_path):
    data = sealed.read_bytes()
    assert is_sealed(data) and not data.startswith(b"%PDF")
    env = cms.ContentInfo.load(data)["content"]
    ktri = env["recipient_infos"][0].chosen
    assert ktri["key_encryption_algorithm"]["algorithm"].native == "rsaes_oaep"
    assert env["encrypted_content_info"]["content_encryption_algorithm"][
        "algorithm"].native == "aes256_cbc"
    with open_central(tmp_path / "central.sqlite") as store:
        result = Importer(store, authority, seal_passphrase=CA_PASS).import_file(sealed)
        assert result.accepted, result
        stored = central.file_content(store, result.sha256)
        assert stored.startswith(b"%PDF") and verify_submission(stored, authority.bundle()).accepted
        again = Importer(store, authority, seal_passphrase=CA_PASS).import_file(sealed)
        assert again.outcome == "DUPLICATE"


def test_openssl_opens_the_envelope(authority, sealed, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("no openssl")
    key = authority.folder / "seal-key.pem"
    out = tmp_path / "inner.pdf"
    subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(sealed),
                    "-recip", str(authority.folder / "seal-cert.pem"), "-inkey", str(key),
                    "-passin", f"pass:{CA_PASS.decode()}", "-out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes().startswith(b"%PDF-")


def test_sealed_import_is_refused_without_the_key(authority, sealed, tmp_path):
    renamed = tmp_path / "inbox" / "looks-like.pdf"  # recognised by content, not by name
    renamed.parent.mkdir()
    shutil.copy(sealed, renamed)
    with open_central(tmp_path / "central.sqlite") as store:
        result = Importer(store, authority).import_file(renamed)
        assert result.outcome == "SEAL_KEY_REQUIRED"
        wrong = Importer(store, authority, seal_passphrase=b"not the passphrase")
        assert wrong.import_file(renamed).outcome == "WRONG_PASSPHRASE"
        assert _counts(store) == (0, 0)
        log = central.import_log(store)
        assert sorted(row["outcome"] for row in log) == ["SEAL_KEY_REQUIRED", "WRONG_PASSPHRASE"]


def test_one_byte_changed_or_another_coordinator_is_rejected(authority, sealed, tmp_path):
    data = bytearray(sealed.read_bytes())
    outcomes = []
    with open_central(tmp_path / "central.sqlite") as store:
        for offset in (40, len(data) // 2, len(data) - 5):
            bad = bytearray(data)
            bad[offset] ^= 0x01
            path = tmp_path / f"bad{offset}.p7m"
            path.write_bytes(bytes(bad))
            result = Importer(store, authority, seal_passphrase=CA_PASS).import_file(path)
            assert result.rejected
            outcomes.append(result.outcome)
        other = CertificateAuthority.init(tmp_path / "other", name="Otra", passphrase=CA_PASS)
        result = Importer(store, other, seal_passphrase=CA_PASS).import_file(sealed)
        assert result.outcome == "SEAL_WRONG_KEY"
        assert _counts(store) == (0, 0)
    assert set(outcomes) <= {"SEAL_DAMAGED", "MODIFIED", "DAMAGED", "SIGNATURE_CORRUPT",
                             "NOT_PDF", "SEAL_WRONG_KEY"}
    with pytest.raises(SealError):
        cert = other.seal_certificate()
        unseal(bytes(data), key=__import__("cryptography").hazmat.primitives.asymmetric.rsa
               .generate_private_key(public_exponent=65537, key_size=2048), certificate=cert)


def test_cli_export_seal_import_folder_and_verify(agency, authority, tmp_path, capsys):
    secret, ca_secret = tmp_path / "pass", tmp_path / "ca-pass"
    secret.write_bytes(AGENCY_PASS + b"\n")
    ca_secret.write_bytes(CA_PASS + b"\n")
    inbox = tmp_path / "inbox"
    out = inbox / "AG-0001.p7m"
    assert main(["--lang", "en", "export", "--db", str(agency.path), "--out", str(out),
                 "--passphrase-file", str(secret), "--seal"]) == 0
    assert "Sealed submission written to" in capsys.readouterr().out
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(authority.bundle_pem())
    assert main(["verify", str(out), "--trust", str(bundle), "--json"]) == 3
    shown = json.loads(capsys.readouterr().out)
    assert shown["reason"] == "SEALED" and "Coordinación de prueba" in shown["sealed_for"]
    assert "evaluation" not in json.dumps(shown)  # nothing of the content
    db = tmp_path / "central.sqlite"
    args = ["import", "--central", str(db), "--ca", str(authority.folder), str(inbox), "--json"]
    assert main(args) == 3  # no passphrase and no terminal: refused, nothing stored
    assert json.loads(capsys.readouterr().out)["rejected"][0]["reason"] == "SEAL_KEY_REQUIRED"
    assert main([*args, "--passphrase-file", str(ca_secret)]) == 0
    assert json.loads(capsys.readouterr().out)["accepted"] == 1


def test_sealing_needs_an_encryption_certificate(agency, authority, tmp_path):
    bundle = TrustBundle(roots=(authority.root,), crl=authority.crl())  # an older bundle
    from digigov_desktop.services.credentials import CredentialService

    CredentialService(agency.store).install_trust_bundle(bundle.to_pem())
    with pytest.raises(ExportError) as err:
        export_submission(agency.store, out=tmp_path / "x.p7m", passphrase=AGENCY_PASS,
                          seal=True)
    assert err.value.code == "SEAL_UNAVAILABLE"
    assert not (tmp_path / "x.p7m").exists()

"""Keys at rest: every stored key and issued PKCS#12 is PBKDF2-SHA256 ≥ 600,000 rounds,
old keys unlock and are re-encrypted, one passphrase rule for both front ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from asn1crypto import pkcs12 as asn1_pkcs12
from campaign import AGENCY_PASS, CA_PASS, enrol
from cryptography.hazmat.primitives import serialization

from digigov_desktop.cli import main
from digigov_desktop.config import Policy
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services import passphrases
from digigov_desktop.services.authority import change_ca_passphrase, create_authority
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.signing.credentials import CredentialError, load_private_key
from digigov_desktop.signing.keys import KDF_ROUNDS

NEW_PASS = b"a longer and better phrase 42"


def _pbes2_rounds(algorithm) -> int:
    """Independent parse (asn1crypto only) of a PBES2 AlgorithmIdentifier's PBKDF2 rounds."""
    assert algorithm["algorithm"].native == "pbes2"
    kdf = algorithm["parameters"]["key_derivation_func"]
    assert kdf["algorithm"].native == "pbkdf2"
    params = kdf["parameters"]
    assert params["prf"]["algorithm"].native == "sha256"
    assert algorithm["parameters"]["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    return int(params["iteration_count"].native)


def _pem_rounds(pem: bytes) -> int:
    kind, _headers, der = asn1_pem.unarmor(pem)
    assert kind == "ENCRYPTED PRIVATE KEY"
    return _pbes2_rounds(asn1_keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"])


def _p12_rounds(data: bytes) -> list[int]:
    rounds = []
    for info in asn1_pkcs12.Pfx.load(data).authenticated_safe:
        if info["content_type"].native != "data":
            continue
        for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
            if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                rounds.append(_pbes2_rounds(bag["bag_value"]["encryption_algorithm"]))
    return rounds


def _old_pem(key, passphrase: bytes) -> bytes:
    """What the previous version wrote: cryptography's BestAvailableEncryption (2,048 rounds)."""
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase))


def _key_row(store) -> bytes:
    return bytes(store.query_one("SELECT key_pem FROM credential WHERE active = 1")["key_pem"])


# --------------------------------------------------------------------------- the KDF


def test_root_key_agency_key_and_pkcs12_use_600k_rounds(authority, agency) -> None:
    assert KDF_ROUNDS >= 600_000
    assert _pem_rounds((authority.folder / "root-key.pem").read_bytes()) >= 600_000
    assert _pem_rounds(_key_row(agency.store)) >= 600_000
    p12 = authority.issue_pkcs12(agency_code="AG-P12", agency_name="Servicio P12",
                                 passphrase=CA_PASS, p12_passphrase=AGENCY_PASS)
    assert _p12_rounds(p12) and all(r >= 600_000 for r in _p12_rounds(p12))


def test_imported_pkcs12_key_is_stored_with_600k_rounds(authority, tmp_path) -> None:
    agency = enrol(authority, tmp_path, "AG-0002", route="p12")
    try:
        assert _pem_rounds(_key_row(agency.store)) >= 600_000
    finally:
        agency.store.close()


def test_old_agency_key_unlocks_and_is_reencrypted(agency) -> None:
    service = CredentialService(agency.store, actor="test")
    key = service.signer(AGENCY_PASS).private_key
    old = _old_pem(key, AGENCY_PASS)
    assert _pem_rounds(old) == 2048
    with agency.store.transaction() as db:
        db.execute("UPDATE credential SET key_pem = ? WHERE active = 1", [old])
    assert service.signer(AGENCY_PASS).private_key.private_numbers() == key.private_numbers()
    assert _pem_rounds(_key_row(agency.store)) >= 600_000
    audit = agency.store.query_one(
        "SELECT action FROM audit WHERE action = 'credential.rekey' ORDER BY id DESC LIMIT 1")
    assert audit is not None
    # a wrong passphrase re-encrypts nothing
    with agency.store.transaction() as db:
        db.execute("UPDATE credential SET key_pem = ? WHERE active = 1", [old])
    with pytest.raises(CredentialError) as err:
        service.signer(b"not the passphrase")
    assert err.value.code == "WRONG_PASSPHRASE"
    assert _key_row(agency.store) == old


def test_old_ca_root_key_unlocks_and_is_reencrypted(tmp_path) -> None:
    ca = CertificateAuthority.init(tmp_path / "ca", name="Old CA", passphrase=CA_PASS)
    path = ca.folder / "root-key.pem"
    root = load_private_key(path.read_bytes(), CA_PASS)
    path.write_bytes(_old_pem(root, CA_PASS))
    assert _pem_rounds(path.read_bytes()) == 2048
    with pytest.raises(CredentialError):
        ca.reissue_crl(passphrase=b"wrong passphrase")
    assert _pem_rounds(path.read_bytes()) == 2048  # untouched on failure
    ca.reissue_crl(passphrase=CA_PASS)
    assert _pem_rounds(path.read_bytes()) >= 600_000
    again = load_private_key(path.read_bytes(), CA_PASS)
    assert again.private_numbers() == root.private_numbers()


# --------------------------------------------------------------------------- the rule


@pytest.mark.parametrize("lang, text", [
    ("en", "at least 12 characters"), ("es", "al menos 12 caracteres")])
def test_cli_ca_init_refuses_a_one_character_passphrase(tmp_path, capsys, lang, text) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("x\n")
    code = main(["--lang", lang, "ca", "init", "--dir", str(tmp_path / "ca"), "--name", "C",
                 "--passphrase-file", str(secret)])
    assert code == 4
    err = capsys.readouterr().err
    assert text in err and "Traceback" not in err
    assert not (tmp_path / "ca").exists()


def test_common_and_repeated_passphrases_are_refused() -> None:
    for bad in (b"passwordpassword", b"PasswordPassword", b"contrase\xc3\xb1a1234",
                b"aaaaaaaaaaaaaaaa"):
        with pytest.raises(InvalidInputError) as err:
            passphrases.check_new(bad, policy=Policy())
        assert err.value.code == "PASSPHRASE_COMMON"
    passphrases.check_new(b"three quiet rivers", policy=Policy())


def test_policy_raises_the_minimum_but_never_lowers_it(tmp_path) -> None:
    raised = Policy(values={"passphrase_min_length": 20})
    with pytest.raises(InvalidInputError) as err:
        passphrases.check_new(b"three quiet rivers", policy=raised)
    assert err.value.code == "PASSPHRASE_TOO_SHORT" and err.value.params["min_length"] == 20
    assert passphrases.min_length(Policy(values={"passphrase_min_length": 4})) == 12
    with pytest.raises(InvalidInputError):
        create_authority(tmp_path / "ca", name="C", passphrase=b"short")


def test_weak_passphrase_in_use_is_advised_on_stderr(authority, tmp_path, capsys) -> None:
    weak = CertificateAuthority.init(tmp_path / "weak", name="Weak", passphrase=b"weak")
    secret = tmp_path / "pass.txt"
    secret.write_text("weak\n")
    assert main(["--lang", "en", "ca", "crl", "--dir", str(weak.folder),
                 "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr()
    assert out.err.startswith("digigov: warning: ") and "change-passphrase" in out.err
    assert main(["--lang", "es", "ca", "crl", "--dir", str(weak.folder),
                 "--passphrase-file", str(secret)]) == 0
    err = capsys.readouterr().err  # the whole line in Spanish
    assert err.startswith("digigov: advertencia: ") and "cámbiela" in err


# --------------------------------------------------------------------------- change


def test_cli_credential_change_passphrase(agency, tmp_path, capsys) -> None:
    old, wrong, new = (tmp_path / n for n in ("old", "wrong", "new"))
    old.write_bytes(AGENCY_PASS + b"\n")
    wrong.write_text("not the passphrase\n")
    new.write_bytes(NEW_PASS + b"\n")
    before = _key_row(agency.store)
    db = ["--db", str(agency.path)]
    assert main(["--lang", "en", "credential", "change-passphrase", *db, "--passphrase-file",
                 str(wrong), "--new-passphrase-file", str(new)]) == 4
    assert "not correct" in capsys.readouterr().err
    assert _key_row(agency.store) == before
    assert main(["credential", "change-passphrase", *db, "--passphrase-file", str(old),
                 "--new-passphrase-file", str(old.parent / "old")]) == 0
    capsys.readouterr()
    assert main(["credential", "change-passphrase", *db, "--passphrase-file", str(old),
                 "--new-passphrase-file", str(new)]) == 0
    service = CredentialService(agency.store)
    with pytest.raises(CredentialError):
        service.signer(AGENCY_PASS)
    assert service.signer(NEW_PASS).agency_code == "AG-0001"
    assert _pem_rounds(_key_row(agency.store)) >= 600_000


def test_ca_change_passphrase(tmp_path) -> None:
    ca = CertificateAuthority.init(tmp_path / "ca", name="C", passphrase=CA_PASS)
    ca.receipt_signer(passphrase=CA_PASS)
    files = {n: (ca.folder / n).read_bytes() for n in ("root-key.pem", "receipt-key.pem")}
    with pytest.raises(CredentialError) as err:
        change_ca_passphrase(ca.folder, old=b"wrong passphrase", new=NEW_PASS)
    assert err.value.code == "WRONG_PASSPHRASE"
    with pytest.raises(InvalidInputError):
        change_ca_passphrase(ca.folder, old=CA_PASS, new=b"short")
    assert {n: (ca.folder / n).read_bytes() for n in files} == files
    change_ca_passphrase(ca.folder, old=CA_PASS, new=NEW_PASS)
    with pytest.raises(CredentialError):
        ca.reissue_crl(passphrase=CA_PASS)
    ca.reissue_crl(passphrase=NEW_PASS)
    receipt = ca.receipt_signer(passphrase=NEW_PASS)
    assert receipt.certificate.serial_number == CertificateAuthority(ca.folder).receipt_signer(
        passphrase=NEW_PASS).certificate.serial_number
    for name in files:
        assert _pem_rounds((ca.folder / name).read_bytes()) >= 600_000


def test_cli_ca_change_passphrase(tmp_path: Path, capsys) -> None:
    ca = CertificateAuthority.init(tmp_path / "ca", name="C", passphrase=CA_PASS)
    old, new = tmp_path / "old", tmp_path / "new"
    old.write_bytes(CA_PASS + b"\n")
    new.write_bytes(NEW_PASS + b"\n")
    assert main(["ca", "change-passphrase", "--dir", str(ca.folder), "--passphrase-file",
                 str(new), "--new-passphrase-file", str(old)]) == 4
    assert main(["--lang", "en", "ca", "change-passphrase", "--dir", str(ca.folder),
                 "--passphrase-file", str(old), "--new-passphrase-file", str(new)]) == 0
    assert "changed" in capsys.readouterr().out
    CertificateAuthority(ca.folder).unlock(NEW_PASS)

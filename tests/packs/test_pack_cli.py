"""`digigov pack sign|install|list` and `digigov migrate` with real CAs and real databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from db_dump import dump
from pack_helpers import CA_PASS, PACK

from digigov_desktop import cli


def run(capsys, *args) -> tuple[int, str, str]:
    """`digigov ARGS` in English (the default follows the locale; a later --lang wins)."""
    code = cli.main(["--lang", "en", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def signed(tmp_path_factory, our_ca, pass_file):
    out = tmp_path_factory.mktemp("signed") / "oecd-dgs-2014-1.5.0.dgpack"
    assert cli.main(["pack", "sign", "--ca", str(our_ca.folder), "--pack", str(PACK),
                     "--out", str(out), "--passphrase-file", str(pass_file)]) == 0
    return out


def _variant(tmp_path, version: str) -> Path:
    data = json.loads(PACK.read_text(encoding="utf-8"))
    data["version"] = version
    folder = tmp_path / f"pack-{version}"
    folder.mkdir()
    (folder / "framework.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def test_sign_install_list_and_install_again(capsys, signed, agency_db):
    code, out, err = run(capsys, "pack", "install", "--db", agency_db, signed)
    assert (code, err) == (0, "")
    assert "1.5.0 installed" in out
    code, out, _ = run(capsys, "pack", "list", "--db", agency_db, "--json")
    packs = {(p["id"], p["version"]): p for p in json.loads(out)}
    assert packs[("oecd-dgs-2014", "1.5.0")]["source"] == "installed"
    assert packs[("oecd-dgs-2014", "1.5.0")]["signer"] == "Coordinación de prueba"
    assert packs[("oecd-dgs-2014", "1.0.0")]["source"].startswith("builtin")
    # For people, where each pack comes from in words (the JSON keeps the codes).
    code, out, _ = run(capsys, "--lang", "es", "pack", "list", "--db", agency_db)
    rows = {line[2:].split()[0]: line for line in out.splitlines()}  # after the mark
    assert "  formato 2  instalado  " in rows["oecd-dgs-2014@1.5.0"]
    assert "  incluido  " in rows["oecd-dgs-2014@1.0.0"]
    assert "builtin" not in out and "installed" not in out
    before = dump(agency_db)
    code, out, _ = run(capsys, "--lang", "es", "pack", "install", "--db", agency_db, signed)
    assert code == 0 and "ya está instalado" in out
    assert dump(agency_db) == before


@pytest.mark.parametrize("where", ["content", "signature"])
def test_one_changed_byte_is_refused_and_nothing_changes(capsys, signed, agency_db, tmp_path,
                                                         where):
    data = bytearray(signed.read_bytes())
    offset = data.index(b"Test pack 1.5.0") + 5 if where == "content" else len(data) - 40
    data[offset] ^= 0x01
    bad = tmp_path / "bad.dgpack"
    bad.write_bytes(bytes(data))
    before = dump(agency_db)
    capsys.readouterr()
    code, out, err = run(capsys, "pack", "install", "--db", agency_db, bad)
    assert code == 3 and out == ""
    assert "changed after it was signed" in err or "not a signed DigiGov pack" in err
    assert "Traceback" not in err
    assert dump(agency_db) == before


def test_a_pack_signed_by_another_ca_is_refused(capsys, foreign_ca, pass_file, agency_db,
                                                tmp_path):
    out_file = tmp_path / "foreign.dgpack"
    assert cli.main(["pack", "sign", "--ca", str(foreign_ca.folder), "--pack", str(PACK),
                     "--out", str(out_file), "--passphrase-file", str(pass_file)]) == 0
    capsys.readouterr()
    before = dump(agency_db)
    code, _, err = run(capsys, "--lang", "es", "pack", "install", "--db", agency_db, out_file)
    assert code == 3 and "no está firmado por su coordinador" in err
    assert dump(agency_db) == before


def test_an_agency_certificate_cannot_sign_a_pack(our_ca, agency_db, tmp_path, capsys):
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    from digigov_desktop.signing.credentials import load_pkcs12
    from digigov_desktop.signing.packsign import pack_content

    p12 = our_ca.issue_pkcs12(agency_code="AG-9", agency_name="Servicio X", passphrase=CA_PASS,
                              p12_passphrase=b"p")
    material = load_pkcs12(p12, b"p")
    der = (pkcs7.PKCS7SignatureBuilder()
           .set_data(pack_content({"framework.json": PACK.read_bytes()}))
           .add_signer(material.certificate, material.private_key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))
    bad = tmp_path / "agency-signed.dgpack"
    bad.write_bytes(der)
    before = dump(agency_db)
    code, _, err = run(capsys, "pack", "install", "--db", agency_db, bad)
    assert code == 3 and "may not sign packs" in err
    assert dump(agency_db) == before


def test_an_older_version_than_installed_is_refused(capsys, our_ca, pass_file, agency_db,
                                                    tmp_path, signed):
    older = tmp_path / "older.dgpack"
    assert cli.main(["pack", "sign", "--ca", str(our_ca.folder), "--pack",
                     str(_variant(tmp_path, "1.4.0")), "--out", str(older),
                     "--passphrase-file", str(pass_file)]) == 0
    assert cli.main(["pack", "install", "--db", str(agency_db), str(signed)]) == 0
    capsys.readouterr()
    before = dump(agency_db)
    code, _, err = run(capsys, "pack", "install", "--db", agency_db, older)
    assert code == 3 and "1.4.0 is older" in err
    assert dump(agency_db) == before


def test_a_pack_for_a_newer_version_asks_for_the_update(capsys, our_ca, foreign_ca, pass_file,
                                                        agency_db, tmp_path, monkeypatch):
    """A genuine pack in a later format, of the framework or of the container, made for a
    newer DigiGov Desktop: PACK_NEWER (update, then install it again); nothing changes. A
    format name that is not a later one stays "not a valid framework"."""
    from digigov_desktop.signing import packsign

    def framework_format(urn: str) -> bytes:
        data = json.loads(PACK.read_text(encoding="utf-8"))
        data.update({"schema": urn, "a member format 3 added": True})
        return json.dumps(data, ensure_ascii=False).encode()

    newer_pack = tmp_path / "framework-3.dgpack"
    newer_pack.write_bytes(packsign.sign_pack(
        our_ca, {"framework.json": framework_format("urn:digigov:schema:framework:3")},
        passphrase=CA_PASS))
    monkeypatch.setattr(packsign, "DGPACK_FORMAT", "urn:digigov:dgpack:2")  # a newer signer
    newer_box = tmp_path / "container-2.dgpack"
    newer_box.write_bytes(packsign.sign_pack(our_ca, {"framework.json": PACK.read_bytes()},
                                             passphrase=CA_PASS))
    monkeypatch.undo()
    other = tmp_path / "framework-x.dgpack"
    other.write_bytes(packsign.sign_pack(
        our_ca, {"framework.json": framework_format("urn:digigov:schema:framework:3x")},
        passphrase=CA_PASS))
    before = dump(agency_db)
    capsys.readouterr()
    for newer in (newer_pack, newer_box):
        code, out, err = run(capsys, "--lang", "es", "pack", "install", "--db", agency_db, newer)
        assert (code, out) == (3, ""), err
        assert "creado para una versión más reciente de DigiGov Desktop" in err, err
    code, _, err = run(capsys, "--lang", "es", "pack", "install", "--db", agency_db, other)
    assert code == 3 and "no es un marco válido" in err, err
    # the signature is checked first: a foreign signer's newer pack is a foreign pack
    foreign = tmp_path / "foreign-3.dgpack"
    foreign.write_bytes(packsign.sign_pack(
        foreign_ca, {"framework.json": framework_format("urn:digigov:schema:framework:3")},
        passphrase=CA_PASS))
    code, _, err = run(capsys, "--lang", "es", "pack", "install", "--db", agency_db, foreign)
    assert code == 3 and "no está firmado por su coordinador" in err, err
    assert dump(agency_db) == before
    # the coordinator's `pack sign` of such a folder says the same
    folder = tmp_path / "pack-3"
    folder.mkdir()
    (folder / "framework.json").write_bytes(framework_format("urn:digigov:schema:framework:3"))
    code, _, err = run(capsys, "pack", "sign", "--ca", our_ca.folder, "--pack", folder,
                       "--out", tmp_path / "x.dgpack", "--passphrase-file", pass_file)
    assert code == 3 and "made for a newer version of DigiGov Desktop" in err, err
    assert "install" not in err  # the coordinator signs here: nothing is said of installing
    assert not (tmp_path / "x.dgpack").exists()


def test_not_a_pack_and_no_trust_bundle(capsys, tmp_path, signed):
    junk = tmp_path / "junk.dgpack"
    junk.write_bytes(b"%PDF-1.7 not a pack")
    db = tmp_path / "plain.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "pack", "install", "--db", db, signed)
    assert code == 3 and "trust bundle" in err


def test_migrate_dry_run_then_for_real(capsys, signed, agency_db):
    assert cli.main(["pack", "install", "--db", str(agency_db), str(signed)]) == 0
    capsys.readouterr()
    before = dump(agency_db)
    code, out, _ = run(capsys, "migrate", "--db", agency_db, "--to", "oecd-dgs-2014@1.5.0",
                       "--dry-run", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["dry_run"] and plan["to"] == "1.5.0"
    assert "R1.6" in plan["to_review"]
    assert dump(agency_db) == before
    code, out, _ = run(capsys, "--lang", "es", "migrate", "--db", agency_db, "--to",
                       "oecd-dgs-2014@1.5.0")
    assert code == 0 and "Migrado" in out and "por revisar" in out
    code, out, _ = run(capsys, "status", "--db", agency_db, "--json")
    status = json.loads(out)
    assert status["framework"] == {"id": "oecd-dgs-2014", "version": "1.5.0"}
    assert any(i["code"] == "TO_REVIEW" for i in status["issues"])
    code, _, err = run(capsys, "migrate", "--db", agency_db, "--to", "oecd-dgs-2014@1.5.0")
    assert code == 4 and "already on" in err
    code, _, err = run(capsys, "migrate", "--db", agency_db, "--to", "nonsense")
    assert code == 4 and "ID@VERSION" in err

"""`verify --json` and `import --json` keep their keys, codes and counts whatever the language:
only the `message` texts are words, in the language the locale or `--lang` chose."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from digigov_desktop import cli
from digigov_desktop.cli import credentials as credentials_cli
from digigov_desktop.services.credentials import CredentialService, CredentialState

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def _under(monkeypatch, locale: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale)


def _words_apart(value):
    """`value` with every `message` text replaced by a marker (the part meant for people)."""
    if isinstance(value, dict):
        return {k: "<words>" if k == "message" else _words_apart(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_words_apart(v) for v in value]
    return value


def _json(capsys, args, codes) -> dict:
    capsys.readouterr()
    assert cli.main([*map(str, args), "--json"]) in codes
    return json.loads(capsys.readouterr().out)


def test_import_and_verify_json_in_both_languages(campaign, tmp_path, monkeypatch, capsys):
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(campaign.authority.bundle_pem())
    results = {}
    for locale in ("C.UTF-8", "en_US.UTF-8"):
        _under(monkeypatch, locale)
        imported = _json(capsys, ["import", "--central", tmp_path / f"{locale}.sqlite", "--ca",
                                  campaign.authority.folder, campaign.inbox],
                         {cli.EXIT_REJECTED})
        verified = [_json(capsys, ["verify", path, "--trust", bundle],
                          {cli.EXIT_OK, cli.EXIT_REJECTED})
                    for path in sorted(campaign.inbox.rglob("*.pdf"))[:8]]
        results[locale] = imported, verified
    (imported_es, verified_es), (imported_en, verified_en) = results.values()
    assert imported_es["rejected"] and imported_es["accepted"]
    assert _words_apart(imported_es) == _words_apart(imported_en)
    assert _words_apart(verified_es) == _words_apart(verified_en)
    messages = {r["reason"]: (r["message"], e["message"])
                for r, e in zip(imported_es["rejected"], imported_en["rejected"], strict=True)}
    assert all(es != en for es, en in messages.values()), messages  # Spanish, then English


def test_credential_status_speaks_the_person_s_language(agency, capsys):
    """`credential status` without --json printed its JSON keys and Python values
    ("agency_code: None", "trust_bundle: False") and the holder as RFC 4514 writes it
    ("2.5.4.5=DIGIGOV-…"), in English whatever the language. Now it gives the credentials
    page's rows in the person's language; --json keeps its keys and adds the holder."""
    serial = CredentialService(agency.store).state().serial
    texts = {}
    for lang in ("es", "en"):
        capsys.readouterr()
        assert cli.main(["--lang", lang, "credential", "status", "--db", str(agency.path)]) == 0
        texts[lang] = capsys.readouterr().out
    es, en = (re.sub(r"\d{4}-\d\d-\d\d", "DATE", re.sub(r"\d+ d", "N d", text))
              for text in texts.values())
    assert es == (
        "Estado:                            vigente\n"
        "Código de la institución:          AG-0001\n"
        "Titular:                           Servicio AG-0001 (DIGIGOV-AG-0001)\n"
        f"Número de serie:                   {serial}\n"
        "Emitida como:                      certificado (solicitud)\n"
        "Vigente hasta:                     DATE (quedan N días)\n"
        "Paquete de confianza:              instalado\n"
        "Lista de revocación vigente hasta: DATE\n")
    assert en == (
        "State:                       active\n"
        "Agency code:                 AG-0001\n"
        "Holder:                      Servicio AG-0001 (DIGIGOV-AG-0001)\n"
        f"Serial number:               {serial}\n"
        "Issued as:                   certificate (request)\n"
        "Valid until:                 DATE (N days left)\n"
        "Trust bundle:                installed\n"
        "Revocation list valid until: DATE\n")
    shown = _json(capsys, ["--lang", "es", "credential", "status", "--db", agency.path],
                  {cli.EXIT_OK})
    assert shown["subject"] == "2.5.4.5=DIGIGOV-AG-0001,CN=Servicio AG-0001"  # for scripts
    assert shown["holder"] == "Servicio AG-0001 (DIGIGOV-AG-0001)"
    assert shown["status"] == "active" and shown["route"] == "csr"


@pytest.mark.parametrize(("state", "es", "en"), [
    (CredentialState("none"), ["Estado:               aún sin credencial",
                               "Paquete de confianza: no instalado"],
     ["State:        no credential yet", "Trust bundle: not installed"]),
    (CredentialState("pending", agency_code="AG-1", route="p12", has_trust_bundle=True),
     ["Estado:                   solicitada: a la espera del certificado de la coordinación",
      "Código de la institución: AG-1", "Emitida como:             archivo PKCS#12",
      "Paquete de confianza:     instalado"],
     ["State:        requested: waiting for the coordinator's certificate",
      "Agency code:  AG-1", "Issued as:    PKCS#12 file", "Trust bundle: installed"]),
])
def test_credential_status_rows_before_there_is_a_certificate(state, es, en):
    assert credentials_cli._status_text(state, "es").splitlines() == es
    assert credentials_cli._status_text(state, "en").splitlines() == en


@pytest.mark.parametrize(("days", "es", "en"), [
    (-3, "La credencial venció: solicite una nueva antes de exportar.",
     "The credential has expired: request a new one before exporting."),
    (1.5, "La credencial vence en 1 día: solicite una nueva ahora.",
     "The credential expires in 1 day: request a new one now."),
    (30.5, "La credencial vence en 30 días: solicite una nueva ahora.",
     "The credential expires in 30 days: request a new one now."),
    (61, None, None),
])
def test_credential_status_warns_as_the_page_does(days, es, en):
    """The page's warnings: expired, or under 60 days left (one day: singular)."""
    not_after = dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
    state = CredentialState("expired" if days < 0 else "active", agency_code="AG-1",
                            not_after=not_after, has_trust_bundle=True)
    for lang, warning in (("es", es), ("en", en)):
        lines = credentials_cli._status_text(state, lang).splitlines()
        assert len(lines) == (4 if warning is None else 5)  # state, code, valid until, bundle
        if warning is not None:
            assert lines[-1] == warning

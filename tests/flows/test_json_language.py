"""`verify --json` and `import --json` keep their keys, codes and counts whatever the language:
only the `message` texts are words, in the language the locale or `--lang` chose."""

from __future__ import annotations

import json

from digigov_desktop import cli

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

"""The deployment policy (policy.json): lookup order, validation, locked keys, data folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from digigov_desktop import cli, config, paths
from digigov_desktop.config import Policy, PolicyError, load_policy

ROOT = Path(__file__).resolve().parent.parent
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


@pytest.fixture(autouse=True)
def _no_real_policy(tmp_path, monkeypatch):
    """Every test looks for policies only under tmp_path (never /etc/xdg or the checkout)."""
    exe_dir, machine_dir = tmp_path / "exe", tmp_path / "machine"
    exe_dir.mkdir()
    machine_dir.mkdir()
    monkeypatch.setattr(config, "executable_dir", lambda: exe_dir)
    monkeypatch.setattr(paths, "executable_dir", lambda: exe_dir)
    monkeypatch.setattr(config, "machine_config_dir", lambda: machine_dir)
    monkeypatch.delenv(config.ENV_POLICY, raising=False)
    config.set_active_policy(None)
    yield
    config.set_active_policy(None)


def _write(path: Path, data, *, raw: bool = False) -> Path:
    path.write_text(data if raw else json.dumps(data), encoding="utf-8")
    return path


def _error(path: Path) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.code == "POLICY_INVALID"
    assert info.value.params["file"] == str(path)
    return info.value


def test_no_policy_file_is_the_empty_policy(tmp_path):
    policy = load_policy()
    assert policy == Policy() and policy.source is None
    assert policy.allow_mode_switch is True and policy.language is None
    assert config.policy_locations() == [tmp_path / "exe" / "policy.json",
                                         tmp_path / "machine" / "policy.json"]


def test_beside_the_executable_comes_before_the_machine_folder(tmp_path):
    _write(tmp_path / "machine" / "policy.json", {"language": "en"})
    assert load_policy().language == "en"
    beside = _write(tmp_path / "exe" / "policy.json", {"language": "es"})
    policy = load_policy()
    assert policy.language == "es" and policy.source == beside


def test_environment_variable_names_the_only_file(tmp_path, monkeypatch):
    _write(tmp_path / "exe" / "policy.json", {"language": "es"})
    chosen = _write(tmp_path / "chosen.json", {"language": "en"})
    monkeypatch.setenv(config.ENV_POLICY, str(chosen))
    assert load_policy().language == "en"
    monkeypatch.setenv(config.ENV_POLICY, str(tmp_path / "missing.json"))
    with pytest.raises(PolicyError) as info:
        load_policy()
    assert info.value.params["file"] == str(tmp_path / "missing.json")
    assert "cannot be read" in info.value.params["detail"]


def test_full_policy_and_locked_keys(tmp_path):
    path = _write(tmp_path / "policy.json", {
        "$schema": "urn:digigov:schema:policy:1", "version": 1,
        "language": "es", "agency_code": "MIN-042", "agency_name": "Ministerio de Ejemplo",
        "agency_type": "ministry", "agency_region": "CL-RM", "trust_bundle": "bundle.pem",
        "data_dir": "datos", "portable": False, "allow_mode_switch": False,
        "locked": ["language", "agency_code", "allow_mode_switch"],
    })
    policy = load_policy(path)
    assert policy.source == path
    assert policy.allow_mode_switch is False
    assert policy.agency_preset() == {"code": "MIN-042", "name": "Ministerio de Ejemplo",
                                      "type": "ministry", "region": "CL-RM"}
    assert policy.locked_agency_fields() == {"code"}
    # A locked key beats the user's setting; an unlocked one is only a default.
    assert policy.choose("language", "en") == "es"
    assert policy.choose("agency_name", "Otro nombre") == "Otro nombre"
    assert policy.choose("agency_name", None) == "Ministerio de Ejemplo"
    assert policy.choose("agency_name", "") == "Ministerio de Ejemplo"
    # Relative paths are relative to the policy file's folder.
    assert policy.data_folder() == tmp_path / "datos"


def test_locking_a_key_the_policy_does_not_set_locks_nothing(tmp_path):
    policy = load_policy(_write(tmp_path / "p.json", {"locked": ["language"]}))
    assert not policy.is_locked("language")
    assert policy.choose("language", "en") == "en"


@pytest.mark.parametrize(("content", "key", "detail"), [
    ('{"language": "es",\n  "portable": tru}', None, "not valid JSON"),
    ('["language"]', None, "must be a JSON object"),
    ('{"language": "fr"}', "language", "is not one of"),
    ('{"portable": "yes"}', "portable", "is not of type 'boolean'"),
    ('{"langauge": "es"}', "langauge", "unknown key"),
    ('{"agency_code": "no spaces allowed"}', "agency_code", "does not match"),
    ('{"agency_region": "Santiago"}', "agency_region", "does not match"),
    ('{"locked": ["language", "colour"]}', "locked", "is not one of"),
    ('{"language": "es", "language": "en"}', "language", "given twice"),
    ('{"version": 2}', "version", "was expected"),
])
def test_malformed_policy_names_the_file_and_the_key(tmp_path, content, key, detail):
    path = _write(tmp_path / "policy.json", content, raw=True)
    error = _error(path)
    assert error.params["key"] == key
    assert detail in error.params["detail"]
    assert str(path) in str(error) and (key is None or f": {key}: " in str(error))


def test_not_utf8_and_byte_order_mark(tmp_path):
    path = tmp_path / "policy.json"
    path.write_bytes('{"agency_name": "Educación"}'.encode("latin-1"))
    assert "not UTF-8" in _error(path).params["detail"]
    path.write_bytes('\ufeff{"agency_name": "Educación"}'.encode())  # Windows Notepad
    assert load_policy(path).get("agency_name") == "Educación"


def test_data_folder_precedence(tmp_path, monkeypatch):
    unlocked = load_policy(_write(tmp_path / "a.json", {"data_dir": str(tmp_path / "pol")}))
    locked = load_policy(_write(tmp_path / "b.json", {"data_dir": str(tmp_path / "pol"),
                                                      "locked": ["data_dir"]}))
    assert paths.AppPaths.default(policy=unlocked).data == tmp_path / "pol"
    assert paths.AppPaths.default(policy=unlocked).portable
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.AppPaths.default(policy=unlocked).data == tmp_path / "env"  # env beats a default
    assert paths.AppPaths.default(policy=locked).data == tmp_path / "pol"  # ... not a lock
    assert paths.AppPaths.default(policy=Policy()).data == tmp_path / "env"


def test_portable_and_environment_variables_in_data_dir(tmp_path, monkeypatch):
    portable = load_policy(_write(tmp_path / "p.json", {"portable": True}))
    assert paths.AppPaths.default(policy=portable).data == tmp_path / "exe" / "data"
    monkeypatch.setenv("DIGIGOV_TEST_SHARE", str(tmp_path / "share"))
    shared = load_policy(_write(tmp_path / "s.json", {"data_dir": "$DIGIGOV_TEST_SHARE/x"}))
    assert shared.data_folder() == tmp_path / "share" / "x"
    assert paths.AppPaths.default().data != tmp_path / "share" / "x"  # no policy, no effect


def test_trust_bundle_from_a_file_or_inline(tmp_path):
    (tmp_path / "bundle.pem").write_text(PEM)
    from_file = load_policy(_write(tmp_path / "p.json", {"trust_bundle": "bundle.pem"}))
    assert from_file.trust_bundle_pem() == PEM.encode()
    inline = load_policy(_write(tmp_path / "q.json", {"trust_bundle": PEM}))
    assert inline.trust_bundle_pem() == PEM.encode()
    missing = load_policy(_write(tmp_path / "r.json", {"trust_bundle": "nowhere.pem"}))
    with pytest.raises(PolicyError) as info:
        missing.trust_bundle_pem()
    assert info.value.params["key"] == "trust_bundle"
    assert Policy().trust_bundle_pem() is None


def test_active_policy_is_read_once(tmp_path):
    path = _write(tmp_path / "exe" / "policy.json", {"allow_mode_switch": False})
    assert config.active_policy().allow_mode_switch is False
    path.unlink()
    assert config.active_policy().allow_mode_switch is False  # cached until reset
    config.set_active_policy(None)
    assert config.active_policy().allow_mode_switch is True


def test_the_it_guide_examples_are_valid_policies(tmp_path):
    """Every ```json block of packaging/IT-GUIDE.md is a policy this version accepts."""
    guide = (ROOT / "packaging" / "IT-GUIDE.md").read_text("utf-8")
    blocks = re.findall(r"```json\n(.*?)```", guide, re.S)
    assert len(blocks) >= 2  # one per language
    for number, block in enumerate(blocks):
        policy = load_policy(_write(tmp_path / f"guide-{number}.json", block, raw=True))
        assert policy.values and policy.locked


def test_cli_checks_a_policy_in_one_line(tmp_path, capsys):
    good = _write(tmp_path / "good.json", {"language": "es", "locked": ["language"]})
    assert cli.main(["--lang", "en", "policy", "--file", str(good)]) == 0
    assert "language = es  [locked]" in capsys.readouterr().out
    assert cli.main(["--lang", "es", "policy", "--file", str(good)]) == 0
    assert "language = es  [bloqueado]" in capsys.readouterr().out
    assert cli.main(["policy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"] is None
    bad = _write(tmp_path / "bad.json", '{"portable": 1}', raw=True)
    assert cli.main(["--lang", "es", "policy", "--file", str(bad)]) == cli.EXIT_INVALID
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("digigov: La política de instalación no se puede usar: ")
    assert f"{bad}: portable: " in err

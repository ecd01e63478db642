"""The CLI speaks Spanish unless the system asks for English; `--lang` wins over the locale;
`--help` and usage errors follow the chosen language; JSON keeps its machine keys."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digigov_desktop import cli
from digigov_desktop.cli.language import given_language, untranslated, usage_error
from digigov_desktop.fileio import windows_ui_english
from digigov_desktop.language import default_language

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
# What an unset locale gives: Spanish, except on Windows, where the display language decides.
UNSET = "en" if windows_ui_english() else "es"


@pytest.mark.parametrize(("env", "expected"), [
    ({}, UNSET),
    ({"LANG": "C"}, "es"),
    ({"LANG": "POSIX"}, "es"),
    ({"LANG": "C.UTF-8"}, "es"),
    ({"LC_ALL": "C"}, "es"),
    ({"LANG": "es_CL.UTF-8"}, "es"),
    ({"LANG": "fr_FR.UTF-8"}, "es"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB"}, "en"),
    ({"LANG": "en"}, "en"),
    ({"LANG": "EN_us.utf8"}, "en"),
    ({"LANG": "english"}, "es"),  # not a locale name: no English asked for
    ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, "es"),  # LC_ALL beats LANG
    ({"LC_ALL": "en_US.UTF-8", "LANG": "es_CL.UTF-8"}, "en"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "es_CL.UTF-8"}, "en"),  # LC_MESSAGES beats LANG
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"}, "en"),  # empty: unset
    ({"LC_ALL": "es_CL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "es"),
    ({"LC_NUMERIC": "en_US.UTF-8", "LANG": "es_CL.UTF-8"}, "es"),  # numbers are not messages
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "en_US:en"}, "en"),  # GNU's list of languages
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "es_CL:es"}, "es"),
    ({"LANG": "C", "LANGUAGE": "en"}, "es"),  # ignored under C/POSIX (gettext, Qt)
    ({"LANGUAGE": "en"}, UNSET),  # without a locale, neither
])
def test_the_rule(env, expected):
    assert default_language(env) == expected


def test_windows_display_language_is_asked_only_on_windows():
    if sys.platform == "win32":
        assert isinstance(windows_ui_english(), bool)
    else:
        assert windows_ui_english() is None


def _locale(monkeypatch, **env: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


MISSING_ES = "digigov: No hay una base de datos en {path}.\n"
MISSING_EN = "digigov: There is no database at {path}.\n"


@pytest.mark.parametrize(("env", "args", "expected"), [
    ({"LC_ALL": "C"}, [], MISSING_ES),
    ({"LANG": "C.UTF-8"}, [], MISSING_ES),
    ({"LANG": "es_CL.UTF-8"}, [], MISSING_ES),
    ({"LANG": "fr_FR.UTF-8"}, [], MISSING_ES),
    ({}, [], MISSING_EN if UNSET == "en" else MISSING_ES),
    ({"LANG": "en_US.UTF-8"}, [], MISSING_EN),
    ({"LANG": "en_US.UTF-8"}, ["--lang", "es"], MISSING_ES),  # --lang wins over the locale
    ({"LANG": "en_US.UTF-8"}, ["--lang=es"], MISSING_ES),
    ({"LC_ALL": "C"}, ["--lang", "en"], MISSING_EN),
    ({"LC_ALL": "C"}, ["--lan", "en"], MISSING_EN),  # argparse's unique prefix
])
def test_messages_follow_the_locale_unless_lang_is_given(monkeypatch, tmp_path, capsys, env,
                                                         args, expected):
    _locale(monkeypatch, **env)
    path = tmp_path / "none.sqlite"
    assert cli.main([*args, "status", "--db", str(path)]) == cli.EXIT_STORAGE
    assert capsys.readouterr().err == expected.format(path=path)


@pytest.mark.parametrize(("env", "args", "expected", "unexpected"), [
    ({"LC_ALL": "C"}, [], ["uso: digigov", "opciones:", "muestra esta ayuda y termina",
                          "idioma de los mensajes y de la ayuda"], ["usage:", "options:"]),
    ({"LANG": "en_US.UTF-8"}, [], ["usage: digigov", "options:",
                                   "show this help message and exit"], ["uso:"]),
    ({"LANG": "en_US.UTF-8"}, ["--lang", "es"], ["uso: digigov"], ["usage:"]),
    ({"LC_ALL": "C"}, ["--lang", "en"], ["usage: digigov"], ["uso:"]),
    ({"LC_ALL": "C"}, ["export"], ["uso: digigov export", "el archivo PDF que se escribe",
                                   "opciones:"], ["usage:"]),
    ({"LC_ALL": "C"}, ["--lang", "en", "export"], ["usage: digigov export",
                                                   "the PDF file to write"], ["uso:"]),
])
def test_help_follows_the_chosen_language(monkeypatch, capsys, env, args, expected,
                                          unexpected):
    _locale(monkeypatch, **env)
    with pytest.raises(SystemExit) as done:
        cli.main([*args, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert all(text in out for text in expected), out
    assert not any(text in out for text in unexpected), out


def test_every_help_text_has_its_spanish():
    assert untranslated(cli.build_parser("en")) == []


def _unexplained(parser: argparse.ArgumentParser, path: str) -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _unexplained(sub, f"{path} {name}")
        elif not action.help:
            found.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    return found


def test_every_option_says_what_it_is():
    """`--help` explains every option and argument of every command (some 80 showed an
    empty line: --db, --json, --dir, the passphrase files...)."""
    assert _unexplained(cli.build_parser("en"), "digigov") == []


@pytest.mark.parametrize(("lang", "args", "expected"), [
    ("es", ["status"], "digigov status: error: faltan los argumentos obligatorios: --db"),
    ("en", ["status"], "digigov status: error: the following arguments are required: --db"),
    ("es", ["--lang", "fr", "status"],
     "digigov: error: argumento --lang: opción no válida: 'fr' (elija entre {en_es})"),
    ("es", ["answer", "--db", "x", "R1.1", "2", "--bogus"],
     "digigov: error: argumentos no reconocidos: --bogus"),
    ("es", ["consensus", "--db", "x", "--element", "R1.1"],
     "digigov consensus: error: --element, --level y --justification van juntos"),
    ("es", ["import", "--central", "c", "--ca", "ca", "--workers", "x", "f.pdf"],
     "digigov import: error: argumento --workers: valor no válido (int): 'x'"),
])
def test_usage_errors_in_the_chosen_language(monkeypatch, capsys, lang, args, expected):
    _locale(monkeypatch, LANG="en_US.UTF-8" if lang == "en" else "C.UTF-8")
    with pytest.raises(SystemExit) as done:
        cli.main(args)
    assert done.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == expected.format(en_es=_choices_as_argparse_lists()), err
    assert err.startswith("uso: " if lang == "es" else "usage: "), err


def _choices_as_argparse_lists() -> str:
    """How this Python's argparse lists the choices en, es in its "invalid choice" error:
    quoted up to 3.12 (`'en', 'es'`), bare from 3.13 (`en, es`; the Windows build's)."""
    import argparse
    import io
    from contextlib import redirect_stderr

    parser = argparse.ArgumentParser(prog="p")
    parser.add_argument("--x", choices=["en", "es"])
    with redirect_stderr(io.StringIO()) as err, pytest.raises(SystemExit):
        parser.parse_args(["--x", "fr"])
    return err.getvalue().rsplit("(choose from ", 1)[1].split(")")[0]


def test_an_untranslated_usage_error_stays_in_english():
    assert usage_error("something argparse says", "es") == "something argparse says"


def test_demo_and_status_speak_the_locale_s_language(monkeypatch, tmp_path, capsys):
    """The commands' own sentences, not only the error messages (C.UTF-8: Spanish)."""
    _locale(monkeypatch, LANG="C.UTF-8")
    db = tmp_path / "a.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    assert cli.main(["answer", "--db", str(db), "R1.1", "clear"]) == 0
    capsys.readouterr()
    assert cli.main(["status", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("Marco ") and lines[2].startswith("Avance ")
    assert "1 problema(s) que impiden el envío, 0 advertencia(s):" in lines
    assert lines[-1] == "  R1.1    aún sin responder"  # was "  UNANSWERED  R1.1"
    _locale(monkeypatch, LANG="en_US.UTF-8")
    assert cli.main(["demo", "--db", str(tmp_path / "b.sqlite")]) == 0
    assert capsys.readouterr().out == f"Demo evaluation written to {tmp_path / 'b.sqlite'}\n"


@pytest.mark.parametrize(("argv", "expected"), [
    (["--lang", "en", "status"], "en"),
    (["--lang=es", "status"], "es"),
    (["--la", "en"], "en"),
    (["--lang", "es", "--lang", "en", "status"], "en"),  # the last one, as argparse
    (["--lang", "fr", "status"], None),  # argparse refuses it, in the default language
    (["--lang"], None),
    (["status", "--lang", "en"], None),  # after the command: not digigov's option
    (["consolidate", "--central", "c", "--lang", "en", "--pdf", "x.pdf"], None),
    (["--version"], None),
])
def test_lang_is_read_ahead_of_argparse(argv, expected):
    assert given_language(argv) == expected


def test_json_is_the_same_whatever_the_language(monkeypatch, tmp_path, capsys):
    """`--json` is for machines: status, audit, pack list and policy print the same JSON
    under a Spanish and an English locale (verify and import: tests/flows/test_json_language)."""
    db = tmp_path / "a.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    commands = (["status", "--db", str(db)], ["audit", "--db", str(db)],
                ["pack", "list", "--db", str(db)], ["policy"])

    def outputs(locale: str) -> list:
        _locale(monkeypatch, LANG=locale)
        found = []
        for args in commands:
            capsys.readouterr()
            assert cli.main([*args, "--json"]) == 0
            found.append(json.loads(capsys.readouterr().out))
        return found

    assert outputs("C.UTF-8") == outputs("en_US.UTF-8")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LC_ALL": "C"}, MISSING_ES),
    ({"LANG": "C.UTF-8"}, MISSING_ES),
    ({}, MISSING_EN if UNSET == "en" else MISSING_ES),
    ({"LANG": "en_US.UTF-8"}, MISSING_EN),
])
def test_the_real_process_follows_the_locale(tmp_path, env, expected):
    """`python -m digigov_desktop.cli` started under that environment, as a user runs it."""
    clean = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    path = tmp_path / "none.sqlite"
    done = subprocess.run([sys.executable, "-m", "digigov_desktop.cli", "status", "--db",
                           str(path)], capture_output=True, text=True, encoding="utf-8",
                          cwd=ROOT, env={**clean, **env}, timeout=120)
    assert done.returncode == cli.EXIT_STORAGE
    assert done.stderr == expected.format(path=path)


def test_every_cli_sentence_has_both_languages_with_the_same_fields():
    import string

    from digigov_desktop.messages import OUTPUT

    def fields(text: str) -> set:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}

    incomplete = sorted(key for key, texts in OUTPUT.items()
                        if set(texts) != {"en", "es"} or not all(t.strip() for t in texts.values())
                        or fields(texts["en"]) != fields(texts["es"]))
    assert incomplete == []


def _first_prompt(argv: list[str], env: dict[str, str]) -> str:
    """What the CLI asks first on a real terminal (a pseudo-terminal here)."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI, its terminal the pty (never back into pytest)
        try:
            os.execve(sys.executable, [sys.executable, "-m", "digigov_desktop.cli", *argv],
                      {**{k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES},
                       "PYTHONPATH": str(ROOT), **env})
        finally:
            os._exit(127)
    seen = b""
    try:
        while not seen.rstrip().endswith(b":") and select.select([fd], [], [], 30)[0]:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # Linux: the CLI ended and closed its terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    return seen.decode("utf-8", "replace").strip()


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize(("env", "argv", "expected"), [
    ({"LANG": "C.UTF-8"}, [], "Nueva frase de contraseña de la autoridad:"),
    ({"LANG": "C.UTF-8"}, ["--lang", "en"], "New CA passphrase:"),
    ({"LANG": "en_US.UTF-8"}, [], "New CA passphrase:"),
])
def test_a_passphrase_is_asked_for_in_the_chosen_language(tmp_path, env, argv, expected):
    prompt = _first_prompt([*argv, "ca", "init", "--dir", str(tmp_path / "ca"), "--name", "X"],
                           env)
    assert prompt.endswith(expected), prompt


@pytest.mark.parametrize(("policy", "args", "expected"), [
    ({"language": "en"}, [], MISSING_EN),  # the policy's default beats the system's
    ({"language": "en"}, ["--lang", "es"], MISSING_ES),  # the user's choice beats a default
    ({"language": "en", "locked": ["language"]}, ["--lang", "es"], MISSING_EN),  # locked
    ({"language": "es"}, [], MISSING_ES),
])
def test_an_it_policy_sets_the_cli_language_as_it_does_the_gui_s(monkeypatch, tmp_path, capsys,
                                                                  policy, args, expected):
    from digigov_desktop import config

    _locale(monkeypatch, LC_ALL="C")
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({"$schema": "urn:digigov:schema:policy:1", "version": 1,
                                **policy}), encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(file))
    path = tmp_path / "none.sqlite"
    assert cli.main([*args, "status", "--db", str(path)]) == cli.EXIT_STORAGE
    assert capsys.readouterr().err == expected.format(path=path)


def test_a_locked_policy_language_reaches_help_usage_errors_and_the_policy_command(
        monkeypatch, tmp_path, capsys):
    from digigov_desktop import config

    _locale(monkeypatch, LC_ALL="C")
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({"$schema": "urn:digigov:schema:policy:1", "version": 1,
                                "language": "en", "locked": ["language"]}), encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(file))
    with pytest.raises(SystemExit):
        cli.main(["--lang", "es", "status"])
    err = capsys.readouterr().err
    assert err.startswith("usage: ") and "the following arguments are required" in err, err
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "show this help message and exit" in capsys.readouterr().out
    assert cli.main(["policy"]) == 0
    out = capsys.readouterr().out
    assert "locked" in out and "bloqueado" not in out, out


def test_a_malformed_policy_is_reported_in_the_chosen_language(monkeypatch, tmp_path, capsys):
    from digigov_desktop import config

    _locale(monkeypatch, LC_ALL="C")
    file = tmp_path / "policy.json"
    file.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(file))
    assert cli.main(["status", "--db", str(tmp_path / "x.sqlite")]) == cli.EXIT_INVALID
    assert capsys.readouterr().err.startswith("digigov: La política de instalación no se puede")


def test_every_readiness_issue_has_words_in_both_languages():
    from digigov_desktop.domain.validation import IssueCode
    from digigov_desktop.messages import OUTPUT

    for code in IssueCode:
        words = OUTPUT[f"ISSUE_{code}"]
        assert words["es"] and words["en"] and words["es"] != words["en"], code

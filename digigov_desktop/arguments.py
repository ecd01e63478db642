"""Command-line arguments in the user's language: what both front ends' parsers share.

`digigov` (the CLI) and `digigov-desktop` (the GUI) answer `--help` and usage errors in the
language they start in: `--lang` when given, else the system's
(`digigov_desktop.language.default_language`: Spanish unless the locale asks for English).
`given_language` reads `--lang` ahead of argparse, `localize` puts a parser in a language with
the Spanish of its help texts (each front end keeps its own table: `cli/help_es.py`,
`ui/app.py`), and `Parser` reports a usage error in one line in that language.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import NoReturn

from digigov_desktop.language import LANGUAGES

EXIT_USAGE = 2  # argparse's own code for a usage error

# argparse's headings and its built-in options.
ARGPARSE = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos posicionales",
    "options": "opciones",
    "show this help message and exit": "muestra esta ayuda y termina",
    "show program's version number and exit": "muestra la versión del programa y termina",
}

# argparse's usage errors (Python's own wording, formatted before they reach `error()`), in
# Spanish (ours are in the CLI's sentence table, `messages_cli`). The first pattern that
# matches the whole message wins. Compiled only when an error comes (re's own cache): the GUI
# builds its parser at every start.
_ERRORS_ES: tuple[tuple[str, str], ...] = (
    (r"argument (?P<a>.+?): (?P<m>.+)", "argumento {a}: {m}"),
    (r"invalid choice: (?P<v>.+) \(choose from (?P<c>.+)\)",
     "opción no válida: {v} (elija entre {c})"),
    (r"invalid (?P<t>\S+) value: (?P<v>.+)", "valor no válido ({t}): {v}"),
    (r"expected one argument", "se esperaba un valor"),
    (r"expected at least one argument", "se esperaba al menos un valor"),
    (r"expected at most one argument", "se esperaba como máximo un valor"),
    (r"expected (?P<n>\d+) arguments?", "se esperaban {n} valores"),
    (r"ignored explicit argument (?P<v>.+)", "se ignoró el valor explícito {v}"),
    (r"not allowed with argument (?P<a>.+)", "no se permite junto con el argumento {a}"),
    (r"the following arguments are required: (?P<a>.+)",
     "faltan los argumentos obligatorios: {a}"),
    (r"one of the arguments (?P<a>.+) is required", "se requiere uno de los argumentos {a}"),
    (r"unrecognized arguments: (?P<a>.+)", "argumentos no reconocidos: {a}"),
    (r"ambiguous option: (?P<o>.+) could match (?P<m>.+)",
     "opción ambigua: {o} podría ser {m}"),
)


def given_language(argv: Sequence[str]) -> str | None:
    """The value of the top-level `--lang` (or a unique prefix of it, as argparse accepts)
    in `argv`, read before the command name; None when absent or not a known language."""
    found = None
    tokens = iter(argv)
    for token in tokens:
        if not token.startswith("-") or token == "--":
            break  # the command: `--lang` is an option of `digigov` itself
        name, eq, value = token.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            found = value if eq else next(tokens, None)
    return found if found in LANGUAGES else None


def usage_error(message: str, lang: str) -> str:
    """A usage error's text in `lang` (argparse's English when no translation matches)."""
    if lang != "es":
        return message
    for pattern, template in _ERRORS_ES:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            parts = {k: usage_error(v, lang) if k == "m" else v
                     for k, v in found.groupdict().items()}
            return template.format(**parts)
    return message


class SpanishFormatter(argparse.HelpFormatter):
    """argparse's help layout with a Spanish "uso: " line."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, ARGPARSE["usage: "] if prefix is None
                          else prefix)


class Parser(argparse.ArgumentParser):
    """Usage errors: one line and exit 2, in the parser's language (`localize`)."""

    lang = "en"

    def error(self, message: str) -> NoReturn:  # one line, exit 2, no usage dump noise
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {usage_error(message, self.lang)}\n")


def localize(parser: argparse.ArgumentParser, lang: str, spanish: Mapping[str, str]) -> None:
    """Put every parser under `parser` in `lang`: its `lang` (for usage errors) and, in
    Spanish, every description, help string, heading and the usage prefix (`spanish`: the
    front end's help texts, keyed by their English)."""
    parser.lang = lang  # type: ignore[attr-defined]
    if lang == "es":
        parser.formatter_class = SpanishFormatter
        parser.description = _es(parser.description, spanish)
        for group in parser._action_groups:
            group.title = _es(group.title, spanish)
    for action in parser._actions:
        if lang == "es" and action.help not in (None, argparse.SUPPRESS):
            action.help = _es(action.help, spanish)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if lang == "es":
                    choice.help = _es(choice.help, spanish)
            for sub in dict.fromkeys(action.choices.values()):
                localize(sub, lang, spanish)


def _es(text: str | None, spanish: Mapping[str, str]) -> str | None:
    if text is None:
        return None
    return spanish.get(text) or ARGPARSE.get(text) or text


def untranslated(parser: argparse.ArgumentParser, spanish: Mapping[str, str]) -> list[str]:
    """The help texts under `parser` with no Spanish in `spanish` (for the tests that
    require them)."""
    missing: list[str] = []
    texts = [parser.description, *(g.title for g in parser._action_groups)]
    for action in parser._actions:
        texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [c.help for c in action._choices_actions]
            for sub in dict.fromkeys(action.choices.values()):
                missing += untranslated(sub, spanish)
    return missing + [t for t in texts if t and t != argparse.SUPPRESS
                      and t not in spanish and t not in ARGPARSE]

"""The language `digigov` speaks: `--lang` when given, else the system's
(`digigov_desktop.language.default_language`: Spanish unless the locale asks for English),
the IT policy's coming between the two (`cli.main`).

The help (`--help`, usage lines) and argparse's own words and usage errors follow it, so the
parser is built once the language is known. The machinery is `digigov_desktop.arguments`,
which the GUI's parser shares; the CLI's Spanish help texts are `help_es.HELP`.
"""

from __future__ import annotations

import argparse

from digigov_desktop import arguments
from digigov_desktop.arguments import given_language, usage_error
from digigov_desktop.cli.help_es import HELP

__all__ = ["given_language", "localize", "untranslated", "usage_error"]


def localize(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the `digigov` parser and every command's in `lang` (`arguments.localize`)."""
    arguments.localize(parser, lang, HELP)


def untranslated(parser: argparse.ArgumentParser) -> list[str]:
    """The CLI's help texts with no Spanish in `help_es.HELP`."""
    return arguments.untranslated(parser, HELP)

"""The one passphrase rule, for every key the app stores (agency keys, CA root, PKCS#12).

Both front ends call :func:`check_new` before a passphrase protects a key (`ca init`,
`credential request`, `ca issue --p12`, change-passphrase, the GUI dialogs), and the GUI's
strength hint is :func:`assess` of the same rule. A new passphrase needs at least
:data:`DEFAULT_MIN_LENGTH` characters (the IT policy's `passphrase_min_length` may raise it,
never lower it), must not be on the list of common passphrases shipped in
`resources/passphrases/common.txt`, and must not repeat one character. Keys protected by a
passphrase that the rule would now refuse still unlock: :func:`advice` then returns the code
`WEAK_PASSPHRASE_IN_USE` so the front end advises a change.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from digigov_desktop.config import Policy, active_policy
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.paths import resource_path

DEFAULT_MIN_LENGTH = 12
TOO_SHORT = "PASSPHRASE_TOO_SHORT"
COMMON = "PASSPHRASE_COMMON"
WEAK_IN_USE = "WEAK_PASSPHRASE_IN_USE"


class PassphraseError(InvalidInputError):
    """A new passphrase breaks the rule. Codes: PASSPHRASE_TOO_SHORT (param `min_length`),
    PASSPHRASE_COMMON."""

    code = TOO_SHORT


@dataclass(frozen=True)
class Assessment:
    """`problem`: None, TOO_SHORT or COMMON; `strength`: 0 refused, 1 weak, 2 fair, 3 strong."""

    problem: str | None
    strength: int
    min_length: int

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def min_length(policy: Policy | None = None) -> int:
    """The minimum length in force: the default, or the policy's if that is larger."""
    policy = policy if policy is not None else active_policy()
    wanted = policy.get("passphrase_min_length")
    return max(DEFAULT_MIN_LENGTH, wanted) if isinstance(wanted, int) else DEFAULT_MIN_LENGTH


@functools.cache
def common_passphrases() -> frozenset[str]:
    """The shipped list of refused passphrases, normalised (lower case, stripped)."""
    text = resource_path("passphrases", "common.txt").read_text("utf-8")
    return frozenset(
        _normalise(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _text(passphrase: bytes | str) -> str:
    if isinstance(passphrase, str):
        return passphrase
    return passphrase.decode("utf-8", errors="replace")


def assess(passphrase: bytes | str, *, policy: Policy | None = None) -> Assessment:
    """Judge a passphrase by the rule (see the module docstring)."""
    text = _text(passphrase)
    need = min_length(policy)
    if len(text) < need:
        return Assessment(TOO_SHORT, 0, need)
    normal = _normalise(text)
    if normal in common_passphrases() or len(set(normal)) <= 1:
        return Assessment(COMMON, 0, need)
    kinds = sum((any(c.islower() for c in text), any(c.isupper() for c in text),
                 any(c.isdigit() for c in text), any(not c.isalnum() for c in text)))
    words = len(text.split())
    if len(text) >= need + 8 or (len(text) >= need + 2 and (kinds >= 3 or words >= 3)):
        strength = 3
    else:
        strength = 2 if kinds >= 3 or words >= 2 else 1
    return Assessment(None, strength, need)


def check_new(passphrase: bytes | str, *, policy: Policy | None = None) -> None:
    """Refuse a passphrase that may not protect a new or re-encrypted key.

    Raises:
        PassphraseError: PASSPHRASE_TOO_SHORT or PASSPHRASE_COMMON.
        InvalidInputError: EMPTY_PASSPHRASE.
    """
    if not passphrase:
        raise InvalidInputError("a passphrase is required", code="EMPTY_PASSPHRASE")
    result = assess(passphrase, policy=policy)
    if result.problem == TOO_SHORT:
        raise PassphraseError(f"the passphrase needs at least {result.min_length} characters",
                              code=TOO_SHORT, min_length=result.min_length)
    if result.problem == COMMON:
        raise PassphraseError("the passphrase is too common", code=COMMON,
                              min_length=result.min_length)


def advice(passphrase: bytes | str, *, policy: Policy | None = None) -> str | None:
    """`WEAK_PASSPHRASE_IN_USE` when a passphrase that just unlocked a key breaks the rule."""
    return WEAK_IN_USE if not assess(passphrase, policy=policy).acceptable else None

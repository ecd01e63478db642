"""The versions of our file formats: each document names its format in a URN ending in a
version number (`urn:digigov:payload:2`, `urn:digigov:receipt:1`, ...).

`is_later` tells a document of a later version than this installation reads (a newer
DigiGov Desktop wrote it: the person is asked to update) from a damaged or foreign one.
"""

from __future__ import annotations

__all__ = ["is_later"]


def is_later(urn: object, newest: str) -> bool:
    """True when `urn` names the format of `newest` (the last version this installation
    reads, e.g. `urn:digigov:receipt:1`) with a higher version number.

    Only plain ASCII digits count (at most six): `urn:digigov:receipt:2x`, another format
    or a version this installation reads are not later versions.
    """
    prefix, _, read = newest.rpartition(":")
    if not isinstance(urn, str) or not urn.startswith(prefix + ":"):
        return False
    number = urn[len(prefix) + 1:]
    return (number.isascii() and number.isdigit() and len(number) <= 6
            and int(number) > int(read))

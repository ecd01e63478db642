"""The versions of our file formats: each document names its format in a URN ending in a
version number (`urn:digigov:payload:2`, `urn:digigov:receipt:1`, ...).

`is_later` tells a document of a later version than this installation reads (a newer
DigiGov Desktop wrote it: the person is asked to update) from a damaged or foreign one.
"""

from __future__ import annotations

__all__ = ["is_later"]


def is_later(urn: object, prefix: str, newest_read: int) -> bool:
    """True when `urn` is `prefix` followed by a version number above `newest_read`.

    Only plain ASCII digits count (at most six): `urn:digigov:payload:3x`, another prefix
    or a number this installation reads are not later versions.
    """
    if not isinstance(urn, str) or not urn.startswith(prefix):
        return False
    number = urn[len(prefix):]
    return (number.isascii() and number.isdigit() and len(number) <= 6
            and int(number) > newest_read)

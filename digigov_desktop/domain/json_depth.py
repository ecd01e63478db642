"""How deep a JSON document nests, bounded in C-speed passes before `json.loads` recurses.

The payload parser refuses documents deeper than `MAX_DEPTH` with this check before its
own full parse. Its shortcut for valid payloads (`submission._plainly_valid`) calls
`json.loads` first; there a hostile file of nested brackets is stopped by CPython's own
recursion guard in the `_json` scanner (RecursionError, caught: the file then takes the
checked path and is refused here as TOO_DEEP; tests/test_payload.py sends 100,000 levels,
also under the Windows Python).
"""

from __future__ import annotations

import re

MAX_DEPTH = 10  # the payload itself nests 4 levels deep
_JSON_STRING_RE = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = b"[]{}"
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _BRACKETS)
_TO_PARENS = bytes.maketrans(b"[]{}", b"()()")


def nesting_depth_bound(data: bytes) -> int:
    """An upper bound of how deep `json.loads` would recurse on `data`, in C-speed passes.

    Exact for well-formed JSON. String literals are removed first (brackets inside them
    do not nest); what remains is reduced to brackets, and matched innermost pairs are
    removed one level per pass (at most ``MAX_DEPTH + 1`` passes). Unmatched openers are
    added on top, so malformed input errs towards "too deep" rather than letting the
    parser recurse.

    Returns:
        The bound, capped at ``MAX_DEPTH + 1`` (enough to decide).
    """
    brackets = _JSON_STRING_RE.sub(b"", data).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    parens = brackets.translate(_TO_PARENS)
    if b"(" * (MAX_DEPTH + 1) in parens:  # shortcut for the common attack: [[[[[[…
        return MAX_DEPTH + 1
    rounds = 0
    while parens:
        reduced = parens.replace(b"()", b"")
        if len(reduced) == len(parens):
            break
        parens = reduced
        rounds += 1
        if rounds > MAX_DEPTH:
            return MAX_DEPTH + 1
    # Left: only unmatched brackets, ")))(((" — each opener may be open on top of the
    # deepest matched structure (at most `rounds` levels).
    return min(MAX_DEPTH + 1, rounds + parens.count(b"("))

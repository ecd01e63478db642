"""JSON Schema validators that read `pattern` the way the schemas are written (ECMA-262).

Our schemas (payload, framework pack, IT policy) are JSON Schema 2020-12, whose
`pattern` is an ECMA-262 regular expression: there `$` is the end of the text.
python-jsonschema runs patterns with Python's `re.search`, where `$` also matches just
before a final newline, so `"AB-001\\n"` would pass `"^[A-Z0-9-]+$"` and a signed payload
could carry an evidence file name or a hash ending in a newline. `validator(schema)`
returns a Draft 2020-12 validator whose `pattern` keyword (which `propertyNames` uses too)
reads every `$` outside a character class as Python's `\\Z`.

jsonschema is imported on first use: the GUI starts without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any


def ecma_to_python(pattern: str) -> str:
    r"""`pattern` with each `$` outside a character class (and not escaped) made `\Z`."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        out.append(char)
        i += 1
    return "".join(out)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(ecma_to_python(pattern))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
             ) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _validator_class() -> Any:
    import jsonschema

    return jsonschema.validators.extend(
        jsonschema.Draft202012Validator, validators={"pattern": _pattern})


def validator(schema: Mapping[str, Any], *, check_schema: bool = False) -> Any:
    """A Draft 2020-12 validator of `schema` with ECMA-262 `pattern` semantics.

    Raises:
        jsonschema.exceptions.SchemaError: `check_schema` and `schema` is not valid.
    """
    cls = _validator_class()
    if check_schema:
        cls.check_schema(schema)
    return cls(schema)

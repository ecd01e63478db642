"""The payload's JSON Schemas: loaded, checked and compiled once per schema version.

`validator` is python-jsonschema's (it decides every rejection and says why); `fast_check`
is the same schema compiled to plain Python (`schema_fast`) that only answers "valid?",
and knows how deeply a payload it accepts can nest.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from digigov_desktop.formats import is_later
from digigov_desktop.paths import resource_path
from digigov_desktop.schema_fast import compile_or_none, inline_refs

SCHEMA_URN = "urn:digigov:payload:2"  # what this version writes
SCHEMA_FILES = {  # what it reads: version 1 (no pack SHA-256, no criteria) stays valid
    "urn:digigov:payload:1": "payload.schema.json",
    "urn:digigov:payload:2": "payload-2.schema.json",
}

def newer_format(urn: object) -> bool:
    """True when `urn` names a version of the payload format after every one this
    installation reads (the one it writes is the newest): a newer DigiGov Desktop wrote it."""
    return is_later(urn, SCHEMA_URN)


@cache
def schema(urn: str = SCHEMA_URN) -> dict[str, Any]:
    """The schema of version `urn` (one of SCHEMA_FILES), as shipped."""
    loaded: dict[str, Any] = json.loads(
        resource_path("schemas", SCHEMA_FILES[urn]).read_text("utf-8"))
    return loaded


@cache
def validator(urn: str = SCHEMA_URN) -> Any:
    """python-jsonschema's validator for version `urn` (the schema itself checked first)."""
    from digigov_desktop.schema_check import validator as make

    shipped = schema(urn)
    make(shipped, check_schema=True)
    # Local `{"$ref": "#/$defs/x"}` nodes are replaced by their targets: the same schema,
    # validated about twice as fast (each $ref otherwise costs a registry lookup per use).
    return make(inline_refs(shipped, shipped.get("$defs", {})))


@cache
def fast_check(urn: str = SCHEMA_URN) -> Any:
    """Version `urn` compiled once (`schema_fast`: call it, read its `depth_bound`), or None
    if it cannot be."""
    return compile_or_none(inline_refs(schema(urn), schema(urn).get("$defs", {})))

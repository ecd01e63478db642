"""A released exchange format never changes: what its JSON Schema accepts is pinned here.

Payloads, framework packs and their schemas travel between installations of different
versions (346 municipalities do not update on one day). A reader recognises a newer file by
its format URN (`formats.is_later`: "update DigiGov Desktop"), so that only works if every
change to what a schema accepts comes with a new URN and a new schema file, even one new
enum value. This test fails when a shipped schema's validating content changes; its
annotations (title, description, $comment, examples) may change freely.

When it fails: if the change alters what is valid, add `payload-N.schema.json` (or
`framework-N`) under a new URN and keep the old file as it was; only if the old version
itself was wrong and was never released, update its pin below.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from digigov_desktop.domain import framework, payload_schema
from digigov_desktop.paths import resource_path

ANNOTATIONS = {"title", "description", "$comment", "examples"}
# Keywords whose value maps names (not keywords) to subschemas.
NAMED_SCHEMAS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}

PINNED = {
    "urn:digigov:payload:1":
        "9268c0580577f06a347d456d0d173db8a349fb974748271275a024bd9341b4bb",
    "urn:digigov:payload:2":
        "f08faeb4871d94b2a4c3f85aa0223190b7d071b16b5aa897a44e70e5017a8335",
    "urn:digigov:schema:framework:1":
        "29c165046f6a25947ab01e535b94791e93ffc950410adf9c7d3d6f29b5b8fc9f",
    "urn:digigov:schema:framework:2":
        "6d8bc2c701ffa20d4c8bc21cfbb31bda951213ec5b69d6b48c4eaba0d3594dd6",
}


def validating_content(node: Any) -> Any:
    """The schema without its annotations (a property may still be named "title")."""
    if isinstance(node, list):
        return [validating_content(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ANNOTATIONS:
            continue
        if key in NAMED_SCHEMAS and isinstance(value, dict):
            out[key] = {name: validating_content(sub) for name, sub in value.items()}
        else:
            out[key] = validating_content(value)
    return out


def fingerprint(file_name: str) -> str:
    shipped = json.loads(resource_path("schemas", file_name).read_text("utf-8"))
    canonical = json.dumps(validating_content(shipped), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def shipped_formats() -> dict[str, str]:
    formats = dict(payload_schema.SCHEMA_FILES)
    formats.update({urn: name for urn, (_, name) in framework.SCHEMA_URNS.items()})
    return formats


@pytest.mark.parametrize("urn", sorted(PINNED))
def test_a_released_schema_accepts_what_it_accepted(urn):
    assert fingerprint(shipped_formats()[urn]) == PINNED[urn], (
        f"{shipped_formats()[urn]} ({urn}) accepts something else than when it was released: "
        "give the change a new format URN and schema file (see this module's docstring)")


def test_every_shipped_format_is_pinned():
    assert sorted(shipped_formats()) == sorted(PINNED)


def test_annotations_do_not_count_but_a_new_enum_value_does():
    schema = {"type": "object", "title": "x", "description": "y",
              "properties": {"title": {"type": "string", "description": "the title"},
                             "level": {"enum": [0, 1, 2]}}}
    relabelled = json.loads(json.dumps(schema))
    relabelled["description"] = "another wording"
    relabelled["properties"]["title"]["description"] = "another wording"
    widened = json.loads(json.dumps(schema))
    widened["properties"]["level"]["enum"].append(3)
    renamed = json.loads(json.dumps(schema))
    renamed["properties"]["name"] = renamed["properties"].pop("title")
    assert validating_content(relabelled) == validating_content(schema)
    assert validating_content(widened) != validating_content(schema)
    assert validating_content(renamed) != validating_content(schema)
    assert "title" in validating_content(schema)["properties"]

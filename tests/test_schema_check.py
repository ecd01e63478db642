"""`pattern` read as ECMA-262 (the schemas' language), not as Python's `re`."""

from __future__ import annotations

import pytest

from digigov_desktop.schema_check import ecma_to_python, validator


@pytest.mark.parametrize(("pattern", "python"), [
    ("^[0-9a-f]{64}$", r"^[0-9a-f]{64}\Z"),
    ("^a$|^b$", r"^a\Z|^b\Z"),
    (r"^[$]\$$", r"^[$]\$\Z"),  # a $ in a class or escaped stays a dollar sign
    (r"^[^\]$]+$", r"^[^\]$]+\Z"),  # an escaped ] does not end the class
    (r"\S", r"\S"),
])
def test_dollar_means_end_of_text(pattern, python):
    assert ecma_to_python(pattern) == python


def test_a_final_newline_does_not_match():
    schema = {"type": "object",
              "properties": {"code": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{3}$"}},
              "propertyNames": {"pattern": "^[a-z]+$"}}
    check = validator(schema, check_schema=True)
    assert check.is_valid({"code": "AB-001"})
    assert not check.is_valid({"code": "AB-001\n"})
    assert not check.is_valid({"code\n": "AB-001"})
    assert [e.validator for e in check.iter_errors({"code": "AB-001\n"})] == ["pattern"]
    assert check.is_valid({"code": 7}) is False  # other keywords still apply

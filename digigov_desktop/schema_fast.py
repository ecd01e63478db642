"""A JSON Schema compiled once into Python closures: the import's fast "is it valid?".

python-jsonschema re-walks the schema for every instance (≈5 ms for a payload of 50
elements on our machines, as much as half of pyHanko's own validation). `compile_schema`
turns a schema into nested closures once; each payload then costs one pass over its own
data. It answers only valid / not valid, for the Draft 2020-12 keywords our schemas use,
with python-jsonschema's semantics (bool is not a number, 1.0 is an integer, enum/const
tell True from 1, `pattern` read as ECMA-262 as in `schema_check`). A schema using any
other keyword is refused (`Unsupported`) and the caller keeps python-jsonschema.

It never decides a rejection on its own: the caller runs python-jsonschema whenever this
says "not valid", so the reason and message of a rejection are exactly those of before;
it only spares the slow walk for the valid payloads. tests/test_schema_fast.py checks it
against python-jsonschema on hundreds of mutated payloads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from digigov_desktop.schema_check import _compiled as _pattern

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "$comment", "default",
                "examples"}


class Unsupported(ValueError):
    """The schema uses a keyword this compiler does not know."""


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


_TYPES: dict[str, Check] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool))
    or (isinstance(x, float) and x.is_integer()),
}


def _unbool(x: Any) -> Any:
    if isinstance(x, bool):
        return ("bool", x)
    return x


def equal(one: Any, two: Any) -> bool:
    """JSON equality as python-jsonschema's `enum`/`const` use it (True is not 1)."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(equal(one[k], two[k]) for k in one)
    return _unbool(one) == _unbool(two)


def inline_refs(node: Any, defs: Mapping[str, Any], depth: int = 0) -> Any:
    """`node` with each local `{"$ref": "#/$defs/x"}` replaced by its target: the same
    schema, validated about twice as fast (each $ref otherwise costs a registry lookup per
    use), and one that `compile_schema` can take."""
    if isinstance(node, list):
        return [inline_refs(item, defs, depth) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if (len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/")
            and ref[8:] in defs and depth < 8):
        return inline_refs(defs[ref[8:]], defs, depth + 1)
    return {key: inline_refs(value, defs, depth) for key, value in node.items()}


def compile_or_none(schema: Any) -> Check | None:
    """`compile_schema(schema)`, or None when it uses a keyword this module does not know."""
    try:
        return compile_schema(schema)
    except Unsupported:
        return None


def compile_schema(schema: Any) -> Check:
    """A predicate `check(instance) -> bool` equivalent to `validator(schema).is_valid`."""
    if schema is True:
        return lambda x: True
    if schema is False:
        return lambda x: False
    if not isinstance(schema, Mapping):
        raise Unsupported(f"schema node {schema!r}")
    checks: list[Check] = []
    unknown = set(schema) - _ANNOTATIONS - set(_KEYWORDS)
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    for keyword in _ORDER:
        if keyword in schema:
            made = _KEYWORDS[keyword](schema[keyword], schema)
            if made is not None:
                checks.append(made)
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    checks_t = tuple(checks)

    def every(x: Any) -> bool:
        for check in checks_t:
            if not check(x):
                return False
        return True

    return every


def _type(value: Any, _schema: Mapping) -> Check:
    kinds = [value] if isinstance(value, str) else list(value)
    tests = [_TYPES[k] for k in kinds]
    if len(tests) == 1:
        return tests[0]
    return lambda x: any(t(x) for t in tests)


def _const(value: Any, _schema: Mapping) -> Check:
    return lambda x: equal(x, value)


def _enum(values: Any, _schema: Mapping) -> Check:
    values = list(values)
    return lambda x: any(equal(x, v) for v in values)


def _string(test: Callable[[str], bool]) -> Check:
    return lambda x: not isinstance(x, str) or test(x)


def _number(test: Callable[[Any], bool]) -> Check:
    return lambda x: not _is_number(x) or test(x)


def _array(test: Callable[[list], bool]) -> Check:
    return lambda x: not isinstance(x, list) or test(x)


def _object(test: Callable[[dict], bool]) -> Check:
    return lambda x: not isinstance(x, dict) or test(x)


def _properties(value: Mapping[str, Any], _schema: Mapping) -> Check:
    subs = tuple((key, compile_schema(sub)) for key, sub in value.items())

    def properties(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for key, sub in subs:
            if key in x and not sub(x[key]):
                return False
        return True

    return properties


def _additional(value: Any, schema: Mapping) -> Check:
    if "patternProperties" in schema:
        raise Unsupported("patternProperties")
    known = frozenset(schema.get("properties", {}))
    if value is False:
        return _object(lambda d: known.issuperset(d))
    sub = compile_schema(value)

    def additional(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for key, item in x.items():
            if key not in known and not sub(item):
                return False
        return True

    return additional


def _required(value: Any, _schema: Mapping) -> Check:
    keys = list(value)
    return _object(lambda d: all(k in d for k in keys))


def _property_names(value: Any, _schema: Mapping) -> Check:
    sub = compile_schema(value)
    return _object(lambda d: all(sub(k) for k in d))


def _items(value: Any, schema: Mapping) -> Check:
    if "prefixItems" in schema or isinstance(value, list):
        raise Unsupported("prefixItems / array form of items")
    sub = compile_schema(value)

    def items(x: Any) -> bool:
        if not isinstance(x, list):
            return True
        for item in x:
            if not sub(item):
                return False
        return True

    return items


def _unique_items(value: Any, _schema: Mapping) -> Check | None:
    if not value:
        return None

    def unique(x: Any) -> bool:
        if not isinstance(x, list):
            return True
        for i, item in enumerate(x):
            for other in x[:i]:
                if equal(item, other):
                    return False
        return True

    return unique


def _any_of(value: Any, _schema: Mapping) -> Check:
    subs = [compile_schema(s) for s in value]
    return lambda x: any(sub(x) for sub in subs)


def _all_of(value: Any, _schema: Mapping) -> Check:
    subs = [compile_schema(s) for s in value]
    return lambda x: all(sub(x) for sub in subs)


def _if(value: Any, schema: Mapping) -> Check:
    test = compile_schema(value)
    then = compile_schema(schema.get("then", True))
    other = compile_schema(schema.get("else", True))
    return lambda x: then(x) if test(x) else other(x)


def _pattern_check(value: str, _schema: Mapping) -> Check:
    regex = _pattern(value)
    return _string(lambda s: regex.search(s) is not None)


def _nothing(_value: Any, _schema: Mapping) -> None:
    return None  # `then`/`else` are compiled with their `if`; alone they do nothing


_KEYWORDS: dict[str, Callable[[Any, Mapping], Check | None]] = {
    "type": _type,
    "const": _const,
    "enum": _enum,
    "required": _required,
    "properties": _properties,
    "additionalProperties": _additional,
    "propertyNames": _property_names,
    "minProperties": lambda n, _s: _object(lambda d: len(d) >= n),
    "maxProperties": lambda n, _s: _object(lambda d: len(d) <= n),
    "items": _items,
    "maxItems": lambda n, _s: _array(lambda a: len(a) <= n),
    "uniqueItems": _unique_items,
    "minItems": lambda n, _s: _array(lambda a: len(a) >= n),
    "minLength": lambda n, _s: _string(lambda s: len(s) >= n),
    "maxLength": lambda n, _s: _string(lambda s: len(s) <= n),
    "pattern": _pattern_check,
    "minimum": lambda n, _s: _number(lambda x: x >= n),
    "maximum": lambda n, _s: _number(lambda x: x <= n),
    "anyOf": _any_of,
    "allOf": _all_of,
    "if": _if,
    "then": _nothing,
    "else": _nothing,
}
# cheap type and shape tests first, then what descends into the data
_ORDER = ["type", "const", "enum", "required", "additionalProperties", "minProperties",
          "maxProperties", "maxItems", "minItems", "uniqueItems", "minLength", "maxLength",
          "pattern",
          "minimum", "maximum", "propertyNames", "properties", "items", "anyOf", "allOf",
          "if", "then", "else"]

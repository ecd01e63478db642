"""A JSON Schema compiled once into Python code: the import's fast "is it valid?".

python-jsonschema re-walks the schema for every instance (≈5 ms for a payload of 50
elements on our machines, as much as half of pyHanko's own validation). `compile_schema`
turns a schema into Python source once (nested closures, one call per keyword and value,
still cost ≈1.3 ms a payload; the generated statements cost ≈0.3 ms); each payload then
costs one pass over its own data. It answers only valid / not valid, for the Draft 2020-12
keywords our schemas use, with python-jsonschema's semantics (bool is not a number, 1.0 is
an integer, enum/const tell True from 1, `pattern` read as ECMA-262 as in `schema_check`).
A schema using any other keyword is refused (`Unsupported`) and the caller keeps
python-jsonschema.

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
    """A predicate `check(instance) -> bool` equivalent to `validator(schema).is_valid`;
    its `depth_bound` attribute is `depth_bound(schema)`.

    The schema is turned into Python source once (one function per object or array node,
    scalar nodes inlined as expressions), so a payload costs one pass of plain statements
    over its data instead of a call per keyword and per value.
    """
    gen = _Generator()
    root = gen.function(schema)
    namespace: dict[str, Any] = {
        "_equal": equal, "_unique": _unique, **gen.constants}
    exec(compile("\n".join(gen.lines), "<schema_fast>", "exec"), namespace)  # noqa: S102
    check: Check = namespace[root]
    check.depth_bound = depth_bound(schema)  # type: ignore[attr-defined]
    return check


def _unique(x: list) -> bool:
    for i, item in enumerate(x):
        for other in x[:i]:
            if equal(item, other):
                return False
    return True


# `{v}` is a Python expression (a name or a subscript): what each type looks like
_IS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "boolean": "isinstance({v}, bool)",
    "null": "{v} is None",
    "number": "(isinstance({v}, int | float) and not isinstance({v}, bool))",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool)"
               " or isinstance({v}, float) and {v}.is_integer())",
}
_SCALAR = {"type", "const", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum"}
_CONTAINER = {"object": "properties additionalProperties required propertyNames "
                        "minProperties maxProperties",
              "array": "items maxItems minItems uniqueItems"}


class _Generator:
    """Writes one `def fN(x)` per object/array schema node into `lines`; the values the
    code refers to (key sets, compiled patterns, enum members) go into `constants`."""

    def __init__(self) -> None:
        self.lines: list[str] = [
            "def _true(x):", "    return True", "def _false(x):", "    return False"]
        self.constants: dict[str, Any] = {}
        self._count = 0

    def constant(self, value: Any) -> str:
        name = f"c{len(self.constants)}"
        self.constants[name] = value
        return name

    def function(self, schema: Any) -> str:
        """The name of a function checking `schema`."""
        if schema is True or schema is False:
            return "_true" if schema else "_false"
        self._known_keywords(schema)
        name = f"f{self._count}"
        self._count += 1
        body = [f"    if {fail}: return False" for fail in self.failures(schema, "x")]
        loops = self._loops(schema)
        self.lines += [f"def {name}(x):", *body, *loops, "    return True"]
        return name

    def check(self, schema: Any, v: str) -> str:
        """An expression that is True when the value `v` is valid against `schema`: the
        conditions themselves for a scalar node, else a call of the node's function."""
        if schema is True:
            return "True"
        if isinstance(schema, Mapping) and set(schema) - _ANNOTATIONS <= _SCALAR:
            self._known_keywords(schema)
            fails = self.failures(schema, v)
            return f"not ({' or '.join(fails)})" if fails else "True"
        return f"{self.function(schema)}({v})"

    def _known_keywords(self, schema: Any) -> None:
        if not isinstance(schema, Mapping):
            raise Unsupported(f"schema node {schema!r}")
        unknown = set(schema) - _ANNOTATIONS - set(_ORDER)
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        if "prefixItems" in schema or isinstance(schema.get("items"), list):
            raise Unsupported("prefixItems / array form of items")

    def failures(self, schema: Mapping, v: str) -> list[str]:
        """Conditions, in `_ORDER`, any of which makes `v` invalid (loops excepted)."""
        out: list[str] = []
        kinds = schema.get("type")
        kinds = [kinds] if isinstance(kinds, str) else list(kinds) if kinds else []
        known = kinds[0] if len(kinds) == 1 else None
        if "type" in schema and not kinds:
            out.append("True")
        if kinds:
            out.append("not (" + " or ".join(_IS[k].format(v=v) for k in kinds) + ")")

        def guarded(kind: str, fail: str) -> None:
            sure = known == kind or (kind == "number" and known == "integer")
            out.append(fail if sure else f"({_IS[kind].format(v=v)} and {fail})")

        if "const" in schema:
            out.append(f"not _equal({v}, {self.constant(schema['const'])})")
        if "enum" in schema:
            values = list(schema["enum"])
            if values and all(isinstance(e, str) for e in values):
                out.append(f"not ({_IS['string'].format(v=v)} and {v} in "
                           f"{self.constant(frozenset(values))})")
            else:
                out.append(f"not any(_equal({v}, e) for e in {self.constant(tuple(values))})")
        if "required" in schema and schema["required"]:
            keys = " and ".join(f"{k!r} in {v}" for k in schema["required"])
            guarded("object", f"not ({keys})")
        if schema.get("additionalProperties") is False:
            known_keys = self.constant(frozenset(schema.get("properties", {})))
            guarded("object", f"not {known_keys}.issuperset({v})")
        for word, kind, test in (("minProperties", "object", "len({v}) < {n}"),
                                 ("maxProperties", "object", "len({v}) > {n}"),
                                 ("maxItems", "array", "len({v}) > {n}"),
                                 ("minItems", "array", "len({v}) < {n}")):
            if word in schema:
                guarded(kind, test.format(v=v, n=int(schema[word])))
        if schema.get("uniqueItems"):
            guarded("array", f"not _unique({v})")
        for word, test in (("minLength", "len({v}) < {n}"), ("maxLength", "len({v}) > {n}")):
            if word in schema:
                guarded("string", test.format(v=v, n=int(schema[word])))
        if "pattern" in schema:
            regex = self.constant(_pattern(schema["pattern"]))
            guarded("string", f"{regex}.search({v}) is None")
        for word, test in (("minimum", "not ({v} >= {n})"), ("maximum", "not ({v} <= {n})")):
            if word in schema:
                guarded("number", test.format(v=v, n=self.constant(schema[word])))
        for word, join in (("anyOf", " or "), ("allOf", " and ")):
            if word in schema:
                subs = join.join(self.check(s, v) for s in schema[word])
                out.append(f"not ({subs})")
        if "if" in schema:
            test = self.check(schema["if"], v)
            then = self.check(schema.get("then", True), v)
            other = self.check(schema.get("else", True), v)
            out.append(f"not (({then}) if ({test}) else ({other}))")
        return out

    def _loops(self, schema: Mapping) -> list[str]:
        """Statements descending into an object's or an array's members."""
        lines: list[str] = []
        kinds = schema.get("type")
        sure = {"object": kinds == "object", "array": kinds == "array"}

        def block(kind: str, body: list[str]) -> None:
            if sure[kind]:
                lines.extend(f"    {line}" for line in body)
            else:
                lines.append(f"    if {_IS[kind].format(v='x')}:")
                lines.extend(f"        {line}" for line in body)

        body: list[str] = []
        if "propertyNames" in schema:
            body += ["for k in x:", f"    if not ({self.check(schema['propertyNames'], 'k')}):"
                     " return False"]
        for key, sub in schema.get("properties", {}).items():
            if sub is not True:
                body += [f"if {key!r} in x:", f"    t = x[{key!r}]",
                         f"    if not ({self.check(sub, 't')}): return False"]
        extra = schema.get("additionalProperties", True)
        if extra is not True and extra is not False:
            known_keys = self.constant(frozenset(schema.get("properties", {})))
            body += ["for k, t in x.items():",
                     f"    if k not in {known_keys} and not ({self.check(extra, 't')}):"
                     " return False"]
        if body:
            block("object", body)
        if "items" in schema and schema["items"] is not True:
            block("array", ["for t in x:",
                            f"    if not ({self.check(schema['items'], 't')}): return False"])
        return lines


# cheap type and shape tests first, then what descends into the data
_ORDER = ["type", "const", "enum", "required", "additionalProperties", "minProperties",
          "maxProperties", "maxItems", "minItems", "uniqueItems", "minLength", "maxLength",
          "pattern", "minimum", "maximum", "propertyNames", "properties", "items", "anyOf",
          "allOf", "if", "then", "else", "patternProperties", "prefixItems"]


def depth_bound(schema: Any) -> int | None:
    """How deeply a valid instance of `schema` can nest arrays and objects (`{}` is 1), or
    None when the schema sets no bound (an open object or array somewhere). A parser may
    skip its own nesting check for instances this schema accepts, when the bound is low."""
    if schema is False:
        return 0
    if not isinstance(schema, Mapping):
        return None
    bounds = [_own_depth(schema)]
    bounds += [depth_bound(sub) for sub in schema.get("allOf", ())]
    if "anyOf" in schema:
        branches = [depth_bound(sub) for sub in schema["anyOf"]]
        closed = [b for b in branches if b is not None]
        bounds.append(max(closed, default=0) if len(closed) == len(branches) else None)
    known = [b for b in bounds if b is not None]
    return min(known) if known else None


def _own_depth(schema: Mapping) -> int | None:
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else list(schema["enum"])
        return max((_value_depth(v) for v in values), default=0)
    kinds = schema.get("type", ["object", "array"])
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    deepest = 0
    if "object" in kinds:
        extra = schema.get("additionalProperties", True)
        subs = [*schema.get("properties", {}).values(), *([] if extra is False else [extra])]
        members = [depth_bound(sub) for sub in subs]
        closed = [m for m in members if m is not None]
        if len(closed) < len(members):
            return None
        deepest = 1 + max(closed, default=0)
    if "array" in kinds:
        items = depth_bound(schema.get("items", True))
        if items is None:
            return None
        deepest = max(deepest, 1 + items)
    return deepest


def _value_depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_value_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_value_depth(v) for v in value), default=0)
    return 0

"""A fast yes/no check of a value against the catalogue's JSON Schema.

jsonschema takes over half a minute over a national catalogue; this turns the keywords our
schema uses into one generated Python function per definition and answers in about a second.
Only values it rejects go to jsonschema, which words the errors (and has the last word: a
value it accepts is valid). A keyword this does not know stops compilation, so the schema
cannot quietly outgrow the check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

_TYPE_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "boolean": "isinstance({v}, bool)",
    "null": "{v} is None",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "integer": "((isinstance({v}, int) and not isinstance({v}, bool))"
    " or (isinstance({v}, float) and {v}.is_integer()))",
}
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
_MISSING = object()


class _Generator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.functions: dict[str, list[str]] = {}
        self.constants: dict[str, Any] = {"_MISSING": _MISSING}
        self._counter = 0

    def fresh(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def constant(self, value: Any) -> str:
        name = self.fresh("_c")
        self.constants[name] = value
        return name

    def function(self, schema: Mapping[str, Any], name: str | None = None) -> str:
        name = name or self.fresh("_f")
        self.functions[name] = []  # reserved first, so that recursion terminates
        body = self.lines(schema, "value", 1)
        self.functions[name] = [f"def {name}(value):", *body, "    return True"]
        return name

    def ref(self, ref: str) -> str:
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref}")
        definition = ref.removeprefix("#/$defs/")
        name = "_def_" + re.sub(r"\W", "_", definition)
        if name not in self.functions:
            self.function(self.root["$defs"][definition], name)
        return name

    def lines(self, schema: Mapping[str, Any], v: str, depth: int) -> list[str]:
        pad = "    " * depth
        out: list[str] = []
        fail = f"{pad}    return False"
        for key, value in schema.items():
            if key in _ANNOTATIONS:
                continue
            if key == "type":
                names = [value] if isinstance(value, str) else list(value)
                test = " or ".join(_TYPE_TESTS[n].format(v=v) for n in names)
                out += [f"{pad}if not ({test}):", fail]
            elif key == "required":
                for field in value:
                    out += [f"{pad}if isinstance({v}, dict) and {field!r} not in {v}:", fail]
            elif key == "properties":
                out.append(f"{pad}if isinstance({v}, dict):")
                for prop, sub in value.items():
                    item = self.fresh("_p")
                    inner = self.lines(sub, item, depth + 2)
                    if inner:
                        out.append(f"{pad}    {item} = {v}.get({prop!r}, _MISSING)")
                        out.append(f"{pad}    if {item} is not _MISSING:")
                        out += inner
                out.append(f"{pad}    pass")
            elif key == "additionalProperties":
                if value is not False:
                    raise ValueError("only additionalProperties: false is supported")
                allowed = self.constant(frozenset(schema.get("properties", {})))
                out += [f"{pad}if isinstance({v}, dict) and not {allowed}.issuperset({v}):", fail]
            elif key == "items":
                item = self.fresh("_i")
                inner = self.lines(value, item, depth + 2)
                if inner:
                    out += [f"{pad}if isinstance({v}, list):", f"{pad}    for {item} in {v}:"]
                    out += inner
            elif key in ("enum", "const"):
                options = self.constant(
                    [(o, type(o)) for o in (value if key == "enum" else [value])]
                )
                out += [
                    f"{pad}if not any({v} == o and type({v}) is t for o, t in {options}):",
                    fail,
                ]
            elif key == "pattern":
                pattern = self.constant(re.compile(value))
                out += [f"{pad}if isinstance({v}, str) and {pattern}.search({v}) is None:", fail]
            elif key == "minLength":
                out += [f"{pad}if isinstance({v}, str) and len({v}) < {int(value)}:", fail]
            elif key in ("minimum", "maximum"):
                op = "<" if key == "minimum" else ">"
                number = _TYPE_TESTS["number"].format(v=v)
                out += [f"{pad}if {number} and {v} {op} {value!r}:", fail]
            elif key == "anyOf":
                names = [self.function(sub) for sub in value]
                test = " or ".join(f"{n}({v})" for n in names)
                out += [f"{pad}if not ({test}):", fail]
            elif key == "$ref":
                out += [f"{pad}if not {self.ref(value)}({v}):", fail]
            else:
                raise ValueError(f"unsupported JSON Schema keyword {key}")
        return out


def compile_definition(root: Mapping[str, Any], name: str | None = None) -> Check:
    """A check for the whole schema, or for one of its ``$defs``."""
    generator = _Generator(root)
    entry = generator.function(root if name is None else {"$ref": f"#/$defs/{name}"})
    source = "\n\n".join("\n".join(lines) for lines in generator.functions.values())
    namespace: dict[str, Any] = dict(generator.constants)
    exec(compile(source, "<catalogue schema check>", "exec"), namespace)
    check: Check = namespace[entry]
    return check

"""Schema normalisation: one shape for the many ways OpenAPI can spell the same schema.

A `Node` is a schema with its `$ref`s followed, `allOf` merged, and null alternatives folded
into a `nullable` flag, so that the comparison sees `anyOf [X, null]`, `type: [X, "null"]`,
`enum` with null and 3.0 `nullable: true` as the same thing, and `anyOf` like `oneOf`.
Also here: small facts read off a schema (its JSON types, enum values, numeric bounds).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from .documents import Document, JsonObject, as_object, escape, ref_name

ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "externalDocs",
        "xml",
        "discriminator",
        "nullable",
    }
)
_MAX_NESTING = 64  # allOf/anyOf/oneOf nesting inside one schema before it is treated as `{}`


@dataclass
class Node:
    """A schema with `$ref`s, `allOf`, and null alternatives folded away."""

    schema: JsonObject
    pointer: str
    ref: str | None = None  # the component name it was reached through
    nullable: bool = False
    members: list[Node] | None = None  # anyOf/oneOf with two or more non-null members
    unresolved: str | None = None  # a `$ref` that does not resolve
    is_null: bool = False  # the null type itself
    property_pointers: dict[str, str] = field(default_factory=dict)

    def property_pointer(self, name: str) -> str:
        return self.property_pointers.get(name, f"{self.pointer}/properties/{escape(name)}")


def merge_all_of(parts: list[Node], rest: JsonObject, pointer: str) -> Node:
    merged: JsonObject = {}
    properties: JsonObject = {}
    property_pointers: dict[str, str] = {}
    required: list[Any] = []
    for part_schema, part in [(p.schema, p) for p in parts] + [(rest, None)]:
        for key, value in part_schema.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    properties[name] = (
                        {"allOf": [properties[name], sub]} if name in properties else sub
                    )
                    if part is not None:
                        property_pointers.setdefault(name, part.property_pointer(name))
            elif key == "required" and isinstance(value, list):
                required += [name for name in value if name not in required]
            elif key not in merged:
                merged[key] = value
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    members = next((part.members for part in parts if part.members), None)
    return Node(
        merged,
        pointer,
        nullable=bool(parts) and all(part.nullable for part in parts),
        members=members,
        property_pointers=property_pointers,
    )


def normalize(doc: Document, raw: Any, pointer: str, active: frozenset[str] = frozenset()) -> Node:
    if raw is False:
        return Node({"not": {}}, pointer)
    schema: JsonObject = dict(raw) if isinstance(raw, dict) else {}
    via: str | None = None
    seen: set[str] = set()
    while isinstance(schema.get("$ref"), str):
        target: str = schema.pop("$ref")
        via = via or ref_name(target)
        if target in seen or target in active:
            schema = {}  # a reference cycle that never reaches a schema: anything
            break
        seen.add(target)
        found = doc.lookup(target)
        if found is None:
            return Node({}, pointer, ref=via, unresolved=target)
        resolved, pointer = found
        schema = {**as_object(resolved), **schema}
    active = active | seen
    if len(active) > _MAX_NESTING:
        return Node({}, pointer, ref=via)

    if isinstance(schema.get("allOf"), list):
        parts = [
            normalize(doc, member, f"{pointer}/allOf/{index}", active)
            for index, member in enumerate(schema.pop("allOf"))
        ]
        broken = next((part.unresolved for part in parts if part.unresolved), None)
        if broken:
            return Node({}, pointer, ref=via, unresolved=broken)
        if len(parts) == 1 and not set(schema) - ANNOTATIONS:
            return replace(parts[0], ref=via or parts[0].ref)
        node = merge_all_of(parts, schema, pointer)
        node.ref = via
        return node

    nullable = schema.pop("nullable", False) is True
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        nullable = True
        kept = [kind for kind in types if kind != "null"]
        if not kept:
            return Node(schema, pointer, ref=via, is_null=True)
        schema["type"] = kept[0] if len(kept) == 1 else kept
    elif types == "null" or ("const" in schema and schema["const"] is None):
        return Node(schema, pointer, ref=via, is_null=True)
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable = True
        schema["enum"] = [value for value in enum if value is not None]
        if not schema["enum"]:
            return Node(schema, pointer, ref=via, is_null=True)

    for key in ("anyOf", "oneOf"):
        alternatives = schema.get(key)
        if not isinstance(alternatives, list):
            continue
        del schema[key]
        members: list[Node] = []
        for index, alternative in enumerate(alternatives):
            member = normalize(doc, alternative, f"{pointer}/{key}/{index}", active)
            if member.is_null:
                nullable = True
                continue
            if member.nullable:
                nullable = True
                member = replace(member, nullable=False)
            members.extend(member.members if member.members else [member])
        if not members:
            return Node(schema, pointer, ref=via, nullable=True, is_null=True)
        if len(members) == 1:
            only = members[0]
            return replace(
                only,
                schema={**only.schema, **schema},
                ref=via or only.ref,
                nullable=nullable,
            )
        return Node(schema, pointer, ref=via, nullable=nullable, members=members)
    return Node(schema, pointer, ref=via, nullable=nullable)


# --- schema facts ------------------------------------------------------------------------

_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number"}


def _value_type(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return _JSON_TYPES.get(type(value), "string")


def types_of(schema: JsonObject) -> frozenset[str] | None:
    """The JSON types a schema admits (null excluded); None for any type."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(str(kind) for kind in declared if kind != "null")
    if any(key in schema for key in ("properties", "additionalProperties", "required")):
        return frozenset({"object"})
    if "items" in schema or "prefixItems" in schema:
        return frozenset({"array"})
    values = enum_values(schema)
    if values:
        return frozenset(_value_type(json.loads(value)) for value in values)
    return None


def type_label(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "nothing"


def enum_values(schema: JsonObject) -> list[str] | None:
    """The allowed values (as canonical JSON) of an `enum` or `const`; None if unrestricted."""
    if "const" in schema:
        return [json.dumps(schema["const"], sort_keys=True)]
    values = schema.get("enum")
    if isinstance(values, list):
        return [json.dumps(value, sort_keys=True) for value in values]
    return None


def label(node: Node) -> str:
    if node.ref:
        return node.ref
    text = type_label(types_of(node.schema))
    fmt = node.schema.get("format")
    return f"{text}({fmt})" if isinstance(fmt, str) else text


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def bound(schema: JsonObject, inclusive_key: str, exclusive_key: str) -> tuple[float, bool] | None:
    """The tightest numeric bound as (value, exclusive), with the 3.0 boolean form understood."""
    lower = inclusive_key == "minimum"
    candidates: list[tuple[float, bool]] = []
    inclusive = number(schema.get(inclusive_key))
    if inclusive is not None:
        candidates.append((inclusive, schema.get(exclusive_key) is True))
    exclusive = number(schema.get(exclusive_key))
    if exclusive is not None:
        candidates.append((exclusive, True))
    if not candidates:
        return None
    if lower:
        return max(candidates)
    return min(candidates, key=lambda candidate: (candidate[0], not candidate[1]))


def bound_text(value: tuple[float, bool], lower: bool) -> str:
    symbol = (">" if lower else "<") + ("" if value[1] else "=")
    return f"{symbol} {fmt_number(value[0])}"

#!/usr/bin/env python3
"""Classify every difference between two OpenAPI 3.x documents as BREAKING or COMPATIBLE.

    scripts/api_diff.py OLD NEW [--format text|json]

OLD and NEW are JSON files. Exit status: 0 no breaking change, 1 at least one breaking change,
2 usage error (bad arguments, a file that cannot be read or is not an OpenAPI document).
As a module: `diff(old, new) -> Report` on parsed documents, `load(path)`, `main(argv)`.

The rule. A client built against OLD must keep working against NEW. What the client SENDS
(parameters, request bodies) must still be accepted: NEW may accept more, never less. What the
client RECEIVES (responses) must still be understood: NEW may produce less or promise more,
never something more or else. A schema change is therefore judged by where the schema is used;
a component used by requests and responses is judged (and reported) once per use.

    change                                      in a request    in a response
    property removed (1)                        BREAKING        BREAKING
    new optional property or parameter          compatible      compatible
    new required property or parameter         BREAKING        compatible
    optional -> required                        BREAKING        compatible
    required -> optional                        compatible      BREAKING
    becomes nullable (`anyOf [X, null]`)        compatible      BREAKING
    no longer nullable                          BREAKING        compatible
    type changed, format changed (2)            BREAKING        BREAKING
    enum value removed (3)                      BREAKING        BREAKING
    enum value added                            compatible      BREAKING
    union (anyOf/oneOf/type list) gains member  compatible      BREAKING
    union loses a member                        BREAKING        compatible
    narrower constraint (4)                     BREAKING        compatible
    looser constraint                           compatible      BREAKING

(1) Also in requests: the generated model or function loses the argument that callers pass.
(2) Any change of the set of JSON types (integer <-> number included) or of `format`,
    `contentMediaType`, `contentEncoding` changes the generated Python type. A `type` list that
    only gains (request) or only loses (response) types follows the union rows.
(3) Also in responses: the generated enum class loses a member that client code may name.
(4) maxLength/maxItems/maxProperties/maximum lowered or added; their min* twins raised or
    added (exclusive bounds included); `pattern` added or changed; `multipleOf` added or changed
    to a value that does not divide the old one; `uniqueItems` turned on; `additionalProperties`
    restricted (absent/true > a schema > false); an `enum` appearing. The reverse is looser.

Operations are matched by method + path, else by operationId (a moved operation). BREAKING: a
removed operation, a changed path or method, a changed operationId or first tag (the generated
function and API class names), a parameter removed, an optional parameter made required, a
changed parameter serialisation (style/explode), a request body added as required, removed, or
made required, a request content type no longer accepted, a removed or added success (1xx-3xx)
status, a removed response content type or header, a security alternative removed, a removed
component schema that operations used or that is still referenced (a dangling `$ref`).
COMPATIBLE: a new operation, optional parameter or optional body, a new error status (and a
removed one: documentation only), a new content type, a new security alternative, deprecation,
a new component schema, removing a schema no operation used.
Ignored: summaries, descriptions, titles, examples, defaults, servers, and `anyOf` vs `oneOf`.

`$ref`s are resolved inside the document (JSON pointers, also to parameters, bodies, responses
and headers; external references are not followed); recursive schemas are compared once per
pair of referenced schemas and direction, so cycles terminate. `allOf` members are merged into
one schema. `anyOf`/`oneOf` members are matched by referenced schema name, then by JSON type,
then one-to-one when a single member is left on each side. Nullability is read from
`anyOf/oneOf [X, {type: null}]`, `type: [X, "null"]`, `enum` with null, and 3.0 `nullable`.
Locations read like `GET /v0/files/{file_id} response 200 .items[].checksum`: `.name` a
property, `[]` array items, `{*}` additionalProperties, `<Name>` a union member.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

__all__ = ["Change", "Report", "Severity", "diff", "load", "main"]

Direction = Literal["request", "response"]
JsonObject = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ANNOTATIONS = frozenset(
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
_FORMAT_KEYS = ("format", "contentMediaType", "contentEncoding")
_MAX_KEYS = ("maxLength", "maxItems", "maxProperties")
_MIN_KEYS = ("minLength", "minItems", "minProperties")
_MAX_NESTING = 64  # allOf/anyOf/oneOf nesting inside one schema before it is treated as `{}`
_SCHEMA_PREFIX = "#/components/schemas/"


class Severity(StrEnum):
    BREAKING = "breaking"
    COMPATIBLE = "compatible"


@dataclass(frozen=True)
class Change:
    """One difference. `str(change)` is the report line: `SUBJECT LOCATION: MESSAGE`."""

    severity: Severity
    rule: str  # a stable identifier, e.g. "property-removed"
    subject: str  # "GET /v0/files/{file_id}" or "schema File"
    location: str  # "response 200 .checksum", or "" for the subject itself
    message: str  # "removed"
    pointer: str  # JSON pointer of the node in NEW (in OLD for what NEW lacks)

    @property
    def breaking(self) -> bool:
        return self.severity is Severity.BREAKING

    def __str__(self) -> str:
        where = f"{self.subject} {self.location}".rstrip()
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "subject": self.subject,
            "location": self.location,
            "message": self.message,
            "pointer": self.pointer,
            "text": str(self),
        }


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [change for change in self.changes if not change.breaking]

    @property
    def exit_code(self) -> int:
        return 1 if self.breaking else 0

    def to_text(self, old_label: str = "OLD", new_label: str = "NEW") -> str:
        head = f"API diff {old_label} -> {new_label}"
        if not self.changes:
            return f"{head}: no differences\n"
        lines = [f"{head}: {len(self.breaking)} breaking, {len(self.compatible)} compatible"]
        for title, group in (("BREAKING", self.breaking), ("COMPATIBLE", self.compatible)):
            if group:
                lines += ["", f"{title} ({len(group)}):"]
                lines += [f"  {change}" for change in group]
        return "\n".join(lines) + "\n"

    def to_json(self, old_label: str = "OLD", new_label: str = "NEW") -> str:
        document = {
            "old": old_label,
            "new": new_label,
            "summary": {"breaking": len(self.breaking), "compatible": len(self.compatible)},
            "breaking": [change.as_dict() for change in self.breaking],
            "compatible": [change.as_dict() for change in self.compatible],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- documents and references ------------------------------------------------------------


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _as_object(value: Any) -> JsonObject:
    return value if isinstance(value, dict) else {}


class _Document:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data: JsonObject = dict(data)

    def lookup(self, ref: str) -> tuple[Any, str] | None:
        """The node a local `$ref` points to and its JSON pointer; None if it does not resolve."""
        if not ref.startswith("#"):
            return None  # external references are not followed
        pointer = unquote(ref[1:])
        node: Any = self.data
        if pointer:
            if not pointer.startswith("/"):
                return None
            for raw in pointer.split("/")[1:]:
                token = raw.replace("~1", "/").replace("~0", "~")
                if isinstance(node, dict) and token in node:
                    node = node[token]
                elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                    node = node[int(token)]
                else:
                    return None
        return node, pointer

    def deref(self, value: Any, pointer: str) -> tuple[Any, str, str | None]:
        """Follow `$ref`s of a non-schema object: (object, its pointer, unresolved ref or None)."""
        seen: set[str] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            found = self.lookup(ref)
            if ref in seen or found is None:
                return {}, pointer, ref
            seen.add(ref)
            value, pointer = found
        return value, pointer, None

    def refs(self, node: Any, pointer: str) -> Iterator[tuple[str, str]]:
        """Every `$ref` string under `node`: (ref, pointer of the object holding it)."""
        stack: list[tuple[Any, str]] = [(node, pointer)]
        while stack:
            current, where = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str):
                    yield ref, where
                for key, value in current.items():
                    if isinstance(value, dict | list):
                        stack.append((value, f"{where}/{_escape(str(key))}"))
            elif isinstance(current, list):
                for index, value in enumerate(current):
                    if isinstance(value, dict | list):
                        stack.append((value, f"{where}/{index}"))

    def schemas(self) -> JsonObject:
        return _as_object(_as_object(self.data.get("components")).get("schemas"))


# --- schema normalisation ----------------------------------------------------------------


@dataclass
class _Node:
    """A schema with `$ref`s, `allOf`, and null alternatives folded away."""

    schema: JsonObject
    pointer: str
    ref: str | None = None  # the component name it was reached through
    nullable: bool = False
    members: list[_Node] | None = None  # anyOf/oneOf with two or more non-null members
    unresolved: str | None = None  # a `$ref` that does not resolve
    is_null: bool = False  # the null type itself
    property_pointers: dict[str, str] = field(default_factory=dict)

    def property_pointer(self, name: str) -> str:
        return self.property_pointers.get(name, f"{self.pointer}/properties/{_escape(name)}")


def _ref_name(ref: str) -> str:
    if ref.startswith(_SCHEMA_PREFIX):
        return unquote(ref[len(_SCHEMA_PREFIX) :]).replace("~1", "/").replace("~0", "~")
    return ref


def _merge_all_of(parts: list[_Node], rest: JsonObject, pointer: str) -> _Node:
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
    return _Node(
        merged,
        pointer,
        nullable=bool(parts) and all(part.nullable for part in parts),
        members=members,
        property_pointers=property_pointers,
    )


def _normalize(
    doc: _Document, raw: Any, pointer: str, active: frozenset[str] = frozenset()
) -> _Node:
    if raw is False:
        return _Node({"not": {}}, pointer)
    schema: JsonObject = dict(raw) if isinstance(raw, dict) else {}
    ref_name: str | None = None
    seen: set[str] = set()
    while isinstance(schema.get("$ref"), str):
        target: str = schema.pop("$ref")
        ref_name = ref_name or _ref_name(target)
        if target in seen or target in active:
            schema = {}  # a reference cycle that never reaches a schema: anything
            break
        seen.add(target)
        found = doc.lookup(target)
        if found is None:
            return _Node({}, pointer, ref=ref_name, unresolved=target)
        resolved, pointer = found
        schema = {**_as_object(resolved), **schema}
    active = active | seen
    if len(active) > _MAX_NESTING:
        return _Node({}, pointer, ref=ref_name)

    if isinstance(schema.get("allOf"), list):
        parts = [
            _normalize(doc, member, f"{pointer}/allOf/{index}", active)
            for index, member in enumerate(schema.pop("allOf"))
        ]
        broken = next((part.unresolved for part in parts if part.unresolved), None)
        if broken:
            return _Node({}, pointer, ref=ref_name, unresolved=broken)
        if len(parts) == 1 and not set(schema) - _ANNOTATIONS:
            return replace(parts[0], ref=ref_name or parts[0].ref)
        node = _merge_all_of(parts, schema, pointer)
        node.ref = ref_name
        return node

    nullable = schema.pop("nullable", False) is True
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        nullable = True
        kept = [kind for kind in types if kind != "null"]
        if not kept:
            return _Node(schema, pointer, ref=ref_name, is_null=True)
        schema["type"] = kept[0] if len(kept) == 1 else kept
    elif types == "null" or ("const" in schema and schema["const"] is None):
        return _Node(schema, pointer, ref=ref_name, is_null=True)
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable = True
        schema["enum"] = [value for value in enum if value is not None]
        if not schema["enum"]:
            return _Node(schema, pointer, ref=ref_name, is_null=True)

    for key in ("anyOf", "oneOf"):
        alternatives = schema.get(key)
        if not isinstance(alternatives, list):
            continue
        del schema[key]
        members: list[_Node] = []
        for index, alternative in enumerate(alternatives):
            member = _normalize(doc, alternative, f"{pointer}/{key}/{index}", active)
            if member.is_null:
                nullable = True
                continue
            if member.nullable:
                nullable = True
                member = replace(member, nullable=False)
            members.extend(member.members if member.members else [member])
        if not members:
            return _Node(schema, pointer, ref=ref_name, nullable=True, is_null=True)
        if len(members) == 1:
            only = members[0]
            return replace(
                only,
                schema={**only.schema, **schema},
                ref=ref_name or only.ref,
                nullable=nullable,
            )
        return _Node(schema, pointer, ref=ref_name, nullable=nullable, members=members)
    return _Node(schema, pointer, ref=ref_name, nullable=nullable)


# --- schema facts ------------------------------------------------------------------------

_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number"}


def _value_type(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return _JSON_TYPES.get(type(value), "string")


def _types(schema: JsonObject) -> frozenset[str] | None:
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
    values = _enum(schema)
    if values:
        return frozenset(_value_type(json.loads(value)) for value in values)
    return None


def _type_label(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "nothing"


def _enum(schema: JsonObject) -> list[str] | None:
    """The allowed values (as canonical JSON) of an `enum` or `const`; None if unrestricted."""
    if "const" in schema:
        return [json.dumps(schema["const"], sort_keys=True)]
    values = schema.get("enum")
    if isinstance(values, list):
        return [json.dumps(value, sort_keys=True) for value in values]
    return None


def _label(node: _Node) -> str:
    if node.ref:
        return node.ref
    label = _type_label(_types(node.schema))
    fmt = node.schema.get("format")
    return f"{label}({fmt})" if isinstance(fmt, str) else label


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _bound(schema: JsonObject, inclusive_key: str, exclusive_key: str) -> tuple[float, bool] | None:
    """The tightest numeric bound as (value, exclusive), with the 3.0 boolean form understood."""
    lower = inclusive_key == "minimum"
    candidates: list[tuple[float, bool]] = []
    inclusive = _number(schema.get(inclusive_key))
    if inclusive is not None:
        candidates.append((inclusive, schema.get(exclusive_key) is True))
    exclusive = _number(schema.get(exclusive_key))
    if exclusive is not None:
        candidates.append((exclusive, True))
    if not candidates:
        return None
    if lower:
        return max(candidates)
    return min(candidates, key=lambda bound: (bound[0], not bound[1]))


def _bound_text(bound: tuple[float, bool], lower: bool) -> str:
    symbol = (">" if lower else "<") + ("" if bound[1] else "=")
    return f"{symbol} {_fmt_number(bound[0])}"


# --- findings ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Finding:
    """A difference inside a schema, located relative to the schema being compared."""

    breaking: bool
    rule: str
    path: str
    message: str
    pointer: str

    def under(self, prefix: str) -> _Finding:
        return replace(self, path=prefix + self.path)


def _directed(direction: Direction, *, narrower: bool) -> bool:
    """Whether a change that narrows (or widens) what a schema admits breaks clients."""
    return narrower if direction == "request" else not narrower


class _SchemaDiffer:
    def __init__(self, old: _Document, new: _Document) -> None:
        self.old, self.new = old, new
        self._memo: dict[tuple[str, str, str], list[_Finding]] = {}
        self._active: set[tuple[str, str, str]] = set()
        self._cuts = 0

    def compare_raw(
        self, old: Any, old_pointer: str, new: Any, new_pointer: str, direction: Direction
    ) -> list[_Finding]:
        return self.compare(
            _normalize(self.old, old, old_pointer),
            _normalize(self.new, new, new_pointer),
            direction,
        )

    def compare(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        if new.unresolved and new.unresolved != old.unresolved:
            message = f"$ref {new.unresolved} does not resolve (a removed schema still referenced)"
            return [_Finding(True, "dangling-ref", "", message, new.pointer)]
        if old.unresolved or new.unresolved:
            return []
        if old.is_null or new.is_null:
            if old.is_null and new.is_null:
                return []
            before = "null" if old.is_null else _label(old)
            after = "null" if new.is_null else _label(new)
            message = f"type changed from {before} to {after}"
            return [_Finding(True, "type-changed", "", message, new.pointer)]
        found = self._nullability(old, new, direction)
        if not (old.ref and new.ref):
            return found + self._core(old, new, direction)
        key = (old.ref, new.ref, direction)
        if key in self._active:
            self._cuts += 1  # a recursive schema: this pair is being compared further up
            return found
        if key in self._memo:
            return found + self._memo[key]
        self._active.add(key)
        cuts = self._cuts
        try:
            core = self._core(old, new, direction)
        finally:
            self._active.discard(key)
        if self._cuts == cuts:
            self._memo[key] = core
        return found + core

    def _nullability(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        if old.nullable == new.nullable:
            return []
        if new.nullable:
            breaking = direction == "response"
            message = "became nullable" if breaking else "now also accepts null"
            return [_Finding(breaking, "became-nullable", "", message, new.pointer)]
        breaking = direction == "request"
        message = "no longer accepts null" if breaking else "no longer nullable"
        return [_Finding(breaking, "no-longer-nullable", "", message, new.pointer)]

    def _core(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        if old.members is not None or new.members is not None:
            return self._unions(old, new, direction)
        found: list[_Finding] = []
        old_types, new_types = _types(old.schema), _types(new.schema)
        found += self._type(old_types, new_types, new.pointer, direction)
        if old_types is not None and new_types is not None and not old_types & new_types:
            return found
        found += self._format(old.schema, new.schema, new.pointer)
        found += self._enums(old.schema, new.schema, new.pointer, direction)
        found += self._constraints(old.schema, new.schema, new.pointer, direction)
        if (old_types is None or "object" in old_types) and (
            new_types is None or "object" in new_types
        ):
            found += self._object(old, new, direction)
        if (old_types is None or "array" in old_types) and (
            new_types is None or "array" in new_types
        ):
            found += self._array(old, new, direction)
        return found

    def _type(
        self,
        old: frozenset[str] | None,
        new: frozenset[str] | None,
        pointer: str,
        direction: Direction,
    ) -> list[_Finding]:
        if old == new:
            return []
        change = f"from {_type_label(old)} to {_type_label(new)}"
        if old is None or new is None:  # to or from "any type": wider or narrower
            breaking = _directed(direction, narrower=new is not None)
            return [_Finding(breaking, "type-changed", "", f"type changed {change}", pointer)]
        if old - new and new - old:  # a different type, whatever the direction
            return [_Finding(True, "type-changed", "", f"type changed {change}", pointer)]
        widened = bool(new - old)  # a type list that only gained or only lost types
        what, kinds = ("gained", new - old) if widened else ("lost", old - new)
        rule = "union-member-added" if widened else "union-member-removed"
        message = f"type {what} {_type_label(kinds)} ({change})"
        breaking = _directed(direction, narrower=not widened)
        return [_Finding(breaking, rule, "", message, pointer)]

    def _format(self, old: JsonObject, new: JsonObject, pointer: str) -> list[_Finding]:
        found = []
        for key in _FORMAT_KEYS:
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if before is None:
                message = f"{key} {after} added"
            elif after is None:
                message = f"{key} {before} removed"
            else:
                message = f"{key} changed from {before} to {after}"
            found.append(_Finding(True, "format-changed", "", message, pointer))
        return found

    def _enums(
        self, old: JsonObject, new: JsonObject, pointer: str, direction: Direction
    ) -> list[_Finding]:
        before, after = _enum(old), _enum(new)
        if before is None and after is None:
            return []
        if before is None or after is None:
            narrower = before is None
            message = "restricted to an enum" if narrower else "no longer restricted to an enum"
            rule = "enum-added" if narrower else "enum-removed"
            breaking = _directed(direction, narrower=narrower)
            return [_Finding(breaking, rule, "", message, pointer)]
        found = [
            _Finding(True, "enum-value-removed", "", f"enum value {value} removed", pointer)
            for value in before
            if value not in after
        ]
        found += [
            _Finding(
                direction == "response",
                "enum-value-added",
                "",
                f"enum value {value} added",
                pointer,
            )
            for value in after
            if value not in before
        ]
        return found

    def _constraints(
        self, old: JsonObject, new: JsonObject, pointer: str, direction: Direction
    ) -> list[_Finding]:
        changes: list[tuple[bool, str]] = []  # (narrower, message)
        for key, lower in [(key, False) for key in _MAX_KEYS] + [(key, True) for key in _MIN_KEYS]:
            before, after = _number(old.get(key)), _number(new.get(key))
            if before == after:
                continue
            if after is None:
                changes.append((False, f"{key} {_fmt_number(before or 0)} removed"))
            elif before is None:
                changes.append((True, f"{key} {_fmt_number(after)} added"))
            else:
                narrower = after > before if lower else after < before
                verb = "raised" if after > before else "lowered"
                span = f"from {_fmt_number(before)} to {_fmt_number(after)}"
                changes.append((narrower, f"{key} {verb} {span}"))
        for lower, keys in (
            (True, ("minimum", "exclusiveMinimum")),
            (False, ("maximum", "exclusiveMaximum")),
        ):
            old_bound, new_bound = _bound(old, *keys), _bound(new, *keys)
            if old_bound == new_bound:
                continue
            what = "lower bound" if lower else "upper bound"
            if new_bound is None:
                assert old_bound is not None
                changes.append((False, f"{what} {_bound_text(old_bound, lower)} removed"))
            elif old_bound is None:
                changes.append((True, f"{what} {_bound_text(new_bound, lower)} added"))
            else:
                if lower:
                    narrower = (new_bound[0], new_bound[1]) > (old_bound[0], old_bound[1])
                else:
                    narrower = new_bound[0] < old_bound[0] or (
                        new_bound[0] == old_bound[0] and new_bound[1] and not old_bound[1]
                    )
                span = f"from {_bound_text(old_bound, lower)} to {_bound_text(new_bound, lower)}"
                verb = "raised" if narrower == lower else "lowered"
                changes.append((narrower, f"{what} {verb} {span}"))
        before_pattern, after_pattern = old.get("pattern"), new.get("pattern")
        if before_pattern != after_pattern:
            if after_pattern is None:
                changes.append((False, f"pattern {before_pattern!r} removed"))
            elif before_pattern is None:
                changes.append((True, f"pattern {after_pattern!r} added"))
            else:
                changes.append(
                    (True, f"pattern changed from {before_pattern!r} to {after_pattern!r}")
                )
        before_step, after_step = _number(old.get("multipleOf")), _number(new.get("multipleOf"))
        if before_step != after_step:
            if after_step is None:
                changes.append((False, f"multipleOf {before_step} removed"))
            elif before_step is None:
                changes.append((True, f"multipleOf {after_step} added"))
            else:
                ratio = before_step / after_step if after_step else 0.5
                changes.append(
                    (
                        not float(ratio).is_integer(),
                        f"multipleOf changed from {before_step} to {after_step}",
                    )
                )
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            narrower = bool(new.get("uniqueItems"))
            changes.append((narrower, "uniqueItems " + ("turned on" if narrower else "turned off")))
        return [
            _Finding(
                _directed(direction, narrower=narrower),
                "constraint-narrowed" if narrower else "constraint-loosened",
                "",
                f"{message} ({'narrower' if narrower else 'looser'})",
                pointer,
            )
            for narrower, message in changes
        ]

    def _object(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        found: list[_Finding] = []
        old_props = _as_object(old.schema.get("properties"))
        new_props = _as_object(new.schema.get("properties"))
        old_required = set(old.schema.get("required") or [])
        new_required = set(new.schema.get("required") or [])
        hidden = "readOnly" if direction == "request" else "writeOnly"
        names = list(old_props) + [name for name in new_props if name not in old_props]
        for name in names:
            path = f".{name}"
            before, after = old_props.get(name), new_props.get(name)
            if _as_object(before).get(hidden) is True or _as_object(after).get(hidden) is True:
                continue
            if after is None:
                found.append(
                    _Finding(True, "property-removed", path, "removed", old.property_pointer(name))
                )
                continue
            pointer = new.property_pointer(name)
            if before is None:
                if direction == "response":
                    found.append(_Finding(False, "property-added", path, "added", pointer))
                elif name in new_required:
                    message = "added as required"
                    found.append(_Finding(True, "property-added-required", path, message, pointer))
                else:
                    message = "added (optional)"
                    found.append(_Finding(False, "property-added", path, message, pointer))
                continue
            was_required, is_required = name in old_required, name in new_required
            if was_required != is_required:
                if is_required:
                    breaking = direction == "request"
                    message = "became required" if breaking else "became required (always present)"
                    found.append(_Finding(breaking, "became-required", path, message, pointer))
                else:
                    breaking = direction == "response"
                    message = "became optional (may be absent)" if breaking else "became optional"
                    found.append(_Finding(breaking, "became-optional", path, message, pointer))
            sub = self.compare(
                _normalize(self.old, before, old.property_pointer(name)),
                _normalize(self.new, after, pointer),
                direction,
            )
            found += [finding.under(path) for finding in sub]
        found += self._additional(old, new, direction)
        return found

    def _additional(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        def kind(schema: JsonObject) -> tuple[int, Any]:
            value = schema.get("additionalProperties", True)
            if value is True or value == {}:
                return 2, None
            if value is False:
                return 0, None
            return 1, value

        (old_rank, old_schema), (new_rank, new_schema) = kind(old.schema), kind(new.schema)
        if old_rank == new_rank == 1:
            sub = self.compare(
                _normalize(self.old, old_schema, f"{old.pointer}/additionalProperties"),
                _normalize(self.new, new_schema, f"{new.pointer}/additionalProperties"),
                direction,
            )
            return [finding.under("{*}") for finding in sub]
        if old_rank == new_rank:
            return []
        names = {0: "false", 1: "a schema", 2: "any"}
        narrower = new_rank < old_rank
        message = (
            f"additionalProperties changed from {names[old_rank]} to {names[new_rank]}"
            f" ({'narrower' if narrower else 'looser'})"
        )
        rule = "constraint-narrowed" if narrower else "constraint-loosened"
        breaking = _directed(direction, narrower=narrower)
        return [_Finding(breaking, rule, "", message, new.pointer)]

    def _array(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        if "items" not in old.schema and "items" not in new.schema:
            return []
        sub = self.compare(
            _normalize(self.old, old.schema.get("items", {}), f"{old.pointer}/items"),
            _normalize(self.new, new.schema.get("items", {}), f"{new.pointer}/items"),
            direction,
        )
        return [finding.under("[]") for finding in sub]

    def _unions(self, old: _Node, new: _Node, direction: Direction) -> list[_Finding]:
        old_members = old.members or [replace(old, nullable=False)]
        new_members = new.members or [replace(new, nullable=False)]
        pairs, removed, added = _match_members(old_members, new_members)
        found: list[_Finding] = []
        for member in removed:
            breaking = direction == "request"
            verb = "no longer accepts" if breaking else "no longer returns"
            message = f"{verb} {_label(member)} (union member removed)"
            found.append(_Finding(breaking, "union-member-removed", "", message, old.pointer))
        for member in added:
            breaking = direction == "response"
            verb = "may now return" if breaking else "now also accepts"
            message = f"{verb} {_label(member)} (union member added)"
            found.append(_Finding(breaking, "union-member-added", "", message, member.pointer))
        for before, after in pairs:
            sub = self.compare(before, after, direction)
            found += [finding.under(f"<{_label(after)}>") for finding in sub]
        return found


def _member_key(node: _Node) -> tuple[str, str]:
    return ("ref", node.ref) if node.ref else ("inline", _label(node))


def _member_types(node: _Node) -> tuple[str, str]:
    return ("types", _type_label(_types(node.schema)))


def _match_members(
    old: list[_Node], new: list[_Node]
) -> tuple[list[tuple[_Node, _Node]], list[_Node], list[_Node]]:
    """Pair union members: same referenced schema, else same JSON type, else the last ones."""
    pairs: list[tuple[_Node, _Node]] = []
    old_left, new_left = list(old), list(new)
    for key in (_member_key, _member_types):
        for before in list(old_left):
            match = next((after for after in new_left if key(after) == key(before)), None)
            if match is not None:
                pairs.append((before, match))
                old_left.remove(before)
                new_left.remove(match)
    if len(old_left) == 1 and len(new_left) == 1:
        pairs.append((old_left.pop(), new_left.pop()))
    return pairs, old_left, new_left


# --- operations --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    operation: JsonObject
    item: JsonObject
    pointer: str
    item_pointer: str

    @property
    def subject(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.operation.get("operationId")
        return value if isinstance(value, str) else None


def _operations(doc: _Document) -> dict[tuple[str, str], _Operation]:
    found: dict[tuple[str, str], _Operation] = {}
    for path, raw_item in _as_object(doc.data.get("paths")).items():
        item_pointer = f"/paths/{_escape(path)}"
        item, item_pointer, _ = doc.deref(raw_item, item_pointer)
        item = _as_object(item)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                pointer = f"{item_pointer}/{method}"
                found[(method, path)] = _Operation(
                    method, path, operation, item, pointer, item_pointer
                )
    return found


def _is_success(status: str) -> bool:
    return status[:1] in {"1", "2", "3"}


def _security(doc: _Document, operation: _Operation) -> set[frozenset[str]]:
    requirements = operation.operation.get("security", doc.data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return {frozenset()}
    return {frozenset(map(str, r)) for r in requirements if isinstance(r, dict)}


def _security_label(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) or "anonymous access"


def _first_tag(operation: _Operation) -> str | None:
    tags = operation.operation.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else None


_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = _Document(old), _Document(new)
        self.schemas = _SchemaDiffer(self.old, self.new)
        self.changes: list[Change] = []
        self._seen: set[Change] = set()

    def emit(
        self, breaking: bool, rule: str, subject: str, location: str, message: str, pointer: str
    ) -> None:
        severity = Severity.BREAKING if breaking else Severity.COMPATIBLE
        change = Change(severity, rule, subject, location, message, pointer)
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)

    def emit_findings(self, subject: str, location: str, findings: list[_Finding]) -> None:
        for finding in findings:
            where = f"{location} {finding.path}" if finding.path else location
            self.emit(
                finding.breaking,
                finding.rule,
                subject,
                where.strip(),
                finding.message,
                finding.pointer,
            )

    def run(self) -> Report:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        new_by_id = {op.operation_id: key for key, op in new_ops.items() if op.operation_id}
        matched: set[tuple[str, str]] = set()
        for key, old_op in old_ops.items():
            if key in new_ops:
                matched.add(key)
                self.operation(old_op, new_ops[key])
                continue
            moved = new_by_id.get(old_op.operation_id) if old_op.operation_id else None
            if moved is not None and moved not in old_ops and moved not in matched:
                matched.add(moved)
                new_op = new_ops[moved]
                message = f"path or method changed: now {new_op.subject}"
                self.emit(True, "operation-moved", old_op.subject, "", message, new_op.pointer)
                self.operation(old_op, new_op)
                continue
            self.emit(
                True, "operation-removed", old_op.subject, "", "operation removed", old_op.pointer
            )
        for key, new_op in new_ops.items():
            if key not in matched:
                message = f"new operation {new_op.operation_id or ''}".rstrip()
                self.emit(False, "operation-added", new_op.subject, "", message, new_op.pointer)
        self.components()
        return Report(tuple(self.changes))

    # -- one operation

    def operation(self, old: _Operation, new: _Operation) -> None:
        subject = new.subject
        if old.operation_id != new.operation_id:
            message = f"operationId changed from {old.operation_id} to {new.operation_id}"
            self.emit(True, "operation-id-changed", subject, "", message, new.pointer)
        if _first_tag(old) != _first_tag(new):
            message = f"first tag changed from {_first_tag(old)} to {_first_tag(new)} (API class)"
            self.emit(True, "tag-changed", subject, "", message, new.pointer)
        if new.operation.get("deprecated") is True and old.operation.get("deprecated") is not True:
            self.emit(False, "deprecated", subject, "", "deprecated", new.pointer)
        old_security, new_security = _security(self.old, old), _security(self.new, new)
        for alternative in sorted(old_security - new_security, key=sorted):
            message = f"security: no longer accepts {_security_label(alternative)}"
            self.emit(True, "security-removed", subject, "", message, new.pointer)
        for alternative in sorted(new_security - old_security, key=sorted):
            message = f"security: now also accepts {_security_label(alternative)}"
            self.emit(False, "security-added", subject, "", message, new.pointer)
        self.parameters(subject, old, new)
        self.request_body(subject, old, new)
        self.responses(subject, old, new)

    def _parameters(
        self, doc: _Document, op: _Operation
    ) -> dict[tuple[str, str], tuple[JsonObject, str]]:
        found: dict[tuple[str, str], tuple[JsonObject, str]] = {}
        sources = (
            (op.item.get("parameters"), f"{op.item_pointer}/parameters"),
            (op.operation.get("parameters"), f"{op.pointer}/parameters"),
        )
        for raw_list, pointer in sources:
            for index, raw in enumerate(raw_list if isinstance(raw_list, list) else []):
                parameter, where, _ = doc.deref(raw, f"{pointer}/{index}")
                if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                    place = str(parameter.get("in", "query"))
                    name = parameter["name"]
                    found[(place, name.lower() if place == "header" else name)] = (parameter, where)
        return found

    @staticmethod
    def _parameter_schema(parameter: JsonObject, pointer: str) -> tuple[Any, str]:
        if "schema" in parameter:
            return parameter["schema"], f"{pointer}/schema"
        for media, content in _as_object(parameter.get("content")).items():
            return _as_object(content).get(
                "schema", {}
            ), f"{pointer}/content/{_escape(media)}/schema"
        return {}, pointer

    def parameters(self, subject: str, old: _Operation, new: _Operation) -> None:
        old_params, new_params = self._parameters(self.old, old), self._parameters(self.new, new)
        for key in list(old_params) + [key for key in new_params if key not in old_params]:
            place = key[0]
            before, after = old_params.get(key), new_params.get(key)
            name = (after or before or ({"name": key[1]}, ""))[0].get("name", key[1])
            location = f"{place} parameter {name}"
            if after is None:
                assert before is not None
                self.emit(True, "parameter-removed", subject, location, "removed", before[1])
                continue
            parameter, pointer = after
            required = parameter.get("required") is True or place == "path"
            if before is None:
                if required:
                    self.emit(
                        True,
                        "parameter-added-required",
                        subject,
                        location,
                        "new required parameter",
                        pointer,
                    )
                else:
                    self.emit(
                        False,
                        "parameter-added",
                        subject,
                        location,
                        "new optional parameter",
                        pointer,
                    )
                continue
            old_parameter, old_pointer = before
            was_required = old_parameter.get("required") is True or place == "path"
            if required and not was_required:
                self.emit(True, "became-required", subject, location, "became required", pointer)
            elif was_required and not required:
                self.emit(False, "became-optional", subject, location, "became optional", pointer)
            old_style = old_parameter.get("style", _DEFAULT_STYLE.get(place, "form"))
            new_style = parameter.get("style", _DEFAULT_STYLE.get(place, "form"))
            old_explode = old_parameter.get("explode", old_style == "form")
            new_explode = parameter.get("explode", new_style == "form")
            if (old_style, old_explode) != (new_style, new_explode):
                message = (
                    f"serialisation changed from style={old_style}, explode={old_explode}"
                    f" to style={new_style}, explode={new_explode}"
                )
                self.emit(
                    True, "parameter-serialization-changed", subject, location, message, pointer
                )
            old_schema, old_schema_pointer = self._parameter_schema(old_parameter, old_pointer)
            new_schema, new_schema_pointer = self._parameter_schema(parameter, pointer)
            findings = self.schemas.compare_raw(
                old_schema, old_schema_pointer, new_schema, new_schema_pointer, "request"
            )
            self.emit_findings(subject, location, findings)

    def request_body(self, subject: str, old: _Operation, new: _Operation) -> None:
        location = "request body"
        raw_old, raw_new = old.operation.get("requestBody"), new.operation.get("requestBody")
        if raw_old is None and raw_new is None:
            return
        before, old_pointer, _ = self.old.deref(raw_old, f"{old.pointer}/requestBody")
        after, new_pointer, broken = self.new.deref(raw_new, f"{new.pointer}/requestBody")
        if broken:
            message = f"$ref {broken} does not resolve"
            self.emit(True, "dangling-ref", subject, location, message, new_pointer)
            return
        before, after = _as_object(before), _as_object(after)
        required = after.get("required") is True
        if raw_new is None:
            self.emit(True, "request-body-removed", subject, location, "removed", old_pointer)
            return
        if raw_old is None:
            if required:
                self.emit(
                    True,
                    "request-body-added-required",
                    subject,
                    location,
                    "added as required",
                    new_pointer,
                )
            else:
                self.emit(
                    False, "request-body-added", subject, location, "added (optional)", new_pointer
                )
            return
        if required and before.get("required") is not True:
            self.emit(True, "became-required", subject, location, "became required", new_pointer)
        elif before.get("required") is True and not required:
            self.emit(False, "became-optional", subject, location, "became optional", new_pointer)
        self.content(subject, location, before, old_pointer, after, new_pointer, "request")

    def content(
        self,
        subject: str,
        location: str,
        old: JsonObject,
        old_pointer: str,
        new: JsonObject,
        new_pointer: str,
        direction: Direction,
    ) -> None:
        old_content = {k.lower(): v for k, v in _as_object(old.get("content")).items()}
        new_content = {k.lower(): v for k, v in _as_object(new.get("content")).items()}
        removed = [media for media in old_content if media not in new_content]
        added = [media for media in new_content if media not in old_content]
        if len(removed) == 1 and len(added) == 1:
            message = f"content type changed from {removed[0]} to {added[0]}"
            self.emit(True, "content-type-changed", subject, location, message, new_pointer)
        else:
            for media in removed:
                message = f"content type {media} " + (
                    "no longer accepted" if direction == "request" else "removed"
                )
                self.emit(True, "content-type-removed", subject, location, message, old_pointer)
            for media in added:
                message = f"content type {media} " + (
                    "now accepted" if direction == "request" else "added"
                )
                self.emit(False, "content-type-added", subject, location, message, new_pointer)
        for media, old_media in old_content.items():
            if media not in new_content:
                continue
            where = location if media == "application/json" else f"{location} ({media})"
            media_pointer = f"/content/{_escape(media)}/schema"
            findings = self.schemas.compare_raw(
                _as_object(old_media).get("schema", {}),
                old_pointer + media_pointer,
                _as_object(new_content[media]).get("schema", {}),
                new_pointer + media_pointer,
                direction,
            )
            self.emit_findings(subject, where, findings)

    def responses(self, subject: str, old: _Operation, new: _Operation) -> None:
        old_responses = {str(k): v for k, v in _as_object(old.operation.get("responses")).items()}
        new_responses = {str(k): v for k, v in _as_object(new.operation.get("responses")).items()}
        statuses = list(old_responses) + [s for s in new_responses if s not in old_responses]
        for status in statuses:
            location = f"response {status}"
            old_pointer = f"{old.pointer}/responses/{_escape(status)}"
            new_pointer = f"{new.pointer}/responses/{_escape(status)}"
            success = _is_success(status)
            if status not in new_responses:
                if success:
                    self.emit(
                        True,
                        "status-removed",
                        subject,
                        location,
                        "success status removed",
                        old_pointer,
                    )
                else:
                    self.emit(
                        False,
                        "error-status-removed",
                        subject,
                        location,
                        "error status no longer documented",
                        old_pointer,
                    )
                continue
            if status not in old_responses:
                if success:
                    message = "new success status (clients may not handle it)"
                    self.emit(True, "status-added", subject, location, message, new_pointer)
                else:
                    self.emit(
                        False,
                        "error-status-added",
                        subject,
                        location,
                        "new error status",
                        new_pointer,
                    )
                continue
            before, old_pointer, _ = self.old.deref(old_responses[status], old_pointer)
            after, new_pointer, broken = self.new.deref(new_responses[status], new_pointer)
            if broken:
                self.emit(
                    True,
                    "dangling-ref",
                    subject,
                    location,
                    f"$ref {broken} does not resolve",
                    new_pointer,
                )
                continue
            before, after = _as_object(before), _as_object(after)
            self.content(subject, location, before, old_pointer, after, new_pointer, "response")
            self.headers(subject, location, before, old_pointer, after, new_pointer)

    def headers(
        self,
        subject: str,
        location: str,
        old: JsonObject,
        old_pointer: str,
        new: JsonObject,
        new_pointer: str,
    ) -> None:
        old_headers = {str(k).lower(): (k, v) for k, v in _as_object(old.get("headers")).items()}
        new_headers = {str(k).lower(): (k, v) for k, v in _as_object(new.get("headers")).items()}
        for key in list(old_headers) + [k for k in new_headers if k not in old_headers]:
            name = (new_headers.get(key) or old_headers[key])[0]
            where = f"{location} header {name}"
            if key not in new_headers:
                self.emit(
                    True,
                    "header-removed",
                    subject,
                    where,
                    "removed",
                    f"{old_pointer}/headers/{_escape(name)}",
                )
                continue
            after, after_pointer, _ = self.new.deref(
                new_headers[key][1], f"{new_pointer}/headers/{_escape(name)}"
            )
            if key not in old_headers:
                self.emit(False, "header-added", subject, where, "added", after_pointer)
                continue
            old_name = old_headers[key][0]
            before, before_pointer, _ = self.old.deref(
                old_headers[key][1], f"{old_pointer}/headers/{_escape(old_name)}"
            )
            before, after = _as_object(before), _as_object(after)
            if before.get("required") is True and after.get("required") is not True:
                self.emit(
                    True,
                    "became-optional",
                    subject,
                    where,
                    "became optional (may be absent)",
                    after_pointer,
                )
            findings = self.schemas.compare_raw(
                before.get("schema", {}),
                f"{before_pointer}/schema",
                after.get("schema", {}),
                f"{after_pointer}/schema",
                "response",
            )
            self.emit_findings(subject, where, findings)

    # -- components

    def _reachable_schemas(self, doc: _Document) -> set[str]:
        """Names of the component schemas that some operation uses, directly or not."""
        seen: set[str] = set()
        todo = [ref for ref, _ in doc.refs(doc.data.get("paths"), "/paths")]
        while todo:
            ref = todo.pop()
            if ref in seen:
                continue
            seen.add(ref)
            found = doc.lookup(ref)
            if found is not None:
                todo += [inner for inner, _ in doc.refs(found[0], found[1])]
        return {_ref_name(ref) for ref in seen if ref.startswith(_SCHEMA_PREFIX)}

    def components(self) -> None:
        old_schemas, new_schemas = self.old.schemas(), self.new.schemas()
        dangling: dict[str, list[str]] = {}
        for ref, pointer in self.new.refs(self.new.data, ""):
            if ref.startswith(_SCHEMA_PREFIX) and self.new.lookup(ref) is None:
                dangling.setdefault(_ref_name(ref), []).append(pointer)
        used = self._reachable_schemas(self.old)
        for name in old_schemas:
            if name in new_schemas:
                continue
            subject = f"schema {name}"
            pointer = f"/components/schemas/{_escape(name)}"
            if name in dangling:
                where = sorted(dangling[name])
                message = f"removed but still referenced ({len(where)} $ref, first at {where[0]})"
                self.emit(True, "schema-removed", subject, "", message, pointer)
            elif name in used:
                message = "removed (operations used it: its generated model disappears)"
                self.emit(True, "schema-removed", subject, "", message, pointer)
            else:
                self.emit(
                    False,
                    "schema-removed-unused",
                    subject,
                    "",
                    "removed (no operation used it)",
                    pointer,
                )
        for name in new_schemas:
            if name not in old_schemas:
                pointer = f"/components/schemas/{_escape(name)}"
                self.emit(False, "schema-added", f"schema {name}", "", "added", pointer)


# --- API and command line ----------------------------------------------------------------


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every difference between two parsed OpenAPI documents, classified."""
    return _Differ(old, new).run()


class UsageError(Exception):
    """A file that cannot be read or is not an OpenAPI document (exit status 2)."""


def load(path: str | Path) -> JsonObject:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {path}: {error}") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{path} is not JSON: {error}") from error
    if not isinstance(document, dict) or not (
        isinstance(document.get("openapi"), str) and isinstance(document.get("paths", {}), dict)
    ):
        raise UsageError(f"{path} is not an OpenAPI document (no `openapi` version string)")
    return document


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="api_diff.py",
        description="Classify the differences between two OpenAPI documents as breaking or"
        " compatible. Exit status: 0 no breaking change, 1 breaking, 2 usage error.",
    )
    parser.add_argument("old", help="the previous OpenAPI document (JSON)")
    parser.add_argument("new", help="the new OpenAPI document (JSON)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        old, new = load(args.old), load(args.new)
    except UsageError as error:
        print(f"api_diff.py: error: {error}", file=sys.stderr)
        return 2
    report = diff(old, new)
    if args.format == "json":
        sys.stdout.write(report.to_json(args.old, args.new))
    else:
        sys.stdout.write(report.to_text(args.old, args.new))
    return report.exit_code


if __name__ == "__main__":
    raise SystemExit(main())

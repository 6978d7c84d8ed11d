"""Comparing two schemas: every difference between what OLD and NEW admit, with its effect.

Schemas are compared once per use (`direction`: inside a request or a response), after
normalisation (schemas.py). Recursive schemas are compared once per pair of referenced schemas
and direction, so cycles terminate. Union members are matched by referenced schema name, then
by JSON type, then one-to-one when a single member is left on each side.
Findings are located relative to the schema compared: `.name` a property, `[]` array items,
`{*}` additionalProperties, `<Name>` a union member.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .classify import Direction, Effect, directed, judge_format
from .documents import Document, JsonObject, as_object
from .schemas import (
    Node,
    bound,
    bound_text,
    enum_values,
    fmt_number,
    label,
    normalize,
    number,
    type_label,
    types_of,
)

_FORMAT_KEYS = ("format", "contentMediaType", "contentEncoding")
_MAX_KEYS = ("maxLength", "maxItems", "maxProperties")
_MIN_KEYS = ("minLength", "minItems", "minProperties")


@dataclass(frozen=True)
class Finding:
    """A difference inside a schema, located relative to the schema being compared."""

    effect: Effect
    rule: str
    path: str
    message: str
    pointer: str

    def under(self, prefix: str) -> Finding:
        return replace(self, path=prefix + self.path)


class SchemaComparer:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self._memo: dict[tuple[str, str, str], list[Finding]] = {}
        self._active: set[tuple[str, str, str]] = set()
        self._cuts = 0

    def compare_raw(
        self, old: Any, old_pointer: str, new: Any, new_pointer: str, direction: Direction
    ) -> list[Finding]:
        return self.compare(
            normalize(self.old, old, old_pointer),
            normalize(self.new, new, new_pointer),
            direction,
        )

    def compare(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        if new.unresolved and new.unresolved != old.unresolved:
            message = f"$ref {new.unresolved} does not resolve (a removed schema still referenced)"
            return [Finding(Effect.INCOMPATIBLE, "dangling-ref", "", message, new.pointer)]
        if old.unresolved or new.unresolved:
            return []
        if old.is_null or new.is_null:
            if old.is_null and new.is_null:
                return []
            before = "null" if old.is_null else label(old)
            after = "null" if new.is_null else label(new)
            message = f"type changed from {before} to {after}"
            return [Finding(Effect.INCOMPATIBLE, "type-changed", "", message, new.pointer)]
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

    def _nullability(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        if old.nullable == new.nullable:
            return []
        if new.nullable:
            message = "became nullable" if direction == "response" else "now also accepts null"
            return [Finding(Effect.WIDER, "became-nullable", "", message, new.pointer)]
        message = "no longer accepts null" if direction == "request" else "no longer nullable"
        return [Finding(Effect.NARROWER, "no-longer-nullable", "", message, new.pointer)]

    def _core(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        if old.members is not None or new.members is not None:
            return self._unions(old, new, direction)
        found: list[Finding] = []
        old_types, new_types = types_of(old.schema), types_of(new.schema)
        found += self._type(old_types, new_types, new.pointer)
        if old_types is not None and new_types is not None and not old_types & new_types:
            return found
        found += self._format(old.schema, new.schema, new.pointer)
        found += self._enums(old.schema, new.schema, new.pointer)
        found += self._constraints(old.schema, new.schema, new.pointer)
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
        self, old: frozenset[str] | None, new: frozenset[str] | None, pointer: str
    ) -> list[Finding]:
        if old == new:
            return []
        change = f"from {type_label(old)} to {type_label(new)}"
        if old is None or new is None:  # to or from "any type": wider or narrower
            effect = directed(narrower=new is not None)
            return [Finding(effect, "type-changed", "", f"type changed {change}", pointer)]
        if old - new and new - old:  # a different type, whatever the direction
            message = f"type changed {change}"
            return [Finding(Effect.INCOMPATIBLE, "type-changed", "", message, pointer)]
        widened = bool(new - old)  # a type list that only gained or only lost types
        what, kinds = ("gained", new - old) if widened else ("lost", old - new)
        rule = "union-member-added" if widened else "union-member-removed"
        message = f"type {what} {type_label(kinds)} ({change})"
        return [Finding(directed(narrower=not widened), rule, "", message, pointer)]

    def _format(self, old: JsonObject, new: JsonObject, pointer: str) -> list[Finding]:
        keys = [key for key in _FORMAT_KEYS if old.get(key) != new.get(key)]
        if not keys:
            return []
        effect, note = judge_format(types_of(old), old, types_of(new), new)
        found = []
        for key in keys:
            before, after = old.get(key), new.get(key)
            if before is None:
                message = f"{key} {after} added"
            elif after is None:
                message = f"{key} {before} removed"
            else:
                message = f"{key} changed from {before} to {after}"
            found.append(Finding(effect, "format-changed", "", f"{message} ({note})", pointer))
        return found

    def _enums(self, old: JsonObject, new: JsonObject, pointer: str) -> list[Finding]:
        before, after = enum_values(old), enum_values(new)
        if before is None and after is None:
            return []
        if before is None or after is None:
            narrower = before is None
            message = "restricted to an enum" if narrower else "no longer restricted to an enum"
            rule = "enum-added" if narrower else "enum-removed"
            return [Finding(directed(narrower=narrower), rule, "", message, pointer)]
        found = [
            Finding(
                Effect.INCOMPATIBLE,
                "enum-value-removed",
                "",
                f"enum value {value} removed",
                pointer,
            )
            for value in before
            if value not in after
        ]
        found += [
            Finding(Effect.WIDER, "enum-value-added", "", f"enum value {value} added", pointer)
            for value in after
            if value not in before
        ]
        return found

    def _constraints(self, old: JsonObject, new: JsonObject, pointer: str) -> list[Finding]:
        changes: list[tuple[bool, str]] = []  # (narrower, message)
        for key, lower in [(key, False) for key in _MAX_KEYS] + [(key, True) for key in _MIN_KEYS]:
            before, after = number(old.get(key)), number(new.get(key))
            if before == after:
                continue
            if after is None:
                changes.append((False, f"{key} {fmt_number(before or 0)} removed"))
            elif before is None:
                changes.append((True, f"{key} {fmt_number(after)} added"))
            else:
                narrower = after > before if lower else after < before
                verb = "raised" if after > before else "lowered"
                span = f"from {fmt_number(before)} to {fmt_number(after)}"
                changes.append((narrower, f"{key} {verb} {span}"))
        for lower, keys in (
            (True, ("minimum", "exclusiveMinimum")),
            (False, ("maximum", "exclusiveMaximum")),
        ):
            old_bound, new_bound = bound(old, *keys), bound(new, *keys)
            if old_bound == new_bound:
                continue
            what = "lower bound" if lower else "upper bound"
            if new_bound is None:
                assert old_bound is not None
                changes.append((False, f"{what} {bound_text(old_bound, lower)} removed"))
            elif old_bound is None:
                changes.append((True, f"{what} {bound_text(new_bound, lower)} added"))
            else:
                if lower:
                    narrower = (new_bound[0], new_bound[1]) > (old_bound[0], old_bound[1])
                else:
                    narrower = new_bound[0] < old_bound[0] or (
                        new_bound[0] == old_bound[0] and new_bound[1] and not old_bound[1]
                    )
                span = f"from {bound_text(old_bound, lower)} to {bound_text(new_bound, lower)}"
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
        before_step, after_step = number(old.get("multipleOf")), number(new.get("multipleOf"))
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
            Finding(
                directed(narrower=narrower),
                "constraint-narrowed" if narrower else "constraint-loosened",
                "",
                f"{message} ({'narrower' if narrower else 'looser'})",
                pointer,
            )
            for narrower, message in changes
        ]

    def _object(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        found: list[Finding] = []
        old_props = as_object(old.schema.get("properties"))
        new_props = as_object(new.schema.get("properties"))
        old_required = set(old.schema.get("required") or [])
        new_required = set(new.schema.get("required") or [])
        hidden = "readOnly" if direction == "request" else "writeOnly"
        names = list(old_props) + [name for name in new_props if name not in old_props]
        for name in names:
            path = f".{name}"
            before, after = old_props.get(name), new_props.get(name)
            if as_object(before).get(hidden) is True or as_object(after).get(hidden) is True:
                continue
            if after is None:
                found.append(
                    Finding(
                        Effect.INCOMPATIBLE,
                        "property-removed",
                        path,
                        "removed",
                        old.property_pointer(name),
                    )
                )
                continue
            pointer = new.property_pointer(name)
            if before is None:
                if direction == "response":
                    found.append(Finding(Effect.HARMLESS, "property-added", path, "added", pointer))
                elif name in new_required:
                    message = "added as required"
                    rule = "property-added-required"
                    found.append(Finding(Effect.NARROWER, rule, path, message, pointer))
                else:
                    message = "added (optional)"
                    found.append(Finding(Effect.HARMLESS, "property-added", path, message, pointer))
                continue
            was_required, is_required = name in old_required, name in new_required
            if was_required != is_required:
                if is_required:
                    message = (
                        "became required"
                        if direction == "request"
                        else "became required (always present)"
                    )
                    found.append(
                        Finding(Effect.NARROWER, "became-required", path, message, pointer)
                    )
                else:
                    message = (
                        "became optional (may be absent)"
                        if direction == "response"
                        else "became optional"
                    )
                    found.append(Finding(Effect.WIDER, "became-optional", path, message, pointer))
            sub = self.compare(
                normalize(self.old, before, old.property_pointer(name)),
                normalize(self.new, after, pointer),
                direction,
            )
            found += [finding.under(path) for finding in sub]
        found += self._additional(old, new, direction)
        return found

    def _additional(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
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
                normalize(self.old, old_schema, f"{old.pointer}/additionalProperties"),
                normalize(self.new, new_schema, f"{new.pointer}/additionalProperties"),
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
        return [Finding(directed(narrower=narrower), rule, "", message, new.pointer)]

    def _array(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        if "items" not in old.schema and "items" not in new.schema:
            return []
        sub = self.compare(
            normalize(self.old, old.schema.get("items", {}), f"{old.pointer}/items"),
            normalize(self.new, new.schema.get("items", {}), f"{new.pointer}/items"),
            direction,
        )
        return [finding.under("[]") for finding in sub]

    def _unions(self, old: Node, new: Node, direction: Direction) -> list[Finding]:
        old_members = old.members or [replace(old, nullable=False)]
        new_members = new.members or [replace(new, nullable=False)]
        pairs, removed, added = match_members(old_members, new_members)
        found: list[Finding] = []
        for member in removed:
            verb = "no longer accepts" if direction == "request" else "no longer returns"
            message = f"{verb} {label(member)} (union member removed)"
            rule = "union-member-removed"
            found.append(Finding(Effect.NARROWER, rule, "", message, old.pointer))
        for member in added:
            verb = "may now return" if direction == "response" else "now also accepts"
            message = f"{verb} {label(member)} (union member added)"
            rule = "union-member-added"
            found.append(Finding(Effect.WIDER, rule, "", message, member.pointer))
        for before, after in pairs:
            sub = self.compare(before, after, direction)
            found += [finding.under(f"<{label(after)}>") for finding in sub]
        return found


def _member_key(node: Node) -> tuple[str, str]:
    return ("ref", node.ref) if node.ref else ("inline", label(node))


def _member_types(node: Node) -> tuple[str, str]:
    return ("types", type_label(types_of(node.schema)))


def match_members(
    old: list[Node], new: list[Node]
) -> tuple[list[tuple[Node, Node]], list[Node], list[Node]]:
    """Pair union members: same referenced schema, else same JSON type, else the last ones."""
    pairs: list[tuple[Node, Node]] = []
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

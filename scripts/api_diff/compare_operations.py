"""Comparing two documents operation by operation, then their component schemas.

Operations are matched by method + path, else by operationId (a moved operation). Each pair is
compared for what the generated SDK exposes of it: the function name (the operationId as the
pipeline normalises it, then as the generator spells it), the API class (first tag) and
security here; the parameters, request body and responses in compare_messages.py. The
component schemas themselves are compared last, for the generated classes they make.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import generator
from .classify import Direction, Effect, judge_removed_schema, severity
from .compare_messages import MessageComparer
from .compare_schemas import SchemaComparer
from .documents import (
    SCHEMA_PREFIX,
    Document,
    Operation,
    escape,
    operations,
    ref_name,
    with_generator_names,
)
from .report import Change, Report

BREAKS, HARMLESS = Effect.INCOMPATIBLE, Effect.HARMLESS


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every difference between two parsed OpenAPI documents, classified.

    Raises UsageError when a document's names cannot be normalised (documents.py)."""
    return _Differ(with_generator_names(old), with_generator_names(new)).run()


def _security(doc: Document, operation: Operation) -> set[frozenset[str]]:
    requirements = operation.operation.get("security", doc.data.get("security"))
    if not isinstance(requirements, list) or not requirements:
        return {frozenset()}
    return {frozenset(map(str, r)) for r in requirements if isinstance(r, dict)}


def _security_label(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) or "anonymous access"


def _function(operation: Operation) -> str:
    return generator.function_name(operation.operation_id, operation.method, operation.path)


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = Document(old), Document(new)
        self.messages = MessageComparer(
            self.old, self.new, SchemaComparer(self.old, self.new), self.emit
        )
        self.changes: list[Change] = []
        self._seen: set[Change] = set()

    def emit(
        self,
        effect: Effect,
        rule: str,
        subject: str,
        location: str,
        message: str,
        pointer: str,
        direction: Direction | None = None,
    ) -> None:
        judged = severity(effect, direction)
        change = Change(judged, rule, subject, location, message, pointer)
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)

    def run(self) -> Report:
        old_ops, new_ops = operations(self.old), operations(self.new)
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
                self.emit(BREAKS, "operation-moved", old_op.subject, "", message, new_op.pointer)
                self.operation(old_op, new_op)
                continue
            self.emit(
                BREAKS, "operation-removed", old_op.subject, "", "operation removed", old_op.pointer
            )
        for key, new_op in new_ops.items():
            if key not in matched:
                message = f"new operation {new_op.operation_id or ''}".rstrip()
                self.emit(HARMLESS, "operation-added", new_op.subject, "", message, new_op.pointer)
        self.components()
        return Report(tuple(self.changes))

    # -- one operation

    def operation(self, old: Operation, new: Operation) -> None:
        subject = new.subject
        # Ids and tags count as the generated names they become: a change of spelling alone
        # (FastAPI's long ids, camelCase vs snake_case, a known alias) changes nothing.
        if _function(old) != _function(new):
            message = f"operationId changed from {old.operation_id} to {new.operation_id}"
            if (_function(old), _function(new)) != (old.operation_id, new.operation_id):
                message += f" (generated function {_function(old)} -> {_function(new)})"
            rule = "operation-id-changed"
            self.emit(BREAKS, rule, subject, "", message, new.pointer)
        if generator.api_module(old.first_tag) != generator.api_module(new.first_tag):
            message = f"first tag changed from {old.first_tag} to {new.first_tag} (API class)"
            self.emit(BREAKS, "tag-changed", subject, "", message, new.pointer)
        if new.operation.get("deprecated") is True and old.operation.get("deprecated") is not True:
            self.emit(HARMLESS, "deprecated", subject, "", "deprecated", new.pointer)
        old_security, new_security = _security(self.old, old), _security(self.new, new)
        for alternative in sorted(old_security - new_security, key=sorted):
            message = f"security: no longer accepts {_security_label(alternative)}"
            self.emit(BREAKS, "security-removed", subject, "", message, new.pointer)
        for alternative in sorted(new_security - old_security, key=sorted):
            message = f"security: now also accepts {_security_label(alternative)}"
            self.emit(HARMLESS, "security-added", subject, "", message, new.pointer)
        self.messages.parameters(subject, old, new)
        self.messages.request_body(subject, old, new)
        self.messages.responses(subject, old, new)

    def components(self) -> None:
        old_schemas, new_schemas = self.old.schemas(), self.new.schemas()
        dangling: dict[str, list[str]] = {}
        for ref, pointer in self.new.refs(self.new.data, ""):
            if ref.startswith(SCHEMA_PREFIX) and self.new.lookup(ref) is None:
                dangling.setdefault(ref_name(ref), []).append(pointer)
        used = self.old.reachable_schemas()
        # A schema renamed to another spelling of the same class name is the same class.
        removed = {
            generator.class_name(name, schema): name
            for name, schema in old_schemas.items()
            if name not in new_schemas and name not in dangling
        }
        added = {
            generator.class_name(name, schema): name
            for name, schema in new_schemas.items()
            if name not in old_schemas
        }
        renamed = {removed[key] for key in removed.keys() & added.keys()}
        renamed |= {added[key] for key in removed.keys() & added.keys()}
        for name, schema in old_schemas.items():
            if name in new_schemas or name in renamed:
                continue
            effect = judge_removed_schema(
                has_class=generator.declares_classes(schema, self.old),
                used=name in used,
                dangling=name in dangling,
            )
            if effect is None:
                continue  # never a generated class; its inlined uses were judged where used
            subject = f"schema {name}"
            pointer = f"/components/schemas/{escape(name)}"
            if name in dangling:
                where = sorted(dangling[name])
                message = f"removed but still referenced ({len(where)} $ref, first at {where[0]})"
                self.emit(effect, "schema-removed", subject, "", message, pointer)
            elif name in used:
                message = "removed (operations used it: its generated model disappears)"
                self.emit(effect, "schema-removed", subject, "", message, pointer)
            else:
                message = "removed (no operation used it)"
                self.emit(effect, "schema-removed-unused", subject, "", message, pointer)
        for name, schema in new_schemas.items():
            if (
                name not in old_schemas
                and name not in renamed
                and generator.declares_classes(schema, self.new)
            ):
                pointer = f"/components/schemas/{escape(name)}"
                self.emit(HARMLESS, "schema-added", f"schema {name}", "", "added", pointer)

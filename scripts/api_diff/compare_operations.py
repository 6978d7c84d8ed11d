"""Comparing two documents operation by operation, then their component schemas.

Operations are matched by method + path, else by operationId (a moved operation). Each pair is
compared for what the generated SDK exposes of it: the function name (the operationId as the
pipeline normalises it, then as the generator spells it), the API class (first tag), the
parameters, the request body, the responses (content types, schemas, headers) and security.
Schemas are compared where they are used (compare_schemas.py); a component used by requests
and responses is judged, and reported, once per use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import generator
from .classify import Direction, Effect, judge_removed_schema, severity
from .compare_schemas import Finding, SchemaComparer
from .documents import (
    SCHEMA_PREFIX,
    Document,
    JsonObject,
    Operation,
    as_object,
    escape,
    operations,
    ref_name,
    with_generator_names,
)
from .report import Change, Report

BREAKS, HARMLESS = Effect.INCOMPATIBLE, Effect.HARMLESS
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every difference between two parsed OpenAPI documents, classified.

    Raises UsageError when a document's names cannot be normalised (documents.py)."""
    return _Differ(with_generator_names(old), with_generator_names(new)).run()


def _is_success(status: str) -> bool:
    return status[:1] in {"1", "2", "3"}


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
        self.schemas = SchemaComparer(self.old, self.new)
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

    def emit_findings(
        self, subject: str, location: str, findings: list[Finding], direction: Direction
    ) -> None:
        for finding in findings:
            where = f"{location} {finding.path}" if finding.path else location
            self.emit(
                finding.effect,
                finding.rule,
                subject,
                where.strip(),
                finding.message,
                finding.pointer,
                direction,
            )

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
        self.parameters(subject, old, new)
        self.request_body(subject, old, new)
        self.responses(subject, old, new)

    def _parameters(
        self, doc: Document, op: Operation
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
        for media, content in as_object(parameter.get("content")).items():
            return as_object(content).get("schema", {}), f"{pointer}/content/{escape(media)}/schema"
        return {}, pointer

    def parameters(self, subject: str, old: Operation, new: Operation) -> None:
        old_params, new_params = self._parameters(self.old, old), self._parameters(self.new, new)
        for key in list(old_params) + [key for key in new_params if key not in old_params]:
            place = key[0]
            before, after = old_params.get(key), new_params.get(key)
            name = (after or before or ({"name": key[1]}, ""))[0].get("name", key[1])
            location = f"{place} parameter {name}"
            if after is None:
                assert before is not None
                self.emit(BREAKS, "parameter-removed", subject, location, "removed", before[1])
                continue
            parameter, pointer = after
            required = parameter.get("required") is True or place == "path"
            if before is None:
                if required:
                    self.emit(
                        BREAKS,
                        "parameter-added-required",
                        subject,
                        location,
                        "new required parameter",
                        pointer,
                    )
                else:
                    self.emit(
                        HARMLESS,
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
                self.emit(BREAKS, "became-required", subject, location, "became required", pointer)
            elif was_required and not required:
                self.emit(
                    HARMLESS, "became-optional", subject, location, "became optional", pointer
                )
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
                    BREAKS, "parameter-serialization-changed", subject, location, message, pointer
                )
            old_schema, old_schema_pointer = self._parameter_schema(old_parameter, old_pointer)
            new_schema, new_schema_pointer = self._parameter_schema(parameter, pointer)
            findings = self.schemas.compare_raw(
                old_schema, old_schema_pointer, new_schema, new_schema_pointer, "request"
            )
            self.emit_findings(subject, location, findings, "request")

    def request_body(self, subject: str, old: Operation, new: Operation) -> None:
        location = "request body"
        raw_old, raw_new = old.operation.get("requestBody"), new.operation.get("requestBody")
        if raw_old is None and raw_new is None:
            return
        before, old_pointer, _ = self.old.deref(raw_old, f"{old.pointer}/requestBody")
        after, new_pointer, broken = self.new.deref(raw_new, f"{new.pointer}/requestBody")
        if broken:
            message = f"$ref {broken} does not resolve"
            self.emit(BREAKS, "dangling-ref", subject, location, message, new_pointer)
            return
        before, after = as_object(before), as_object(after)
        required = after.get("required") is True
        if raw_new is None:
            self.emit(BREAKS, "request-body-removed", subject, location, "removed", old_pointer)
            return
        if raw_old is None:
            if required:
                self.emit(
                    BREAKS,
                    "request-body-added-required",
                    subject,
                    location,
                    "added as required",
                    new_pointer,
                )
            else:
                self.emit(
                    HARMLESS,
                    "request-body-added",
                    subject,
                    location,
                    "added (optional)",
                    new_pointer,
                )
            return
        if required and before.get("required") is not True:
            self.emit(BREAKS, "became-required", subject, location, "became required", new_pointer)
        elif before.get("required") is True and not required:
            self.emit(
                HARMLESS, "became-optional", subject, location, "became optional", new_pointer
            )
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
        old_content = {k.lower(): v for k, v in as_object(old.get("content")).items()}
        new_content = {k.lower(): v for k, v in as_object(new.get("content")).items()}
        removed = [media for media in old_content if media not in new_content]
        added = [media for media in new_content if media not in old_content]
        if len(removed) == 1 and len(added) == 1:
            message = f"content type changed from {removed[0]} to {added[0]}"
            self.emit(BREAKS, "content-type-changed", subject, location, message, new_pointer)
        else:
            for media in removed:
                message = f"content type {media} " + (
                    "no longer accepted" if direction == "request" else "removed"
                )
                self.emit(BREAKS, "content-type-removed", subject, location, message, old_pointer)
            for media in added:
                message = f"content type {media} " + (
                    "now accepted" if direction == "request" else "added"
                )
                self.emit(HARMLESS, "content-type-added", subject, location, message, new_pointer)
        for media, old_media in old_content.items():
            if media not in new_content:
                continue
            where = location if media == "application/json" else f"{location} ({media})"
            media_pointer = f"/content/{escape(media)}/schema"
            findings = self.schemas.compare_raw(
                as_object(old_media).get("schema", {}),
                old_pointer + media_pointer,
                as_object(new_content[media]).get("schema", {}),
                new_pointer + media_pointer,
                direction,
            )
            self.emit_findings(subject, where, findings, direction)

    def responses(self, subject: str, old: Operation, new: Operation) -> None:
        old_responses = {str(k): v for k, v in as_object(old.operation.get("responses")).items()}
        new_responses = {str(k): v for k, v in as_object(new.operation.get("responses")).items()}
        statuses = list(old_responses) + [s for s in new_responses if s not in old_responses]
        for status in statuses:
            location = f"response {status}"
            old_pointer = f"{old.pointer}/responses/{escape(status)}"
            new_pointer = f"{new.pointer}/responses/{escape(status)}"
            success = _is_success(status)
            if status not in new_responses:
                if success:
                    self.emit(
                        BREAKS,
                        "status-removed",
                        subject,
                        location,
                        "success status removed",
                        old_pointer,
                    )
                else:
                    self.emit(
                        HARMLESS,
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
                    self.emit(BREAKS, "status-added", subject, location, message, new_pointer)
                else:
                    self.emit(
                        HARMLESS,
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
                    BREAKS,
                    "dangling-ref",
                    subject,
                    location,
                    f"$ref {broken} does not resolve",
                    new_pointer,
                )
                continue
            before, after = as_object(before), as_object(after)
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
        old_headers = {str(k).lower(): (k, v) for k, v in as_object(old.get("headers")).items()}
        new_headers = {str(k).lower(): (k, v) for k, v in as_object(new.get("headers")).items()}
        for key in list(old_headers) + [k for k in new_headers if k not in old_headers]:
            name = (new_headers.get(key) or old_headers[key])[0]
            where = f"{location} header {name}"
            if key not in new_headers:
                self.emit(
                    BREAKS,
                    "header-removed",
                    subject,
                    where,
                    "removed",
                    f"{old_pointer}/headers/{escape(name)}",
                )
                continue
            after, after_pointer, _ = self.new.deref(
                new_headers[key][1], f"{new_pointer}/headers/{escape(name)}"
            )
            if key not in old_headers:
                self.emit(HARMLESS, "header-added", subject, where, "added", after_pointer)
                continue
            old_name = old_headers[key][0]
            before, before_pointer, _ = self.old.deref(
                old_headers[key][1], f"{old_pointer}/headers/{escape(old_name)}"
            )
            before, after = as_object(before), as_object(after)
            if before.get("required") is True and after.get("required") is not True:
                self.emit(
                    BREAKS,
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
            self.emit_findings(subject, where, findings, "response")

    # -- components

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

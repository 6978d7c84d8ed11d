"""Comparing what one operation sends and receives: parameters, request body, responses, headers.

Schemas are compared where they are used (compare_schemas.py), with the direction that decides
their severity: parameters and bodies are requests, responses and their headers responses; a
component used by both is judged, and reported, once per use.
"""

from __future__ import annotations

from typing import Any, Protocol

from .classify import Direction, Effect
from .compare_schemas import Finding, SchemaComparer
from .documents import Document, JsonObject, Operation, as_object, escape

BREAKS, HARMLESS = Effect.INCOMPATIBLE, Effect.HARMLESS
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


class Emit(Protocol):
    def __call__(
        self,
        effect: Effect,
        rule: str,
        subject: str,
        location: str,
        message: str,
        pointer: str,
        direction: Direction | None = None,
    ) -> None: ...


def _is_success(status: str) -> bool:
    return status[:1] in {"1", "2", "3"}


class MessageComparer:
    def __init__(self, old: Document, new: Document, schemas: SchemaComparer, emit: Emit) -> None:
        self.old, self.new, self.schemas, self.emit = old, new, schemas, emit

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

"""Loading OpenAPI documents, giving them the generator's names, resolving their `$ref`s, and
listing their operations.

Names are normalised exactly as the code-generation pipeline does before it generates
(scripts/codegen/spec_names.py, used here as it is, with its alias table), so that a change of
naming *style* alone is not mistaken for a renamed function or model:

- FastAPI's default operationIds (the platform's 0.16 documents), the short id followed by the
  path with every non-word character made `_`, then `_` and the method
  (`get_file_v0_files__file_id__get`), lose that suffix;
- ids that changed outright between platform versions map to ours through
  scripts/codegen/operation-aliases.txt (`get_jobs_page` -> `list_jobs_paginated`);
- request-body models named after a long id, and pydantic's long union page models, get the
  names the generator will see.

Reported subjects, locations and pointers therefore use the normalised names.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

JsonObject = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
CODEGEN = Path(__file__).resolve().parents[1] / "codegen"


class UsageError(Exception):
    """A file that cannot be read or is not an OpenAPI document (exit status 2)."""


def load(path: str | Path) -> JsonObject:
    """Read and check one OpenAPI document (JSON)."""
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


def escape(token: str) -> str:
    """One JSON pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def as_object(value: Any) -> JsonObject:
    return value if isinstance(value, dict) else {}


def ref_name(ref: str) -> str:
    """The component name of a `#/components/schemas/...` reference (the ref itself otherwise)."""
    if ref.startswith(SCHEMA_PREFIX):
        return unquote(ref[len(SCHEMA_PREFIX) :]).replace("~1", "/").replace("~0", "~")
    return ref


class Document:
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
                        stack.append((value, f"{where}/{escape(str(key))}"))
            elif isinstance(current, list):
                for index, value in enumerate(current):
                    if isinstance(value, dict | list):
                        stack.append((value, f"{where}/{index}"))

    def schemas(self) -> JsonObject:
        return as_object(as_object(self.data.get("components")).get("schemas"))

    def reachable_schemas(self) -> set[str]:
        """Names of the component schemas that some operation uses, directly or not."""
        seen: set[str] = set()
        todo = [ref for ref, _ in self.refs(self.data.get("paths"), "/paths")]
        while todo:
            ref = todo.pop()
            if ref in seen:
                continue
            seen.add(ref)
            found = self.lookup(ref)
            if found is not None:
                todo += [inner for inner, _ in self.refs(found[0], found[1])]
        return {ref_name(ref) for ref in seen if ref.startswith(SCHEMA_PREFIX)}


@functools.cache
def _pipeline_names() -> ModuleType:
    """scripts/codegen/spec_names.py (loaded by path: scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("_pipeline_spec_names", CODEGEN / "spec_names.py")
    if spec is None or spec.loader is None:
        raise UsageError(f"cannot load the pipeline's name normaliser from {CODEGEN}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def with_generator_names(data: Mapping[str, Any]) -> JsonObject:
    """A copy of the document with the names the pipeline gives the generator."""
    names = _pipeline_names()
    document: JsonObject = copy.deepcopy(dict(data))
    try:
        names.normalise_names(document, names.load_aliases(CODEGEN / "operation-aliases.txt"))
    except ValueError as error:  # e.g. two operations left with the same id
        raise UsageError(f"cannot normalise the names of the document: {error}") from error
    return document


@dataclass(frozen=True)
class Operation:
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

    @property
    def first_tag(self) -> str | None:
        tags = self.operation.get("tags")
        return str(tags[0]) if isinstance(tags, list) and tags else None


def operations(doc: Document) -> dict[tuple[str, str], Operation]:
    """Every operation of the document, by (method, path)."""
    found: dict[tuple[str, str], Operation] = {}
    for path, raw_item in as_object(doc.data.get("paths")).items():
        item_pointer = f"/paths/{escape(path)}"
        item, item_pointer, _ = doc.deref(raw_item, item_pointer)
        item = as_object(item)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                pointer = f"{item_pointer}/{method}"
                found[(method, path)] = Operation(
                    method, path, operation, item, pointer, item_pointer
                )
    return found

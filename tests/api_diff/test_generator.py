"""api_diff.generator: the generator's rules as the differ knows them, checked against the
pinned generator itself on a small document written for the purpose."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from api_diff import generator
from api_diff.documents import Document
from api_diff.schemas import types_of

Spec = dict[str, Any]
GenerateSdk = Callable[[Spec, str], Path]  # the `generate_sdk` fixture (conftest.py)


def ref(name: str) -> Spec:
    return {"$ref": f"#/components/schemas/{name}"}


# (property name, schema, the Python type the generator writes)
FORMATS: list[tuple[str, Spec, str]] = [
    ("f_plain", {"type": "string"}, "str"),
    ("f_uri", {"type": "string", "format": "uri"}, "str"),
    ("f_email", {"type": "string", "format": "email"}, "str"),
    ("f_password", {"type": "string", "format": "password"}, "str"),
    ("f_path", {"type": "string", "format": "path"}, "str"),
    ("f_byte", {"type": "string", "format": "byte"}, "str"),
    ("f_uuid", {"type": "string", "format": "uuid"}, "UUID"),
    ("f_date", {"type": "string", "format": "date"}, "datetime.date"),
    ("f_date_time", {"type": "string", "format": "date-time"}, "datetime.datetime"),
    ("f_binary", {"type": "string", "format": "binary"}, "File"),
    ("f_media", {"type": "string", "contentMediaType": "application/octet-stream"}, "File"),
    ("f_text", {"type": "string", "contentMediaType": "text/plain"}, "str"),
    (
        "f_encoded",
        {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
        "str",
    ),
    ("i_int64", {"type": "integer", "format": "int64"}, "int"),
    ("n_double", {"type": "number", "format": "double"}, "float"),
]

# (component name, schema, whether the generator writes a class for it)
COMPONENTS: list[tuple[str, Spec, bool]] = [
    ("Alpha", {"type": "object", "properties": {"x": {"type": "string"}}}, True),
    ("Bravo", {"type": "string", "enum": ["a", "b"]}, True),
    ("Charlie", ref("Alpha"), True),  # a copy of Alpha
    ("Delta", {"type": "string", "format": "uuid"}, False),
    ("Echo", {"type": "array", "items": {"type": "string"}}, False),
    ("Foxtrot", {"type": "array", "items": {"properties": {"y": {"type": "integer"}}}}, True),
    ("Golf", {"anyOf": [{"type": "string"}, {"type": "integer"}]}, False),
    ("Hotel", {"anyOf": [{"type": "object"}, {"type": "null"}]}, True),
    ("India", {"allOf": [ref("Alpha"), {"properties": {"w": {"type": "string"}}}]}, True),
    ("Juliett", {"allOf": [ref("Alpha")]}, False),
    ("Kilo", {"properties": {"v": {"type": "string"}}}, True),
    ("Lima", {"type": ["object", "null"], "properties": {"u": {"type": "string"}}}, True),
    ("Mike", {"type": "boolean"}, False),
    ("November", {"type": "integer", "enum": [1, 2]}, True),
    ("Oscar", {"type": "object"}, True),
    ("Papa", {"anyOf": [ref("Alpha"), {"type": "null"}]}, False),
    ("Quebec", {"type": "array", "items": ref("Alpha")}, False),
    ("Romeo", ref("Delta"), False),  # a copy of a string
    ("Sierra", {"title": "Sierra titled", "type": "object"}, True),  # class SierraTitled
]

# (operationId or None, tag or None, the generated module `api/<tag>/<name>.py`)
OPERATIONS: list[tuple[str | None, str | None, str]] = [
    ("get_file", "storage", "storage/get_file"),
    ("getFile", "Files", "files/get_file"),
    ("batchGetJobs", "jobs", "jobs/batch_get_jobs"),
    ("HTTPStatus", "jobs", "jobs/http_status"),
    ("with.dots-and-dashes", "Files & More", "files_more/with_dots_and_dashes"),
    ("list", "jobs", "jobs/list_"),
    ("import", "jobs", "jobs/import_"),
    ("id", "jobs", "jobs/id"),
    ("1st_item", "jobs", "jobs/field_1st_item"),
    ("_private", "jobs", "jobs/field_private"),
    ("getJobs_v0_jobs_get", "jobs", "jobs/get_jobs_v_0_jobs_get"),
    (None, "jobs", "jobs/get_v0_op11_thing_id"),
    ("untagged", None, "default/untagged"),
]


def document() -> Spec:
    formats = {name: schema for name, schema, _ in FORMATS}
    schemas: Spec = {"Formats": {"type": "object", "properties": formats, "required": [*formats]}}
    schemas.update({name: schema for name, schema, _ in COMPONENTS})
    paths: Spec = {}
    for index, (operation_id, tag, _) in enumerate(OPERATIONS):
        operation: Spec = {
            "parameters": [
                {"in": "path", "name": "thing_id", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": ref("Formats")}},
                }
            },
        }
        if operation_id is not None:
            operation["operationId"] = operation_id
        if tag is not None:
            operation["tags"] = [tag]
        paths[f"/v0/op{index}/{{thing_id}}"] = {"get": operation}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def expected_module(index: int) -> str:
    operation_id, tag, _ = OPERATIONS[index]
    name = generator.function_name(operation_id, "get", f"/v0/op{index}/{{thing_id}}")
    return f"{generator.api_module(tag)}/{name}"


@pytest.mark.parametrize("index", range(len(OPERATIONS)), ids=lambda i: str(OPERATIONS[i][0]))
def test_function_and_module_names(index: int) -> None:
    assert expected_module(index) == OPERATIONS[index][2]


@pytest.mark.parametrize(("name", "schema", "python"), FORMATS, ids=lambda v: str(v)[:12])
def test_python_type_of_a_format(name: str, schema: Spec, python: str) -> None:
    assert generator.scalar_type(types_of(schema), schema) == python


def test_format_without_a_type_is_any_and_type_lists_combine() -> None:
    assert generator.scalar_type(None, {"format": "uuid"}) is None
    both = {"type": ["string", "integer"], "format": "uuid"}
    assert generator.scalar_type(types_of(both), both) == "int | UUID"


@pytest.mark.parametrize(("name", "schema", "has_class"), COMPONENTS, ids=lambda v: str(v)[:12])
def test_which_components_become_classes(name: str, schema: Spec, has_class: bool) -> None:
    doc = Document(document())
    assert generator.declares_classes(schema, doc) is has_class


def test_class_names() -> None:
    assert generator.class_name("Body_upload_file", {}) == "BodyUploadFile"
    assert generator.class_name("Body_uploadFile", {}) == "BodyUploadFile"
    assert generator.class_name("Page_File_", {"title": "Page[File]"}) == "PageFile"
    assert generator.class_name("X", {"title": "HTTPError"}) == "HTTPError"
    assert generator.class_name("list", {}) == "List"


def test_a_reference_cycle_between_components_declares_nothing() -> None:
    doc = Document({"components": {"schemas": {"A": ref("B"), "B": ref("A")}}})
    assert generator.declares_classes(ref("B"), doc) is False


@pytest.mark.slow
def test_the_rules_match_the_pinned_generator(generate_sdk: GenerateSdk) -> None:
    package = generate_sdk(document(), "rules")

    modules = {
        str(path.relative_to(package / "api").with_suffix(""))
        for path in (package / "api").rglob("*.py")
        if path.name != "__init__.py"
    }
    assert modules == {expected_module(index) for index in range(len(OPERATIONS))}

    models = {path.stem for path in (package / "models").glob("*.py")} - {"__init__"}
    doc = Document(document())
    for name, schema, _ in COMPONENTS:
        prefix = generator.python_identifier(name)
        generated = any(model == prefix or model.startswith(prefix + "_") for model in models)
        assert generated is generator.declares_classes(schema, doc), name

    exported = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    for name in ("Alpha", "Bravo", "Charlie", "India", "Kilo", "November", "Oscar", "Sierra"):
        schema = next(schema for key, schema, _ in COMPONENTS if key == name)
        assert f"import {generator.class_name(name, schema)}\n" in exported, name

    source = (package / "models" / "formats.py").read_text(encoding="utf-8")
    written = dict(re.findall(r"^    (\w+): (.+)$", source, flags=re.MULTILINE))
    for name, schema, _ in FORMATS:
        assert written[name] == generator.scalar_type(types_of(schema), schema), name

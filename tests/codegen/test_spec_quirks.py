"""scripts/codegen/spec_quirks.py and spec_extensions.py: the generator's copy of a document.

What the generated code then does with these shapes, over HTTP, is in test_generator_quirks.py.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from codegen_kit import CODEGEN, SPEC, load_codegen_module

quirks = load_codegen_module("spec_quirks")
extensions = load_codegen_module("spec_extensions")
REF = "#/components/schemas/"


def document(**schemas: Any) -> dict[str, Any]:
    return {"paths": {}, "components": {"schemas": schemas}}


def test_uuid_or_null_headers_become_optional_text_defaulting_to_null() -> None:
    text_or_uuid = {
        "anyOf": [{"type": "string", "format": "uuid"}, {"const": "null", "type": "string"}],
        "title": "X-Simcore-Parent-Node-Id",
    }
    optional_uuid = {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}
    spec = document()
    spec["paths"]["/v0/functions/{function_id}:run"] = {
        "post": {
            "operationId": "run_function",
            "parameters": [
                {"in": "header", "name": "x-simcore-parent-node-id", "required": True}
                | {"schema": text_or_uuid},
                {"in": "header", "name": "x-other", "required": False, "schema": optional_uuid},
                {"in": "query", "name": "q", "required": True, "schema": text_or_uuid},
            ],
        }
    }
    assert quirks.fix_quirks(spec) == ['1 required UUID-or-"null" header(s) made optional text']
    header, other, query = spec["paths"]["/v0/functions/{function_id}:run"]["post"]["parameters"]
    assert header["required"] is False
    assert header["schema"]["type"] == "string"
    assert header["schema"]["default"] == "null"
    assert header["schema"]["title"] == "X-Simcore-Parent-Node-Id"
    assert other["schema"] == optional_uuid  # postprocess.py sends it as text (or not at all)
    assert query["schema"] == text_or_uuid  # only headers are refused by the generator


def test_object_and_array_defaults_are_removed_from_properties() -> None:
    spec = document(
        TextParam={
            "type": "object",
            "properties": {
                "format": {"oneOf": [{"$ref": REF + "A"}], "default": {"type": "text"}},
                "kind": {"type": "string", "default": "plain"},
            },
        },
        Collection={
            "type": "object",
            "properties": {"job_ids": {"type": "array", "default": []}},
        },
    )
    notes = quirks.fix_quirks(spec)
    assert notes == ["2 object/array default(s) removed from properties"]
    schemas = spec["components"]["schemas"]
    assert "default" not in schemas["TextParam"]["properties"]["format"]
    assert schemas["TextParam"]["properties"]["kind"]["default"] == "plain"  # scalars stay
    assert "default" not in schemas["Collection"]["properties"]["job_ids"]


def _union(*names: str, prop: str = "function_class") -> dict[str, Any]:
    return {
        "oneOf": [{"$ref": REF + name} for name in names],
        "discriminator": {"propertyName": prop},
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def test_discriminators_become_required_in_the_members_of_response_unions() -> None:
    def member(value: str, prop: str = "function_class") -> dict[str, Any]:
        return {"type": "object", "properties": {prop: {"const": value, "default": value}}}

    spec = document(
        A=member("A"),
        B={**member("B"), "required": []},
        Page_AB_={"type": "object", "properties": {"items": {"items": _union("A", "B")}}},
        NewA=member("A"),
        NewB=member("B"),
        Schema={**member("json", "schema_class")},
        Plain=member("A"),
    )
    spec["paths"]["/things"] = {
        "get": {"operationId": "list", "responses": {"200": _json({"$ref": REF + "Page_AB_"})}},
        # What a caller builds: the discriminator keeps its default and stays optional.
        "post": {
            "operationId": "register",
            "requestBody": _json(_union("NewA", "NewB")),
            "responses": {"200": _json(_union("Schema", prop="schema_class"))},
        },
    }
    assert quirks.fix_quirks(spec) == ["2 discriminator(s) made required in union members"]
    schemas = spec["components"]["schemas"]
    assert schemas["A"]["required"] == ["function_class"]
    assert schemas["B"]["required"] == ["function_class"]
    for name in ("NewA", "NewB", "Schema", "Plain"):  # request, one-member union, no union
        assert "required" not in schemas[name], name
    assert quirks.fix_quirks(spec) == []  # a second pass changes nothing


# -- our extensions -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def our_spec() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return result


def test_extensions_json_is_what_the_server_serves(our_spec: dict[str, Any]) -> None:
    """Regenerate it with `python scripts/codegen/spec_extensions.py --extract openapi.json`."""
    stored = json.loads((CODEGEN / "extensions.json").read_text(encoding="utf-8"))
    assert stored == extensions.extract(our_spec)
    assert {path: sorted(item) for path, item in stored["paths"].items()} == {
        "/v0/auth/token": ["post"],
        "/v0/auth/token:refresh": ["post"],
        "/v0/auth/token:revoke": ["post"],
        "/v0/programs": ["get"],
        "/v0/programs/{program_key}/releases": ["get"],
        "/v0/responses": ["post"],
        "/v0/responses/{response_id}": ["get"],
        "/v0/solvers/-/releases/-/jobs": ["get"],
        "/v0/solvers/-/releases/-/jobs/metadata:batchGet": ["get"],
        "/v0/solvers/page": ["get"],
        "/v0/solvers/{solver_key}/releases/page": ["get"],
        "/v0/studies/{study_id}/jobs": ["get"],
    }
    assert sorted(stored["headers"]) == ["create_solver_job", "create_study_job"]


def test_what_a_document_lacks_is_layered_onto_it(our_spec: dict[str, Any]) -> None:
    """Like the official client's 0.13.0 document: no token endpoints, no Idempotency-Key, no
    `/v0/solvers/page` (nor its Page_Solver_ schema), no listing of a study's jobs."""
    stored = extensions.load(CODEGEN / "extensions.json")
    older = copy.deepcopy(our_spec)
    older["paths"] = {
        path: item
        for path, item in older["paths"].items()
        if "/auth/" not in path and path != "/v0/solvers/page"
    }
    del older["paths"]["/v0/studies/{study_id}/jobs"]["get"]
    for name in ("TokenPair", "RefreshRequest", "RevokeRequest", "Page_Solver_"):
        del older["components"]["schemas"][name]
    for item in older["paths"].values():
        for operation in item.values():
            operation["parameters"] = [
                p for p in operation.get("parameters", []) if p["name"] != "Idempotency-Key"
            ]
    notes = extensions.layer(older, stored)
    assert notes == [
        "5 operation(s) added: create_token, list_all_solvers_paginated, list_study_jobs,"
        " refresh_token, revoke_token",
        "4 schema(s) added for them",
        "Idempotency-Key added to 2 operation(s)",
    ]
    assert older["paths"].keys() == our_spec["paths"].keys()
    assert sorted(older["paths"]["/v0/studies/{study_id}/jobs"]) == ["get", "post"]
    assert older["components"]["schemas"].keys() == our_spec["components"]["schemas"].keys()
    # Our own document has them all: nothing is added, nothing changes.
    same = copy.deepcopy(our_spec)
    assert extensions.layer(same, stored) == []
    assert same == our_spec


def test_nullable_page_counts_become_integers() -> None:
    """0.15.0's pages: `total`, `limit`, `offset` are `int | null`; the pagers count with ints."""
    nullable = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}], "title": "Total"}
    spec = document(
        Page_Job_={
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": {"$ref": REF + "Job"}},
                "total": copy.deepcopy(nullable),
                "limit": copy.deepcopy(nullable),
                "offset": {"type": "integer"},
            },
        },
        OnePage_Port_={
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": {"$ref": REF + "Port"}},
                "total": copy.deepcopy(nullable),
            },
        },
    )
    assert quirks.fix_quirks(spec) == ["2 nullable page count(s) made integers"]
    page = spec["components"]["schemas"]["Page_Job_"]["properties"]
    assert page["total"] == {"type": "integer", "minimum": 0, "title": "Total"}
    assert page["limit"]["type"] == "integer"
    assert spec["components"]["schemas"]["OnePage_Port_"]["properties"]["total"] == nullable


def test_only_documents_of_the_platform_api_are_completed() -> None:
    stored = extensions.load(CODEGEN / "extensions.json")
    other = {"paths": {"/items": {"get": {"operationId": "list_items"}}}}
    assert extensions.layer(other, stored) == []
    assert other == {"paths": {"/items": {"get": {"operationId": "list_items"}}}}

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
    assert other["schema"] == optional_uuid  # the template sends it as text (or not at all)
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


def test_discriminators_become_required_in_each_member() -> None:
    member = {"type": "object", "properties": {"function_class": {"const": "X"}}, "required": []}
    spec = document(
        A=copy.deepcopy(member),
        B={"type": "object", "properties": {"function_class": {"const": "Y"}}},
        Plain=copy.deepcopy(member),
    )
    spec["paths"]["/f"] = {
        "get": {
            "operationId": "f",
            "responses": {
                "200": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}],
                                "discriminator": {"propertyName": "function_class"},
                            }
                        }
                    }
                }
            },
        }
    }
    assert quirks.fix_quirks(spec) == ["2 discriminator(s) made required in union members"]
    schemas = spec["components"]["schemas"]
    assert schemas["A"]["required"] == ["function_class"]
    assert schemas["B"]["required"] == ["function_class"]
    assert schemas["Plain"]["required"] == []  # not in a discriminated union
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
    assert sorted(stored["paths"]) == [
        "/v0/auth/token",
        "/v0/auth/token:refresh",
        "/v0/auth/token:revoke",
    ]
    assert sorted(stored["headers"]) == ["create_solver_job", "create_study_job"]


def test_extensions_are_layered_onto_a_document_without_them(our_spec: dict[str, Any]) -> None:
    stored = extensions.load(CODEGEN / "extensions.json")
    platform_like = copy.deepcopy(our_spec)
    platform_like["paths"] = {
        path: item for path, item in platform_like["paths"].items() if "/auth/" not in path
    }
    for name in ("TokenPair", "RefreshRequest", "RevokeRequest"):
        del platform_like["components"]["schemas"][name]
    for item in platform_like["paths"].values():
        for operation in item.values():
            operation["parameters"] = [
                p for p in operation.get("parameters", []) if p["name"] != "Idempotency-Key"
            ]
    notes = extensions.layer(platform_like, stored)
    assert notes == [
        "3 extension path(s) added (/v0/auth/token, /v0/auth/token:refresh, /v0/auth/token:revoke)",
        "3 extension schema(s) added",
        "Idempotency-Key added to 2 operation(s)",
    ]
    assert platform_like["paths"].keys() == our_spec["paths"].keys()
    assert platform_like["components"]["schemas"].keys() == our_spec["components"]["schemas"].keys()
    # Our own document has them all: nothing is added, nothing changes.
    same = copy.deepcopy(our_spec)
    assert extensions.layer(same, stored) == []
    assert same == our_spec

"""api_diff.documents: loading, names as the pipeline gives them, references, operations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from api_diff.documents import (
    Document,
    UsageError,
    load,
    operations,
    with_generator_names,
)


def test_load_accepts_openapi_json_and_names_what_is_wrong(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"openapi": "3.1.0", "paths": {}}), encoding="utf-8")
    assert load(good) == {"openapi": "3.1.0", "paths": {}}
    cases = {
        "missing.json": None,
        "broken.json": "{not json",
        "swagger.json": '{"swagger": "2.0"}',
        "list.json": "[]",
        "paths.json": '{"openapi": "3.1.0", "paths": []}',
    }
    messages = {
        "missing.json": "cannot read",
        "broken.json": "is not JSON",
        "swagger.json": "is not an OpenAPI document",
        "list.json": "is not an OpenAPI document",
        "paths.json": "is not an OpenAPI document",
    }
    for name, text in cases.items():
        if text is not None:
            (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(UsageError, match=messages[name]):
            load(tmp_path / name)


def test_references_resolve_through_escaped_and_percent_encoded_pointers() -> None:
    doc = Document({"components": {"schemas": {"a/b": {"type": "string"}, "c~d": {}}}})
    assert doc.lookup("#/components/schemas/a~1b") == (
        {"type": "string"},
        "/components/schemas/a~1b",  # the pointer stays escaped
    )
    assert doc.lookup("#/components/schemas/c~0d") is not None
    assert doc.lookup("#/components/schemas/a%7E1b") is not None
    assert doc.lookup("#/components/schemas/missing") is None
    assert doc.lookup("other.json#/x") is None  # external references are not followed


def test_deref_reports_cycles_and_dangling_references() -> None:
    doc = Document(
        {
            "components": {
                "parameters": {
                    "P": {"$ref": "#/components/parameters/Q"},
                    "Q": {"$ref": "#/components/parameters/P"},
                    "R": {"name": "r", "in": "query"},
                }
            }
        }
    )
    assert doc.deref({"$ref": "#/components/parameters/R"}, "/x")[0]["name"] == "r"
    assert doc.deref({"$ref": "#/components/parameters/P"}, "/x")[2] is not None
    assert doc.deref({"$ref": "#/nowhere"}, "/x") == ({}, "/x", "#/nowhere")


def test_reachable_schemas_follow_references_from_operations_only() -> None:
    doc = Document(
        {
            "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/A"}}}}},
            "components": {
                "responses": {
                    "A": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                        }
                    }
                },
                "schemas": {
                    "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
                    "B": {"type": "string"},
                    "Unused": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
                },
            },
        }
    )
    assert doc.reachable_schemas() == {"A", "B"}


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "short"),
    [
        ("get_service_metadata_v0_meta_get", "get", "/v0/meta", "get_service_metadata"),
        (
            "list_all_solvers_jobs_v0_solvers___releases___jobs_get",
            "get",
            "/v0/solvers/-/releases/-/jobs",
            "list_all_solvers_jobs",
        ),
        (
            "run_function_v0_functions__function_id__run_post",
            "post",
            "/v0/functions/{function_id}:run",
            "run_function",
        ),
        (
            "batch_get_jobs_custom_metadata_v0_solvers___releases___jobs_metadata_batchGet_get",
            "get",
            "/v0/solvers/-/releases/-/jobs/metadata:batchGet",
            "batch_get_jobs_custom_metadata",
        ),
        # the one irregular 0.15 -> 0.16 rename, with and without the suffix
        (
            "get_jobs_page",
            "get",
            "/v0/solvers/{solver_key}/releases/{version}/jobs/page",
            "list_jobs_paginated",
        ),
        (
            "get_jobs_page_v0_solvers__solver_key__releases__version__jobs_page_get",
            "get",
            "/v0/solvers/{solver_key}/releases/{version}/jobs/page",
            "list_jobs_paginated",
        ),
        # left alone: a short id, another operation's suffix, another method, only a suffix
        ("get_file", "get", "/v0/files/{file_id}", "get_file"),
        ("get_file_v0_meta_get", "get", "/v0/files/{file_id}", "get_file_v0_meta_get"),
        ("get_file_v0_meta_get", "post", "/v0/meta", "get_file_v0_meta_get"),
        ("_v0_meta_get", "get", "/v0/meta", "_v0_meta_get"),
    ],
)
def test_operation_ids_get_the_pipelines_names(
    operation_id: str, method: str, path: str, short: str
) -> None:
    document = {"openapi": "3.1.0", "paths": {path: {method: {"operationId": operation_id}}}}
    normalised = with_generator_names(document)
    assert normalised["paths"][path][method]["operationId"] == short
    assert document["paths"][path][method]["operationId"] == operation_id  # a copy


def test_body_models_named_after_long_ids_are_renamed_with_their_references() -> None:
    body = "Body_upload_file_v0_files_content_put"
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/v0/files/content": {
                "put": {
                    "operationId": "upload_file_v0_files_content_put",
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {
                                "schema": {"$ref": f"#/components/schemas/{body}"}
                            }
                        }
                    },
                }
            }
        },
        "components": {"schemas": {body: {"title": body, "type": "object"}}},
    }
    normalised = with_generator_names(document)
    assert list(normalised["components"]["schemas"]) == ["Body_upload_file"]
    operation = normalised["paths"]["/v0/files/content"]["put"]
    schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Body_upload_file"}


def test_ids_that_collide_once_normalised_are_a_usage_error() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/v0/meta": {"get": {"operationId": "get_meta"}},
            "/v0/other": {"get": {"operationId": "get_meta_v0_other_get"}},
        },
    }
    with pytest.raises(UsageError, match="not unique after normalising: get_meta"):
        with_generator_names(document)


def test_operations_are_listed_by_method_and_path_through_path_item_refs() -> None:
    doc = Document(
        {
            "paths": {
                "/a": {"$ref": "#/components/pathItems/A"},
                "/b": {"get": {"operationId": "get_b", "tags": ["bees"]}, "summary": "x"},
            },
            "components": {"pathItems": {"A": {"put": {}, "delete": {"operationId": "del_a"}}}},
        }
    )
    found = operations(doc)
    assert sorted(found) == [("delete", "/a"), ("get", "/b"), ("put", "/a")]
    assert found[("get", "/b")].first_tag == "bees"
    assert found[("put", "/a")].operation_id is None
    assert found[("delete", "/a")].pointer == "/components/pathItems/A/delete"

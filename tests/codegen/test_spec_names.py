"""scripts/codegen/spec_names.py: either style of operationId gives the generator the same names."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CODEGEN = REPO / "scripts" / "codegen"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, CODEGEN / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


names = _load("spec_names")
ALIASES = names.load_aliases(CODEGEN / "operation-aliases.txt")


@pytest.fixture(scope="module")
def our_spec() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    return result


def long_ids(spec: dict[str, Any]) -> dict[str, Any]:
    """The document as FastAPI writes it by default (the platform's 0.16.0 style)."""
    variant = copy.deepcopy(spec)
    for path, method, operation in names.operations(variant):
        short = operation["operationId"]
        short = {"list_jobs_paginated": "get_jobs_page"}.get(short, short)
        operation["operationId"] = short + names.fastapi_suffix(path, method)
    return variant


def ids(spec: dict[str, Any]) -> list[str]:
    return [op["operationId"] for _p, _m, op in names.operations(spec)]


def test_long_operation_ids_become_the_short_ones(our_spec: dict[str, Any]) -> None:
    variant = long_ids(our_spec)
    assert "get_service_metadata_v0_meta_get" in ids(variant)
    assert "batch_get_jobs_custom_metadata_v0_solvers___releases___jobs_metadata_batchGet_get" in (
        ids(variant)
    )
    names.normalise_names(variant, ALIASES)
    assert ids(variant) == ids(our_spec)
    assert "list_jobs_paginated" in ids(variant)  # from get_jobs_page, through the alias table


def test_short_ids_and_our_names_are_left_alone(our_spec: dict[str, Any]) -> None:
    same = copy.deepcopy(our_spec)
    notes = names.normalise_names(same, ALIASES)
    assert not any("operationId" in note for note in notes)
    assert ids(same) == ids(our_spec)


def test_body_models_are_named_after_their_operation(our_spec: dict[str, Any]) -> None:
    schemas = our_spec["components"]["schemas"]
    assert "Body_upload_file_v0_files_content_put" in schemas  # the platform's name
    for document in (copy.deepcopy(our_spec), long_ids(our_spec)):
        names.normalise_names(document, ALIASES)
        renamed = document["components"]["schemas"]
        assert "Body_upload_file_v0_files_content_put" not in renamed
        assert renamed["Body_upload_file"]["title"] == "Body_upload_file"
        text = json.dumps(document)
        assert '"#/components/schemas/Body_upload_file"' in text
        assert "Body_complete_multipart_upload_v0" not in text


def test_union_pages_get_a_short_name() -> None:
    long = (
        "Page_Annotated_Union_RegisteredProjectFunction__RegisteredPythonCodeFunction__"
        "RegisteredSolverFunction___FieldInfo_annotation_NoneType__required_True__"
        "discriminator__function_class____"
    )
    ref = "#/components/schemas/"
    members = ["RegisteredProjectFunction", "RegisteredPythonCodeFunction"]
    members.append("RegisteredSolverFunction")
    spec: dict[str, Any] = {
        "paths": {
            "/v0/functions": {
                "get": {
                    "operationId": "list_functions",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": ref + long}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                long: {
                    "title": "Page[Annotated[Union[...]]]",
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {
                                "oneOf": [{"$ref": ref + m} for m in members],
                                "discriminator": {
                                    "propertyName": "function_class",
                                    "mapping": {"SOLVER": ref + members[2]},
                                },
                            },
                        }
                    },
                },
                **{m: {"type": "object"} for m in members},
            }
        },
    }
    notes = names.normalise_names(spec, ALIASES)
    assert notes == ["1 union page model(s) given a short name"]
    assert "Page_RegisteredFunction_" in spec["components"]["schemas"]
    response = spec["paths"]["/v0/functions"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": ref + "Page_RegisteredFunction_"
    }
    assert names._common_words(["RegisteredProjectFunctionJob", "RegisteredSolverFunctionJob"]) == (
        "RegisteredFunctionJob"
    )


def test_ids_that_collide_after_normalising_are_an_error() -> None:
    spec = {
        "paths": {
            "/a": {"get": {"operationId": "same_a_get"}},
            "/b": {"get": {"operationId": "same_b_get"}},
        }
    }
    with pytest.raises(ValueError, match="not unique after normalising: same"):
        names.normalise_names(spec, {})


def test_alias_table_lines_must_be_pairs(tmp_path: Path) -> None:
    table = tmp_path / "aliases.txt"
    table.write_text("# comment\n\nold new  # why\n", encoding="utf-8")
    assert names.load_aliases(table) == {"old": "new"}
    table.write_text("old\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 'other_id our_id'"):
        names.load_aliases(table)

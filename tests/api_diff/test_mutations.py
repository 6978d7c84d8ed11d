"""scripts/api_diff.py on small mutations of the repository's real openapi.json.

Each case deep-copies the spec (twice: OLD and NEW), optionally applies a `setup` to both (to
add something the real spec lacks: a recursive schema, a request-only enum), mutates NEW, and
asserts the exact classification: the set of (severity, rule) pairs over every reported
change, plus report lines that must appear verbatim. Only the set of pairs is exact (not the
number of lines), so that a new operation using e.g. `File` does not break these tests.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import api_diff
import pytest

REPO = Path(__file__).resolve().parents[2]
Spec = dict[str, Any]
B, C = "breaking", "compatible"

JOBS = "/v0/solvers/{solver_key}/releases/{version}/jobs"
JOB = JOBS + "/{job_id}"


@pytest.fixture(scope="module")
def spec() -> Spec:
    document: Spec = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    return document


def schema(doc: Spec, name: str) -> Spec:
    result: Spec = doc["components"]["schemas"][name]
    return result


def operation(doc: Spec, method: str, path: str) -> Spec:
    result: Spec = doc["paths"][path][method]
    return result


def parameter(doc: Spec, method: str, path: str, name: str) -> Spec:
    return next(p for p in operation(doc, method, path)["parameters"] if p["name"] == name)


def json_response(doc: Spec, method: str, path: str, status: str = "200") -> Spec:
    result: Spec = operation(doc, method, path)["responses"][status]["content"]["application/json"]
    return result


def union(doc: Spec, name: str, prop: str) -> list[Spec]:
    """The anyOf list of an `additionalProperties` union (JobInputs.values, JobOutputs.results).

    Both properties refer to the shared `KeywordArguments` schema: the property gets its own
    copy first, so that a mutation changes this one property only."""
    properties = schema(doc, name)["properties"]
    target = properties[prop].get("$ref", "").removeprefix("#/components/schemas/")
    if target:
        properties[prop] = copy.deepcopy(schema(doc, target))
    result: list[Spec] = properties[prop]["additionalProperties"]["anyOf"]
    return result


# --- mutations ------------------------------------------------------------------------------


def remove_operation(doc: Spec) -> None:
    del doc["paths"]["/v0/files/{file_id}"]["delete"]


def rename_operation_id(doc: Spec) -> None:
    operation(doc, "get", "/v0/files/{file_id}")["operationId"] = "fetch_file"


def change_path(doc: Spec) -> None:
    doc["paths"]["/v0/files/{file_id}/abort"] = doc["paths"].pop("/v0/files/{file_id}:abort")


def change_method(doc: Spec) -> None:
    item = doc["paths"]["/v0/me"]
    item["patch"] = item.pop("put")


def remove_response_field(doc: Spec) -> None:
    del schema(doc, "File")["properties"]["checksum"]


def response_field_optional(doc: Spec) -> None:
    schema(doc, "Page_File_")["required"].remove("total")


def response_field_nullable(doc: Spec) -> None:
    props = schema(doc, "Job")["properties"]
    created = props["created_at"]
    props["created_at"] = {
        "anyOf": [{"format": created["format"], "type": "string"}, {"type": "null"}],
        "title": created["title"],
    }


def parameter_type_change(doc: Spec) -> None:
    parameter(doc, "get", "/v0/solvers/page", "limit")["schema"]["type"] = "string"


def response_type_change(doc: Spec) -> None:
    schema(doc, "JobStatus")["properties"]["progress"]["type"] = "number"


def new_required_parameter(doc: Spec) -> None:
    operation(doc, "get", "/v0/files").setdefault("parameters", []).append(
        {"in": "query", "name": "owner", "required": True, "schema": {"type": "string"}}
    )


def optional_parameter_required(doc: Spec) -> None:
    parameter(doc, "get", "/v0/files:search", "sha256_checksum")["required"] = True


def new_required_request_field(doc: Spec) -> None:
    user_file = schema(doc, "UserFile")
    user_file["properties"]["mime_type"] = {"title": "Mime Type", "type": "string"}
    user_file["required"].append("mime_type")


def request_field_required(doc: Spec) -> None:
    schema(doc, "ProfileUpdate")["required"] = ["first_name"]


def remove_response_enum_value(doc: Spec) -> None:
    schema(doc, "RunningState")["enum"].remove("ABORTED")


def remove_shared_enum_value(doc: Spec) -> None:
    schema(doc, "LanguageEnum")["enum"].remove("zh_CN")


def add_shared_enum_value(doc: Spec) -> None:
    schema(doc, "LanguageEnum")["enum"].append("fr_FR")


def narrower_max_length(doc: Spec) -> None:
    schema(doc, "ProfileUpdate")["properties"]["first_name"]["anyOf"][0]["maxLength"] = 100


def narrower_minimum(doc: Spec) -> None:
    parameter(doc, "get", JOBS + "/page", "offset")["schema"]["minimum"] = 1


def changed_pattern(doc: Spec) -> None:
    schema(doc, "UserFile")["properties"]["sha256_checksum"]["pattern"] = "^[a-f0-9]{64}$"


def remove_success_status(doc: Spec) -> None:
    del operation(doc, "post", JOB + ":start")["responses"]["202"]


def change_response_content_type(doc: Spec) -> None:
    content = operation(doc, "get", "/v0/files/{file_id}")["responses"]["200"]["content"]
    content["application/xml"] = content.pop("application/json")


def remove_referenced_schema(doc: Spec) -> None:
    del doc["components"]["schemas"]["Links"]


def request_union_loses_member(doc: Spec) -> None:
    members = union(doc, "JobInputs", "values")
    members.remove({"type": "boolean"})


def response_union_gains_member(doc: Spec) -> None:
    union(doc, "JobOutputs", "results").insert(0, {"type": "object"})


def retarget_ref_to_smaller_schema(doc: Spec) -> None:
    summary = copy.deepcopy(schema(doc, "Job"))
    del summary["properties"]["runner_url"]
    summary["required"].remove("runner_url")
    doc["components"]["schemas"]["JobSummary"] = summary
    json_response(doc, "get", JOB)["schema"] = {"$ref": "#/components/schemas/JobSummary"}


def nested_array_item_field_removed(doc: Spec) -> None:
    del schema(doc, "Study")["properties"]["uid"]
    schema(doc, "Study")["required"].remove("uid")


def looser_response_constraint(doc: Spec) -> None:
    schema(doc, "Solver")["properties"]["title"]["maxLength"] = 200


def add_recursive_folder(doc: Spec) -> None:
    """Setup: a recursive schema (Folder.children: [Folder]) returned by a new operation."""
    doc["components"]["schemas"]["Folder"] = {
        "properties": {
            "name": {"type": "string"},
            "children": {"items": {"$ref": "#/components/schemas/Folder"}, "type": "array"},
            "parent": {"anyOf": [{"$ref": "#/components/schemas/Folder"}, {"type": "null"}]},
        },
        "required": ["name", "children"],
        "type": "object",
    }
    doc["paths"]["/v0/folders"] = {
        "get": {
            "operationId": "get_folders",
            "tags": ["files"],
            "responses": {
                "200": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Folder"}}
                    },
                    "description": "ok",
                }
            },
        }
    }


def recursive_field_type_change(doc: Spec) -> None:
    schema(doc, "Folder")["properties"]["name"]["type"] = "integer"


def add_mutual_recursion_with_all_of(doc: Spec) -> None:
    """Setup: Node = allOf [Base, {child: Leaf}], Leaf = {owner: Node}, used by a request."""
    schemas = doc["components"]["schemas"]
    schemas["Base"] = {
        "properties": {"id": {"type": "string"}, "tag": {"type": "string"}},
        "required": ["id"],
        "type": "object",
    }
    schemas["Node"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"properties": {"child": {"$ref": "#/components/schemas/Leaf"}}, "type": "object"},
        ]
    }
    schemas["Leaf"] = {"properties": {"owner": {"$ref": "#/components/schemas/Node"}}}
    doc["paths"]["/v0/nodes"] = {
        "post": {
            "operationId": "create_node",
            "tags": ["files"],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
                "required": True,
            },
            "responses": {"204": {"description": "ok"}},
        }
    }


def all_of_member_field_required(doc: Spec) -> None:
    schema(doc, "Base")["required"].append("tag")


def add_new_operation(doc: Spec) -> None:
    thumbnail = copy.deepcopy(operation(doc, "get", "/v0/files/{file_id}"))
    thumbnail["operationId"] = "get_file_thumbnail"
    doc["paths"]["/v0/files/{file_id}/thumbnail"] = {"get": thumbnail}


def new_optional_parameter(doc: Spec) -> None:
    operation(doc, "get", "/v0/files").setdefault("parameters", []).append(
        {"in": "query", "name": "order_by", "required": False, "schema": {"type": "string"}}
    )


def new_optional_request_field(doc: Spec) -> None:
    schema(doc, "ProfileUpdate")["properties"]["nickname"] = {
        "anyOf": [{"maxLength": 64, "type": "string"}, {"type": "null"}],
        "title": "Nickname",
    }


def new_optional_field_in_shared_schema(doc: Spec) -> None:
    schema(doc, "File")["properties"]["size"] = {
        "anyOf": [{"minimum": 0, "type": "integer"}, {"type": "null"}],
        "title": "Size",
    }


def add_request_only_enum(doc: Spec) -> None:
    """Setup: ProfileUpdate.theme, an enum only requests use."""
    schema(doc, "ProfileUpdate")["properties"]["theme"] = {"enum": ["light", "dark"]}


def new_request_enum_value(doc: Spec) -> None:
    schema(doc, "ProfileUpdate")["properties"]["theme"]["enum"].append("system")


def looser_request_constraint(doc: Spec) -> None:
    schema(doc, "ProfileUpdate")["properties"]["first_name"]["anyOf"][0]["maxLength"] = 500


def new_error_response(doc: Spec) -> None:
    responses = operation(doc, "get", "/v0/files/{file_id}")["responses"]
    responses["409"] = copy.deepcopy(responses["404"])


def descriptions_only(doc: Spec) -> None:
    for item in doc["paths"].values():
        for op in item.values():
            op["summary"] = "Changed summary"
            op["description"] = "Changed description"
    for component in doc["components"]["schemas"].values():
        component["description"] = "Changed"


def request_union_gains_member(doc: Spec) -> None:
    body = operation(doc, "post", "/v0/files/content")["requestBody"]
    body["content"]["application/json"]["schema"]["anyOf"].append({"type": "string"})


def response_union_loses_member(doc: Spec) -> None:
    union(doc, "JobOutputs", "results").remove({"items": {}, "type": "array"})


def request_field_optional(doc: Spec) -> None:
    schema(doc, "UserFile")["required"].remove("filesize")


def response_field_required(doc: Spec) -> None:
    schema(doc, "JobStatus")["required"].append("started_at")


def response_field_not_nullable(doc: Spec) -> None:
    schema(doc, "Job")["properties"]["url"] = {"title": "Url", "type": "string"}


def deprecate_operation(doc: Spec) -> None:
    operation(doc, "get", "/v0/files/{file_id}")["deprecated"] = True


def narrower_response_constraint(doc: Spec) -> None:
    schema(doc, "Solver")["properties"]["title"]["maxLength"] = 50


def add_unused_schema(doc: Spec) -> None:
    doc["components"]["schemas"]["Unused"] = {"properties": {"x": {"type": "string"}}}


def string_gains_uuid_format(doc: Spec) -> None:
    schema(doc, "Solver")["properties"]["maintainer"]["format"] = "uuid"


def string_gains_uri_format(doc: Spec) -> None:
    schema(doc, "Solver")["properties"]["maintainer"]["format"] = "uri"


def retag_with_other_spelling(doc: Spec) -> None:
    operation(doc, "get", "/v0/files/{file_id}")["tags"] = ["Files"]


def retag(doc: Spec) -> None:
    operation(doc, "get", "/v0/files/{file_id}")["tags"] = ["storage"]


def rename_operation_id_in_camel_case(doc: Spec) -> None:
    operation(doc, "get", "/v0/files/{file_id}")["operationId"] = "getFile"


def add_job_id_component(doc: Spec) -> None:
    """Setup: JobStatus.job_id through `$ref JobID`, a string component (no generated class)."""
    doc["components"]["schemas"]["JobID"] = {"format": "uuid", "type": "string"}
    schema(doc, "JobStatus")["properties"]["job_id"] = {"$ref": "#/components/schemas/JobID"}


def inline_and_remove_job_id_component(doc: Spec) -> None:
    del doc["components"]["schemas"]["JobID"]
    schema(doc, "JobStatus")["properties"]["job_id"] = {"format": "uuid", "type": "string"}


def rename_schema_same_class(doc: Spec) -> None:
    """`UploadLinks` -> `Upload_Links`: the generated class is `UploadLinks` either way."""
    schemas = doc["components"]["schemas"]
    schemas["Upload_Links"] = schemas.pop("UploadLinks")
    del schemas["Upload_Links"]["title"]
    text = json.dumps(doc).replace('/schemas/UploadLinks"', '/schemas/Upload_Links"')
    doc.clear()
    doc.update(json.loads(text))


def remove_unused_model(doc: Spec) -> None:
    del doc["components"]["schemas"]["Unused"]


# --- cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    mutate: Callable[[Spec], None]
    rules: set[tuple[str, str]]  # exactly the (severity, rule) pairs reported
    lines: list[str]  # report lines that must appear, "SEVERITY SUBJECT LOCATION: MESSAGE"
    setup: Callable[[Spec], None] | None = None


BREAKING_CASES = [
    Case(
        "remove-operation",
        remove_operation,
        {(B, "operation-removed")},
        ["breaking DELETE /v0/files/{file_id}: operation removed"],
    ),
    Case(
        "rename-operation-id",
        rename_operation_id,
        {(B, "operation-id-changed")},
        ["breaking GET /v0/files/{file_id}: operationId changed from get_file to fetch_file"],
    ),
    Case(
        "change-path",
        change_path,
        {(B, "operation-moved")},
        [
            "breaking POST /v0/files/{file_id}:abort: path or method changed:"
            " now POST /v0/files/{file_id}/abort"
        ],
    ),
    Case(
        "change-method",
        change_method,
        {(B, "operation-moved")},
        ["breaking PUT /v0/me: path or method changed: now PATCH /v0/me"],
    ),
    Case(
        "remove-response-field",
        remove_response_field,
        {(B, "property-removed")},
        [
            "breaking GET /v0/files/{file_id} response 200 .checksum: removed",
            "breaking GET /v0/files:search response 200 .items[].checksum: removed",
            f"breaking POST {JOBS} request body .values{{*}}<File>.checksum: removed",
        ],
    ),
    Case(
        "response-field-required-to-optional",
        response_field_optional,
        {(B, "became-optional")},
        ["breaking GET /v0/files:search response 200 .total: became optional (may be absent)"],
    ),
    Case(
        "response-field-became-nullable",
        response_field_nullable,
        {(B, "became-nullable")},
        [
            f"breaking GET {JOB} response 200 .created_at: became nullable",
            f"breaking GET {JOBS}/page response 200 .items[].created_at: became nullable",
        ],
    ),
    Case(
        "parameter-type-change",
        parameter_type_change,
        {(B, "type-changed")},
        [
            "breaking GET /v0/solvers/page query parameter limit:"
            " type changed from integer to string"
        ],
    ),
    Case(
        "response-type-change",
        response_type_change,
        {(B, "type-changed")},
        [
            f"breaking POST {JOB}:inspect response 200 .progress:"
            " type changed from integer to number"
        ],
    ),
    Case(
        "new-required-parameter",
        new_required_parameter,
        {(B, "parameter-added-required")},
        ["breaking GET /v0/files query parameter owner: new required parameter"],
    ),
    Case(
        "optional-parameter-became-required",
        optional_parameter_required,
        {(B, "became-required")},
        ["breaking GET /v0/files:search query parameter sha256_checksum: became required"],
    ),
    Case(
        "new-required-request-field",
        new_required_request_field,
        {(B, "property-added-required")},
        ["breaking POST /v0/files/content request body <UserFile>.mime_type: added as required"],
    ),
    Case(
        "request-field-became-required",
        request_field_required,
        {(B, "became-required")},
        ["breaking PUT /v0/me request body .first_name: became required"],
    ),
    Case(
        "response-enum-value-removed",
        remove_response_enum_value,
        {(B, "enum-value-removed")},
        [f'breaking POST {JOB}:start response 200 .state: enum value "ABORTED" removed'],
    ),
    Case(
        "shared-enum-value-removed",
        remove_shared_enum_value,
        {(B, "enum-value-removed")},
        [
            'breaking PUT /v0/me request body .language: enum value "zh_CN" removed',
            'breaking GET /v0/me response 200 .language: enum value "zh_CN" removed',
        ],
    ),
    Case(
        "shared-enum-value-added",
        add_shared_enum_value,
        {(B, "enum-value-added"), (C, "enum-value-added")},
        [
            'compatible PUT /v0/me request body .language: enum value "fr_FR" added',
            'breaking GET /v0/me response 200 .language: enum value "fr_FR" added',
        ],
    ),
    Case(
        "narrower-max-length",
        narrower_max_length,
        {(B, "constraint-narrowed")},
        [
            "breaking PUT /v0/me request body .first_name:"
            " maxLength lowered from 255 to 100 (narrower)"
        ],
    ),
    Case(
        "narrower-minimum",
        narrower_minimum,
        {(B, "constraint-narrowed")},
        [
            f"breaking GET {JOBS}/page query parameter offset:"
            " lower bound raised from >= 0 to >= 1 (narrower)"
        ],
    ),
    Case(
        "changed-pattern",
        changed_pattern,
        {(B, "constraint-narrowed")},
        [
            "breaking POST /v0/files/content request body <UserFile>.sha256_checksum:"
            " pattern changed from '^[a-fA-F0-9]{64}$' to '^[a-f0-9]{64}$' (narrower)"
        ],
    ),
    Case(
        "success-status-removed",
        remove_success_status,
        {(B, "status-removed")},
        [f"breaking POST {JOB}:start response 202: success status removed"],
    ),
    Case(
        "response-content-type-changed",
        change_response_content_type,
        {(B, "content-type-changed")},
        [
            "breaking GET /v0/files/{file_id} response 200:"
            " content type changed from application/json to application/xml"
        ],
    ),
    Case(
        "removed-schema-still-referenced",
        remove_referenced_schema,
        {(B, "dangling-ref"), (B, "schema-removed")},
        [
            "breaking GET /v0/studies response 200 .links: $ref #/components/schemas/Links"
            " does not resolve (a removed schema still referenced)",
            "breaking schema Links: removed but still referenced (10 $ref, first at"
            " /components/schemas/PageRegisteredFunctionJobWithorWithoutStatus/properties/links)",
        ],
    ),
    Case(
        "request-union-loses-member",
        request_union_loses_member,
        {(B, "union-member-removed")},
        [
            f"breaking POST {JOBS} request body .values{{*}}:"
            " no longer accepts boolean (union member removed)"
        ],
    ),
    Case(
        "response-union-gains-member",
        response_union_gains_member,
        {(B, "union-member-added")},
        [
            f"breaking GET {JOB}/outputs response 200 .results{{*}}:"
            " may now return object (union member added)"
        ],
    ),
    Case(
        "ref-retargeted-to-smaller-schema",
        retarget_ref_to_smaller_schema,
        {(B, "property-removed"), (C, "schema-added")},
        [
            f"breaking GET {JOB} response 200 .runner_url: removed",
            "compatible schema JobSummary: added",
        ],
    ),
    Case(
        "nested-array-item-field-removed",
        nested_array_item_field_removed,
        {(B, "property-removed")},
        ["breaking GET /v0/studies response 200 .items[].uid: removed"],
    ),
    Case(
        "looser-response-constraint",
        looser_response_constraint,
        {(B, "constraint-loosened")},
        [
            "breaking GET /v0/solvers/{solver_key}/latest response 200 .title:"
            " maxLength raised from 100 to 200 (looser)"
        ],
    ),
    Case(
        "recursive-schema-field-type-change",
        recursive_field_type_change,
        {(B, "type-changed")},
        ["breaking GET /v0/folders response 200 .name: type changed from string to integer"],
        setup=add_recursive_folder,
    ),
    Case(
        "string-gains-uuid-format",
        string_gains_uuid_format,
        {(B, "format-changed")},
        [
            "breaking GET /v0/solvers/{solver_key}/latest response 200 .maintainer:"
            " format uuid added (generated type str -> UUID)"
        ],
    ),
    Case(
        "first-tag-changed",
        retag,
        {(B, "tag-changed")},
        ["breaking GET /v0/files/{file_id}: first tag changed from files to storage (API class)"],
    ),
    Case(
        "all-of-mutual-recursion-field-required",
        all_of_member_field_required,
        {(B, "became-required")},
        ["breaking POST /v0/nodes request body .tag: became required"],
        setup=add_mutual_recursion_with_all_of,
    ),
]

COMPATIBLE_CASES = [
    Case(
        "new-operation",
        add_new_operation,
        {(C, "operation-added")},
        ["compatible GET /v0/files/{file_id}/thumbnail: new operation get_file_thumbnail"],
    ),
    Case(
        "new-optional-parameter",
        new_optional_parameter,
        {(C, "parameter-added")},
        ["compatible GET /v0/files query parameter order_by: new optional parameter"],
    ),
    Case(
        "new-optional-request-field",
        new_optional_request_field,
        {(C, "property-added")},
        ["compatible PUT /v0/me request body .nickname: added (optional)"],
    ),
    Case(
        "new-optional-field-in-shared-schema",
        new_optional_field_in_shared_schema,
        {(C, "property-added")},
        [
            "compatible GET /v0/files/{file_id} response 200 .size: added",
            f"compatible POST {JOBS} request body .values{{*}}<File>.size: added (optional)",
        ],
    ),
    Case(
        "new-request-enum-value",
        new_request_enum_value,
        {(C, "enum-value-added")},
        ['compatible PUT /v0/me request body .theme: enum value "system" added'],
        setup=add_request_only_enum,
    ),
    Case(
        "looser-request-constraint",
        looser_request_constraint,
        {(C, "constraint-loosened")},
        [
            "compatible PUT /v0/me request body .first_name:"
            " maxLength raised from 255 to 500 (looser)"
        ],
    ),
    Case(
        "new-error-response",
        new_error_response,
        {(C, "error-status-added")},
        ["compatible GET /v0/files/{file_id} response 409: new error status"],
    ),
    Case("descriptions-only", descriptions_only, set(), []),
    Case(
        "request-union-gains-member",
        request_union_gains_member,
        {(C, "union-member-added")},
        [
            "compatible POST /v0/files/content request body:"
            " now also accepts string (union member added)"
        ],
    ),
    Case(
        "response-union-loses-member",
        response_union_loses_member,
        {(C, "union-member-removed")},
        [
            f"compatible GET {JOB}/outputs response 200 .results{{*}}:"
            " no longer returns array (union member removed)"
        ],
    ),
    Case(
        "request-field-required-to-optional",
        request_field_optional,
        {(C, "became-optional")},
        ["compatible POST /v0/files/content request body <UserFile>.filesize: became optional"],
    ),
    Case(
        "response-field-optional-to-required",
        response_field_required,
        {(C, "became-required")},
        [
            f"compatible POST {JOB}:inspect response 200 .started_at:"
            " became required (always present)"
        ],
    ),
    Case(
        "response-field-no-longer-nullable",
        response_field_not_nullable,
        {(C, "no-longer-nullable")},
        [f"compatible GET {JOB} response 200 .url: no longer nullable"],
    ),
    Case(
        "deprecated-operation",
        deprecate_operation,
        {(C, "deprecated")},
        ["compatible GET /v0/files/{file_id}: deprecated"],
    ),
    Case(
        "narrower-response-constraint",
        narrower_response_constraint,
        {(C, "constraint-narrowed")},
        [
            "compatible GET /v0/solvers/{solver_key}/latest response 200 .title:"
            " maxLength lowered from 100 to 50 (narrower)"
        ],
    ),
    Case(
        "string-gains-uri-format",
        string_gains_uri_format,
        {(C, "format-changed")},
        [
            "compatible GET /v0/solvers/{solver_key}/latest response 200 .maintainer:"
            " format uri added (generated type unchanged: str)"
        ],
    ),
    # Not reported at all: the generated SDK is the same.
    Case("tag-spelling-same-api-class", retag_with_other_spelling, set(), []),
    Case("operation-id-spelling-same-function", rename_operation_id_in_camel_case, set(), []),
    Case(
        "string-component-inlined-and-removed",
        inline_and_remove_job_id_component,
        set(),
        [],
        setup=add_job_id_component,
    ),
    Case("schema-renamed-same-class", rename_schema_same_class, set(), []),
    Case(
        "unused-model-removed",
        remove_unused_model,
        {(C, "schema-removed-unused")},
        ["compatible schema Unused: removed (no operation used it)"],
        setup=add_unused_schema,
    ),
    Case(
        "new-unused-schema",
        add_unused_schema,
        {(C, "schema-added")},
        ["compatible schema Unused: added"],
    ),
]


def report_lines(report: api_diff.Report) -> list[str]:
    return [f"{change.severity.value} {change}" for change in report.changes]


def case_named(name: str) -> Case:
    return next(case for case in BREAKING_CASES + COMPATIBLE_CASES if case.id == name)


def run_case(spec: Spec, case: Case) -> api_diff.Report:
    old, new = copy.deepcopy(spec), copy.deepcopy(spec)
    if case.setup is not None:
        case.setup(old)
        case.setup(new)
    case.mutate(new)
    return api_diff.diff(old, new)


def test_there_are_enough_cases() -> None:
    assert len(BREAKING_CASES) >= 12
    assert len(COMPATIBLE_CASES) >= 8
    assert all(any(s == B for s, _ in case.rules) for case in BREAKING_CASES)
    assert not any(s == B for case in COMPATIBLE_CASES for s, _ in case.rules)


def test_an_unmutated_copy_has_no_differences(spec: Spec) -> None:
    report = api_diff.diff(spec, copy.deepcopy(spec))
    assert report.changes == ()
    assert report.exit_code == 0
    assert report.to_text().endswith(": no differences\n")


@pytest.mark.parametrize("case", BREAKING_CASES + COMPATIBLE_CASES, ids=lambda case: case.id)
def test_mutation_is_classified_exactly(spec: Spec, case: Case) -> None:
    report = run_case(spec, case)
    lines = report_lines(report)
    assert {(change.severity.value, change.rule) for change in report.changes} == case.rules, (
        "\n".join(lines)
    )
    for line in case.lines:
        assert line in lines, "\n".join(lines)
    expected_exit = 1 if any(severity == B for severity, _ in case.rules) else 0
    assert report.exit_code == expected_exit


def test_pointers_name_where_the_change_is(spec: Spec) -> None:
    report = run_case(spec, case_named("remove-response-field"))
    assert {change.pointer for change in report.changes} == {
        "/components/schemas/File/properties/checksum"
    }
    moved = run_case(spec, case_named("change-path"))
    assert [change.pointer for change in moved.changes] == [
        "/paths/~1v0~1files~1{file_id}~1abort/post"
    ]


def test_json_report_is_grouped_and_complete(spec: Spec) -> None:
    report = run_case(spec, case_named("shared-enum-value-added"))
    document = json.loads(report.to_json("old.json", "new.json"))
    assert document["summary"] == {"breaking": 2, "compatible": 1}
    assert [(c["subject"], c["location"], c["rule"]) for c in document["breaking"]] == [
        ("GET /v0/me", "response 200 .language", "enum-value-added"),
        ("PUT /v0/me", "response 200 .language", "enum-value-added"),
    ]
    assert document["compatible"][0]["text"] == (
        'PUT /v0/me request body .language: enum value "fr_FR" added'
    )
    text = report.to_text("old.json", "new.json")
    assert text.index("BREAKING (2):") < text.index("COMPATIBLE (1):")

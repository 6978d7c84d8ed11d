"""Write a variant of our openapi.json shaped like one of the platform's own documents.

Usage: python make_platform_variant.py [--style 0.16|0.15|0.13-client] [OUR_SPEC] OUT.json

The platform's documents are not in this repository. Their shapes that matter to the pipeline
are known (see the generator quirks in scripts/codegen/spec_quirks.py), so the tests build a
document with those shapes from ours and check that regenerating from it gives the same client:

- no token endpoints, no Idempotency-Key header, no Bearer scheme (our additions);
- FastAPI's default operationIds (`get_service_metadata_v0_meta_get`), and `get_jobs_page`
  with no suffix for the paginated jobs of a release (the one irregular id of 0.16.0);
- defaults that the platform writes on object and array properties: `schema_content: {}`,
  `job_ids: []`, and 0.16.0's `CreateResponseRequest.text` (`TextParam`, whose `format` is a
  `oneOf` of two response formats with an object default);
- `links` of every page marked readOnly, as 0.16.0 does.

`--style 0.15` keeps the short operationIds and has 0.15.0's differences instead: `int | null`
page counts, `KeywordArguments-Input` and `-Output` for the inputs and outputs of jobs, no
`TextParam`. `--style 0.13-client` is 0.15 without the ten operations the official client's
0.13.0 document lacks (`/v0/solvers/page`, the responses, ...).

The operations of our server already have the platform's other shapes (required UUID-or-"null"
headers on `:run` and `:map`, discriminated unions, union pages with ~170-character names, a
nested union, `object | null` and array bodies, a 204 and `{}` responses); they are kept as
they are. Each change applies only where its target exists, and the result is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REF = "#/components/schemas/"
EXTENSION_PREFIX = "/v0/auth/"
EXTENSION_SCHEMAS = ("TokenPair", "RefreshRequest", "RevokeRequest")
IRREGULAR = {"list_jobs_paginated": "get_jobs_page"}
STYLES = ("0.16", "0.15", "0.13-client")
#: (method, path) of the operations the official client's 0.13.0 document does not have.
NOT_IN_0_13_CLIENT = (
    ("get", "/v0/programs"),
    ("get", "/v0/programs/{program_key}/releases"),
    ("get", "/v0/solvers/page"),
    ("get", "/v0/solvers/{solver_key}/releases/page"),
    ("get", "/v0/solvers/-/releases/-/jobs"),
    ("get", "/v0/solvers/-/releases/-/jobs/metadata:batchGet"),
    ("get", "/v0/studies/{study_id}/jobs"),
    ("get", "/v0/studies/{study_id}/jobs/{job_id}"),
    ("post", "/v0/responses"),
    ("get", "/v0/responses/{response_id}"),
)


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def drop_extensions(spec: dict[str, Any]) -> None:
    spec["paths"] = {p: i for p, i in spec["paths"].items() if not p.startswith(EXTENSION_PREFIX)}
    components = spec["components"]
    for name in EXTENSION_SCHEMAS:
        components["schemas"].pop(name, None)
    components.get("securitySchemes", {}).pop("HTTPBearer", None)
    for _path, _method, operation in _operations(spec):
        if "security" in operation:
            operation["security"] = [s for s in operation["security"] if "HTTPBearer" not in s]
        if "parameters" in operation:
            operation["parameters"] = [
                p for p in operation["parameters"] if p.get("name") != "Idempotency-Key"
            ]


def fastapi_operation_ids(spec: dict[str, Any]) -> None:
    for path, method, operation in _operations(spec):
        short = operation["operationId"]
        if short in IRREGULAR:
            operation["operationId"] = IRREGULAR[short]
        else:
            operation["operationId"] = short + re.sub(r"\W", "_", path) + "_" + method


def object_defaults(spec: dict[str, Any]) -> None:
    """schema_content and job_ids defaults (every version), and 0.16.0's TextParam."""
    common_object_defaults(spec)
    text_param(spec)


def common_object_defaults(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("JSONFunctionInputSchema", "JSONFunctionOutputSchema"):
        prop = schemas.get(name, {}).get("properties", {}).get("schema_content")
        if prop is not None:
            prop["default"] = {}
    for name in ("FunctionJobCollection", "RegisteredFunctionJobCollection"):
        prop = schemas.get(name, {}).get("properties", {}).get("job_ids")
        if prop is not None:
            prop["default"] = []


def text_param(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    request = schemas.get("CreateResponseRequest")
    if request is None:
        return
    schemas["ResponseFormatTextType"] = {"type": "string", "enum": ["text"]}
    schemas["ResponseFormatJsonSchemaType"] = {"type": "string", "enum": ["json_schema"]}
    schemas["ResponseFormatText"] = {
        "type": "object",
        "title": "ResponseFormatText",
        "properties": {"type": {"$ref": REF + "ResponseFormatTextType"}},
        "required": ["type"],
    }
    schemas["TextResponseFormatJsonSchema"] = {
        "type": "object",
        "title": "TextResponseFormatJsonSchema",
        "properties": {
            "type": {"$ref": REF + "ResponseFormatJsonSchemaType"},
            "name": {"type": "string", "minLength": 1, "maxLength": 64},
            "schema": {"type": "object", "additionalProperties": True},
            "description": {"type": "string", "default": ""},
            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
        },
        "required": ["type", "name", "schema"],
    }
    schemas["TextParam"] = {
        "type": "object",
        "title": "TextParam",
        "properties": {
            "format": {
                "oneOf": [
                    {"$ref": REF + "ResponseFormatText"},
                    {"$ref": REF + "TextResponseFormatJsonSchema"},
                ],
                "title": "Format",
                "default": {"type": "text"},
            }
        },
    }
    request["properties"]["text"] = {
        "$ref": REF + "TextParam",
        "default": {"format": {"type": "text"}},
    }


def read_only_links(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        links = schema.get("properties", {}).get("links")
        if name.startswith("Page") and isinstance(links, dict) and "$ref" in links:
            links["readOnly"] = True


def nullable_page_counts(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        properties = schema.get("properties", {})
        if not name.startswith("Page") or "total" not in properties:
            continue
        for count in ("total", "limit", "offset"):
            if count in properties:
                prop = properties[count]
                title = prop.pop("title", None)
                properties[count] = {"anyOf": [prop, {"type": "null"}]}
                if title is not None:
                    properties[count]["title"] = title


def split_keyword_arguments(spec: dict[str, Any]) -> None:
    """0.15.0 has `KeywordArguments-Input` (job inputs) and `-Output` (job outputs)."""
    schemas = spec["components"]["schemas"]
    shape = schemas.pop("KeywordArguments", None)
    if shape is None:
        return
    schemas["KeywordArguments-Input"] = {**shape, "title": "KeywordArguments"}
    schemas["KeywordArguments-Output"] = {**shape, "title": "KeywordArguments"}
    text = json.dumps(spec)
    text = text.replace(f'"{REF}KeywordArguments"', f'"{REF}KeywordArguments-Input"')
    outputs = json.loads(text)
    results = outputs["components"]["schemas"]["JobOutputs"]["properties"]["results"]
    results["$ref"] = REF + "KeywordArguments-Output"
    spec.clear()
    spec.update(outputs)


def drop_newer_operations(spec: dict[str, Any]) -> None:
    for method, path in NOT_IN_0_13_CLIENT:
        item = spec["paths"].get(path, {})
        item.pop(method, None)
        if not item:
            spec["paths"].pop(path, None)


def make_variant(spec: dict[str, Any], style: str = "0.16") -> dict[str, Any]:
    if style == "0.16":
        changes = [drop_extensions, fastapi_operation_ids, object_defaults, read_only_links]
    else:
        changes = [drop_extensions, common_object_defaults, nullable_page_counts]
        changes.append(split_keyword_arguments)
        if style == "0.13-client":
            changes.append(drop_newer_operations)
    for change in changes:
        change(spec)
    return spec


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", choices=STYLES, default="0.16")
    parser.add_argument("paths", nargs="+", metavar="[OUR_SPEC] OUT.json")
    args = parser.parse_args(argv)
    if len(args.paths) > 2:
        parser.error("at most two paths: OUR_SPEC and OUT.json")
    default = Path(__file__).parents[2] / "openapi.json"
    source = Path(args.paths[0]) if len(args.paths) == 2 else default
    spec = json.loads(source.read_text(encoding="utf-8"))
    out = Path(args.paths[-1])
    variant = make_variant(spec, args.style)
    out.write_text(json.dumps(variant, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Write a variant of our openapi.json shaped like the platform's own 0.16.0 document.

Usage: python make_platform_variant.py [OUR_SPEC] OUT.json

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

The operations of our server already have the platform's other shapes (required UUID-or-"null"
headers on `:run` and `:map`, discriminated unions, union pages with ~170-character names, a
nested union, `object | null` and array bodies, a 204 and `{}` responses); they are kept as
they are. Each change applies only where its target exists, and the result is deterministic.
"""

from __future__ import annotations

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
    schemas = spec["components"]["schemas"]
    for name in ("JSONFunctionInputSchema", "JSONFunctionOutputSchema"):
        prop = schemas.get(name, {}).get("properties", {}).get("schema_content")
        if prop is not None:
            prop["default"] = {}
    for name in ("FunctionJobCollection", "RegisteredFunctionJobCollection"):
        prop = schemas.get(name, {}).get("properties", {}).get("job_ids")
        if prop is not None:
            prop["default"] = []
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


def make_variant(spec: dict[str, Any]) -> dict[str, Any]:
    for change in (drop_extensions, fastapi_operation_ids, object_defaults, read_only_links):
        change(spec)
    return spec


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0]) if len(argv) == 2 else Path(__file__).parents[2] / "openapi.json"
    spec = json.loads(source.read_text(encoding="utf-8"))
    out = Path(argv[-1])
    out.write_text(json.dumps(make_variant(spec), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Operations the hand-written layers need, layered onto any document the client is generated from.

Two kinds, both taken from our openapi.json into extensions.json:
- our additions to the platform's API: token authentication (`/v0/auth/token`, `:refresh`,
  `:revoke`, tag `auth`) and the `Idempotency-Key` header of the job-creating operations;
- platform operations that patches/ and src/sdk call but older documents lack (the official
  client's 0.13.0 document has no `/v0/solvers/page`, `/v0/solvers/-/releases/-/jobs`, ...).

A client generated from a document without them would lack names that `sdk` imports, and fail
to import or type-check. Before generation, what the document lacks of extensions.json is added
to the generator's copy: the operations (by method and path), the schemas they refer to, and the
header. Calling such an operation on a server without it is an ordinary typed error (404); token
authentication reports it as one clear ConfigurationError (see osparc_sdk_patches.client).

extensions.json is written by `python spec_extensions.py --extract openapi.json`; tests/codegen
checks that it is still what the server serves.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

from spec_names import SCHEMA_REF, operations

EXTENSION_PATH_PREFIX = "/v0/auth/"
HEADER = "Idempotency-Key"
PLATFORM_MARKER = "/v0/meta"
#: Platform operations the hand-written layers call that some published document lacks.
NEEDED_PLATFORM_OPERATIONS = (
    "batch_get_jobs_custom_metadata",
    "create_response",
    "get_response",
    "list_all_solvers_jobs",
    "list_all_solvers_paginated",
    "list_program_history",
    "list_programs",
    "list_solver_releases_paginated",
    "list_study_jobs",
)


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = set()
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_REF):
                found.add(value.removeprefix(SCHEMA_REF))
            else:
                found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node)) if node else set()
    return set()


def extract(spec: dict[str, Any]) -> dict[str, Any]:
    """The parts of our own document that extensions.json holds."""
    wanted_ops: dict[str, dict[str, Any]] = {}
    headers: dict[str, Any] = {}
    for path, method, operation in operations(spec):
        if path.startswith(EXTENSION_PATH_PREFIX) or (
            operation.get("operationId") in NEEDED_PLATFORM_OPERATIONS
        ):
            wanted_ops.setdefault(path, {})[method] = operation
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "header" and parameter.get("name") == HEADER:
                headers[operation["operationId"]] = parameter
    schemas = spec["components"]["schemas"]
    wanted: set[str] = set()
    pending = _refs(wanted_ops)
    while pending:
        name = pending.pop()
        if name not in wanted:
            wanted.add(name)
            pending |= _refs(schemas[name]) - wanted
    return {
        "paths": wanted_ops,
        "schemas": {name: schemas[name] for name in sorted(wanted)},
        "headers": dict(sorted(headers.items())),
    }


def layer(spec: dict[str, Any], extensions: dict[str, Any]) -> list[str]:
    """Add to `spec` (in place) whatever of `extensions` it lacks; one note per kind added.

    Operations are matched by method and path (a document's operationIds may differ), the
    header by the operationId (normalised before this runs). Only a document of the platform's
    API (it has the platform's first operation, GET /v0/meta) is completed: any other document
    (a test's, a new service's) is generated as it is."""
    notes: list[str] = []
    paths = spec.setdefault("paths", {})
    if "get" not in paths.get(PLATFORM_MARKER, {}):
        return notes
    added_ops = []
    for path, item in extensions["paths"].items():
        for method, operation in item.items():
            if method not in paths.get(path, {}):
                paths.setdefault(path, {})[method] = copy.deepcopy(operation)
                added_ops.append(operation["operationId"])
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    added_schemas = [n for n in extensions["schemas"] if n not in schemas]
    for name in added_schemas:
        schemas[name] = copy.deepcopy(extensions["schemas"][name])
    added_headers = 0
    for _path, _method, operation in operations(spec):
        parameter = extensions["headers"].get(operation.get("operationId"))
        if parameter is None:
            continue
        parameters = operation.setdefault("parameters", [])
        if not any(p.get("in") == "header" and p.get("name") == HEADER for p in parameters):
            parameters.append(copy.deepcopy(parameter))
            added_headers += 1
    if added_ops:
        notes.append(f"{len(added_ops)} operation(s) added: {', '.join(sorted(added_ops))}")
    if added_schemas:
        notes.append(f"{len(added_schemas)} schema(s) added for them")
    if added_headers:
        notes.append(f"{HEADER} added to {added_headers} operation(s)")
    return notes


def load(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", type=Path, required=True, help="our openapi.json")
    args = parser.parse_args(argv)
    json.dump(extract(load(args.extract)), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

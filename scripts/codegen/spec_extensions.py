"""Our additions to the platform's API, layered onto any document the client is generated from.

The reference server adds two things the platform does not have: token authentication
(`/v0/auth/token`, `:refresh`, `:revoke`, tag `auth`) and the `Idempotency-Key` header of the
job-creating operations. The hand-written layers use both (`sdk.AuthApi`, the retry transport),
so a client generated from the platform's own document would lack names they import. Before
generation, what a document lacks of extensions.json is added to the generator's copy: the
operations, the schemas they refer to, and the header. A client generated that way imports and
type-checks the same; at run time a platform without the token endpoint answers 404, which
token authentication reports as one clear error (see sdk_patches.client.TokenAuth).

extensions.json is extracted from our openapi.json (`python spec_extensions.py --extract
openapi.json`); tests/codegen checks that it still matches what the server serves.
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
    """The extension parts of our own document, as extensions.json holds them."""
    paths = {
        path: item for path, item in spec["paths"].items() if path.startswith(EXTENSION_PATH_PREFIX)
    }
    schemas = spec["components"]["schemas"]
    wanted: set[str] = set()
    pending = _refs(paths)
    while pending:
        name = pending.pop()
        if name not in wanted:
            wanted.add(name)
            pending |= _refs(schemas[name]) - wanted
    headers: dict[str, Any] = {}
    for _path, _method, operation in operations(spec):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "header" and parameter.get("name") == HEADER:
                headers[operation["operationId"]] = parameter
    return {
        "paths": paths,
        "schemas": {name: schemas[name] for name in sorted(wanted)},
        "headers": dict(sorted(headers.items())),
    }


def layer(spec: dict[str, Any], extensions: dict[str, Any]) -> list[str]:
    """Add to `spec` (in place) whatever of `extensions` it lacks; one note per kind added."""
    notes = []
    paths = spec.setdefault("paths", {})
    added_paths = [p for p in extensions["paths"] if p not in paths]
    for path in added_paths:
        paths[path] = copy.deepcopy(extensions["paths"][path])
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
    if added_paths:
        notes.append(f"{len(added_paths)} extension path(s) added ({', '.join(added_paths)})")
    if added_schemas:
        notes.append(f"{len(added_schemas)} extension schema(s) added")
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

"""Give the generator the same names whatever style of document it is handed.

The platform has published two naming styles for the same API. Up to 0.15.0 an operationId is
the handler's name (`get_service_metadata`); 0.16.0 uses FastAPI's default unique id, the name
plus the path with every non-word character made `_` plus the method
(`get_service_metadata_v0_meta_get`). Request-body models are named after that long form in
every version (`Body_upload_file_v0_files_content_put`). The generator turns operationIds into
module and method names and schema names into module and class names, so without this step the
generated package, and every hand-written line that imports from it, would depend on the style.

Three renames, all deterministic:
- an operationId that ends with its own path-and-method suffix loses the suffix; then the alias
  table (operation-aliases.txt) maps the few ids that changed between versions to ours;
- `Body_<handler><suffix>` request models become `Body_<operationId>`;
- the ~170-character `Page_Annotated_Union_..._discriminator__function_class____` page models
  become `Page_<members' common words>_` (`Page_RegisteredFunction_`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
_CAMEL_WORD = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                found.append((path, method, operation))
    return found


def fastapi_suffix(path: str, method: str) -> str:
    """What FastAPI's default unique id appends to the handler's name."""
    return re.sub(r"\W", "_", path) + "_" + method


def load_aliases(path: Path) -> dict[str, str]:
    """`other_id our_id` lines (comments with #): operationIds that differ between versions."""
    aliases: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if len(words) != 2:
            raise ValueError(f"{path}: expected 'other_id our_id', got {raw!r}")
        aliases[words[0]] = words[1]
    return aliases


def rename_schema(spec: dict[str, Any], old: str, new: str) -> None:
    """Rename a component schema and every reference to it (refs and discriminator mappings).

    The generator names a model class after the schema's title when it has one, so a title
    equal to the old name (FastAPI writes one for every body model) is renamed too.
    """
    schemas = spec["components"]["schemas"]
    if new in schemas:
        raise ValueError(f"cannot rename schema {old} to {new}: the name is taken")
    if isinstance(schemas[old], dict) and schemas[old].get("title") == old:
        schemas[old]["title"] = new
    # Keep the key order of the document (the generator's output follows it).
    spec["components"]["schemas"] = {
        (new if name == old else name): value for name, value in schemas.items()
    }
    old_ref, new_ref = SCHEMA_REF + old, SCHEMA_REF + new

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if value == old_ref:
                    node[key] = new_ref
                else:
                    visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)


def normalise_operation_ids(spec: dict[str, Any], aliases: dict[str, str]) -> dict[str, str]:
    """Short, canonical operationIds. Returns {handler name: final id} for the body renames."""
    handlers: dict[str, str] = {}
    for path, method, operation in operations(spec):
        original = operation.get("operationId")
        if not isinstance(original, str):
            continue
        suffix = fastapi_suffix(path, method)
        handler = original
        if original.endswith(suffix) and len(original) > len(suffix):
            handler = original[: -len(suffix)]
        final = aliases.get(handler, handler)
        operation["operationId"] = final
        handlers[handler + suffix] = final
    return handlers


def normalise_body_names(spec: dict[str, Any], unique_ids: dict[str, str]) -> int:
    """`Body_<handler><suffix>` -> `Body_<operationId>`; returns how many were renamed."""
    schemas = spec.get("components", {}).get("schemas", {})
    renamed = 0
    for unique_id, operation_id in sorted(unique_ids.items()):
        old, new = "Body_" + unique_id, "Body_" + operation_id
        if old in schemas and old != new and new not in schemas:
            rename_schema(spec, old, new)
            renamed += 1
    return renamed


def _member_names(schema: dict[str, Any]) -> list[str]:
    items = schema.get("properties", {}).get("items", {}).get("items", {})
    members = items.get("oneOf") or items.get("anyOf") or []
    return [
        m["$ref"].removeprefix(SCHEMA_REF)
        for m in members
        if isinstance(m, dict) and isinstance(m.get("$ref"), str)
    ]


def _common_words(names: list[str]) -> str:
    """`RegisteredProjectFunction`, `RegisteredSolverFunction` -> `RegisteredFunction`."""
    split = [_CAMEL_WORD.findall(name) for name in names]
    prefix: list[str] = []
    for words in zip(*split, strict=False):
        if len(set(words)) != 1:
            break
        prefix.append(words[0])
    suffix: list[str] = []
    shortest = min(len(words) for words in split)
    for index in range(1, shortest - len(prefix) + 1):
        words = {w[-index] for w in split}
        if len(words) != 1:
            break
        suffix.insert(0, words.pop())
    return "".join(prefix + suffix)


def shorten_union_pages(spec: dict[str, Any]) -> int:
    """Name pydantic's `Page_Annotated_Union_...` models after their members' common words."""
    schemas = spec.get("components", {}).get("schemas", {})
    renamed = 0
    for name in list(schemas):
        if not name.startswith("Page_Annotated_Union_"):
            continue
        members = _member_names(schemas[name])
        stem = _common_words(members) if len(members) > 1 else ""
        new = f"Page_{stem}_"
        if stem and new not in spec["components"]["schemas"]:
            rename_schema(spec, name, new)
            renamed += 1
    return renamed


def normalise_names(spec: dict[str, Any], aliases: dict[str, str]) -> list[str]:
    """Apply the three renames in place; returns one line per kind of change made."""
    notes = []
    before = [op.get("operationId") for _p, _m, op in operations(spec)]
    unique_ids = normalise_operation_ids(spec, aliases)
    after = [op.get("operationId") for _p, _m, op in operations(spec)]
    changed = sum(1 for a, b in zip(before, after, strict=True) if a != b)
    if changed:
        notes.append(f"{changed} operationId(s) shortened or aliased")
    duplicates = sorted({i for i in after if after.count(i) > 1 and i is not None})
    if duplicates:
        raise ValueError(f"operationIds not unique after normalising: {', '.join(duplicates)}")
    if "components" in spec and "schemas" in spec["components"]:
        if renamed := normalise_body_names(spec, unique_ids):
            notes.append(f"{renamed} request-body model(s) named after their operation")
        if renamed := shorten_union_pages(spec):
            notes.append(f"{renamed} union page model(s) given a short name")
    return notes

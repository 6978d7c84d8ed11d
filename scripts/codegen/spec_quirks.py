"""Reshape the parts of the platform's documents that openapi-python-client 0.29.1 mishandles.

Each function takes the whole document, changes the generator's copy in place and returns how
many places it changed. What the generated code then does is checked by tests/codegen.

- `text_or_uuid_headers`: a header typed `anyOf[uuid, {"const": "null", "type": "string"}]` (the
  required lineage headers of `:run` and `:map`) makes the generator drop the whole operation
  ("Literal['null'] | UUID is not allowed in header"). It becomes an optional string header
  whose default is the text "null" ("no parent"): the header is always sent, a caller passes
  `str(uuid)` to name a parent.
- `structured_defaults`: a default that is an object or an array (`TextParam.format`,
  `CreateResponseRequest.text`, `schema_content: {}`, `job_ids: []`) either removes the model
  and every operation that uses it ("ModelProperty cannot have a default value") or is dropped
  silently. The default is removed here, so the field is simply optional: a client that leaves
  it out gets the server's default.
- `integer_page_counts`: 0.15.0 types a page's `total`, `limit` and `offset` `int | null`
  (0.16.0: `int`). The platform always sends integers, and the hand-written pagers count with
  them, so they are integers here in every version.
- `required_discriminators`: the generator ignores `discriminator` and tries a union's members
  in order. The platform's members carry the discriminator as an optional const with a
  default, so a payload could parse as the wrong member. Making the discriminator property
  required in each member means a member accepts a payload only if the payload names it.
  This is done for what the client parses, the unions of responses (with two members or more);
  the models a caller builds for a request keep the discriminator optional (its default).
"""

from __future__ import annotations

from typing import Any

from spec_names import SCHEMA_REF, operations


def _is_uuid(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and (schema.get("format") == "uuid")
    )


def _is_null_text(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("const") == "null"
        and (schema.get("type") in (None, "string"))
    )


def text_or_uuid_headers(spec: dict[str, Any]) -> int:
    changed = 0
    for _path, _method, operation in operations(spec):
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            members = schema.get("anyOf") or schema.get("oneOf") or []
            if parameter.get("in") != "header" or len(members) != 2:
                continue
            if not (any(map(_is_uuid, members)) and any(map(_is_null_text, members))):
                continue
            parameter["required"] = False
            parameter["schema"] = {
                "type": "string",
                "default": "null",
                "title": schema.get("title", parameter["name"]),
                "description": 'A UUID, or "null" for none',
            }
            changed += 1
    return changed


def _drop_structured_defaults(node: Any) -> int:
    changed = 0
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for prop in properties.values():
                if isinstance(prop, dict) and isinstance(prop.get("default"), dict | list):
                    del prop["default"]
                    changed += 1
        for value in node.values():
            changed += _drop_structured_defaults(value)
    elif isinstance(node, list):
        for value in node:
            changed += _drop_structured_defaults(value)
    return changed


def structured_defaults(spec: dict[str, Any]) -> int:
    return _drop_structured_defaults(spec)


def _is_integer(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "integer"


def integer_page_counts(spec: dict[str, Any]) -> int:
    changed = 0
    for schema in spec.get("components", {}).get("schemas", {}).values():
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        # The limit/offset envelope (a `OnePage` has no limit and may have no total).
        is_page = {"items", "total", "limit", "offset"} <= properties.keys()
        if not is_page or properties["items"].get("type") != "array":
            continue
        for name in ("total", "limit", "offset"):
            prop = properties.get(name, {})
            members = prop.get("anyOf", [])
            integers = [m for m in members if _is_integer(m)]
            if len(members) == 2 and len(integers) == 1 and {"type": "null"} in members:
                rest = {k: v for k, v in prop.items() if k != "anyOf"}
                properties[name] = {**integers[0], **rest}
                changed += 1
    return changed


def _discriminated_unions(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and (node.get("oneOf") or node.get("anyOf")):
            found.append(node)
        for value in node.values():
            found.extend(_discriminated_unions(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_discriminated_unions(value))
    return found


def _response_parts(spec: dict[str, Any]) -> list[Any]:
    """The responses of every operation, and every component schema they reach."""
    schemas = spec.get("components", {}).get("schemas", {})
    parts: list[Any] = [op.get("responses", {}) for _p, _m, op in operations(spec)]
    seen: set[str] = set()
    pending = _refs(parts)
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        parts.append(schemas[name])
        pending |= _refs(schemas[name])
    return parts


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found.add(ref.removeprefix(SCHEMA_REF))
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def required_discriminators(spec: dict[str, Any]) -> int:
    schemas = spec.get("components", {}).get("schemas", {})
    changed = 0
    for union in _discriminated_unions(_response_parts(spec)):
        name = union["discriminator"].get("propertyName")
        members = union.get("oneOf") or union.get("anyOf") or []
        if len(members) < 2:
            continue
        for member in members:
            ref = member.get("$ref", "") if isinstance(member, dict) else ""
            target = schemas.get(ref.removeprefix(SCHEMA_REF)) if ref else None
            if not isinstance(target, dict) or name not in target.get("properties", {}):
                continue
            required = target.setdefault("required", [])
            if name not in required:
                required.append(name)
                changed += 1
    return changed


#: (function, what a change means), in the order they run.
PASSES = (
    (text_or_uuid_headers, 'required UUID-or-"null" header(s) made optional text'),
    (structured_defaults, "object/array default(s) removed from properties"),
    (integer_page_counts, "nullable page count(s) made integers"),
    (required_discriminators, "discriminator(s) made required in union members"),
)


def fix_quirks(spec: dict[str, Any]) -> list[str]:
    notes = []
    for function, meaning in PASSES:
        if changed := function(spec):
            notes.append(f"{changed} {meaning}")
    return notes

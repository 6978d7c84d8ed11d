"""Checking job inputs against port schemas, before a job is created."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from osparc_platform_server.catalog import is_file_schema
from osparc_platform_server.sleeper import as_bool


def check_inputs(
    ports: dict[str, dict[str, Any]],
    values: dict[str, Any],
    file_exists: Callable[[str], bool],
) -> list[dict[str, Any]]:
    """Every problem with the inputs, as validation error dicts; empty when they are fine."""
    errors: list[dict[str, Any]] = []

    def err(key: str, msg: str, kind: str) -> None:
        errors.append({"loc": ["body", "values", key], "msg": msg, "type": kind})

    for key in values:
        if key not in ports:
            err(
                key,
                f"Unknown input port {key!r}; expected one of {sorted(ports)}",
                "value_error.port",
            )
    for key, schema in ports.items():
        if values.get(key) is None:
            if "default" not in schema:
                err(key, f"Missing required input {key!r}", "missing")
            continue
        problem = _check_value(schema, values[key], file_exists)
        if problem:
            err(key, problem, "value_error")
    return errors


def _check_value(
    schema: dict[str, Any], value: Any, file_exists: Callable[[str], bool]
) -> str | None:
    if is_file_schema(schema):
        if not isinstance(value, dict) or "id" not in value:
            return "Expected a File (an object with an id) for a file input"
        if not file_exists(str(value["id"])):
            return f"File with identifier {value['id']} not found"
        return None
    kind = schema.get("type")
    if kind == "boolean":
        try:
            as_bool(value)
        except ValueError:
            return f"Expected a boolean, got {value!r}"
        return None
    if kind == "integer":
        if isinstance(value, bool) or not (
            isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        ):
            return f"Expected an integer, got {value!r}"
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"Expected a number, got {value!r}"
    elif kind == "string" and not isinstance(value, str):
        return f"Expected a string, got {value!r}"
    if kind in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and value < low:
            return f"Must be at least {low}, got {value}"
        if high is not None and value > high:
            return f"Must be at most {high}, got {value}"
    return None

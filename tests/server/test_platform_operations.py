"""Every operation of the platform is served: same method, path, operationId and success
status in the committed openapi.json, and the live server routes the method on that path.

The table (tests/data/platform-operations.tsv) lists the platform's 98 operations as its
published documents define them; it is the reference, our server follows it.
"""

from __future__ import annotations

import csv
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from sdk.testing import LocalPlatform

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "tests" / "data" / "platform-operations.tsv"
SPEC = REPO / "openapi.json"


@dataclass(frozen=True)
class PlatformOperation:
    method: str
    path: str
    operation_id: str
    statuses: tuple[str, ...]  # each success status the platform documents

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"


def platform_operations() -> list[PlatformOperation]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        PlatformOperation(
            row["method"],
            row["path"],
            row["operation_id"],
            tuple(row["success_status"].split("|")),
        )
        for row in rows
    ]


OPERATIONS = platform_operations()


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return result


# A value for each path parameter, so that a template becomes a path a request can take.
PATH_VALUES = {
    "solver_key": "simcore/services/comp/itis/sleeper",
    "program_key": "simcore/services/dynamic/jupyter-math",
    "version": "2.1.6",
    "wallet_id": "1",
}


def concrete(path: str) -> str:
    return re.sub(r"{(\w+)}", lambda m: PATH_VALUES.get(m.group(1), str(uuid.uuid4())), path)


def test_the_table_lists_the_platforms_98_operations() -> None:
    assert len(OPERATIONS) == 98
    assert len({(o.method, o.path) for o in OPERATIONS}) == 98
    assert len({o.operation_id for o in OPERATIONS}) == 98


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_operation_is_in_the_spec(spec: dict[str, Any], operation: PlatformOperation) -> None:
    ours = spec["paths"].get(operation.path, {}).get(operation.method.lower())
    assert ours is not None, f"{operation} is missing from openapi.json"
    assert ours["operationId"] == operation.operation_id
    for status in operation.statuses:
        assert status in ours["responses"], f"{operation}: no {status} response"


@pytest.fixture(scope="module")
def probe(platform: LocalPlatform) -> Iterator[httpx.Client]:
    """One client for the whole module (no credentials: routing comes before them)."""
    with httpx.Client(base_url=platform.base_url, timeout=30.0) as http:
        yield http


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_operation_is_routed(probe: httpx.Client, operation: PlatformOperation) -> None:
    """OPTIONS is served by no route: the server answers 405 and names, in `Allow`, the
    methods of the route the path leads to (its most specific template)."""
    response = probe.options(concrete(operation.path))
    assert response.status_code == 405, (operation, response.status_code, response.text)
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert operation.method in allowed, (operation, allowed)


def test_a_missing_operation_is_reported(spec: dict[str, Any], probe: httpx.Client) -> None:
    """The checks above fail for an operation the server lacks or names differently."""
    gone = PlatformOperation("GET", "/v0/nowhere", "get_nowhere", ("200",))
    with pytest.raises(AssertionError, match="missing"):
        test_operation_is_in_the_spec(spec, gone)
    with pytest.raises(AssertionError):
        test_operation_is_routed(probe, gone)
    with pytest.raises(AssertionError):
        test_operation_is_routed(probe, PlatformOperation("PATCH", "/v0/meta", "x", ("200",)))
    renamed = PlatformOperation("GET", "/v0/meta", "meta_of_the_service", ("200",))
    with pytest.raises(AssertionError):
        test_operation_is_in_the_spec(spec, renamed)


# -- the platform's request and response shapes, kept as they are -------------------------------
def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _json_schema(part: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = part["content"]["application/json"]["schema"]
    return schema


NULLABLE_OBJECT = [{"type": "object", "additionalProperties": True}, {"type": "null"}]


def test_run_and_map_take_the_platforms_lineage_headers_and_bodies(spec: dict[str, Any]) -> None:
    for action in ("run", "map"):
        operation = _op(spec, "post", f"/v0/functions/{{function_id}}:{action}")
        headers = {p["name"]: p for p in operation["parameters"] if p["in"] == "header"}
        assert set(headers) == {"x-simcore-parent-project-uuid", "x-simcore-parent-node-id"}
        for header in headers.values():
            assert header["required"] is True
            assert header["schema"]["anyOf"] == [
                {"type": "string", "format": "uuid"},
                {"const": "null", "type": "string"},
            ]
        assert operation["requestBody"]["required"] is True
    run_body = _json_schema(_op(spec, "post", "/v0/functions/{function_id}:run")["requestBody"])
    assert run_body["anyOf"] == NULLABLE_OBJECT
    map_body = _json_schema(_op(spec, "post", "/v0/functions/{function_id}:map")["requestBody"])
    assert (map_body["type"], map_body["maxItems"]) == ("array", 50)
    assert map_body["items"]["anyOf"] == NULLABLE_OBJECT


def test_answers_shaped_as_on_the_platform(spec: dict[str, Any]) -> None:
    cancel = _op(spec, "post", "/v0/tasks/{task_uuid}:cancel")["responses"]
    assert "content" not in cancel["204"]
    for path in (
        "/v0/functions/{function_id}",
        "/v0/function_jobs/{function_job_id}",
        "/v0/function_job_collections/{function_job_collection_id}",
    ):
        assert _json_schema(_op(spec, "delete", path)["responses"]["200"]) == {}
    outputs = _op(spec, "get", "/v0/function_jobs/{function_job_id}/outputs")["responses"]
    assert _json_schema(outputs["200"])["anyOf"] == NULLABLE_OBJECT
    validate = _op(spec, "post", "/v0/functions/{function_id}:validate_inputs")["responses"]
    assert _json_schema(validate["200"])["prefixItems"] == [{"type": "boolean"}, {"type": "string"}]
    registered = _json_schema(_op(spec, "get", "/v0/functions/{function_id}")["responses"]["200"])
    assert registered["discriminator"]["propertyName"] == "function_class"
    assert set(registered["discriminator"]["mapping"]) == {"PROJECT", "PYTHON_CODE", "SOLVER"}
    schemas = spec["components"]["schemas"]
    solver = schemas["RegisteredSolverFunction"]
    assert solver["properties"]["function_class"]["const"] == "SOLVER"
    assert "function_class" not in solver["required"]
    assert {"uid", "created_at", "modified_at"} <= set(solver["required"])
    assert schemas["JSONFunctionInputSchema"]["properties"]["schema_content"]["default"] == {}
    assert schemas["FunctionJobCollection"]["properties"]["job_ids"]["default"] == []
    output_schema = _op(spec, "get", "/v0/functions/{function_id}/output_schema")["responses"]
    # The platform declares the output schema with the input schema's model.
    assert _json_schema(output_schema["200"])["oneOf"] == [
        {"$ref": "#/components/schemas/JSONFunctionInputSchema"}
    ]


RELEASE = (
    "/v0/licensed-items/{licensed_item_id}/checked-out-items/{licensed_item_checkout_id}/release"
)


def test_only_posts_that_converge_are_marked_retry_safe(spec: dict[str, Any]) -> None:
    """Sent twice, these leave the same state (clients may retry them); the others create
    something each time, or charge a wallet, and must not be repeated blindly."""
    safe = [
        ("post", "/v0/functions/{function_id}:validate_inputs"),
        ("post", "/v0/tasks/{task_uuid}:cancel"),
        ("post", RELEASE),
        ("patch", "/v0/functions/{function_id}/title"),
        ("patch", "/v0/functions/{function_id}/description"),
    ]
    unsafe = [
        ("post", "/v0/functions"),
        ("post", "/v0/functions/{function_id}:run"),
        ("post", "/v0/functions/{function_id}:map"),
        ("post", "/v0/function_jobs"),
        ("post", "/v0/function_jobs/{function_job_id}/log"),
        ("post", "/v0/function_job_collections"),
        ("post", "/v0/programs/{program_key}/releases/{version}/jobs"),
        ("post", "/v0/wallets/{wallet_id}/licensed-items/{licensed_item_id}/checkout"),
        ("post", "/v0/responses"),
    ]
    assert all(_op(spec, m, p).get("x-retry-safe") is True for m, p in safe)
    assert not any(_op(spec, m, p).get("x-retry-safe") for m, p in unsafe)

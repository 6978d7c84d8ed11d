"""Retry safety as data: the table generated from the spec decides what may be sent again.

`scripts/operations_table.py` derives, per operation, whether a request is safe to repeat (its
method, or the server's `x-retry-safe` extension) and whether it takes an `Idempotency-Key`;
`RetryPolicy` reads that table. An operation added to the spec is never repeated by accident.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
from osparc_sdk_generated._operations import OPERATIONS
from osparc_sdk_patches._operations import OperationTable
from osparc_sdk_patches.client import RetryTransport
from pytest_httpx import HTTPXMock

import sdk
from sdk.testing import LocalPlatform

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "operations_table.py"
HOST = "http://platform.test"
NO_WAIT = sdk.RetryPolicy(max_attempts=3, backoff=0.0, jitter=0.0)


def load_module(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> types.ModuleType:
    return load_module(SCRIPT, "operations_table_script")


def generate_table(spec: dict[str, Any], tmp_path: Path) -> OperationTable:
    """Run the script as regen.sh does, then load the module it wrote."""
    source, output = tmp_path / "spec.json", tmp_path / "_operations.py"
    source.write_text(json.dumps(spec), encoding="utf-8")
    subprocess.run([sys.executable, str(SCRIPT), str(source), str(output)], check=True)
    return OperationTable(load_module(output, "spec_added_operations").OPERATIONS)


def post(path: str, **extra: Any) -> dict[str, Any]:
    return {"post": {"operationId": path.strip("/").replace("/", "_"), **extra}}


@pytest.fixture
def spec_with_additions() -> dict[str, Any]:
    """The project's spec plus operations it does not have: two new POSTs that the hand-kept
    suffix lists would have judged by their ending (`/jobs`, `:start`), and one marked safe."""
    spec: dict[str, Any] = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    spec["paths"]["/v0/functions/{function_id}/jobs"] = post("/v0/functions/jobs")
    spec["paths"]["/v0/functions/{function_id}/jobs/{job_id}:start"] = post("/v0/f/start")
    spec["paths"]["/v0/functions/{function_id}:validate"] = post(
        "/v0/f/validate", **{"x-retry-safe": True}
    )
    return spec


def test_the_generated_table_is_derived_from_what_the_server_serves(
    platform: LocalPlatform, script: types.ModuleType
) -> None:
    served = httpx.get(f"{platform.base_url}/openapi.json", timeout=30.0).json()
    rows = [tuple(row) for row in script.operations(served)]
    assert rows == [tuple(operation) for operation in OPERATIONS]
    by_id = {operation.operation_id: operation for operation in OPERATIONS}
    for operation_id in ("start_job", "stop_job", "inspect_job", "complete_multipart_upload"):
        assert by_id[operation_id].retry_safe, operation_id  # marked x-retry-safe by the server
    assert by_id["replace_job_custom_metadata"].retry_safe  # a PATCH that replaces the whole
    for operation_id in ("clone_study", "create_token", "create_solver_job"):
        assert not by_id[operation_id].retry_safe, operation_id
    assert [o.operation_id for o in OPERATIONS if o.takes_idempotency_key] == [
        "create_solver_job",
        "create_study_job",
    ]
    assert all(o.retry_safe for o in OPERATIONS if o.method in ("GET", "PUT", "DELETE"))


def test_a_post_added_to_the_spec_is_not_retried_unless_the_spec_says_so(
    spec_with_additions: dict[str, Any], tmp_path: Path
) -> None:
    table = generate_table(spec_with_additions, tmp_path)
    policy = NO_WAIT.replace(operations=table)
    create = httpx.Request("POST", f"{HOST}/v0/functions/f1/jobs", json={})
    start = httpx.Request("POST", f"{HOST}/v0/functions/f1/jobs/j1:start")
    validate = httpx.Request("POST", f"{HOST}/v0/functions/f1:validate")

    found = table.find("POST", "/v0/functions/f1/jobs")
    assert found is not None
    assert (found.retry_safe, found.takes_idempotency_key) == (False, False)
    policy.prepare(create)
    assert "Idempotency-Key" not in create.headers  # the spec declares none: no key
    assert not policy.is_replayable(create)
    assert not policy.is_replayable(start)
    assert policy.is_replayable(validate)
    # The same policy still knows the project's own operations.
    assert policy.is_replayable(httpx.Request("POST", f"{HOST}/v0/files/abc:complete"))


def test_the_transport_sends_a_new_post_once_and_a_marked_one_again(
    spec_with_additions: dict[str, Any], tmp_path: Path, httpx_mock: HTTPXMock
) -> None:
    policy = NO_WAIT.replace(operations=generate_table(spec_with_additions, tmp_path))
    start, validate = f"{HOST}/v0/functions/f1/jobs/j1:start", f"{HOST}/v0/functions/f1:validate"
    httpx_mock.add_response(url=start, status_code=502)
    httpx_mock.add_response(url=validate, status_code=502)
    httpx_mock.add_response(url=validate, json={})
    with httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), policy, lambda _: None)) as h:
        assert h.post(start).status_code == 502
        assert h.post(validate).status_code == 200
    assert len(httpx_mock.get_requests(url=start)) == 1
    assert len(httpx_mock.get_requests(url=validate)) == 2


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("GET", "/v0/files/abc", "get_file"),
        ("GET", "/v0/files/abc/content", "download_file"),  # not get_file with a slashed id
        ("GET", "/v0/files:search", "search_files_page"),
        ("POST", "/v0/files/content", "get_upload_links"),
        ("POST", "/v0/solvers/simcore%2Fservices%2Fx/releases/1.0/jobs", "create_solver_job"),
        ("POST", "/v0/solvers/simcore/services/x/releases/1.0/jobs", "create_solver_job"),
        ("POST", "/v0/solvers/a/releases/1.0/jobs/j:start", "start_job"),
        ("GET", "/v0/solvers/a/releases/1.0/jobs/page", "list_jobs_paginated"),
        ("POST", "/gateway/osparc/v0/files/abc:complete", "complete_multipart_upload"),
        ("POST", "/v0/studies/s/jobs/j/outputs", "get_study_job_outputs"),
        ("PATCH", "/v0/something", None),
        ("PUT", "/storage/uploads/abc/1", None),
        ("POST", "/v0/files/abc:completed", None),
    ],
)
def test_requests_are_matched_to_the_most_specific_template(
    method: str, path: str, operation_id: str | None
) -> None:
    found = sdk.RetryPolicy().operations.find(method, path)
    assert (found.operation_id if found else None) == operation_id


def test_the_script_reads_referenced_and_path_level_parameters_and_explicit_marks(
    script: types.ModuleType,
) -> None:
    key = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    spec = {
        "components": {"parameters": {"Key": key}},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "a",
                    "parameters": [{"$ref": "#/components/parameters/Key"}],
                }
            },
            "/b": {"parameters": [key], "post": {"operationId": "b"}},
            "/c": {"put": {"operationId": "c", "x-retry-safe": False}, "get": {"operationId": "d"}},
        },
    }
    rows = {row.operation_id: row for row in script.operations(spec)}
    assert rows["a"].takes_idempotency_key
    assert not rows["a"].retry_safe
    assert rows["b"].takes_idempotency_key
    assert not rows["c"].retry_safe  # the server's word beats the method
    assert rows["d"].retry_safe
    assert not rows["d"].takes_idempotency_key
    spec["paths"]["/c"]["put"]["x-retry-safe"] = "yes"
    with pytest.raises(script.SpecError, match="x-retry-safe must be true or false"):
        script.operations(spec)

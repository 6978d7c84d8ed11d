"""Helpers for the tests of functions, function jobs, collections and tasks (plain HTTP)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
from helpers import SLEEPER, VERSION

NO_PARENT = {"x-simcore-parent-project-uuid": "null", "x-simcore-parent-node-id": "null"}
FINAL = frozenset({"SUCCESS", "FAILED", "ABORTED", "JOB_TASK_RUN_STATUS_FAILURE"})

SLEEPER_INPUT_SCHEMA = {
    "type": "object",
    "properties": {
        "input_1": {"type": "object", "required": ["id", "filename"]},
        "input_2": {"type": "integer", "minimum": 0, "maximum": 65},
        "input_3": {"type": "boolean"},
    },
    "required": ["input_1"],
}
SLEEPER_OUTPUT_SCHEMA = {
    "type": "object",
    "properties": {"output_1": {"type": "object"}, "output_2": {"type": "number"}},
}


def json_schema(content: dict[str, Any] | None = None) -> dict[str, Any]:
    """A JSONFunctionInputSchema (or output); without content the server's default applies."""
    schema: dict[str, Any] = {"schema_class": "application/schema+json"}
    if content is not None:
        schema["schema_content"] = content
    return schema


NO_SCHEMA = json_schema()


def solver_function(**overrides: Any) -> dict[str, Any]:
    """A SolverFunction body for the sleeper, with schemas and a default sleep of 1 s."""
    return {
        "function_class": "SOLVER",
        "title": "Sleeper as a function",
        "description": "Sleeps, then reports a random number",
        "input_schema": json_schema(SLEEPER_INPUT_SCHEMA),
        "output_schema": json_schema(SLEEPER_OUTPUT_SCHEMA),
        "default_inputs": {"input_2": 1},
        "solver_key": SLEEPER,
        "solver_version": VERSION,
        **overrides,
    }


def register(http: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = http.post("/v0/functions", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


def run(http: httpx.Client, function_id: str, inputs: dict[str, Any] | None) -> dict[str, Any]:
    """POST :run; None sends the JSON literal null (httpx would send no body at all)."""
    body = json.dumps(inputs).encode()
    headers = {**NO_PARENT, "content-type": "application/json"}
    response = http.post(f"/v0/functions/{function_id}:run", content=body, headers=headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


def job_status(http: httpx.Client, job_id: str) -> str:
    response = http.get(f"/v0/function_jobs/{job_id}/status")
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"status"}
    return str(response.json()["status"])


def wait_for_function_job(
    http: httpx.Client, job_id: str, *, timeout: float = 15.0, final: frozenset[str] = FINAL
) -> tuple[str, list[str]]:
    """Poll the job's status until it is final; returns it and every status seen on the way."""
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while True:
        status = job_status(http, job_id)
        if not seen or seen[-1] != status:
            seen.append(status)
        if status in final:
            return status, seen
        assert time.monotonic() < deadline, f"function job {job_id} still {status}"
        time.sleep(0.01)


def wait_for_task(http: httpx.Client, task_id: str, timeout: float = 15.0) -> dict[str, Any]:
    """Poll the task's status until it is done; returns the last TaskStatus."""
    deadline = time.monotonic() + timeout
    while True:
        response = http.get(f"/v0/tasks/{task_id}")
        assert response.status_code == 200, response.text
        status = dict(response.json())
        if status["done"]:
            return status
        assert time.monotonic() < deadline, f"task {task_id} still {status}"
        time.sleep(0.01)

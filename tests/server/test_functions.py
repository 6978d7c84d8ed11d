"""Functions: register (solver, study and python-code classes), read, list, update, validate
inputs, run and map them; the function jobs wrap real solver and study jobs, visible through
the solvers and studies APIs."""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest
from function_helpers import (
    NO_PARENT,
    NO_SCHEMA,
    job_status,
    json_schema,
    register,
    run,
    solver_function,
    wait_for_function_job,
)
from helpers import (
    SLEEPER,
    UUID_RE,
    VERSION,
    assert_error,
    assert_page,
    assert_validation_error,
    inspect_job,
    job_path,
    number_file,
    seeded_study,
    study_ports,
)

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def function(http: httpx.Client) -> dict[str, Any]:
    return register(http, solver_function())


# -- registering and reading ------------------------------------------------------------------
def test_register_a_solver_function_echoes_it_with_server_fields(http: httpx.Client) -> None:
    body = solver_function()
    registered = register(http, body)
    assert {k: registered[k] for k in body} == body
    assert UUID_RE.match(registered["uid"])
    assert registered["created_at"] == registered["modified_at"]
    datetime.fromisoformat(registered["created_at"])
    assert http.get(f"/v0/functions/{registered['uid']}").json() == registered


@pytest.mark.parametrize(
    ("function_class", "fields"),
    [
        ("PROJECT", {"project_id": str(uuid.uuid4())}),
        ("PYTHON_CODE", {"code_url": "https://example.org/code.py"}),
    ],
)
def test_register_the_other_classes(
    http: httpx.Client, function_class: str, fields: dict[str, Any]
) -> None:
    body = {
        "function_class": function_class,
        "input_schema": NO_SCHEMA,
        "output_schema": NO_SCHEMA,
        "default_inputs": None,
        **fields,
    }
    registered = register(http, body)
    assert registered["function_class"] == function_class
    assert {k: registered[k] for k in fields} == fields
    # Defaults the server applies: empty title and description, an empty schema document.
    assert (registered["title"], registered["description"]) == ("", "")
    empty = {"schema_class": "application/schema+json", "schema_content": {}}
    assert registered["input_schema"] == registered["output_schema"] == empty
    assert "solver_key" not in registered


def test_register_needs_the_function_class_and_its_fields(http: httpx.Client) -> None:
    body = solver_function()
    del body["function_class"]
    assert_validation_error(http.post("/v0/functions", json=body))
    wrong = solver_function(function_class="PROJECT")  # no project_id
    assert_validation_error(http.post("/v0/functions", json=wrong))
    bad_key = solver_function(solver_key="simcore/services/other/x")
    assert_validation_error(http.post("/v0/functions", json=bad_key))
    no_defaults = solver_function()
    del no_defaults["default_inputs"]  # required, although it may be null
    assert_validation_error(http.post("/v0/functions", json=no_defaults))


def test_a_schema_that_is_no_json_schema_is_refused(http: httpx.Client) -> None:
    body = solver_function(input_schema=json_schema({"type": "no-such-type"}))
    errors = assert_validation_error(http.post("/v0/functions", json=body))
    assert errors[0]["loc"] == ["body", "input_schema"]


def test_list_functions_pages_through_them(http: httpx.Client) -> None:
    made = [register(http, solver_function(title=f"listed {i}"))["uid"] for i in range(3)]
    first = http.get("/v0/functions", params={"limit": 1}).json()
    total = first["total"]
    assert total >= 3
    everything: list[dict[str, Any]] = []
    for offset in range(0, total, 50):
        page = http.get("/v0/functions", params={"limit": 50, "offset": offset}).json()
        everything += assert_page(page, total=total, limit=50, offset=offset)
    uids = [f["uid"] for f in everything]
    assert uids[-3:] == made  # oldest first
    assert all(f["function_class"] for f in everything)


def test_schemas_and_updates(http: httpx.Client, function: dict[str, Any]) -> None:
    uid = function["uid"]
    assert http.get(f"/v0/functions/{uid}/input_schema").json() == function["input_schema"]
    assert http.get(f"/v0/functions/{uid}/output_schema").json() == function["output_schema"]

    response = http.patch(f"/v0/functions/{uid}/title", params={"title": "Renamed"})
    assert response.status_code == 200, response.text
    renamed = response.json()
    assert renamed["title"] == "Renamed"
    assert renamed["modified_at"] > function["modified_at"]
    assert renamed["created_at"] == function["created_at"]
    described = http.patch(f"/v0/functions/{uid}/description", params={"description": "New"})
    assert described.json()["description"] == "New"
    assert described.json()["title"] == "Renamed"
    assert http.get(f"/v0/functions/{uid}").json() == described.json()
    assert_validation_error(http.patch(f"/v0/functions/{uid}/title"), ["query", "title"])


def test_unknown_and_malformed_function_ids_are_404(http: httpx.Client) -> None:
    unknown = uuid.uuid4()
    for method, path in [
        ("GET", f"/v0/functions/{unknown}"),
        ("DELETE", f"/v0/functions/{unknown}"),
        ("GET", f"/v0/functions/{unknown}/jobs"),
        ("GET", f"/v0/functions/{unknown}/input_schema"),
        ("PATCH", f"/v0/functions/{unknown}/title?title=x"),
        ("POST", f"/v0/functions/{unknown}:validate_inputs"),
    ]:
        assert_error(http.request(method, path, json={}), 404, str(unknown))
    # The routes only take UUIDs: anything else matches no route at all.
    assert http.get("/v0/functions/not-a-uuid").status_code == 404


def test_functions_of_another_user_are_404(
    other_http: httpx.Client, function: dict[str, Any]
) -> None:
    uid = function["uid"]
    assert_error(other_http.get(f"/v0/functions/{uid}"), 404)
    assert_error(other_http.post(f"/v0/functions/{uid}:run", json={}, headers=NO_PARENT), 404)
    listed = other_http.get("/v0/functions", params={"limit": 50}).json()["items"]
    assert uid not in {f["uid"] for f in listed}


# -- validating inputs ------------------------------------------------------------------------
def test_validate_inputs(http: httpx.Client, function: dict[str, Any]) -> None:
    url = f"/v0/functions/{function['uid']}:validate_inputs"
    good = {"input_1": {"id": str(uuid.uuid4()), "filename": "a.txt"}, "input_2": 3}
    assert http.post(url, json=good).json() == [True, "Inputs are valid"]
    valid, message = http.post(url, json={"input_2": 3}).json()
    assert valid is False
    assert "input_1" in message  # as sent: the default inputs are not added
    valid, message = http.post(url, json={**good, "input_2": 99}).json()
    assert (valid, "99" in message) == (False, True)
    null = http.post(url, content=b"null", headers={"content-type": "application/json"})
    assert null.json()[0] is False  # JSON null: no inputs at all
    # A body is required: an empty one is a validation error, as on the platform.
    assert_validation_error(
        http.post(url, content=b"", headers={"content-type": "application/json"})
    )
    assert_validation_error(http.post(url, json=[1, 2]))

    schemaless = register(http, solver_function(input_schema=NO_SCHEMA))
    answer = http.post(f"/v0/functions/{schemaless['uid']}:validate_inputs", json={"x": 1})
    assert answer.json() == [True, "No input schema defined for this function"]


# -- running ------------------------------------------------------------------------------------
def test_run_a_solver_function_through_its_solver_job(
    http: httpx.Client, function: dict[str, Any]
) -> None:
    file = number_file(http)
    job = run(http, function["uid"], {"input_1": file})
    assert job["function_class"] == "SOLVER"
    assert job["function_uid"] == function["uid"]
    assert job["title"] == f"Function job of function {function['uid']}"
    assert job["description"] == function["description"]
    assert job["inputs"] == {"input_1": file, "input_2": 1}  # defaults merged under the body
    assert job["outputs"] is None
    assert UUID_RE.match(job["job_creation_task_id"])

    status, seen = wait_for_function_job(http, job["uid"])
    assert status == "SUCCESS", seen
    assert set(seen) <= {
        "JOB_TASK_RUN_STATUS_PENDING",
        "JOB_TASK_RUN_STATUS_STARTED",
        "JOB_TASK_RUN_STATUS_SUCCESS",
        "PUBLISHED",
        "PENDING",
        "STARTED",
        "SUCCESS",
    }, seen

    fetched = http.get(f"/v0/function_jobs/{job['uid']}").json()
    solver_job_id = fetched["solver_job_id"]
    assert UUID_RE.match(solver_job_id)
    # The underlying job is an ordinary solver job of the release, and agrees.
    solver_job = http.get(job_path(solver_job_id)).json()
    assert solver_job["runner_name"] == f"solvers/{SLEEPER}/releases/{VERSION}"
    assert inspect_job(http, solver_job_id)["state"] == "SUCCESS"
    outputs = http.get(f"/v0/function_jobs/{job['uid']}/outputs").json()
    assert outputs == http.get(f"{job_path(solver_job_id)}/outputs").json()["results"]
    assert set(outputs) == {"output_1", "output_2"}
    assert outputs["output_1"]["filename"] == "single_number.txt"
    # Once fetched, the outputs are part of the job.
    assert http.get(f"/v0/function_jobs/{job['uid']}").json()["outputs"] == outputs


def test_a_successful_run_is_reused_for_the_same_inputs(
    http: httpx.Client, function: dict[str, Any]
) -> None:
    inputs = {"input_1": number_file(http), "input_2": 0}
    first = run(http, function["uid"], inputs)
    assert wait_for_function_job(http, first["uid"])[0] == "SUCCESS"
    again = run(http, function["uid"], inputs)
    assert again["uid"] == first["uid"]
    other = run(http, function["uid"], {**inputs, "input_3": False})
    assert other["uid"] != first["uid"]


def test_outputs_are_null_until_the_job_succeeds(http: httpx.Client) -> None:
    function = register(http, solver_function(default_inputs={"input_2": 1, "input_3": True}))
    job = run(http, function["uid"], {"input_1": number_file(http)})
    response = http.get(f"/v0/function_jobs/{job['uid']}/outputs")
    assert (response.status_code, response.content) == (200, b"null")
    status, _ = wait_for_function_job(http, job["uid"])
    assert status == "FAILED"
    assert http.get(f"/v0/function_jobs/{job['uid']}/outputs").json() is None


def test_run_checks_its_request(http: httpx.Client, function: dict[str, Any]) -> None:
    url = f"/v0/functions/{function['uid']}:run"
    good = {"input_1": number_file(http)}
    # Both lineage headers are required: a UUID each, or the text "null".
    assert_validation_error(http.post(url, json=good))
    only_one = {"x-simcore-parent-project-uuid": "null"}
    assert_validation_error(http.post(url, json=good, headers=only_one))
    bad = {**NO_PARENT, "x-simcore-parent-node-id": "nope"}
    assert_validation_error(http.post(url, json=good, headers=bad))
    parents = {
        "x-simcore-parent-project-uuid": str(uuid.uuid4()),
        "x-simcore-parent-node-id": str(uuid.uuid4()),
    }
    assert http.post(url, json=good, headers=parents).status_code == 200
    empty = {**NO_PARENT, "content-type": "application/json"}
    assert_validation_error(http.post(url, content=b"", headers=empty))
    # Inputs that break the function's input schema: an ErrorGet naming the problem.
    errors = assert_error(http.post(url, json={"input_2": 1}, headers=NO_PARENT), 422)
    assert errors[0].startswith("Function inputs validation failed:"), errors
    assert "input_1" in errors[0]


def test_python_code_functions_are_stored_but_cannot_run(http: httpx.Client) -> None:
    body = {
        "function_class": "PYTHON_CODE",
        "code_url": "https://example.org/f.py",
        "input_schema": NO_SCHEMA,
        "output_schema": NO_SCHEMA,
        "default_inputs": None,
    }
    uid = register(http, body)["uid"]
    assert_error(http.post(f"/v0/functions/{uid}:run", json={}, headers=NO_PARENT), 400)
    assert_error(http.post(f"/v0/functions/{uid}:map", json=[{}], headers=NO_PARENT), 400)


def test_a_function_of_a_missing_solver_fails_in_its_creation_task(http: httpx.Client) -> None:
    function = register(
        http,
        solver_function(solver_key="simcore/services/comp/nothing", input_schema=NO_SCHEMA),
    )
    job = run(http, function["uid"], {})
    status, _ = wait_for_function_job(http, job["uid"])
    assert status == "JOB_TASK_RUN_STATUS_FAILURE"
    result = http.get(f"/v0/tasks/{job['job_creation_task_id']}/result")
    assert_error(result, 503, "simcore/services/comp/nothing")
    assert http.get(f"/v0/function_jobs/{job['uid']}").json()["solver_job_id"] is None


def test_run_a_study_function_through_its_study_job(http: httpx.Client) -> None:
    study = seeded_study(http)
    ports = study_ports(http, study["uid"])
    body = {
        "function_class": "PROJECT",
        "project_id": study["uid"],
        "input_schema": NO_SCHEMA,
        "output_schema": NO_SCHEMA,
        "default_inputs": {ports["Sleep interval"]: 1},
    }
    function = register(http, body)
    job = run(http, function["uid"], None)  # JSON null: the default inputs only
    assert job["function_class"] == "PROJECT"
    assert "solver_job_id" not in job
    assert job["inputs"] == {ports["Sleep interval"]: 1}
    assert wait_for_function_job(http, job["uid"])[0] == "SUCCESS"
    project_job_id = http.get(f"/v0/function_jobs/{job['uid']}").json()["project_job_id"]
    study_jobs = http.get(f"/v0/studies/{study['uid']}/jobs", params={"limit": 50}).json()
    assert project_job_id in {j["id"] for j in study_jobs["items"]}
    outputs = http.get(f"/v0/function_jobs/{job['uid']}/outputs").json()
    assert set(outputs) == {ports["Random sleep interval"]}


# -- mapping ------------------------------------------------------------------------------------
def test_map_runs_one_job_per_input_in_order(http: httpx.Client, function: dict[str, Any]) -> None:
    file = number_file(http)
    inputs = [{"input_1": file, "input_2": n} for n in (2, 0, 1)]
    response = http.post(f"/v0/functions/{function['uid']}:map", json=inputs, headers=NO_PARENT)
    assert response.status_code == 200, response.text
    collection = response.json()
    assert collection["title"] == "Function job collection of function map"
    assert collection["description"] == (
        f"Function job collection of map of function {function['uid']} with 3 inputs"
    )
    job_ids = collection["job_ids"]
    assert len(job_ids) == 3
    cid = collection["uid"]
    jobs = http.get(f"/v0/function_job_collections/{cid}/function_jobs").json()
    assert [j["uid"] for j in jobs] == job_ids
    assert [j["inputs"]["input_2"] for j in jobs] == [2, 0, 1]  # in input order

    for job_id in job_ids:
        assert wait_for_function_job(http, job_id)[0] == "SUCCESS"
    status = http.get(f"/v0/function_job_collections/{cid}/status").json()
    assert status == {"status": ["SUCCESS"] * 3}


def test_mapped_jobs_run_concurrently(slow_http: httpx.Client) -> None:
    """Three jobs of 0.8 s each on the slow platform: at some moment all three run at once."""
    function = register(slow_http, solver_function())
    inputs = [{"input_1": number_file(slow_http), "input_2": 2}] * 3
    url = f"/v0/functions/{function['uid']}:map"
    collection = slow_http.post(url, json=inputs, headers=NO_PARENT).json()
    status_url = f"/v0/function_job_collections/{collection['uid']}/status"
    deadline = time.monotonic() + 20
    seen = []
    while True:
        statuses = slow_http.get(status_url).json()["status"]
        seen.append(statuses)
        if statuses == ["STARTED"] * 3:
            break
        assert "SUCCESS" not in statuses, seen  # one finished before the others started
        assert time.monotonic() < deadline, seen
        time.sleep(0.02)


def test_map_validates_every_input_before_running_any(
    http: httpx.Client, function: dict[str, Any]
) -> None:
    url = f"/v0/functions/{function['uid']}:map"
    before = http.get(f"/v0/functions/{function['uid']}/jobs").json()["total"]
    good = {"input_1": number_file(http)}
    errors = assert_error(http.post(url, json=[good, {"input_2": 1}], headers=NO_PARENT), 422)
    assert "(input 1)" in errors[0]
    assert http.get(f"/v0/functions/{function['uid']}/jobs").json()["total"] == before
    assert_validation_error(http.post(url, json=[good] * 51, headers=NO_PARENT))
    assert_validation_error(http.post(url, json={"not": "a list"}, headers=NO_PARENT))
    assert_validation_error(http.post(url, json=[good]))  # lineage headers missing


# -- deleting ----------------------------------------------------------------------------------
def test_a_function_with_jobs_cannot_be_deleted(http: httpx.Client) -> None:
    function = register(http, solver_function(input_schema=NO_SCHEMA, default_inputs=None))
    uid = function["uid"]
    job = run(http, uid, {"input_1": number_file(http), "input_2": 0})
    assert_error(http.delete(f"/v0/functions/{uid}"), 409, "job")
    wait_for_function_job(http, job["uid"])
    jobs = http.get(f"/v0/functions/{uid}/jobs").json()
    assert [j["uid"] for j in assert_page(jobs, total=1, limit=20, offset=0)] == [job["uid"]]

    deleted = http.delete(f"/v0/function_jobs/{job['uid']}")
    assert (deleted.status_code, deleted.content) == (200, b"null")
    assert_error(http.get(f"/v0/function_jobs/{job['uid']}"), 404)
    assert_error(http.delete(f"/v0/function_jobs/{job['uid']}"), 404)
    deleted = http.delete(f"/v0/functions/{uid}")
    assert (deleted.status_code, deleted.content) == (200, b"null")
    assert_error(http.get(f"/v0/functions/{uid}"), 404)


def test_status_before_any_task(http: httpx.Client, function: dict[str, Any]) -> None:
    body = {
        "function_class": "SOLVER",
        "function_uid": function["uid"],
        "inputs": None,
        "outputs": None,
        "solver_job_id": None,
        "job_creation_task_id": None,
    }
    job = http.post("/v0/function_jobs", json=body).json()
    assert job_status(http, job["uid"]) == "JOB_TASK_NOT_YET_SCHEDULED"


def test_another_users_job_naming_a_function_does_not_pin_it(
    http: httpx.Client, other_http: httpx.Client
) -> None:
    uid = register(http, solver_function())["uid"]
    body = {
        "function_class": "SOLVER",
        "function_uid": uid,
        "inputs": None,
        "outputs": None,
        "solver_job_id": None,
        "job_creation_task_id": None,
    }
    assert other_http.post("/v0/function_jobs", json=body).status_code == 200
    assert http.delete(f"/v0/functions/{uid}").status_code == 200

"""Tasks: a function job's log export is a real task (progress, done, result, cancel), listed
with the user's other tasks; and what functions and tasks leave survives a restart."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from function_helpers import register, run, solver_function, wait_for_function_job, wait_for_task
from helpers import UUID_RE, assert_error, client, download, number_file

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)


def finished_job(http: httpx.Client, **inputs: Any) -> dict[str, Any]:
    function = register(http, solver_function())
    job = run(http, function["uid"], {"input_1": number_file(http), **inputs})
    wait_for_function_job(http, job["uid"])
    return job


def logs_task(http: httpx.Client, job_id: str) -> dict[str, Any]:
    response = http.post(f"/v0/function_jobs/{job_id}/log")
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_the_logs_of_a_function_job_come_from_a_task(http: httpx.Client) -> None:
    job = finished_job(http)
    task = logs_task(http, job["uid"])
    task_id = task["task_id"]
    assert UUID_RE.match(task_id)
    assert task == {
        "task_id": task_id,
        "task_name": "export_job_logs",
        "status_href": f"/v0/tasks/{task_id}",
        "abort_href": f"/v0/tasks/{task_id}:cancel",
        "result_href": f"/v0/tasks/{task_id}/result",
        "stream_href": None,
    }
    status = wait_for_task(http, task_id)
    assert status == {
        "task_progress": {"task_id": task_id, "message": "Done", "percent": 1.0},
        "done": True,
        "started": None,
    }
    result = http.get(task["result_href"])
    assert result.status_code == 200, result.text
    assert result.json()["error"] is None
    archive_file = result.json()["result"]
    assert archive_file["filename"].endswith("_logs.zip")
    with zipfile.ZipFile(io.BytesIO(download(http, archive_file["id"]))) as archive:
        (name,) = archive.namelist()
        text = archive.read(name).decode()
    assert "Sleeper finished: SUCCESS" in text
    listed = http.get("/v0/tasks").json()
    assert set(listed) == {"data"}
    assert task in listed["data"]
    # The job's creation task is one of the user's tasks too.
    assert job["job_creation_task_id"] in {t["task_id"] for t in listed["data"]}


def test_a_task_reports_progress_and_can_be_cancelled(slow_http: httpx.Client) -> None:
    job = finished_job(slow_http, input_2=0)
    task = logs_task(slow_http, job["uid"])
    status = slow_http.get(task["status_href"]).json()
    assert status["done"] is False
    assert 0.0 <= status["task_progress"]["percent"] < 1.0
    assert_error(slow_http.get(task["result_href"]), 404, "not available yet")

    cancelled = slow_http.post(task["abort_href"])
    assert (cancelled.status_code, cancelled.content) == (204, b"")
    status = slow_http.get(task["status_href"]).json()
    assert status["done"] is True
    assert status["task_progress"]["message"] == "Task was cancelled"
    assert_error(slow_http.get(task["result_href"]), 404, "cancelled")
    # Cancelling again, or a finished task, changes nothing.
    assert slow_http.post(task["abort_href"]).status_code == 204


def test_a_job_still_running_exports_its_logs_so_far(slow_http: httpx.Client) -> None:
    function = register(slow_http, solver_function())
    job = run(slow_http, function["uid"], {"input_1": number_file(slow_http), "input_2": 65})
    wait_for_function_job(slow_http, job["uid"], final=frozenset({"STARTED"}))
    task = logs_task(slow_http, job["uid"])
    wait_for_task(slow_http, task["task_id"])
    archive_file = slow_http.get(task["result_href"]).json()["result"]
    with zipfile.ZipFile(io.BytesIO(download(slow_http, archive_file["id"]))) as archive:
        text = archive.read(archive.namelist()[0]).decode()
    assert " is STARTED (" in text
    solver_job_id = slow_http.get(f"/v0/function_jobs/{job['uid']}").json()["solver_job_id"]
    stop = slow_http.post(
        f"/v0/solvers/simcore/services/comp/itis/sleeper/releases/2.1.6/jobs/{solver_job_id}:stop"
    )
    assert stop.json()["state"] == "ABORTED"
    assert slow_http.get(f"/v0/function_jobs/{job['uid']}/status").json() == {"status": "ABORTED"}


def test_a_job_not_created_yet_has_no_logs(http: httpx.Client) -> None:
    function = register(http, solver_function())
    body = {
        "function_class": "SOLVER",
        "function_uid": function["uid"],
        "inputs": None,
        "outputs": None,
        "solver_job_id": None,
        "job_creation_task_id": None,
    }
    job = http.post("/v0/function_jobs", json=body).json()
    assert_error(http.post(f"/v0/function_jobs/{job['uid']}/log"), 404, "solver/project job")


def test_unknown_tasks_are_404(http: httpx.Client, other_http: httpx.Client) -> None:
    unknown = uuid.uuid4()
    assert_error(http.get(f"/v0/tasks/{unknown}"), 404, str(unknown))
    assert_error(http.get(f"/v0/tasks/{unknown}/result"), 404)
    assert_error(http.post(f"/v0/tasks/{unknown}:cancel"), 404)
    mine = http.get("/v0/tasks").json()["data"]
    if mine:  # another user's task is unknown to this one
        assert_error(other_http.get(mine[0]["status_href"]), 404)
        assert_error(other_http.post(mine[0]["abort_href"]), 404)
        theirs = {t["task_id"] for t in other_http.get("/v0/tasks").json()["data"]}
        assert mine[0]["task_id"] not in theirs


# -- persistence --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def durable() -> Iterator[LocalPlatform]:
    with LocalPlatform(time_scale=0.01) as running:
        yield running


def test_functions_jobs_collections_and_tasks_survive_a_restart(durable: LocalPlatform) -> None:
    with client(durable) as http:
        function = register(http, solver_function())
        job = run(http, function["uid"], {"input_1": number_file(http)})
        assert wait_for_function_job(http, job["uid"])[0] == "SUCCESS"
        job = http.get(f"/v0/function_jobs/{job['uid']}").json()
        outputs = http.get(f"/v0/function_jobs/{job['uid']}/outputs").json()
        collection = http.post("/v0/function_job_collections", json={"job_ids": [job["uid"]]})
        task = logs_task(http, job["uid"])
        wait_for_task(http, task["task_id"])
        result = http.get(task["result_href"]).json()

    durable.restart()

    with client(durable) as http:
        assert http.get(f"/v0/functions/{function['uid']}").json() == function
        assert http.get(f"/v0/function_jobs/{job['uid']}").json() == {**job, "outputs": outputs}
        assert http.get(f"/v0/function_jobs/{job['uid']}/status").json()["status"] == "SUCCESS"
        url = f"/v0/function_job_collections/{collection.json()['uid']}"
        assert http.get(url).json() == collection.json()
        assert http.get(task["status_href"]).json()["done"] is True
        assert http.get(task["result_href"]).json() == result
        assert task in http.get("/v0/tasks").json()["data"]

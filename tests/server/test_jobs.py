"""Solver jobs: create, validate, list, start, inspect, outputs, logs, stop, delete, metadata,
wallet, pricing unit and the log stream. Jobs that must be watched while they run use the slow
platform (see conftest.py)."""

from __future__ import annotations

import io
import json
import re
import time
import uuid
import zipfile
from datetime import datetime
from typing import Any

import httpx
import pytest
from helpers import (
    JOB_NAME_RE,
    JOBS,
    RELEASE,
    SLEEPER,
    SLEEPER_ENCODED,
    TERMINAL,
    UUID_RE,
    VERSION,
    assert_error,
    assert_page,
    assert_validation_error,
    create_and_run_job,
    create_job,
    download,
    follow,
    inspect_job,
    job_path,
    number_file,
    start_job,
    wait_for_job,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

LONG = 65  # seconds of sleep: 26 s on the slow platform, so it is stopped, never awaited


def log_text(http: httpx.Client, job_id: str) -> str:
    """The job's log archive (after the 307) holds one .logs file; returns its text."""
    response = follow(http.get(f"{job_path(job_id)}/outputs/logfile"))
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        assert len(names) == 1, names
        assert names[0].endswith(".logs"), names
        return archive.read(names[0]).decode()


# -- creation -------------------------------------------------------------------------------------
def test_create_job(http: httpx.Client) -> None:
    response = http.post(JOBS, json={"values": {"input_1": number_file(http), "input_2": 1}})
    assert response.status_code == 201, response.text
    job = response.json()
    assert set(job) == {
        "id",
        "name",
        "inputs_checksum",
        "created_at",
        "runner_name",
        "url",
        "runner_url",
        "outputs_url",
    }
    assert UUID_RE.match(job["id"])
    runner = f"solvers/{SLEEPER}/releases/{VERSION}"
    assert job["runner_name"] == runner
    assert job["name"] == f"{runner}/jobs/{job['id']}"
    assert JOB_NAME_RE.match(job["name"])
    assert JOB_NAME_RE.match(job["runner_name"])
    base = str(http.base_url).rstrip("/")
    assert job["url"] == f"{base}/v0/{job['name']}"
    assert job["runner_url"] == f"{base}/v0/{runner}"
    assert job["outputs_url"] == f"{job['url']}/outputs"
    assert datetime.fromisoformat(job["created_at"]).tzinfo is not None
    assert re.match(r"^[0-9a-f]{64}$", job["inputs_checksum"])
    assert http.get(job_path(job["id"])).json() == job
    status = inspect_job(http, job["id"])
    assert (status["state"], status["progress"], status["started_at"]) == ("NOT_STARTED", 0, None)


def test_create_job_with_percent_encoded_key(http: httpx.Client) -> None:
    path = f"/v0/solvers/{SLEEPER_ENCODED}/releases/{VERSION}/jobs"
    response = http.post(path, json={"values": {"input_1": number_file(http)}})
    assert response.status_code == 201, response.text
    job_id = response.json()["id"]
    assert response.json()["runner_name"] == f"solvers/{SLEEPER}/releases/{VERSION}"
    assert http.get(f"{path}/{job_id}").json() == http.get(job_path(job_id)).json()


def test_inputs_checksum_follows_the_inputs(http: httpx.Client) -> None:
    file = number_file(http)
    first = create_job(http, {"input_1": file, "input_2": 1})
    same = create_job(http, {"input_2": 1, "input_1": file})
    other = create_job(http, {"input_1": file, "input_2": 2})
    assert first["id"] != same["id"]
    assert first["inputs_checksum"] == same["inputs_checksum"] != other["inputs_checksum"]


@pytest.mark.parametrize(
    ("values", "port"),
    [
        ({"input_9": 1}, "input_9"),
        ({"input_2": "abc"}, "input_2"),
        ({"input_2": 66}, "input_2"),
        ({"input_2": -1}, "input_2"),
        ({"input_2": 2.5}, "input_2"),
        ({"input_2": True}, "input_2"),
        ({"input_3": "maybe"}, "input_3"),
        ({"input_3": [True]}, "input_3"),
        ({"input_4": -1}, "input_4"),
        ({"input_1": 3}, "input_1"),
        ({"input_1": None}, "input_1"),
        ({"input_1": {"id": str(uuid.uuid4()), "filename": "single_number.txt"}}, "input_1"),
    ],
    ids=[
        "unknown-port",
        "wrong-type",
        "above-maximum",
        "below-minimum",
        "fraction",
        "boolean-for-integer",
        "not-boolean-like",
        "list-for-boolean",
        "negative-distance",
        "number-for-file",
        "missing-file",
        "nonexistent-file",
    ],
)
def test_invalid_inputs_are_rejected_per_port(
    http: httpx.Client, values: dict[str, Any], port: str
) -> None:
    before = len(http.get(JOBS).json())
    if "input_1" not in values:
        values = {"input_1": number_file(http), **values}
    errors = assert_validation_error(
        http.post(JOBS, json={"values": values}), loc=["body", "values", port]
    )
    assert len(errors) == 1, errors
    assert len(http.get(JOBS).json()) == before


def test_every_bad_port_is_reported(http: httpx.Client) -> None:
    response = http.post(JOBS, json={"values": {"input_2": 99, "input_5": 1}})
    errors = assert_validation_error(response)
    assert sorted(e["loc"][-1] for e in errors) == ["input_1", "input_2", "input_5"]


@pytest.mark.parametrize("body", [{}, {"values": []}, {"values": {"input_1": {"id": "x"}}}])
def test_malformed_job_inputs_are_rejected(http: httpx.Client, body: dict[str, Any]) -> None:
    assert_validation_error(http.post(JOBS, json=body))


def test_boolean_like_string_is_accepted(http: httpx.Client) -> None:
    values = {"input_1": number_file(http), "input_2": 0, "input_3": "false"}
    _, status = create_and_run_job(http, values)
    assert status["state"] == "SUCCESS", status


def test_idempotency_key_returns_the_same_job(http: httpx.Client) -> None:
    key = {"Idempotency-Key": f"retry-{uuid.uuid4()}"}
    file = number_file(http)
    first = create_job(http, {"input_1": file}, headers=key)
    again = create_job(http, {"input_1": file}, headers=key)
    assert again == first
    other = create_job(http, {"input_1": file}, headers={"Idempotency-Key": f"x-{uuid.uuid4()}"})
    assert other["id"] != first["id"]
    assert [j["id"] for j in http.get(JOBS).json()].count(first["id"]) == 1


def test_an_honoured_idempotency_key_is_sent_back(http: httpx.Client) -> None:
    """How a client learns that this server keeps the promise (the real platform never
    answers with the header)."""
    key = f"echo-{uuid.uuid4()}"
    body = {"values": {"input_1": number_file(http)}}
    for _ in range(2):  # the first creation and the replay alike
        response = http.post(JOBS, json=body, headers={"Idempotency-Key": key})
        assert response.status_code == 201, response.text
        assert response.headers["Idempotency-Key"] == key
    assert "Idempotency-Key" not in http.post(JOBS, json=body).headers


def test_a_server_ignoring_idempotency_keys_creates_a_job_per_request() -> None:
    """`platform-server --ignore-idempotency-keys`, like the real platform: the header changes
    nothing and is not sent back."""
    with (
        LocalPlatform(ignore_idempotency_keys=True) as platform,
        httpx.Client(
            base_url=platform.base_url, auth=(platform.api_key, platform.api_secret), timeout=30
        ) as http,
    ):
        key = {"Idempotency-Key": f"ignored-{uuid.uuid4()}"}
        file = number_file(http)
        responses = [http.post(JOBS, json={"values": {"input_1": file}}, headers=key)]
        responses.append(http.post(JOBS, json={"values": {"input_1": file}}, headers=key))
        assert [r.status_code for r in responses] == [201, 201]
        assert responses[0].json()["id"] != responses[1].json()["id"]
        assert all("Idempotency-Key" not in r.headers for r in responses)
        assert len(http.get(JOBS).json()) == 2


# -- listing and reading --------------------------------------------------------------------------
def test_list_jobs_deprecated(http: httpx.Client) -> None:
    job = create_job(http)
    response = http.get(JOBS)
    assert response.status_code == 200
    assert isinstance(response.json(), list)
    assert job in response.json()
    assert job not in http.get(f"/v0/solvers/{SLEEPER}/releases/2.0.2/jobs").json()


def test_list_jobs_paginated(http: httpx.Client) -> None:
    created = [create_job(http) for _ in range(3)]
    total = http.get(f"{JOBS}/page").json()["total"]
    assert total >= 3
    offset = total - 3
    body = http.get(f"{JOBS}/page", params={"limit": 2, "offset": offset}).json()
    assert assert_page(body, total=total, limit=2, offset=offset) == created[:2]
    links = body["links"]
    assert links["self"] == f"{JOBS}/page?limit=2&offset={offset}"
    assert links["first"] == f"{JOBS}/page?limit=2&offset=0"
    assert links["next"] == f"{JOBS}/page?limit=2&offset={offset + 2}"
    assert links["prev"] == f"{JOBS}/page?limit=2&offset={max(0, offset - 2)}"
    assert links["last"] == f"{JOBS}/page?limit=2&offset={((total - 1) // 2) * 2}"
    body = http.get(links["next"]).json()
    assert body["items"] == created[2:]
    assert body["links"]["next"] is None
    assert_validation_error(http.get(f"{JOBS}/page", params={"limit": 51}))


@pytest.mark.parametrize("path", [f"{JOBS}/page", "/v0/solvers/-/releases/-/jobs"])
def test_job_pages_past_the_end(http: httpx.Client, path: str) -> None:
    create_job(http)
    total = http.get(path).json()["total"]
    for offset in (total, 10**30):  # even past any 64-bit integer
        body = http.get(path, params={"offset": offset}).json()
        assert assert_page(body, total=total, limit=20, offset=offset) == []
        assert body["links"]["prev"] is not None


def test_get_unknown_job(http: httpx.Client) -> None:
    missing = str(uuid.uuid4())
    assert_error(http.get(job_path(missing)), 404, missing)
    assert_validation_error(http.get(job_path("not-a-uuid")), loc=["path", "job_id"])
    job = create_job(http)
    # A job belongs to its release: under another version it does not exist.
    assert_error(http.get(job_path(job["id"], version="2.0.2")), 404)


# -- running --------------------------------------------------------------------------------------
def test_start_twice(http: httpx.Client) -> None:
    job = create_job(http)
    response = http.post(f"{job_path(job['id'])}:start")
    assert response.status_code == 202, response.text
    status = response.json()
    assert status["job_id"] == job["id"]
    assert status["state"] == "PUBLISHED"
    assert status["progress"] == 0
    again = http.post(f"{job_path(job['id'])}:start")
    assert again.status_code == 200, again.text
    assert again.json()["state"] != "NOT_STARTED"
    final = wait_for_job(http, job["id"])
    assert http.post(f"{job_path(job['id'])}:start").json() == final


def test_run_to_success_with_outputs(http: httpx.Client) -> None:
    job, status = create_and_run_job(http)
    assert status["state"] == "SUCCESS", status
    assert status["progress"] == 100
    assert status["errors"] is None
    submitted, started, stopped = (
        datetime.fromisoformat(status[k]) for k in ("submitted_at", "started_at", "stopped_at")
    )
    assert submitted <= started <= stopped

    response = http.get(f"{job_path(job['id'])}/outputs")
    assert response.status_code == 200
    outputs = response.json()
    assert outputs["job_id"] == job["id"]
    assert set(outputs["results"]) == {"output_1", "output_2"}
    file = outputs["results"]["output_1"]
    assert file["filename"] == "single_number.txt"
    assert UUID_RE.match(file["id"])
    assert re.match(r"^[0-9a-f]{64}$", file["checksum"])
    assert 1 <= int(download(http, file["id"]).decode().strip()) <= 9
    interval = outputs["results"]["output_2"]
    assert isinstance(interval, float)
    assert 1.0 <= interval <= 9.0
    assert http.get(f"/v0/files/{file['id']}").json()["checksum"] == file["checksum"]

    log = log_text(http, job["id"])
    assert "Will sleep for 1 seconds" in log
    assert "[PROGRESS] 1/1" in log
    assert "ERROR" not in log


def test_outputs_and_logs_before_the_job_finishes(http: httpx.Client) -> None:
    job = create_job(http)
    outputs = http.get(f"{job_path(job['id'])}/outputs").json()
    assert outputs == {"job_id": job["id"], "results": {"output_1": None, "output_2": None}}
    assert_error(http.get(f"{job_path(job['id'])}/outputs/logfile"), 409)


def test_fail_after_sleep(http: httpx.Client) -> None:
    values = {"input_1": number_file(http), "input_2": 1, "input_3": True}
    job, status = create_and_run_job(http, values)
    assert status["state"] == "FAILED", status
    assert status["stopped_at"] is not None
    assert status["errors"]
    assert all({"loc", "msg", "type"} <= set(e) for e in status["errors"])
    assert "fail" in status["errors"][0]["msg"].lower()
    outputs = http.get(f"{job_path(job['id'])}/outputs").json()
    assert outputs["results"] == {"output_1": None, "output_2": None}
    log = log_text(http, job["id"])
    assert "Will sleep for 1 seconds" in log
    assert re.search(r"^\S+ ERROR: ", log, re.MULTILINE), log


def test_input_file_without_an_integer_fails(http: httpx.Client) -> None:
    values = {"input_1": number_file(http, "not a number\n"), "input_2": 1}
    job, status = create_and_run_job(http, values)
    assert status["state"] == "FAILED", status
    assert "integer" in json.dumps(status["errors"])
    assert "ERROR" in log_text(http, job["id"])


def test_stop_a_finished_job_changes_nothing(http: httpx.Client) -> None:
    job, status = create_and_run_job(http)
    response = http.post(f"{job_path(job['id'])}:stop")
    assert response.status_code == 200
    assert response.json() == status


def test_delete_job(http: httpx.Client) -> None:
    job, _ = create_and_run_job(http)
    output = http.get(f"{job_path(job['id'])}/outputs").json()["results"]["output_1"]
    response = http.delete(job_path(job["id"]))
    assert response.status_code == 204
    assert response.content == b""
    assert_error(http.get(job_path(job["id"])), 404)
    assert_error(http.post(f"{job_path(job['id'])}:inspect"), 404)
    assert_error(http.get(f"/v0/files/{output['id']}"), 404)
    assert_error(http.delete(job_path(job["id"])), 404)
    assert job not in http.get(JOBS).json()


def test_delete_assets_of_a_finished_job(http: httpx.Client) -> None:
    job, _ = create_and_run_job(http)
    output = http.get(f"{job_path(job['id'])}/outputs").json()["results"]["output_1"]
    response = http.delete(f"{job_path(job['id'])}/assets")
    assert response.status_code == 204
    assert http.get(job_path(job["id"])).json() == job  # the job stays
    assert_error(http.get(f"{job_path(job['id'])}/outputs"), 409)
    assert_error(http.get(f"{job_path(job['id'])}/outputs/logfile"), 404)
    assert_error(http.get(f"/v0/files/{output['id']}"), 404)


def test_a_job_whose_assets_were_deleted_cannot_start(http: httpx.Client) -> None:
    job = create_job(http)
    assert http.delete(f"{job_path(job['id'])}/assets").status_code == 204
    assert_error(http.post(f"{job_path(job['id'])}:start"), 409)
    assert inspect_job(http, job["id"])["state"] == "NOT_STARTED"


def test_unknown_job_operations_are_404(http: httpx.Client) -> None:
    path = job_path(str(uuid.uuid4()))
    for method, suffix in [
        ("POST", ":start"),
        ("POST", ":stop"),
        ("POST", ":inspect"),
        ("DELETE", ""),
        ("DELETE", "/assets"),
        ("GET", "/outputs"),
        ("GET", "/outputs/logfile"),
        ("GET", "/metadata"),
        ("GET", "/wallet"),
        ("GET", "/pricing_unit"),
        ("GET", "/logstream"),
    ]:
        assert_error(http.request(method, path + suffix), 404)
    assert_error(http.patch(f"{path}/metadata", json={"metadata": {}}), 404)


# -- metadata -------------------------------------------------------------------------------------
def test_job_metadata(http: httpx.Client) -> None:
    job = create_job(http)
    path = f"{job_path(job['id'])}/metadata"
    response = http.get(path)
    assert response.status_code == 200
    assert response.json() == {"job_id": job["id"], "metadata": {}, "url": path_url(http, path)}

    metadata = {"project": "demo", "run": 3, "ratio": 0.5, "final": True}
    response = http.patch(path, json={"metadata": metadata})
    assert response.status_code == 200
    assert response.json()["metadata"] == metadata
    assert http.get(path).json()["metadata"] == metadata

    # PATCH replaces the whole mapping.
    assert http.patch(path, json={"metadata": {"only": "this"}}).json()["metadata"] == {
        "only": "this"
    }
    assert http.get(path).json()["metadata"] == {"only": "this"}
    assert_validation_error(http.patch(path, json={"metadata": {"nested": {"a": 1}}}))
    assert_validation_error(http.patch(path, json={"metadata": {"list": [1]}}))
    assert http.get(path).json()["metadata"] == {"only": "this"}


def path_url(http: httpx.Client, path: str) -> str:
    return str(http.base_url).rstrip("/") + path


def test_list_all_solvers_jobs_filters_by_metadata(http: httpx.Client) -> None:
    tag = uuid.uuid4().hex
    jobs = {name: create_job(http) for name in ("alpha", "beta", "gamma")}
    metadata = {
        "alpha": {"tag": tag, "kind": "sweep", "step": 1},
        "beta": {"tag": tag, "kind": "sweep", "step": 2},
        "gamma": {"tag": tag, "kind": "single", "done": True},
    }
    for name, job in jobs.items():
        response = http.patch(f"{job_path(job['id'])}/metadata", json={"metadata": metadata[name]})
        assert response.status_code == 200

    def names(**params: Any) -> list[str]:
        response = http.get("/v0/solvers/-/releases/-/jobs", params=params)
        assert response.status_code == 200, response.text
        ids = [j["id"] for j in response.json()["items"]]
        return [name for name, job in jobs.items() if job["id"] in ids]

    assert names(**{"metadata.all": f"tag:{tag}"}) == ["alpha", "beta", "gamma"]
    assert names(**{"metadata.all": [f"tag:{tag}", "kind:sweep"]}) == ["alpha", "beta"]
    assert names(**{"metadata.all": [f"tag:{tag}", "kind:s*"]}) == ["alpha", "beta", "gamma"]
    assert names(**{"metadata.all": [f"tag:{tag}", "step:2"]}) == ["beta"]
    assert names(**{"metadata.all": [f"tag:{tag}", "done:true"]}) == ["gamma"]
    assert names(**{"metadata.all": f"tag:{tag}", "metadata.any": ["step:1", "done:*"]}) == [
        "alpha",
        "gamma",
    ]
    assert names(**{"metadata.all": [f"tag:{tag}", "done"]}) == ["gamma"]  # a bare key: any value
    assert names(**{"metadata.any": f"tag:{tag[:8]}?*"}) == ["alpha", "beta", "gamma"]
    assert names(**{"metadata.all": [f"tag:{tag}", "kind:none"]}) == []

    body = http.get(
        "/v0/solvers/-/releases/-/jobs", params={"metadata.all": f"tag:{tag}", "limit": 2}
    ).json()
    items = assert_page(body, total=3, limit=2, offset=0)
    assert [j["id"] for j in items] == [jobs["alpha"]["id"], jobs["beta"]["id"]]
    assert (
        body["links"]["next"]
        == f"/v0/solvers/-/releases/-/jobs?metadata.all=tag%3A{tag}&limit=2&offset=2"
    )
    assert [j["id"] for j in http.get(body["links"]["next"]).json()["items"]] == [
        jobs["gamma"]["id"]
    ]
    assert items[0] == jobs["alpha"]


def test_batch_get_metadata(http: httpx.Client) -> None:
    first, second = create_job(http), create_job(http)
    http.patch(f"{job_path(first['id'])}/metadata", json={"metadata": {"n": 1}})
    path = "/v0/solvers/-/releases/-/jobs/metadata:batchGet"
    response = http.get(path, params={"job_ids": [second["id"], first["id"]]})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [(i["job_id"], i["metadata"]) for i in items] == [
        (second["id"], {}),
        (first["id"], {"n": 1}),
    ]
    assert items[1]["url"] == path_url(http, f"{job_path(first['id'])}/metadata")
    assert_error(http.get(path, params={"job_ids": [first["id"], str(uuid.uuid4())]}), 404)
    assert_validation_error(http.get(path))
    assert_validation_error(http.get(path, params={"job_ids": "nope"}))


# -- wallet and pricing ---------------------------------------------------------------------------
def test_job_wallet_and_pricing_unit(http: httpx.Client) -> None:
    job = create_job(http)
    response = http.get(f"{job_path(job['id'])}/wallet")
    assert response.status_code == 200
    default = http.get("/v0/wallets/default").json()
    assert response.json()["walletId"] == default["walletId"]
    assert response.json()["owner"] == default["owner"]

    response = http.get(f"{job_path(job['id'])}/pricing_unit")
    assert response.status_code == 200
    unit = response.json()
    plan = http.get(f"{RELEASE}/pricing_plan").json()
    assert unit in plan["pricingUnits"]
    assert unit["default"] is True


# -- watching a job run (slow platform) -----------------------------------------------------------
def test_states_and_progress(slow_http: httpx.Client) -> None:
    job = create_job(slow_http, {"input_1": number_file(slow_http), "input_2": 2})
    seen = [start_job(slow_http, job["id"])]
    deadline = time.monotonic() + 15
    while seen[-1]["state"] not in TERMINAL:
        assert time.monotonic() < deadline, seen
        time.sleep(0.01)
        seen.append(inspect_job(slow_http, job["id"]))
    states = [s["state"] for s in seen]
    assert states[0] == "PUBLISHED"
    assert "PENDING" in states, states
    assert "STARTED" in states, states
    assert states[-1] == "SUCCESS", states
    order = ["PUBLISHED", "PENDING", "STARTED", "SUCCESS"]
    assert [order.index(s) for s in states] == sorted(order.index(s) for s in states), states
    progress = [s["progress"] for s in seen]
    assert progress == sorted(progress), progress
    assert (progress[0], progress[-1]) == (0, 100)
    assert any(0 < s["progress"] < 100 for s in seen if s["state"] == "STARTED"), seen
    for status in seen[:-1]:
        assert status["stopped_at"] is None, status
        assert (status["started_at"] is None) == (status["state"] != "STARTED"), status
    assert seen[-1]["stopped_at"] is not None


def test_stop_aborts_a_running_job(slow_http: httpx.Client) -> None:
    job = create_job(slow_http, {"input_1": number_file(slow_http), "input_2": LONG})
    start_job(slow_http, job["id"])
    wait_for_job(slow_http, job["id"], states=frozenset({"STARTED"}))
    assert_error(slow_http.delete(f"{job_path(job['id'])}/assets"), 409)

    response = slow_http.post(f"{job_path(job['id'])}:stop")
    assert response.status_code == 200, response.text
    status = response.json()
    assert status["state"] == "ABORTED"
    assert status["stopped_at"] is not None
    assert status["progress"] < 100
    assert inspect_job(slow_http, job["id"]) == status
    again = slow_http.post(f"{job_path(job['id'])}:start")
    assert again.status_code == 200
    assert again.json()["state"] == "ABORTED"

    outputs = slow_http.get(f"{job_path(job['id'])}/outputs").json()
    assert outputs["results"] == {"output_1": None, "output_2": None}
    log = log_text(slow_http, job["id"])
    assert f"Will sleep for {LONG} seconds" in log
    assert "ABORTED" in log
    assert slow_http.delete(f"{job_path(job['id'])}/assets").status_code == 204


def test_delete_a_running_job(slow_http: httpx.Client) -> None:
    job = create_job(slow_http, {"input_1": number_file(slow_http), "input_2": LONG})
    start_job(slow_http, job["id"])
    wait_for_job(slow_http, job["id"], states=frozenset({"STARTED"}))
    assert slow_http.delete(job_path(job["id"])).status_code == 204
    assert_error(slow_http.post(f"{job_path(job['id'])}:inspect"), 404)
    # The runner carries on with other jobs.
    _, status = create_and_run_job(slow_http, {"input_1": number_file(slow_http), "input_2": 0})
    assert status["state"] == "SUCCESS"


def test_log_stream(slow_http: httpx.Client) -> None:
    job = create_job(slow_http, {"input_1": number_file(slow_http), "input_2": 2})
    start_job(slow_http, job["id"])
    path = f"{job_path(job['id'])}/logstream"
    lines = []
    with slow_http.stream("GET", path) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("application/x-ndjson")
        for line in stream.iter_lines():
            if not line:
                continue
            lines.append(json.loads(line))
            if len(lines) == 1:
                assert_error(slow_http.get(path), 409, "already open")
    assert len(lines) >= 2
    for log in lines:
        assert set(log) == {"job_id", "node_id", "log_level", "messages"}, log
        assert log["job_id"] == job["id"]
        assert isinstance(log["log_level"], int)
        assert log["messages"]
        assert all(isinstance(m, str) for m in log["messages"])
    assert "SUCCESS" in lines[-1]["messages"][0]
    assert inspect_job(slow_http, job["id"])["state"] == "SUCCESS"

    # Once the first stream has ended, the job can be followed again: one line, then the end.
    with slow_http.stream("GET", path) as stream:
        assert stream.status_code == 200
        again = [json.loads(line) for line in stream.iter_lines() if line]
    assert len(again) == 1
    assert "SUCCESS" in again[0]["messages"][0]

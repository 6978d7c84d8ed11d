"""studies and study jobs: list, get, ports, clone, and the study job life cycle."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from helpers import (
    JOB_NAME_RE,
    UUID_RE,
    assert_error,
    assert_page,
    assert_validation_error,
    inspect_job,
    seeded_study,
    start_job,
    study_ports,
    wait_for_job,
)

pytestmark = pytest.mark.timeout(30)


def job_path(study_id: str, job_id: str) -> str:
    return f"/v0/studies/{study_id}/jobs/{job_id}"


def create_study_job(
    http: httpx.Client, study_id: str, sleep: int = 1, fail: bool = False
) -> dict[str, Any]:
    ports = study_ports(http, study_id)
    values = {ports["Sleep interval"]: sleep, ports["Fail after sleep"]: fail}
    response = http.post(f"/v0/studies/{study_id}/jobs", json={"values": values})
    assert response.status_code == 200, response.text  # 200, not 201, as on the platform
    return dict(response.json())


def test_every_user_has_the_seeded_study(http: httpx.Client) -> None:
    response = http.get("/v0/studies")
    assert response.status_code == 200
    body = response.json()
    items = assert_page(body, total=body["total"], limit=20, offset=0)
    assert "Sleeper pipeline" in [s["title"] for s in items]
    for study in items:
        assert set(study) == {"uid", "title", "description"}
        assert UUID_RE.match(study["uid"])


def test_studies_past_the_end(http: httpx.Client) -> None:
    total = http.get("/v0/studies").json()["total"]
    for offset in (total, 10**30):  # even past any 64-bit integer
        body = http.get("/v0/studies", params={"offset": offset}).json()
        assert assert_page(body, total=total, limit=20, offset=offset) == []
        assert body["links"]["next"] is None


def test_get_study(http: httpx.Client) -> None:
    study = seeded_study(http)
    response = http.get(f"/v0/studies/{study['uid']}")
    assert response.status_code == 200
    assert response.json() == study
    assert_error(http.get(f"/v0/studies/{uuid.uuid4()}"), 404)
    assert_validation_error(http.get("/v0/studies/nope"), loc=["path", "study_id"])


def test_study_ports(http: httpx.Client) -> None:
    study = seeded_study(http)
    response = http.get(f"/v0/studies/{study['uid']}/ports")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(body["items"]) == 3
    assert [p["kind"] for p in body["items"]] == ["input", "input", "output"]
    for port in body["items"]:
        assert UUID_RE.match(port["key"])
        assert port["content_schema"]["type"] in ("integer", "boolean", "number")
    assert_error(http.get(f"/v0/studies/{uuid.uuid4()}/ports"), 404)


def test_clone_study(http: httpx.Client) -> None:
    study = seeded_study(http)
    response = http.post(f"/v0/studies/{study['uid']}:clone")
    assert response.status_code == 201, response.text
    clone = response.json()
    assert clone["uid"] != study["uid"]
    assert clone["title"] == "Sleeper pipeline (Copy)"
    assert clone["description"] == study["description"]
    assert http.get(f"/v0/studies/{clone['uid']}").json() == clone
    original_ports = study_ports(http, study["uid"])
    clone_ports = study_ports(http, clone["uid"])
    assert set(original_ports) == set(clone_ports)
    assert not set(original_ports.values()) & set(clone_ports.values())

    named = http.post(
        f"/v0/studies/{study['uid']}:clone", json={"title": "Mine", "description": "my copy"}
    )
    assert named.status_code == 201
    assert (named.json()["title"], named.json()["description"]) == ("Mine", "my copy")
    uids = set()
    offset = 0
    while True:
        body = http.get("/v0/studies", params={"limit": 50, "offset": offset}).json()
        uids |= {s["uid"] for s in body["items"]}
        offset += 50
        if offset >= body["total"]:
            break
    assert {clone["uid"], named.json()["uid"], study["uid"]} <= uids
    assert_error(http.post(f"/v0/studies/{uuid.uuid4()}:clone"), 404)


def test_study_jobs_paginate(http: httpx.Client) -> None:
    clone = http.post(f"/v0/studies/{seeded_study(http)['uid']}:clone").json()
    jobs = [create_study_job(http, clone["uid"]) for _ in range(3)]
    body = http.get(f"/v0/studies/{clone['uid']}/jobs", params={"limit": 2}).json()
    assert assert_page(body, total=3, limit=2, offset=0) == jobs[:2]
    assert body["links"]["next"] == f"/v0/studies/{clone['uid']}/jobs?limit=2&offset=2"
    assert http.get(body["links"]["next"]).json()["items"] == jobs[2:]
    assert_error(http.get(f"/v0/studies/{uuid.uuid4()}/jobs"), 404)


def test_study_job_life_cycle(http: httpx.Client) -> None:
    study = seeded_study(http)
    sid = study["uid"]
    job = create_study_job(http, sid, sleep=1)
    assert job["runner_name"] == f"studies/{sid}"
    assert job["name"] == f"studies/{sid}/jobs/{job['id']}"
    assert JOB_NAME_RE.match(job["name"])
    assert job["url"].endswith(job_path(sid, job["id"]))
    assert job["url"].startswith("http")
    assert job["outputs_url"] == f"{job['url']}/outputs"
    last_page = http.get(http.get(f"/v0/studies/{sid}/jobs").json()["links"]["last"]).json()
    assert last_page["items"][-1] == job

    path = job_path(sid, job["id"])
    assert inspect_job(http, job["id"], path)["state"] == "NOT_STARTED"
    assert start_job(http, job["id"], path)["state"] == "PUBLISHED"
    again = http.post(f"{path}:start")
    assert again.status_code == 200
    status = wait_for_job(http, job["id"], path=path)
    assert status["state"] == "SUCCESS", status
    assert status["progress"] == 100

    response = http.post(f"{path}/outputs")
    assert response.status_code == 200, response.text
    outputs = response.json()
    result_key = study_ports(http, sid)["Random sleep interval"]
    assert outputs["job_id"] == job["id"]
    assert list(outputs["results"]) == [result_key]
    assert 1.0 <= outputs["results"][result_key] <= 9.0

    response = http.get(f"{path}/outputs/log-links")
    assert response.status_code == 200
    links = response.json()["log_links"]
    assert len(links) == 1
    assert links[0]["node_name"]
    archive = httpx.get(links[0]["download_link"])
    assert archive.status_code == 200
    assert archive.content[:2] == b"PK"  # a zip

    response = http.delete(path)
    assert response.status_code == 204
    assert_error(http.post(f"{path}:inspect"), 404)
    assert_error(http.delete(path), 404)


def test_study_job_inputs_are_validated(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    ports = study_ports(http, sid)
    path = f"/v0/studies/{sid}/jobs"
    assert_validation_error(
        http.post(path, json={"values": {ports["Sleep interval"]: 66}}),
        loc=["body", "values", ports["Sleep interval"]],
    )
    unknown = str(uuid.uuid4())
    assert_validation_error(
        http.post(path, json={"values": {unknown: 1}}), loc=["body", "values", unknown]
    )
    # The ports of another study are not this study's.
    clone = http.post(f"/v0/studies/{sid}:clone").json()
    other = study_ports(http, clone["uid"])["Sleep interval"]
    assert_validation_error(http.post(path, json={"values": {other: 1}}))
    # Every input has a default: no values is a valid job.
    assert http.post(path, json={"values": {}}).status_code == 200


def test_study_job_that_fails(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    job = create_study_job(http, sid, sleep=0, fail=True)
    path = job_path(sid, job["id"])
    start_job(http, job["id"], path)
    status = wait_for_job(http, job["id"], path=path)
    assert status["state"] == "FAILED"
    assert status["errors"]
    results = http.post(f"{path}/outputs").json()["results"]
    assert list(results.values()) == [None]


def test_study_job_metadata(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    job = create_study_job(http, sid)
    path = f"{job_path(sid, job['id'])}/metadata"
    response = http.get(path)
    assert response.status_code == 200
    assert response.json() == {"job_id": job["id"], "metadata": {}, "url": f"{job['url']}/metadata"}
    response = http.put(path, json={"metadata": {"study": "yes", "n": 2}})
    assert response.status_code == 200
    assert response.json()["metadata"] == {"study": "yes", "n": 2}
    assert http.put(path, json={"metadata": {}}).json()["metadata"] == {}
    assert http.get(path).json()["metadata"] == {}
    assert_validation_error(http.put(path, json={"metadata": {"x": None}}))
    assert_error(http.get(f"{job_path(sid, str(uuid.uuid4()))}/metadata"), 404)


def test_stop_a_running_study_job(slow_http: httpx.Client) -> None:
    sid = seeded_study(slow_http)["uid"]
    job = create_study_job(slow_http, sid, sleep=65)
    path = job_path(sid, job["id"])
    start_job(slow_http, job["id"], path)
    wait_for_job(slow_http, job["id"], path=path, states=frozenset({"STARTED"}))
    assert_error(slow_http.get(f"{path}/outputs/log-links"), 409)
    response = slow_http.post(f"{path}:stop")
    assert response.status_code == 200
    assert response.json()["state"] == "ABORTED"
    assert inspect_job(slow_http, job["id"], path)["state"] == "ABORTED"
    link = slow_http.get(f"{path}/outputs/log-links").json()["log_links"][0]["download_link"]
    assert httpx.get(link).status_code == 200


def test_study_job_belongs_to_its_study(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    job = create_study_job(http, sid)
    clone = http.post(f"/v0/studies/{sid}:clone").json()
    assert_error(http.post(f"{job_path(clone['uid'], job['id'])}:inspect"), 404)
    assert_error(http.post(f"{job_path(clone['uid'], job['id'])}:start"), 404)
    assert_error(http.post(f"{job_path(str(uuid.uuid4()), job['id'])}:stop"), 404)


def test_get_study_job_is_not_implemented(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    job = create_study_job(http, sid)
    response = http.get(job_path(sid, job["id"]))
    assert_error(response, 501, "not implemented")
    # As on the platform, this route declares no security: it answers 501 to anyone.
    assert_error(httpx.get(f"{http.base_url}{job_path(sid, job['id'])}"), 501)


def test_study_log_links_are_signed(http: httpx.Client) -> None:
    sid = seeded_study(http)["uid"]
    job = create_study_job(http, sid, sleep=0)
    path = job_path(sid, job["id"])
    start_job(http, job["id"], path)
    wait_for_job(http, job["id"], path=path)
    link = http.get(f"{path}/outputs/log-links").json()["log_links"][0]["download_link"]
    assert httpx.get(link).status_code == 200
    assert_error(httpx.get(link.replace("signature=", "signature=0")), 403)

"""Cross-user isolation: another user sees none of the first user's files, uploads, jobs,
studies, study jobs or metadata (404, as if they did not exist), and no listing mixes them."""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import httpx
import pytest
from helpers import (
    JOBS,
    assert_error,
    assert_validation_error,
    client,
    complete_upload,
    create_and_run_job,
    create_job,
    inspect_job,
    job_path,
    number_file,
    open_upload,
    put_parts,
    seeded_study,
    start_job,
    study_ports,
    upload_bytes,
    user_file,
    wait_for_job,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(scope="module")
def owned(platform: LocalPlatform) -> dict[str, Any]:
    """Things the first user owns: a file, a finished job with metadata, a study job."""
    with client(platform) as http:
        file = upload_bytes(http, os.urandom(32), "private.bin")
        job, status = create_and_run_job(http)
        assert status["state"] == "SUCCESS"
        http.patch(f"{job_path(job['id'])}/metadata", json={"metadata": {"owner": "first"}})
        output = http.get(f"{job_path(job['id'])}/outputs").json()["results"]["output_1"]
        study = seeded_study(http)
        ports = study_ports(http, study["uid"])
        study_job = http.post(
            f"/v0/studies/{study['uid']}/jobs", json={"values": {ports["Sleep interval"]: 0}}
        ).json()
        return {"file": file, "job": job, "output": output, "study": study, "study_job": study_job}


def test_files_of_another_user_are_404(other_http: httpx.Client, owned: dict[str, Any]) -> None:
    for file in (owned["file"], owned["output"]):
        fid = file["id"]
        assert_error(other_http.get(f"/v0/files/{fid}"), 404)
        assert_error(other_http.get(f"/v0/files/{fid}/content"), 404)
        assert_error(other_http.delete(f"/v0/files/{fid}"), 404)
        body = other_http.get("/v0/files:search", params={"file_id": fid}).json()
        assert body["items"] == []
        assert body["total"] == 0
        body = other_http.get("/v0/files:search", params={"sha256_checksum": file["checksum"]})
        assert fid not in [f["id"] for f in body.json()["items"]]
    ids = [f["id"] for f in other_http.get("/v0/files").json()]
    assert owned["file"]["id"] not in ids
    assert owned["output"]["id"] not in ids


def test_files_survive_the_other_users_attempts(http: httpx.Client, owned: dict[str, Any]) -> None:
    assert http.get(f"/v0/files/{owned['file']['id']}").json() == owned["file"]


def test_uploads_of_another_user_cannot_be_completed_or_aborted(
    http: httpx.Client, other_http: httpx.Client
) -> None:
    data = os.urandom(64)
    upload = open_upload(http, data, "mine.bin")
    parts = put_parts(upload, data)
    assert_error(complete_upload(other_http, upload, data, "mine.bin", parts), 404)
    body = {"client_file": user_file(data, "mine.bin")}
    assert_error(other_http.post(upload["upload_schema"]["links"]["abort_upload"], json=body), 404)
    response = complete_upload(http, upload, data, "mine.bin", parts)
    assert response.status_code == 200, response.text
    assert_error(other_http.get(f"/v0/files/{upload['file_id']}"), 404)


def test_jobs_of_another_user_are_404(other_http: httpx.Client, owned: dict[str, Any]) -> None:
    path = job_path(owned["job"]["id"])
    for method, suffix in [
        ("GET", ""),
        ("POST", ":start"),
        ("POST", ":stop"),
        ("POST", ":inspect"),
        ("GET", "/outputs"),
        ("GET", "/outputs/logfile"),
        ("GET", "/metadata"),
        ("GET", "/wallet"),
        ("GET", "/pricing_unit"),
        ("GET", "/logstream"),
        ("DELETE", "/assets"),
        ("DELETE", ""),
    ]:
        assert_error(other_http.request(method, path + suffix), 404)
    assert_error(other_http.patch(f"{path}/metadata", json={"metadata": {"x": 1}}), 404)
    batch = "/v0/solvers/-/releases/-/jobs/metadata:batchGet"
    assert_error(other_http.get(batch, params={"job_ids": owned["job"]["id"]}), 404)


def test_first_users_job_is_untouched(http: httpx.Client, owned: dict[str, Any]) -> None:
    path = job_path(owned["job"]["id"])
    assert http.get(path).json() == owned["job"]
    assert http.get(f"{path}/metadata").json()["metadata"] == {"owner": "first"}
    assert http.post(f"{path}:inspect").json()["state"] == "SUCCESS"


def test_another_users_file_is_not_a_valid_input(
    other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    response = other_http.post(JOBS, json={"values": {"input_1": owned["file"]}})
    assert_validation_error(response, loc=["body", "values", "input_1"])


def test_studies_of_another_user_are_404(other_http: httpx.Client, owned: dict[str, Any]) -> None:
    sid = owned["study"]["uid"]
    assert_error(other_http.get(f"/v0/studies/{sid}"), 404)
    assert_error(other_http.get(f"/v0/studies/{sid}/ports"), 404)
    assert_error(other_http.post(f"/v0/studies/{sid}:clone"), 404)
    assert_error(other_http.get(f"/v0/studies/{sid}/jobs"), 404)
    assert_error(other_http.post(f"/v0/studies/{sid}/jobs", json={"values": {}}), 404)
    jid = owned["study_job"]["id"]
    path = f"/v0/studies/{sid}/jobs/{jid}"
    for method, suffix in [
        ("POST", ":start"),
        ("POST", ":stop"),
        ("POST", ":inspect"),
        ("POST", "/outputs"),
        ("GET", "/outputs/log-links"),
        ("GET", "/metadata"),
        ("DELETE", ""),
    ]:
        assert_error(other_http.request(method, path + suffix), 404)
    assert_error(other_http.put(f"{path}/metadata", json={"metadata": {}}), 404)
    # Their own study is a different one, and holds none of the first user's jobs.
    theirs = seeded_study(other_http)
    assert theirs["uid"] != sid
    assert_error(other_http.post(f"/v0/studies/{theirs['uid']}/jobs/{jid}:inspect"), 404)


def test_listings_never_mix_users(
    http: httpx.Client, other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    theirs_file = upload_bytes(other_http, b"theirs", "theirs.txt")
    theirs_job = create_job(other_http, {"input_1": number_file(other_http)})
    other_http.patch(
        f"{job_path(theirs_job['id'])}/metadata", json={"metadata": {"owner": "second"}}
    )

    def ids(items: list[dict[str, Any]], key: str = "id") -> set[str]:
        return {item[key] for item in items}

    assert theirs_file["id"] not in ids(http.get("/v0/files").json())
    assert theirs_job["id"] not in ids(http.get(JOBS).json())
    mine_jobs = http.get("/v0/solvers/-/releases/-/jobs", params={"metadata.any": "owner:*"})
    assert ids(mine_jobs.json()["items"]) >= {owned["job"]["id"]}
    assert theirs_job["id"] not in ids(mine_jobs.json()["items"])
    their_jobs = other_http.get("/v0/solvers/-/releases/-/jobs", params={"limit": 50}).json()
    assert owned["job"]["id"] not in ids(their_jobs["items"])
    assert their_jobs["total"] == len(other_http.get(JOBS).json())
    their_studies = other_http.get("/v0/studies", params={"limit": 50}).json()["items"]
    assert owned["study"]["uid"] not in ids(their_studies, "uid")
    assert other_http.get("/v0/me").json()["login"] == "other@osparc.local"
    assert http.get("/v0/me").json()["login"] == "user@osparc.local"


# -- what another user's attempts must leave unchanged -------------------------------------
def test_an_idempotency_key_belongs_to_the_user_who_sent_it(
    http: httpx.Client, other_http: httpx.Client
) -> None:
    key = {"Idempotency-Key": f"shared-{uuid.uuid4().hex}"}
    mine = create_job(http, headers=key)
    theirs = create_job(other_http, headers=key)
    assert theirs["id"] != mine["id"]  # their own job, not a view of mine
    assert create_job(http, headers=key)["id"] == mine["id"]
    assert create_job(other_http, headers=key)["id"] == theirs["id"]
    assert_error(other_http.get(job_path(mine["id"])), 404)


def test_jobs_in_flight_cannot_be_started_stopped_or_deleted_by_another_user(
    http: httpx.Client, other_http: httpx.Client
) -> None:
    waiting = create_job(http)
    running = create_job(http, {"input_1": number_file(http), "input_2": 65, "input_4": 10000})
    start_job(http, running["id"])
    wait_for_job(http, running["id"], states=frozenset({"STARTED"}))
    try:
        assert_error(other_http.post(f"{job_path(waiting['id'])}:start"), 404)
        assert_error(other_http.delete(job_path(waiting["id"])), 404)
        assert_error(other_http.post(f"{job_path(running['id'])}:stop"), 404)
        assert_error(other_http.delete(f"{job_path(running['id'])}/assets"), 404)
        assert inspect_job(http, waiting["id"])["state"] == "NOT_STARTED"
        assert inspect_job(http, running["id"])["state"] == "STARTED"
    finally:
        http.post(f"{job_path(running['id'])}:stop")


def test_metadata_of_another_users_study_job_is_untouched(
    http: httpx.Client, other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    path = f"/v0/studies/{owned['study']['uid']}/jobs/{owned['study_job']['id']}/metadata"
    assert http.put(path, json={"metadata": {"owner": "first"}}).status_code == 200
    assert_error(other_http.put(path, json={"metadata": {"owner": "second"}}), 404)
    assert http.get(path).json()["metadata"] == {"owner": "first"}


def test_a_batch_holding_one_foreign_job_reveals_nothing(
    other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    theirs = create_job(other_http, {"input_1": number_file(other_http)})
    batch = "/v0/solvers/-/releases/-/jobs/metadata:batchGet"
    response = other_http.get(batch, params={"job_ids": [theirs["id"], owned["job"]["id"]]})
    errors = assert_error(response, 404)
    assert "first" not in json.dumps(errors)  # the owner's metadata is not echoed


def test_another_users_job_output_is_not_a_valid_input(
    other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    response = other_http.post(JOBS, json={"values": {"input_1": owned["output"]}})
    assert_validation_error(response, loc=["body", "values", "input_1"])


def test_a_signed_link_opens_exactly_one_resource(
    http: httpx.Client, other_http: httpx.Client, owned: dict[str, Any]
) -> None:
    """A log link of the first user's job cannot be pointed at another job (theirs or the
    other user's): the signature covers the path."""
    mine = http.get(f"{job_path(owned['job']['id'])}/outputs/logfile")
    assert mine.status_code == 307
    link = mine.headers["location"]
    assert httpx.get(link).status_code == 200
    theirs, _ = create_and_run_job(other_http)
    forged = link.replace(owned["job"]["id"], theirs["id"])
    assert_error(httpx.get(forged), 403)
    their_link = other_http.get(f"{job_path(theirs['id'])}/outputs/logfile").headers["location"]
    query = link.split("?", 1)[1]
    assert_error(httpx.get(their_link.split("?", 1)[0] + "?" + query), 403)

"""Programs: the catalog of dynamic services, their releases, program jobs, and uploads into a
program job's workspace."""

from __future__ import annotations

import os
import uuid
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from helpers import (
    JOB_NAME_RE,
    UUID_RE,
    assert_error,
    assert_page,
    assert_validation_error,
    complete_upload,
    put_parts,
    sha256,
)

pytestmark = pytest.mark.timeout(30)

JUPYTER = "simcore/services/dynamic/jupyter-math"
RELEASE = f"/v0/programs/{JUPYTER}/releases/3.0.5"


def test_list_programs_gives_the_latest_release_of_each(http: httpx.Client, platform: Any) -> None:
    page = http.get("/v0/programs").json()
    programs = assert_page(page, total=2, limit=20, offset=0)
    by_id = {p["id"]: p for p in programs}
    assert set(by_id) == {JUPYTER, "simcore/services/dynamic/s4l-lite"}
    latest = by_id[JUPYTER]
    assert latest["version"] == "3.0.5"
    assert latest["url"] == f"{platform.base_url}{RELEASE}"
    assert http.get(latest["url"]).json() == latest
    assert by_id["simcore/services/dynamic/s4l-lite"]["version_display"] is None
    one = http.get("/v0/programs", params={"limit": 1, "offset": 1}).json()
    assert assert_page(one, total=2, limit=1, offset=1) == programs[1:]


def test_program_history_lists_every_release(http: httpx.Client) -> None:
    page = http.get(f"/v0/programs/{JUPYTER}/releases").json()
    versions = [p["version"] for p in assert_page(page, total=3, limit=20, offset=0)]
    assert versions == ["2.0.9", "3.0.2", "3.0.5"]
    encoded = http.get(f"/v0/programs/{quote(JUPYTER, safe='')}/releases").json()
    assert encoded == page | {"links": encoded["links"]}
    assert_error(http.get("/v0/programs/simcore/services/dynamic/nothing/releases"), 404)
    assert_validation_error(http.get("/v0/programs/simcore/services/comp/x/releases"))


def test_get_a_program_release(http: httpx.Client) -> None:
    program = http.get(f"/v0/programs/{JUPYTER}/releases/2.0.9").json()
    assert (program["id"], program["version"], program["version_display"]) == (
        JUPYTER,
        "2.0.9",
        "Math 2.0.9",
    )
    assert_error(http.get(f"/v0/programs/{JUPYTER}/releases/9.9.9"), 404, "9.9.9")
    assert_validation_error(http.get(f"/v0/programs/{JUPYTER}/releases/latest"))


def test_create_a_program_job(http: httpx.Client) -> None:
    response = http.post(f"{RELEASE}/jobs", json={"name": "my lab", "description": "notes"})
    assert response.status_code == 201, response.text
    job = response.json()
    assert UUID_RE.match(job["id"])
    runner = "programs/simcore%2Fservices%2Fdynamic%2Fjupyter-math/releases/3.0.5"
    assert job["runner_name"] == runner
    assert job["name"] == f"{runner}/jobs/{job['id']}"
    assert JOB_NAME_RE.match(job["name"])
    assert (job["url"], job["runner_url"], job["outputs_url"]) == (None, None, None)
    # The body is optional, and so are the lineage headers.
    bare = http.post(
        f"{RELEASE}/jobs",
        headers={"x-simcore-parent-project-uuid": str(uuid.uuid4())},
    )
    assert bare.status_code == 201, bare.text
    assert bare.json()["id"] != job["id"]
    assert_error(http.post(f"/v0/programs/{JUPYTER}/releases/1.0.0/jobs"), 404)
    assert_validation_error(http.post(f"{RELEASE}/jobs", json={"name": "x" * 501}))


def workspace_upload(job: dict[str, Any], data: bytes, **changes: Any) -> dict[str, Any]:
    return {
        "filename": "notes.txt",
        "filesize": len(data),
        "sha256_checksum": sha256(data),
        "program_key": JUPYTER,
        "program_version": "3.0.5",
        "job_id": job["id"],
        "workspace_path": "workspace/inputs/notes.txt",
        **changes,
    }


def test_upload_into_a_program_jobs_workspace(http: httpx.Client) -> None:
    job = http.post(f"{RELEASE}/jobs").json()
    data = os.urandom(3000)
    target = workspace_upload(job, data)
    response = http.post("/v0/files/content", json=target)
    assert response.status_code == 200, response.text
    upload = response.json()
    parts = put_parts(upload, data)
    done = complete_upload(http, upload, data, "notes.txt", parts)
    assert done.status_code == 200, done.text
    assert done.json()["checksum"] == sha256(data)

    unknown = workspace_upload({"id": str(uuid.uuid4())}, data)
    assert_error(http.post("/v0/files/content", json=unknown), 404, "Program job")
    other_release = workspace_upload(job, data, program_version="2.0.9")
    assert_validation_error(http.post("/v0/files/content", json=other_release), ["body", "job_id"])


def test_program_jobs_of_another_user_take_no_uploads(
    http: httpx.Client, other_http: httpx.Client
) -> None:
    job = http.post(f"{RELEASE}/jobs").json()
    target = workspace_upload(job, b"data")
    assert_error(other_http.post("/v0/files/content", json=target), 404)

"""Helpers shared by the server tests: plain HTTP calls against a live reference platform."""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx

from sdk.testing import LocalPlatform

SLEEPER = "simcore/services/comp/itis/sleeper"
SLEEPER_ENCODED = quote(SLEEPER, safe="")
VERSION = "2.1.6"
RELEASE = f"/v0/solvers/{SLEEPER}/releases/{VERSION}"
JOBS = f"{RELEASE}/jobs"
TERMINAL = frozenset({"SUCCESS", "FAILED", "ABORTED"})
ACTIVE = frozenset({"PUBLISHED", "PENDING", "STARTED"})

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
JOB_NAME_RE = re.compile(r"^([^\s/]+/?){1,10}$")
PAGE_LINKS = {"first", "last", "next", "prev", "self"}


# -- clients and errors ---------------------------------------------------------------------------
@contextmanager
def client(
    platform: LocalPlatform, key: str | None = None, secret: str | None = None
) -> Iterator[httpx.Client]:
    """An httpx client for `platform`, signed with the given key (default: the platform's)."""
    auth = (key or platform.api_key, secret or platform.api_secret)
    with httpx.Client(base_url=platform.base_url, auth=auth, timeout=30.0) as http:
        yield http


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def assert_error(response: httpx.Response, status: int, contains: str | None = None) -> list[Any]:
    """The response is an ErrorGet envelope with this status; returns its `errors`."""
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"errors", "support_id"}, body
    assert isinstance(body["errors"], list), body
    assert body["errors"], body
    if contains is not None:
        assert contains in json.dumps(body["errors"]), body["errors"]
    return list(body["errors"])


def assert_validation_error(
    response: httpx.Response, loc: list[Any] | None = None, contains: str | None = None
) -> list[dict[str, Any]]:
    """A 422 whose errors are ValidationErrors (`loc`, `msg`, `type`), as the spec declares."""
    errors = assert_error(response, 422, contains)
    for error in errors:
        assert isinstance(error, dict), errors
        assert {"loc", "msg", "type"} <= set(error), error
        assert isinstance(error["loc"], list), error
    if loc is not None:
        assert any(e["loc"] == loc for e in errors), errors
    return errors


def assert_page(body: dict[str, Any], *, total: int, limit: int, offset: int) -> list[Any]:
    """A Page_X_ envelope with the given numbers and all five links; returns its items."""
    assert set(body) == {"items", "total", "limit", "offset", "links"}, body
    assert (body["total"], body["limit"], body["offset"]) == (total, limit, offset), body
    assert set(body["links"]) == PAGE_LINKS, body["links"]
    for key in ("total", "limit", "offset"):
        assert type(body[key]) is int, body
    return list(body["items"])


def follow(response: httpx.Response) -> httpx.Response:
    """Follow a 307 to its link without credentials, as a presigned link must allow."""
    assert response.status_code == 307, (response.status_code, response.text)
    return httpx.get(response.headers["location"], timeout=30.0)


# -- files ----------------------------------------------------------------------------------------
def upload_bytes(
    http: httpx.Client,
    data: bytes,
    filename: str = "data.bin",
    content_type: str = "application/octet-stream",
) -> dict[str, Any]:
    """Single-shot multipart PUT /v0/files/content; returns the File."""
    response = http.put("/v0/files/content", files={"file": (filename, data, content_type)})
    assert response.status_code == 200, response.text
    file = response.json()
    assert file["filename"] == filename
    assert file["checksum"] == sha256(data)
    return dict(file)


def number_file(http: httpx.Client, text: str = "3\n") -> dict[str, Any]:
    """An input_1 file for the sleeper: single_number.txt holding one integer."""
    return upload_bytes(http, text.encode(), "single_number.txt", "text/plain")


def user_file(data: bytes, filename: str) -> dict[str, Any]:
    return {"filename": filename, "filesize": len(data), "sha256_checksum": sha256(data)}


def open_upload(http: httpx.Client, data: bytes, filename: str) -> dict[str, Any]:
    """POST /v0/files/content: returns ClientFileUploadData."""
    response = http.post("/v0/files/content", json=user_file(data, filename))
    assert response.status_code == 200, response.text
    upload = response.json()
    schema = upload["upload_schema"]
    assert len(schema["urls"]) >= max(1, math.ceil(len(data) / schema["chunk_size"]))
    return dict(upload)


def put_parts(upload: dict[str, Any], data: bytes) -> list[dict[str, Any]]:
    """PUT each chunk to its presigned link (no credentials); returns the UploadedParts."""
    chunk = upload["upload_schema"]["chunk_size"]
    parts = []
    for number, url in enumerate(upload["upload_schema"]["urls"], start=1):
        body = data[(number - 1) * chunk : number * chunk]
        response = httpx.put(url, content=body, timeout=30.0)
        assert response.status_code == 200, response.text
        etag = response.headers["ETag"]
        assert json.loads(etag) == md5(body), etag  # a quoted md5, as S3 answers
        parts.append({"number": number, "e_tag": json.loads(etag)})
    return parts


def complete_upload(
    http: httpx.Client,
    upload: dict[str, Any],
    data: bytes,
    filename: str,
    parts: list[dict[str, Any]],
) -> httpx.Response:
    return http.post(
        upload["upload_schema"]["links"]["complete_upload"],
        json={"client_file": user_file(data, filename), "uploaded_parts": {"parts": parts}},
    )


def multipart_upload(http: httpx.Client, data: bytes, filename: str = "data.bin") -> dict[str, Any]:
    """The upload-links protocol of the official client, end to end; returns the File."""
    upload = open_upload(http, data, filename)
    parts = put_parts(upload, data)
    response = complete_upload(http, upload, data, filename, parts)
    assert response.status_code == 200, response.text
    file = response.json()
    assert file["id"] == upload["file_id"]
    assert file["checksum"] == sha256(data)
    return dict(file)


def download(http: httpx.Client, file_id: str) -> bytes:
    response = follow(http.get(f"/v0/files/{file_id}/content"))
    assert response.status_code == 200, response.text
    return response.content


# -- solver jobs ----------------------------------------------------------------------------------
def job_path(job_id: str, version: str = VERSION) -> str:
    return f"/v0/solvers/{SLEEPER}/releases/{version}/jobs/{job_id}"


def create_job(
    http: httpx.Client, values: dict[str, Any] | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Create a sleeper job; without values, input_1 is a fresh number file and input_2 is 1."""
    if values is None:
        values = {"input_1": number_file(http), "input_2": 1}
    response = http.post(JOBS, json={"values": values}, **kwargs)
    assert response.status_code == 201, response.text
    return dict(response.json())


def start_job(http: httpx.Client, job_id: str, path: str | None = None) -> dict[str, Any]:
    response = http.post(f"{path or job_path(job_id)}:start")
    assert response.status_code == 202, response.text
    return dict(response.json())


def inspect_job(http: httpx.Client, job_id: str, path: str | None = None) -> dict[str, Any]:
    response = http.post(f"{path or job_path(job_id)}:inspect")
    assert response.status_code == 200, response.text
    return dict(response.json())


def wait_for_job(
    http: httpx.Client,
    job_id: str,
    *,
    states: frozenset[str] = TERMINAL,
    path: str | None = None,
    timeout: float = 15.0,
) -> dict[str, Any]:
    """Poll :inspect until the job reaches one of `states`; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        status = inspect_job(http, job_id, path)
        if status["state"] in states:
            return status
        assert time.monotonic() < deadline, f"job {job_id} still {status} after {timeout} s"
        time.sleep(0.01)


def create_and_run_job(
    http: httpx.Client, values: dict[str, Any] | None = None, timeout: float = 15.0
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Create, start and wait for a sleeper job; returns the Job and its final JobStatus."""
    job = create_job(http, values)
    start_job(http, job["id"])
    return job, wait_for_job(http, job["id"], timeout=timeout)


# -- studies --------------------------------------------------------------------------------------
def seeded_study(http: httpx.Client) -> dict[str, Any]:
    """The "Sleeper pipeline" study every user starts with."""
    response = http.get("/v0/studies", params={"limit": 50})
    assert response.status_code == 200, response.text
    studies = [s for s in response.json()["items"] if s["title"] == "Sleeper pipeline"]
    assert studies, response.json()
    return dict(studies[0])


def study_ports(http: httpx.Client, study_id: str) -> dict[str, str]:
    """Port keys of a study by title: {"Sleep interval": <uuid>, ...}."""
    response = http.get(f"/v0/studies/{study_id}/ports")
    assert response.status_code == 200, response.text
    return {p["content_schema"]["title"]: p["key"] for p in response.json()["items"]}

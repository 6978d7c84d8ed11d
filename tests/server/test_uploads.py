"""The multipart upload-links protocol (get_upload_links, part PUTs, :complete, :abort) and the
limits and checks around it, on a platform with 1 KiB chunks and small size limits."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import uuid
from collections.abc import Iterator

import httpx
import pytest
from helpers import (
    assert_error,
    assert_validation_error,
    client,
    complete_upload,
    download,
    md5,
    open_upload,
    put_parts,
    sha256,
    user_file,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

CHUNK = 1024
MAX_UPLOAD = 64 * 1024
MAX_JSON = 4096
PARTS_LOC = ["body", "uploaded_parts", "parts"]


@pytest.fixture(scope="module")
def small_platform() -> Iterator[LocalPlatform]:
    env = {
        "PLATFORM_UPLOAD_CHUNK_SIZE": str(CHUNK),
        "PLATFORM_MAX_UPLOAD_BYTES": str(MAX_UPLOAD),
        "PLATFORM_MAX_JSON_BYTES": str(MAX_JSON),
    }
    with LocalPlatform(env=env) as running:
        yield running


@pytest.fixture
def api(small_platform: LocalPlatform) -> Iterator[httpx.Client]:
    with client(small_platform) as http:
        yield http


def assert_not_stored(http: httpx.Client, file_id: str) -> None:
    assert_error(http.get(f"/v0/files/{file_id}"), 404)
    assert file_id not in [f["id"] for f in http.get("/v0/files").json()]


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK, 3 * CHUNK, 2 * CHUNK + 452],
    ids=["empty", "one-byte", "one-chunk", "three-chunks", "not-a-multiple"],
)
def test_upload_in_parts(api: httpx.Client, size: int) -> None:
    data = os.urandom(size)
    upload = open_upload(api, data, "parts.bin")
    schema = upload["upload_schema"]
    assert schema["chunk_size"] == CHUNK
    assert len(schema["urls"]) == max(1, math.ceil(size / CHUNK))
    file_id = upload["file_id"]
    assert schema["links"] == {
        "abort_upload": f"/v0/files/{file_id}:abort",
        "complete_upload": f"/v0/files/{file_id}:complete",
    }
    assert_not_stored(api, file_id)

    parts = put_parts(upload, data)
    response = complete_upload(api, upload, data, "parts.bin", parts)
    assert response.status_code == 200, response.text
    file = response.json()
    assert file["id"] == file_id
    assert file["filename"] == "parts.bin"
    assert file["checksum"] == sha256(data)
    if len(parts) > 1:  # S3's multipart e_tag: md5 of the joined part md5s, dash, count
        joined = b"".join(bytes.fromhex(p["e_tag"]) for p in parts)
        assert file["e_tag"] in (f"{md5(data)}-{len(parts)}", f"{md5(joined)}-{len(parts)}")
    else:
        assert file["e_tag"] == md5(data)
    assert api.get(f"/v0/files/{file_id}").json() == file
    assert download(api, file_id) == data


def test_empty_file_completes_without_parts(api: httpx.Client) -> None:
    upload = open_upload(api, b"", "empty.txt")
    response = complete_upload(api, upload, b"", "empty.txt", [])
    assert response.status_code == 200, response.text
    assert response.json()["checksum"] == sha256(b"")
    assert download(api, upload["file_id"]) == b""


def test_complete_twice_returns_the_same_file(api: httpx.Client) -> None:
    data = os.urandom(2 * CHUNK)
    upload = open_upload(api, data, "twice.bin")
    parts = put_parts(upload, data)
    first = complete_upload(api, upload, data, "twice.bin", parts)
    second = complete_upload(api, upload, data, "twice.bin", parts)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert [f["id"] for f in api.get("/v0/files").json()].count(upload["file_id"]) == 1
    # A completed upload can no longer be aborted or written to.
    assert_error(
        api.post(
            f"/v0/files/{upload['file_id']}:abort",
            json={"client_file": user_file(data, "twice.bin")},
        ),
        409,
    )
    assert_error(httpx.put(upload["upload_schema"]["urls"][0], content=data[:CHUNK]), 409)


def test_wrong_etag_is_rejected_and_nothing_is_stored(api: httpx.Client) -> None:
    data = os.urandom(2 * CHUNK)
    upload = open_upload(api, data, "etag.bin")
    parts = put_parts(upload, data)
    bad = [parts[0], {"number": 2, "e_tag": md5(b"not the content")}]
    assert_validation_error(complete_upload(api, upload, data, "etag.bin", bad), loc=PARTS_LOC)
    assert_not_stored(api, upload["file_id"])
    # The upload is still open: the right parts complete it.
    response = complete_upload(api, upload, data, "etag.bin", parts)
    assert response.status_code == 200, response.text
    assert download(api, upload["file_id"]) == data


def test_missing_part_is_rejected_and_upload_stays_abortable(api: httpx.Client) -> None:
    data = os.urandom(3 * CHUNK)
    upload = open_upload(api, data, "missing.bin")
    parts = put_parts(upload, data)
    response = complete_upload(api, upload, data, "missing.bin", parts[:2])
    assert_validation_error(response, loc=PARTS_LOC, contains="[3]")
    duplicated = [*parts, parts[0]]
    response = complete_upload(api, upload, data, "missing.bin", duplicated)
    assert_validation_error(response, loc=PARTS_LOC)
    assert_not_stored(api, upload["file_id"])

    abort = api.post(
        upload["upload_schema"]["links"]["abort_upload"],
        json={"client_file": user_file(data, "missing.bin")},
    )
    assert abort.status_code == 200, abort.text
    assert_error(complete_upload(api, upload, data, "missing.bin", parts), 409)
    assert_error(httpx.put(upload["upload_schema"]["urls"][0], content=data[:CHUNK]), 409)
    assert_not_stored(api, upload["file_id"])


def test_part_never_uploaded_is_rejected(api: httpx.Client) -> None:
    data = os.urandom(2 * CHUNK)
    upload = open_upload(api, data, "half.bin")
    first = httpx.put(upload["upload_schema"]["urls"][0], content=data[:CHUNK])
    assert first.status_code == 200
    parts = [
        {"number": 1, "e_tag": json.loads(first.headers["ETag"])},
        {"number": 2, "e_tag": md5(data[CHUNK:])},
    ]
    assert_validation_error(complete_upload(api, upload, data, "half.bin", parts), loc=PARTS_LOC)
    assert_not_stored(api, upload["file_id"])


def test_parts_out_of_order_are_refused_like_an_object_store_does(api: httpx.Client) -> None:
    data = os.urandom(3 * CHUNK)
    upload = open_upload(api, data, "ordered.bin")
    parts = put_parts(upload, data)
    shuffled = [parts[1], parts[0], parts[2]]
    errors = assert_validation_error(
        complete_upload(api, upload, data, "ordered.bin", shuffled), loc=PARTS_LOC
    )
    assert any("ascending" in e["msg"] for e in errors), errors
    assert_not_stored(api, upload["file_id"])
    response = complete_upload(api, upload, data, "ordered.bin", parts)
    assert response.status_code == 200, response.text


def test_content_that_does_not_match_the_declared_sha256(api: httpx.Client) -> None:
    declared = os.urandom(CHUNK + 10)
    sent = os.urandom(CHUNK + 10)
    upload = open_upload(api, declared, "liar.bin")
    parts = put_parts(upload, sent)
    response = complete_upload(api, upload, declared, "liar.bin", parts)
    assert_validation_error(response, loc=["body", "client_file", "sha256_checksum"])
    assert_not_stored(api, upload["file_id"])
    abort = api.post(
        f"/v0/files/{upload['file_id']}:abort",
        json={"client_file": user_file(declared, "liar.bin")},
    )
    assert abort.status_code == 200


@pytest.mark.parametrize("field", ["filename", "filesize", "sha256_checksum"])
def test_complete_with_a_different_client_file(api: httpx.Client, field: str) -> None:
    data = os.urandom(100)
    upload = open_upload(api, data, "declared.bin")
    parts = put_parts(upload, data)
    other = {"filename": "other.bin", "filesize": 99, "sha256_checksum": sha256(b"other")}
    client_file = {**user_file(data, "declared.bin"), field: other[field]}
    response = api.post(
        f"/v0/files/{upload['file_id']}:complete",
        json={"client_file": client_file, "uploaded_parts": {"parts": parts}},
    )
    assert_validation_error(response, loc=["body", "client_file"])
    assert_not_stored(api, upload["file_id"])


def test_abort_discards_the_parts(api: httpx.Client) -> None:
    data = os.urandom(CHUNK)
    upload = open_upload(api, data, "abort.bin")
    put_parts(upload, data)
    body = {"client_file": user_file(data, "abort.bin")}
    assert api.post(upload["upload_schema"]["links"]["abort_upload"], json=body).status_code == 200
    assert api.post(upload["upload_schema"]["links"]["abort_upload"], json=body).status_code == 200
    assert_not_stored(api, upload["file_id"])


def test_complete_and_abort_of_unknown_uploads(api: httpx.Client) -> None:
    unknown = str(uuid.uuid4())
    body = {"client_file": user_file(b"x", "x.bin")}
    assert_error(api.post(f"/v0/files/{unknown}:abort", json=body), 404)
    body["uploaded_parts"] = {"parts": [{"number": 1, "e_tag": md5(b"x")}]}
    assert_error(api.post(f"/v0/files/{unknown}:complete", json=body), 404)


@pytest.mark.parametrize(
    "name", ["../../x", "a/b", "..", ".", "a\\b", "a\x00b", "line\nbreak", "x" * 256]
)
def test_upload_links_reject_unsafe_names(api: httpx.Client, name: str) -> None:
    response = api.post("/v0/files/content", json=user_file(b"data", name))
    assert_validation_error(response, loc=["body", "filename"])


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"filename": "a", "filesize": -1, "sha256_checksum": "0" * 64}, ["filesize"]),
        ({"filename": "a", "filesize": False, "sha256_checksum": "0" * 64}, ["filesize"]),
        ({"filename": "a", "filesize": "10", "sha256_checksum": "0" * 64}, ["filesize"]),
        ({"filename": "a", "filesize": 1, "sha256_checksum": "xyz"}, ["sha256_checksum"]),
        ({"filename": "", "filesize": 1, "sha256_checksum": "0" * 64}, ["filename"]),
        ({"filesize": 1, "sha256_checksum": "0" * 64}, ["filename"]),
    ],
)
def test_upload_links_validate_the_client_file(
    api: httpx.Client, body: dict[str, object], loc: list[str]
) -> None:
    errors = assert_validation_error(api.post("/v0/files/content", json=body))
    assert any(e["loc"][-len(loc) :] == loc for e in errors), errors


def test_filesize_may_be_an_integral_float(api: httpx.Client) -> None:
    # JSON Schema's integer includes 4.0; only fractions, booleans and strings are refused.
    body = {**user_file(b"four", "four.bin"), "filesize": 4.0}
    response = api.post("/v0/files/content", json=body)
    assert response.status_code == 200, response.text
    assert_validation_error(api.post("/v0/files/content", json={**body, "filesize": 4.5}))


def test_upload_links_for_a_program_job_workspace(api: httpx.Client) -> None:
    data = b"workspace file"
    program = "simcore/services/dynamic/jupyter-math"
    job = api.post(f"/v0/programs/{program}/releases/3.0.5/jobs").json()
    body = {
        **user_file(data, "in.txt"),
        "program_key": program,
        "program_version": "3.0.5",
        "job_id": job["id"],
        "workspace_path": "workspace/in.txt",
    }
    response = api.post("/v0/files/content", json=body)
    assert response.status_code == 200, response.text
    assert len(response.json()["upload_schema"]["urls"]) == 1
    body["workspace_path"] = "elsewhere/in.txt"
    response = api.post("/v0/files/content", json=body)
    # Not a valid UserFileToProgramJob, but still a valid UserFile (extra fields are ignored).
    assert response.status_code == 200, response.text


def test_declared_size_over_the_limit_is_413(api: httpx.Client) -> None:
    body = {"filename": "huge.bin", "filesize": MAX_UPLOAD + 1, "sha256_checksum": "0" * 64}
    assert_error(api.post("/v0/files/content", json=body), 413)


def test_single_shot_upload_over_the_limit_is_413(api: httpx.Client) -> None:
    before = api.get("/v0/files").json()
    response = api.put("/v0/files/content", files={"file": ("big.bin", os.urandom(MAX_UPLOAD + 1))})
    assert_error(response, 413)
    # Streamed without a Content-Length, and past the limit of any multipart body.
    body = (
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n'
        + os.urandom(MAX_UPLOAD + 1024 * 1024 + 1)
        + b"\r\n--BOUNDARY--\r\n"
    )
    chunks = (body[i : i + 65536] for i in range(0, len(body), 65536))
    headers = {"content-type": "multipart/form-data; boundary=BOUNDARY"}
    assert_error(api.put("/v0/files/content", content=chunks, headers=headers), 413)
    assert api.get("/v0/files").json() == before


def test_oversized_json_body_is_413(api: httpx.Client) -> None:
    body = {"filename": "a.bin", "filesize": 1, "sha256_checksum": "0" * 64, "pad": "x" * MAX_JSON}
    assert_error(api.post("/v0/files/content", json=body), 413)
    # Without a Content-Length (chunked), the limit holds while the body streams in.
    chunks = iter([json.dumps(body).encode()[i : i + 512] for i in range(0, MAX_JSON + 200, 512)])
    response = api.post(
        "/v0/files/content", content=chunks, headers={"content-type": "application/json"}
    )
    assert_error(response, 413)


def test_oversized_part_is_413(api: httpx.Client) -> None:
    data = os.urandom(2 * CHUNK + 100)
    upload = open_upload(api, data, "big-part.bin")
    urls = upload["upload_schema"]["urls"]
    assert_error(httpx.put(urls[0], content=os.urandom(CHUNK + 1)), 413)
    assert_error(httpx.put(urls[2], content=os.urandom(101)), 413)  # the last part is short
    streamed = iter([os.urandom(512) for _ in range(3)])  # chunked: no Content-Length
    assert_error(httpx.put(urls[1], content=streamed), 413)
    # Parts of the right size are still accepted afterwards.
    parts = put_parts(upload, data)
    assert complete_upload(api, upload, data, "big-part.bin", parts).status_code == 200


def test_part_with_a_wrong_content_md5_is_400(api: httpx.Client) -> None:
    data = os.urandom(CHUNK)
    upload = open_upload(api, data, "md5.bin")
    url = upload["upload_schema"]["urls"][0]
    wrong = base64.b64encode(hashlib.md5(b"other", usedforsecurity=False).digest()).decode()
    assert_error(httpx.put(url, content=data, headers={"Content-MD5": wrong}), 400)
    assert_error(httpx.put(url, content=data, headers={"Content-MD5": "not base64!"}), 400)
    right = base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()
    response = httpx.put(url, content=data, headers={"Content-MD5": right})
    assert response.status_code == 200
    assert response.headers["ETag"] == f'"{md5(data)}"'


def test_part_links_with_a_tampered_signature_are_403(api: httpx.Client) -> None:
    data = os.urandom(2 * CHUNK)
    upload = open_upload(api, data, "tamper.bin")
    first, second = upload["upload_schema"]["urls"]
    assert_error(httpx.put(first.replace("signature=", "signature=f"), content=data[:CHUNK]), 403)
    swapped = first.split("?")[0] + "?" + second.split("?")[1]  # part 2's signature on part 1
    assert_error(httpx.put(swapped, content=data[:CHUNK]), 403)
    later = first.replace("expires=", "expires=9")  # pushing the expiry breaks the signature
    assert_error(httpx.put(later, content=data[:CHUNK]), 403)


def test_expired_links_are_403() -> None:
    with LocalPlatform(env={"PLATFORM_LINK_TTL": "-60"}) as expired, client(expired) as http:
        data = b"expired"
        upload = open_upload(http, data, "late.bin")
        response = httpx.put(upload["upload_schema"]["urls"][0], content=data)
        assert_error(response, 403, "expired")
        file = http.put("/v0/files/content", files={"file": ("late.bin", data)}).json()
        link = http.get(f"/v0/files/{file['id']}/content")
        assert link.status_code == 307
        assert_error(httpx.get(link.headers["location"]), 403, "expired")

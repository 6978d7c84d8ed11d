"""files: single-shot upload, list, get, search, download (redirect and Range), delete."""

from __future__ import annotations

import os
import uuid

import httpx
import pytest
from helpers import (
    UUID_RE,
    assert_error,
    assert_page,
    assert_validation_error,
    download,
    follow,
    md5,
    sha256,
    upload_bytes,
)

pytestmark = pytest.mark.timeout(30)

MULTIPART = "multipart/form-data; boundary=BOUNDARY"


def raw_multipart(filename: bytes, content: bytes = b"hello") -> bytes:
    """A multipart body written by hand, so the file name reaches the server byte for byte."""
    return (
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="'
        + filename
        + b'"\r\nContent-Type: text/plain\r\n\r\n'
        + content
        + b"\r\n--BOUNDARY--\r\n"
    )


def test_single_shot_upload(http: httpx.Client) -> None:
    data = os.urandom(1000)
    response = http.put("/v0/files/content", files={"file": ("notes.txt", data, "text/plain")})
    assert response.status_code == 200, response.text
    file = response.json()
    assert UUID_RE.match(file["id"])
    assert file["filename"] == "notes.txt"
    assert file["content_type"] == "text/plain"
    assert file["checksum"] == sha256(data)
    assert file["e_tag"] == md5(data)
    assert http.get(f"/v0/files/{file['id']}").json() == file
    assert download(http, file["id"]) == data


def test_empty_single_shot_upload(http: httpx.Client) -> None:
    file = upload_bytes(http, b"", "empty.bin")
    assert download(http, file["id"]) == b""


def test_reuploads_get_new_ids(http: httpx.Client) -> None:
    first = upload_bytes(http, b"same", "same.txt")
    second = upload_bytes(http, b"same", "same.txt")
    assert first["id"] != second["id"]
    assert first["checksum"] == second["checksum"]


def test_list_files(http: httpx.Client) -> None:
    file = upload_bytes(http, os.urandom(10), "listed.bin")
    response = http.get("/v0/files")
    assert response.status_code == 200
    assert isinstance(response.json(), list)
    assert file in response.json()


def test_get_unknown_file(http: httpx.Client) -> None:
    missing = str(uuid.uuid4())
    assert_error(http.get(f"/v0/files/{missing}"), 404, f"File with identifier {missing}")
    assert_validation_error(http.get("/v0/files/not-a-uuid"), loc=["path", "file_id"])


def test_search_by_checksum_pages_through_matches(http: httpx.Client) -> None:
    data = os.urandom(64)
    checksum = sha256(data)
    uploaded = [upload_bytes(http, data, f"copy{i}.bin") for i in range(3)]

    body = http.get("/v0/files:search", params={"sha256_checksum": checksum}).json()
    assert assert_page(body, total=3, limit=20, offset=0) == uploaded
    assert body["links"]["next"] is None
    assert body["links"]["prev"] is None

    seen = []
    url: str | None = f"/v0/files:search?sha256_checksum={checksum}&limit=2"
    while url is not None:
        response = http.get(url)
        assert response.status_code == 200, response.text
        page = response.json()
        seen += page["items"]
        url = page["links"]["next"]
    assert seen == uploaded

    body = http.get(
        "/v0/files:search", params={"sha256_checksum": checksum, "limit": 2, "offset": 2}
    ).json()
    assert assert_page(body, total=3, limit=2, offset=2) == uploaded[2:]
    assert body["links"]["prev"] == f"/v0/files:search?sha256_checksum={checksum}&limit=2&offset=0"
    assert body["links"]["last"] == f"/v0/files:search?sha256_checksum={checksum}&limit=2&offset=2"


def test_search_checksum_is_case_insensitive(http: httpx.Client) -> None:
    data = os.urandom(16)
    file = upload_bytes(http, data)
    body = http.get("/v0/files:search", params={"sha256_checksum": sha256(data).upper()}).json()
    assert body["items"] == [file]


def test_search_by_file_id(http: httpx.Client) -> None:
    file = upload_bytes(http, os.urandom(16))
    body = http.get("/v0/files:search", params={"file_id": file["id"]}).json()
    assert assert_page(body, total=1, limit=20, offset=0) == [file]
    other = sha256(b"something else entirely")
    body = http.get(
        "/v0/files:search", params={"file_id": file["id"], "sha256_checksum": other}
    ).json()
    assert assert_page(body, total=0, limit=20, offset=0) == []


def test_search_offset_past_the_total_is_404(http: httpx.Client) -> None:
    data = os.urandom(16)
    upload_bytes(http, data)
    params = {"sha256_checksum": sha256(data)}
    assert http.get("/v0/files:search", params={**params, "offset": 1}).status_code == 200
    assert_error(http.get("/v0/files:search", params={**params, "offset": 2}), 404)
    # Far past any 64-bit integer: still a 404, not a database error.
    assert_error(http.get("/v0/files:search", params={**params, "offset": 10**30}), 404)


@pytest.mark.parametrize(
    "params",
    [{"sha256_checksum": "abc"}, {"file_id": "nope"}, {"limit": 0}, {"limit": 51}, {"offset": -1}],
)
def test_search_rejects_bad_parameters(http: httpx.Client, params: dict[str, object]) -> None:
    assert_validation_error(http.get("/v0/files:search", params=params))


def test_download_redirects_to_a_link_that_needs_no_credentials(http: httpx.Client) -> None:
    data = os.urandom(300)
    file = upload_bytes(http, data, "payload.bin")
    response = http.get(f"/v0/files/{file['id']}/content")
    assert response.status_code == 307
    content = follow(response)
    assert content.status_code == 200
    assert content.content == data
    assert content.headers["ETag"] == f'"{md5(data)}"'


def test_download_supports_ranges(http: httpx.Client) -> None:
    data = bytes(range(256)) * 4
    file = upload_bytes(http, data)
    link = http.get(f"/v0/files/{file['id']}/content").headers["location"]
    response = httpx.get(link, headers={"Range": "bytes=10-19"})
    assert response.status_code == 206
    assert response.headers["Content-Range"] == f"bytes 10-19/{len(data)}"
    assert response.content == data[10:20]
    response = httpx.get(link, headers={"Range": "bytes=-24"})
    assert response.status_code == 206
    assert response.content == data[-24:]


def test_download_link_with_a_tampered_signature_is_refused(http: httpx.Client) -> None:
    file = upload_bytes(http, b"secret")
    link = http.get(f"/v0/files/{file['id']}/content").headers["location"]
    assert_error(httpx.get(link.replace("signature=", "signature=0")), 403)
    other = upload_bytes(http, b"other")
    assert_error(httpx.get(link.replace(file["id"], other["id"])), 403)


def test_delete_file(http: httpx.Client) -> None:
    file = upload_bytes(http, b"short-lived")
    link = http.get(f"/v0/files/{file['id']}/content").headers["location"]
    response = http.delete(f"/v0/files/{file['id']}")
    assert response.status_code == 200
    assert_error(http.get(f"/v0/files/{file['id']}"), 404)
    assert_error(http.get(f"/v0/files/{file['id']}/content"), 404)
    assert_error(httpx.get(link), 404)
    assert_error(http.delete(f"/v0/files/{file['id']}"), 404)
    assert file not in http.get("/v0/files").json()


@pytest.mark.parametrize(
    "name", [b"../../x", b"a/b", b"..", b".", b"a\\b", b"a\x00b", b"tab\tname", b""]
)
def test_single_shot_upload_rejects_unsafe_names(http: httpx.Client, name: bytes) -> None:
    before = http.get("/v0/files").json()
    response = http.put(
        "/v0/files/content", content=raw_multipart(name), headers={"content-type": MULTIPART}
    )
    assert_validation_error(response, loc=["body", "file"])
    assert http.get("/v0/files").json() == before


def test_single_shot_upload_needs_a_file_field(http: httpx.Client) -> None:
    response = http.put("/v0/files/content", files={"other": ("x.txt", b"x")})
    assert_validation_error(response, loc=["body", "file"])
    response = http.put(
        "/v0/files/content", content=b"garbage", headers={"content-type": MULTIPART}
    )
    assert_validation_error(response, loc=["body"])

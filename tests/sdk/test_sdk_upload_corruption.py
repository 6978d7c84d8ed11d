"""A part the server received differently (its ETag is not the MD5 we sent) is sent again."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

import sdk

PLATFORM = "https://platform.test"
PART_URL = "https://storage.test/upload/part-1?signature=abc"
FILE_ID = "6d7fce9f-ee47-4194-aa8b-5e84ddb4b3b1"


def _shape_upload(httpx_mock: HTTPXMock, source: Path, part_etags: list[str]) -> None:
    data = source.read_bytes()
    httpx_mock.add_response(
        url=re.compile(rf"{PLATFORM}/v0/files:search\?.*"),
        json={
            "items": [],
            "total": 0,
            "limit": 50,
            "offset": 0,
            "links": {"first": None, "last": None, "self": None, "next": None, "prev": None},
        },
    )
    httpx_mock.add_response(
        method="POST",
        url=f"{PLATFORM}/v0/files/content",
        json={
            "file_id": FILE_ID,
            "upload_schema": {
                "chunk_size": 1024,
                "urls": [PART_URL],
                "links": {
                    "abort_upload": f"/v0/files/{FILE_ID}:abort",
                    "complete_upload": f"/v0/files/{FILE_ID}:complete",
                },
            },
        },
    )
    for etag in part_etags:
        httpx_mock.add_response(method="PUT", url=PART_URL, headers={"ETag": f'"{etag}"'})
    httpx_mock.add_response(
        method="POST",
        url=f"{PLATFORM}/v0/files/{FILE_ID}:complete",
        json={"id": FILE_ID, "filename": source.name, "checksum": hashlib.sha256(data).hexdigest()},
        is_optional=True,
    )
    httpx_mock.add_response(
        method="POST", url=f"{PLATFORM}/v0/files/{FILE_ID}:abort", json=None, is_optional=True
    )


def _client() -> sdk.ApiClient:
    return sdk.ApiClient(host=PLATFORM, api_key="key", api_secret="secret", token_cache=False)


def test_a_corrupted_part_is_sent_again(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(b"payload" * 100)
    good = hashlib.md5(source.read_bytes(), usedforsecurity=False).hexdigest()
    _shape_upload(httpx_mock, source, ["0" * 32, good])
    with _client() as client:
        meta = sdk.FilesApi(client).upload_file(
            source, options=sdk.UploadOptions(journal_dir=tmp_path / "journal")
        )
    assert str(meta.id) == FILE_ID
    puts = [r for r in httpx_mock.get_requests() if r.method == "PUT"]
    assert len(puts) == 2, "the corrupted part was not sent again"
    completion = next(r for r in httpx_mock.get_requests() if r.url.path.endswith(":complete"))
    assert json.loads(completion.content)["uploaded_parts"]["parts"] == [
        {"number": 1, "e_tag": good}
    ]


def test_a_part_corrupted_every_time_fails_and_aborts(
    httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(b"payload" * 100)
    _shape_upload(httpx_mock, source, ["0" * 32] * 3)
    with _client() as client, pytest.raises(sdk.TransferError, match="different bytes"):
        sdk.FilesApi(client).upload_file(
            source, options=sdk.UploadOptions(journal_dir=tmp_path / "journal")
        )
    requests = httpx_mock.get_requests()
    assert not any(r.url.path.endswith(":complete") for r in requests)
    assert any(r.url.path.endswith(":abort") for r in requests), "the upload was not aborted"
    assert not list((tmp_path / "journal").glob("*.json")), "a failed upload left its journal"

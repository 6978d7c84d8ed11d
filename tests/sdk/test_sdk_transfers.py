"""Uploads and downloads: chunking, reuse of identical files, safe and verified writes."""

from __future__ import annotations

import hashlib
import math
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock, IteratorStream
from sdk_testkit import MOCK_CREDENTIALS, MOCK_HOST, Flavor, Traffic, do

import sdk
from sdk.testing import LocalPlatform

CHUNK = 1024
PART_PUT = re.compile(r"^/storage/uploads/")


@pytest.fixture(scope="module")
def chunked() -> Iterator[LocalPlatform]:
    """A platform that asks for upload parts of 1 KiB."""
    with LocalPlatform(env={"PLATFORM_UPLOAD_CHUNK_SIZE": str(CHUNK)}) as running:
        yield running


def files_of(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK, 3 * CHUNK, 2 * CHUNK + 452],
    ids=["empty", "one-byte", "one-chunk", "three-chunks", "not-a-multiple"],
)
def test_upload_then_download_round_trip(
    flavor: Flavor, chunked: LocalPlatform, tmp_path: Path, size: int
) -> None:
    content = os.urandom(size)
    source = tmp_path / f"data-{size}-{flavor.name}.bin"
    source.write_bytes(content)
    (tmp_path / "into").mkdir()
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        uploaded = await do(files.upload_file(source))
        assert (uploaded.filename, uploaded.checksum) == (
            source.name,
            hashlib.sha256(content).hexdigest(),
        )
        assert traffic.count("PUT", PART_PUT) == math.ceil(size / CHUNK)
        parts = traffic.matching("PUT", PART_PUT)
        # Parts stream from disk, so the recorded requests have no body to read: their
        # declared lengths say the same thing.
        assert sorted(int(r.headers["content-length"]) for r in parts) == sorted(
            min(CHUNK, size - n * CHUNK) for n in range(len(parts))
        )
        assert all("authorization" not in r.headers for r in parts)  # presigned: no credentials

        into_directory = await do(files.download_file(uploaded.id, tmp_path / "into"))
        assert into_directory == tmp_path / "into" / source.name
        assert into_directory.read_bytes() == content
        as_named = await do(files.download_file(uploaded.id, tmp_path / "chosen-name.bin"))
        assert as_named == tmp_path / "chosen-name.bin"
        assert as_named.read_bytes() == content

    flavor.run(scenario, traffic=traffic, **chunked.client_kwargs())
    assert files_of(tmp_path) == sorted(["chosen-name.bin", f"into/{source.name}", source.name])


def test_identical_content_and_name_is_not_uploaded_again(
    flavor: Flavor, chunked: LocalPlatform, tmp_path: Path
) -> None:
    content = os.urandom(CHUNK + 1)
    source = tmp_path / f"same-{flavor.name}.bin"
    source.write_bytes(content)
    renamed = tmp_path / f"renamed-{flavor.name}.bin"
    renamed.write_bytes(content)
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        first = await do(files.upload_file(source))
        traffic.clear()
        again = await do(files.upload_file(source))
        assert again.id == first.id
        assert traffic.count("POST", "/v0/files/content") == 0
        assert traffic.count("PUT", PART_PUT) == 0
        assert traffic.count("GET", "/v0/files:search") == 1

        other_name = await do(files.upload_file(renamed))  # same bytes, another name
        assert other_name.id != first.id
        assert other_name.checksum == first.checksum
        forced = await do(
            files.upload_file(source, options=sdk.UploadOptions(reuse_existing=False))
        )
        assert forced.id not in (first.id, other_name.id)
        assert traffic.count("POST", "/v0/files/content") == 2

    flavor.run(scenario, traffic=traffic, **chunked.client_kwargs())


def test_download_refuses_to_overwrite_unless_asked(
    flavor: Flavor, chunked: LocalPlatform, tmp_path: Path
) -> None:
    source = tmp_path / f"fresh-{flavor.name}.txt"
    source.write_text("new content")
    target = tmp_path / "existing.txt"
    target.write_text("old content")

    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        uploaded = await do(files.upload_file(source))
        with pytest.raises(sdk.InvalidInputError, match="overwrite=True"):
            await do(files.download_file(uploaded.id, target))
        assert target.read_text() == "old content"
        replace = sdk.DownloadOptions(overwrite=True)
        assert await do(files.download_file(uploaded.id, target, options=replace)) == target
        assert target.read_text() == "new content"

    flavor.run(scenario, **chunked.client_kwargs())
    assert files_of(tmp_path) == sorted(["existing.txt", source.name])  # no temporary left


# -- faults, shaped with pytest-httpx -----------------------------------------------------------
FILE_ID = uuid.UUID("0d3c3a38-46a2-4b1b-9a5f-5c7b3c1f2e10")
META = f"{MOCK_HOST}/v0/files/{FILE_ID}"
CONTENT = f"{MOCK_HOST}/v0/files/{FILE_ID}/content"


def file_meta(filename: str, content: bytes) -> dict[str, Any]:
    return {
        "id": str(FILE_ID),
        "filename": filename,
        "checksum": hashlib.sha256(content).hexdigest(),
    }


@pytest.mark.parametrize("name", ["../../x", "nested/x", "..", "/etc/x", "back\\slash"])
def test_a_server_chosen_file_name_with_a_path_is_refused(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None, name: str
) -> None:
    destination = tmp_path / "a" / "b"
    destination.mkdir(parents=True)
    httpx_mock.add_response(url=META, json=file_meta(name, b"evil"))

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.TransferError, match="not a plain file name"):
            await do(flavor.ns.FilesApi(client).download_file(FILE_ID, destination))

    flavor.run(scenario, **MOCK_CREDENTIALS)
    assert files_of(tmp_path) == []
    assert httpx_mock.get_requests(url=CONTENT) == []  # refused before any byte was fetched


def test_a_download_corrupted_every_time_is_a_transfer_error_and_leaves_nothing(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    """Fetched again from the start as many times as the retry policy allows, then given up."""
    httpx_mock.add_response(url=META, json=file_meta("report.txt", b"hello world"))
    httpx_mock.add_response(url=CONTENT, content=b"hello wurld", is_reusable=True)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.TransferError, match="does not match its checksum"):
            await do(flavor.ns.FilesApi(client).download_file(FILE_ID, tmp_path))

    flavor.run(scenario, **MOCK_CREDENTIALS, retry=sdk.RetryPolicy(max_attempts=3))
    assert files_of(tmp_path) == []
    fetches = httpx_mock.get_requests(url=CONTENT)
    assert len(fetches) == 3
    assert all("Range" not in request.headers for request in fetches)  # each from the start


def test_a_corrupted_download_is_fetched_again_from_the_start(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    httpx_mock.add_response(url=META, json=file_meta("report.txt", b"hello world"))
    httpx_mock.add_response(url=CONTENT, content=b"hello wurld")
    httpx_mock.add_response(url=CONTENT, content=b"hello world")

    async def scenario(client: Any) -> Path:
        path: Path = await do(flavor.ns.FilesApi(client).download_file(FILE_ID, tmp_path))
        return path

    path = flavor.run(scenario, **MOCK_CREDENTIALS)
    assert path.read_bytes() == b"hello world"
    assert files_of(tmp_path) == ["report.txt"]  # no temporary file left


def test_a_resumed_download_answered_with_another_range_starts_over(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    """Resuming is safe only with the very bytes asked for, of the same content (If-Range
    with its ETag); a 206 for another range is not appended, the content starts over. (The
    checksum would catch it too; it is off here, to see the resume alone.)"""
    content = os.urandom(3000)

    def dropping() -> Iterator[bytes]:
        yield content[:1000]
        raise httpx.ReadError("connection reset by peer")

    httpx_mock.add_response(url=META, json=file_meta("data.bin", content))
    httpx_mock.add_response(
        url=CONTENT, stream=IteratorStream(dropping()), headers={"ETag": '"v1"'}
    )
    httpx_mock.add_response(
        url=CONTENT,
        status_code=206,
        content=content[500:],
        headers={"Content-Range": f"bytes 500-2999/{len(content)}", "ETag": '"v1"'},
    )
    httpx_mock.add_response(url=CONTENT, content=content, headers={"ETag": '"v1"'})

    async def scenario(client: Any) -> Path:
        unchecked = sdk.DownloadOptions(verify=False)
        files = flavor.ns.FilesApi(client)
        path: Path = await do(files.download_file(FILE_ID, tmp_path, options=unchecked))
        return path

    path = flavor.run(scenario, **MOCK_CREDENTIALS)
    assert path.read_bytes() == content
    first, resumed, again = httpx_mock.get_requests(url=CONTENT)
    assert "Range" not in first.headers
    assert (resumed.headers["Range"], resumed.headers["If-Range"]) == ("bytes=1000-", '"v1"')
    assert "Range" not in again.headers


def test_a_download_dropped_midway_resumes_with_range(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    content = os.urandom(3000)

    def dropping() -> Iterator[bytes]:
        yield content[:1000]
        raise httpx.ReadError("connection reset by peer")

    httpx_mock.add_response(url=META, json=file_meta("big.bin", content))
    httpx_mock.add_response(
        url=CONTENT, stream=IteratorStream(dropping()), headers={"Content-Length": "3000"}
    )
    httpx_mock.add_response(
        url=CONTENT,
        match_headers={"Range": "bytes=1000-"},
        status_code=206,
        content=content[1000:],
        headers={"Content-Range": "bytes 1000-2999/3000"},
    )

    async def scenario(client: Any) -> None:
        path = await do(flavor.ns.FilesApi(client).download_file(FILE_ID, tmp_path))
        assert path == tmp_path / "big.bin"
        assert path.read_bytes() == content

    flavor.run(scenario, **MOCK_CREDENTIALS)
    first, resumed = httpx_mock.get_requests(url=CONTENT)
    assert "Range" not in first.headers
    assert resumed.headers["Range"] == "bytes=1000-"
    assert files_of(tmp_path) == ["big.bin"]


def test_a_resume_answered_with_the_whole_file_starts_over(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    content = os.urandom(2000)

    def dropping() -> Iterator[bytes]:
        yield content[:500]
        raise httpx.RemoteProtocolError("peer closed connection")

    httpx_mock.add_response(url=META, json=file_meta("whole.bin", content))
    httpx_mock.add_response(url=CONTENT, stream=IteratorStream(dropping()))
    httpx_mock.add_response(url=CONTENT, content=content)  # 200: Range was ignored

    async def scenario(client: Any) -> None:
        path = await do(flavor.ns.FilesApi(client).download_file(FILE_ID, tmp_path))
        assert path.read_bytes() == content

    flavor.run(scenario, **MOCK_CREDENTIALS)


def test_uploading_something_that_is_not_a_file_is_refused(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        for path in (tmp_path, tmp_path / "missing.txt"):
            with pytest.raises(sdk.InvalidInputError, match="not a readable file"):
                await do(files.upload_file(path))

    flavor.run(scenario, **MOCK_CREDENTIALS)
    assert httpx_mock.get_requests() == []

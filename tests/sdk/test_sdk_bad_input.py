"""Bad input, both ways: arguments the SDK refuses before sending anything, and answers it
cannot use (shaped with pytest-httpx). Each is one typed, readable `sdk.SdkError`, never an
exception from inside httpx or the generated code.

Responses of API operations are read whole and limited to `MAX_API_RESPONSE_BYTES` (32 MiB,
bytes on the wire): a bigger one is refused as soon as it is known to be bigger (its
Content-Length, or the first bytes past the limit), never read to its end. Downloads and the
log stream are streamed and have no limit.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from osparc_sdk_patches.client import MAX_API_RESPONSE_BYTES
from pytest_httpx import HTTPXMock
from sdk_testkit import MOCK_CREDENTIALS, MOCK_HOST, SLEEPER, Flavor, do

import sdk

FILE_ID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
FILE_URL = f"{MOCK_HOST}/v0/files/{FILE_ID}"
ME = f"{MOCK_HOST}/v0/me"
FAST = sdk.RetryPolicy(max_attempts=2, backoff=0.0, jitter=0.0)
NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title>"
    "<style>body { width: 35em; margin: 0 auto; }</style></head>\r\n"
    "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx/1.25.3</center>\r\n<script>track('x')</script></body>\r\n</html>\r\n"
)


@pytest.fixture
def mocked(no_osparc_env: None) -> dict[str, Any]:
    return {**MOCK_CREDENTIALS, "retry": FAST}


def file_json(content: bytes = b"3\n", **changes: Any) -> dict[str, Any]:
    return {
        "id": str(FILE_ID),
        "filename": "single_number.txt",
        "content_type": "text/plain",
        "checksum": hashlib.sha256(content).hexdigest(),
        "e_tag": None,
        **changes,
    }


def assert_readable(error: BaseException) -> None:
    """One line, from the SDK's own exception tree."""
    assert isinstance(error, sdk.SdkError), repr(error)
    assert type(error).__module__.startswith(("osparc_sdk_patches", "sdk.")), type(error)
    assert "\n" not in str(error)
    assert "<" not in str(error), str(error)  # no markup


# -- arguments ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda ns, c: ns.FilesApi(c).get_file("not-a-uuid"),
            "get_file: file_id must be a UUID, and 'not-a-uuid' is not one",
            id="get_file-str",
        ),
        pytest.param(
            lambda ns, c: ns.FilesApi(c).get_file(42),
            "get_file: file_id must be a UUID, not int",
            id="get_file-int",
        ),
        pytest.param(
            lambda ns, c: ns.FilesApi(c).delete_file(file_id=None),
            "delete_file: file_id must be a UUID, not NoneType",
            id="delete_file-none",
        ),
        pytest.param(
            lambda ns, c: ns.FilesApi(c).download_file("../etc/passwd"),
            "download_file: file_id must be a UUID, and '../etc/passwd' is not one",
            id="download_file-str",
        ),
        pytest.param(
            lambda ns, c: ns.FilesApi(c).download_file(FILE_ID, 42),
            "download_file: destination must be a path, not int",
            id="download_file-destination",
        ),
        pytest.param(
            lambda ns, c: ns.FilesApi(c).upload_file(3.5),
            "upload_file: file must be a path, not float",
            id="upload_file-float",
        ),
        pytest.param(
            lambda ns, c: ns.SolversApi(c).start_job(SLEEPER, "2.1.6", "job-1"),
            "start_job: job_id must be a UUID, and 'job-1' is not one",
            id="start_job-str",
        ),
        pytest.param(
            lambda ns, c: ns.SolversApi(c).create_solver_job(SLEEPER, "2.1.6", body={"values": {}}),
            "create_solver_job: body must be a JobInputs, not dict",
            id="create-dict-body",
        ),
    ],
)
def test_wrong_argument_types_are_refused_before_sending(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock, call: Any, message: str
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.InvalidInputError) as caught:
            await do(call(flavor.ns, client))
        assert str(caught.value) == message
        assert_readable(caught.value)

    flavor.run(scenario, **mocked)
    assert httpx_mock.get_requests() == []  # nothing was sent


def test_a_uuid_spelled_as_a_string_is_accepted(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=FILE_URL, json=file_json())

    async def scenario(client: Any) -> None:
        meta = await do(flavor.ns.FilesApi(client).get_file(str(FILE_ID).upper()))
        assert meta.id == FILE_ID

    flavor.run(scenario, **mocked)


# -- answers that are not what the API promises -------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "call"),
    [
        pytest.param(
            {"json": {"id": str(FILE_ID)}},  # no filename
            lambda ns, c: ns.FilesApi(c).get_file(FILE_ID),
            id="file-without-filename",
        ),
        pytest.param(
            {"json": []},
            lambda ns, c: ns.FilesApi(c).get_file(FILE_ID),
            id="list-for-an-object",
        ),
        pytest.param(
            {"json": {**file_json(), "id": "not-a-uuid"}},
            lambda ns, c: ns.FilesApi(c).get_file(FILE_ID),
            id="bad-uuid-in-body",
        ),
        pytest.param(
            {"content": b"\xff\xfe{not json", "headers": {"content-type": "application/json"}},
            lambda ns, c: ns.UsersApi(c).get_my_profile(),
            id="invalid-json",
        ),
        pytest.param(
            {"text": "OK", "headers": {"content-type": "text/plain"}},
            lambda ns, c: ns.UsersApi(c).get_my_profile(),
            id="plain-text",
        ),
    ],
)
def test_a_200_with_a_body_the_sdk_cannot_use_is_unexpected_response(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock, answer: Any, call: Any
) -> None:
    httpx_mock.add_response(**answer)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.UnexpectedResponseError) as caught:
            await do(call(flavor.ns, client))
        assert_readable(caught.value)

    flavor.run(scenario, **mocked)


def test_an_html_error_page_from_a_proxy_is_a_readable_server_error(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock
) -> None:
    for _ in range(FAST.max_attempts):  # retried, then reported
        httpx_mock.add_response(method="GET", url=ME, status_code=502, html=NGINX_502)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ServerError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        error = caught.value
        assert error.status_code == 502
        assert error.messages == ["502 Bad Gateway nginx/1.25.3"]
        assert str(error) == f"502 Server error: 502 Bad Gateway nginx/1.25.3 (GET {ME})"
        assert_readable(error)

    flavor.run(scenario, **mocked)


def test_an_error_status_with_a_broken_body_keeps_its_type(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="GET",
        url=FILE_URL,
        status_code=404,
        content=b'{"errors": ["File not fo',
        headers={"content-type": "application/json"},
    )

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.NotFoundError) as caught:
            await do(flavor.ns.FilesApi(client).get_file(FILE_ID))
        assert '{"errors": ["File not fo' in str(caught.value)
        assert_readable(caught.value)

    flavor.run(scenario, **mocked)


# -- huge answers -------------------------------------------------------------------------------
class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A chunked body of `total` bytes of JSON, counting what was read of it."""

    def __init__(self, total: int, chunk: int = 1024 * 1024) -> None:
        self.total = total
        self.chunk = chunk
        self.served = 0

    def _pieces(self) -> Iterator[bytes]:
        yield b'{"id": 1, "login": "a@b.c", "role": "USER", "padding": "'
        while self.served < self.total:
            self.served += self.chunk
            yield b"x" * self.chunk
        yield b'"}'

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            yield piece


FIFTY_MB = 50 * 1024 * 1024


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_50_mb_json_answer_is_refused_quickly_without_reading_it_all(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock, declared: bool
) -> None:
    body = Endless(FIFTY_MB)
    headers = {"content-type": "application/json"}
    if declared:
        headers["content-length"] = str(FIFTY_MB + 60)
    httpx_mock.add_response(method="GET", url=ME, stream=body, headers=headers)

    async def scenario(client: Any) -> None:
        began = time.monotonic()
        with pytest.raises(sdk.UnexpectedResponseError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert time.monotonic() - began < 10
        assert f"more than the {MAX_API_RESPONSE_BYTES} an API response may hold" in str(
            caught.value
        )
        assert_readable(caught.value)

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests()) == 1  # not retried
    assert body.served <= MAX_API_RESPONSE_BYTES + body.chunk  # stopped at the limit


def test_downloads_have_no_size_limit(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    content = b"7" * (MAX_API_RESPONSE_BYTES + 1024)
    httpx_mock.add_response(method="GET", url=FILE_URL, json=file_json(content))
    httpx_mock.add_response(
        method="GET",
        url=f"{FILE_URL}/content",
        content=content,
        headers={"content-type": "application/json"},  # a JSON file is still a download
    )

    async def scenario(client: Any) -> None:
        path = await do(flavor.ns.FilesApi(client).download_file(FILE_ID, tmp_path))
        assert path.stat().st_size == len(content)

    flavor.run(scenario, **mocked)


# -- the log stream: streamed, and a cut stream is a typed error ---------------------------------
class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One log line, then the connection drops."""

    def __init__(self, job_id: uuid.UUID) -> None:
        self.line = (
            f'{{"job_id": "{job_id}", "log_level": 20, "messages": ["[STARTED] 5%"]}}\n'
        ).encode()

    def __iter__(self) -> Iterator[bytes]:
        yield self.line
        raise httpx.RemoteProtocolError("peer closed connection")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.line
        raise httpx.RemoteProtocolError("peer closed connection")


def test_the_log_stream_yields_lines_as_they_come_and_a_cut_is_typed(
    flavor: Flavor, mocked: dict[str, Any], httpx_mock: HTTPXMock
) -> None:
    job_id = uuid.uuid4()
    httpx_mock.add_response(
        method="GET",
        stream=CutStream(job_id),
        headers={"content-type": "application/x-ndjson"},
    )

    async def scenario(client: Any) -> list[str]:
        seen: list[str] = []
        logs = flavor.ns.SolversApi(client).iter_job_logs(SLEEPER, "2.1.6", job_id)

        async def follow() -> None:
            if flavor.is_async:
                async for log in logs:
                    seen.append(log.messages[0])
            else:
                for log in logs:
                    seen.append(log.messages[0])

        with pytest.raises(sdk.ApiConnectionError) as caught:
            await follow()
        assert "the log stream was cut" in str(caught.value)
        assert_readable(caught.value)
        return seen

    # The line before the cut arrived: the stream is not read whole before the first line.
    assert flavor.run(scenario, **mocked) == ["[STARTED] 5%"]

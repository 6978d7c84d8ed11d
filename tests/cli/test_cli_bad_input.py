"""Bad input to the command-line tool: one readable line on stderr and the documented exit code
(2 usage, 3 configuration, 5 API or server), never a traceback."""

from __future__ import annotations

import socket
import uuid
from typing import Any

import pytest
from cli_testkit import Invoke
from pytest_httpx import HTTPXMock

import sdk

MOCK_HOST = "http://platform.test"
MOCK_ENV = {
    "OSPARC_API_HOST": MOCK_HOST,
    "OSPARC_API_KEY": "mock-key-0123456789",
    "OSPARC_API_SECRET": "mock-s3cr3t",
}
FAST = sdk.RetryPolicy(max_attempts=2, backoff=0.0, jitter=0.0)


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's clients give up after two quick attempts (its default waits ~3.5 s)."""
    import sdk._config

    monkeypatch.setattr(sdk._config, "RetryPolicy", lambda: FAST)


def one_error_line(result: Any, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return str(lines[0])


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_file_id_that_is_not_a_uuid_is_a_usage_error(anonymous: Invoke) -> None:
    result = anonymous("files", "download", "not-a-uuid", env={**MOCK_ENV, "COLUMNS": "200"})
    assert result.exit_code == 2  # typer's usage message, before anything is sent
    assert "Invalid value for 'file_id': Input should be a valid UUID" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_an_unreachable_host_exits_5(anonymous: Invoke, fast_retries: None) -> None:
    host = f"http://127.0.0.1:{closed_port()}"
    env = {**MOCK_ENV, "OSPARC_API_HOST": host}
    line = one_error_line(anonymous("files", "list", env=env), 5)
    assert line.startswith("error: Could not reach the server")
    assert line.endswith(f"(GET {host}/v0/files:search?limit=50&offset=0)")


def test_a_host_that_is_not_a_url_exits_3(anonymous: Invoke) -> None:
    env = {**MOCK_ENV, "OSPARC_API_HOST": "platform.test:8000"}
    line = one_error_line(anonymous("profile", env=env), 3)
    assert "has no scheme: write https://platform.test:8000" in line


def test_an_html_page_from_a_proxy_exits_5_with_its_text(
    anonymous: Invoke, httpx_mock: HTTPXMock, fast_retries: None
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
    for _ in range(FAST.max_attempts):
        httpx_mock.add_response(status_code=502, html=page + "<p>nginx</p></body></html>")
    line = one_error_line(anonymous("profile", env=MOCK_ENV), 5)
    assert line == f"error: 502 Server error: 502 Bad Gateway nginx (GET {MOCK_HOST}/v0/me)"


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param({"json": {"login": "someone@example.com"}}, id="missing-fields"),
        pytest.param(
            {"content": b'{"id": 1,', "headers": {"content-type": "application/json"}},
            id="invalid-json",
        ),
        pytest.param(
            {
                "content": b"{" + b" " * (33 * 1024 * 1024) + b"}",
                "headers": {"content-type": "application/json"},
            },
            id="33-mb-body",
        ),
    ],
)
def test_an_answer_the_sdk_cannot_use_exits_5(
    anonymous: Invoke, httpx_mock: HTTPXMock, answer: dict[str, Any]
) -> None:
    httpx_mock.add_response(method="GET", url=f"{MOCK_HOST}/v0/me", **answer)
    line = one_error_line(anonymous("profile", env=MOCK_ENV), 5)
    assert "get_my_profile" in line or "API response may hold" in line


def test_an_unknown_job_id_with_the_platform_exits_4(cli: Invoke) -> None:
    result = cli("jobs", "inspect", str(uuid.uuid4()))
    line = one_error_line(result, 4)
    assert line.startswith("error: 404")

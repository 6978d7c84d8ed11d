"""The blocking client's default transport (standard-library sockets with the SDK's own pool)
against real loopback servers, and how each client's transport is chosen: settings, mocks,
proxies.

Faults come from small loopback servers (raw sockets, or uvicorn with a tiny app), never from
mocks: what is tested here is what happens on the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
import uvicorn
from pytest_httpx import HTTPXMock
from sdk_testkit import MOCK_HOST, Flavor, Listener, do, unaccepting_host

import sdk
from sdk import aio
from sdk._asyncio_transport import AsyncStdlibTransport
from sdk._stdlib_transport import StdlibTransport
from sdk.testing import LocalPlatform

PROFILE = {"id": 1, "login": "a@b.c", "role": "USER"}
NO_RETRY = sdk.RetryPolicy(max_attempts=1)


def _pool(client: sdk.ApiClient | aio.ApiClient) -> Any:
    """The client's connections (the blocking client makes them with its first request)."""
    inner = client.http._transport._inner  # type: ignore[attr-defined]
    return getattr(inner, "pool", inner)


def _fast(client: sdk.ApiClient | aio.ApiClient) -> Any:
    return _pool(client).fast


# -- a small HTTP/1.1 server: echoes what it received, keeps connections alive -----------------
def _echo_app() -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        digest, size, chunks = hashlib.sha256(), 0, 0
        while True:
            message = await receive()
            body = message.get("body", b"")
            digest.update(body)
            size += len(body)
            chunks += bool(body)
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        if scope["path"] == "/download":
            payload = bytes(range(256)) * 4096  # 1 MiB, sent in 16 pieces
            await send({"type": "http.response.start", "status": 200, "headers": []})
            for start in range(0, len(payload), 65536):
                piece = payload[start : start + 65536]
                await send({"type": "http.response.body", "body": piece, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        answer = {
            **PROFILE,
            "size": size,
            "sha256": digest.hexdigest(),
            "chunked": headers.get("transfer-encoding") == "chunked",
            "peer": list(scope["client"]),
        }
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(answer).encode()})

    return app


@contextlib.contextmanager
def _serve(app: Any, **options: Any) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", **options)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def echo() -> Iterator[str]:
    with _serve(_echo_app(), timeout_keep_alive=1) as url:
        yield url


def _client(host: str, **kwargs: Any) -> sdk.ApiClient:
    return sdk.ApiClient(host=host, api_key="k", api_secret="s", token_cache=False, **kwargs)


# -- the default transport ----------------------------------------------------------------------
def test_the_blocking_client_sends_with_the_standard_library(
    platform: LocalPlatform, tmp_path: Path
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(bytes(range(256)) * 12_000)  # 3 MB: several parts of an upload
    with sdk.ApiClient(**platform.client_kwargs(), auth="token", token_cache=False) as client:
        pool = _fast(client)
        assert isinstance(pool, StdlibTransport)
        assert sdk.UsersApi(client).get_my_profile().login
        files = sdk.FilesApi(client)
        uploaded = files.upload_file(source, options=sdk.UploadOptions(reuse_existing=False))
        copy = files.download_file(uploaded.id, tmp_path / "copy.bin")
        assert copy.read_bytes() == source.read_bytes()
        with pytest.raises(sdk.NotFoundError):
            files.get_file("00000000-0000-4000-8000-000000000000")  # type: ignore[arg-type]
        releases = list(sdk.SolversApi(client).iter_releases("simcore/services/comp/itis/sleeper"))
        assert any(r.version == "2.1.6" for r in releases)
        assert pool._idle.count >= 1  # connections are kept for the next request


def test_connections_are_reused_and_bodies_stream_both_ways(echo: str) -> None:
    with _client(echo) as client:
        http = client.http
        peers = {tuple(http.get("/me").json()["peer"]) for _ in range(5)}
        assert len(peers) == 1  # one connection, kept alive

        def pieces() -> Iterator[bytes]:
            for index in range(40):
                yield bytes([index]) * 10_000

        sent = http.post("/upload", content=pieces()).json()
        expected = b"".join(pieces())
        assert sent["chunked"]
        digest = hashlib.sha256(expected).hexdigest()
        assert (sent["size"], sent["sha256"]) == (len(expected), digest)

        with http.stream("GET", "/download") as response:
            received = list(response.iter_raw())
        assert b"".join(received) == bytes(range(256)) * 4096
        assert len(received) > 1  # handed over as it came, not read whole first


@pytest.mark.parametrize("poll", ["poll", "no poll (Windows)"])
def test_an_idle_connection_the_server_closed_is_not_used(
    echo: str, poll: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server drops idle connections after 1 s: a POST after that must go out on a new
    connection, not fail on the dead one (which would not be retried: it is not idempotent).
    Windows has no `select.poll`: the check must work without it."""
    if poll != "poll":
        monkeypatch.delattr("select.poll", raising=False)
    with _client(echo, retry=NO_RETRY) as client:
        first = client.http.post("/a", content=b"x").json()["peer"]
        time.sleep(1.6)
        second = client.http.post("/a", content=b"y").json()["peer"]
        assert first != second


def test_the_pool_waits_for_a_free_connection_then_times_out(echo: str) -> None:
    pool = StdlibTransport(
        ssl_context=httpx.create_ssl_context(), limits=httpx.Limits(max_connections=1)
    )
    with httpx.Client(transport=pool, timeout=httpx.Timeout(5.0, pool=0.2)) as http:
        with http.stream("GET", f"{echo}/download"), pytest.raises(httpx.PoolTimeout):
            http.get(f"{echo}/me")
        assert http.get(f"{echo}/me").json()["login"] == PROFILE["login"]  # freed once closed


# -- errors on the wire, mapped as httpx maps them ----------------------------------------------
def test_a_post_whose_connection_dropped_is_not_sent_again(closing_server: Listener) -> None:
    retry = sdk.RetryPolicy(max_attempts=3, backoff=0.01)
    with _client(closing_server.url, retry=retry) as client:
        with pytest.raises(sdk.ApiConnectionError) as caught:
            sdk.AuthApi(client).create_token()
        assert not isinstance(caught.value, sdk.ApiTimeoutError)
    assert closing_server.connections == 1


def test_a_get_whose_connection_dropped_is_retried(closing_server: Listener) -> None:
    retry = sdk.RetryPolicy(max_attempts=3, backoff=0.01)
    with _client(closing_server.url, retry=retry) as client, pytest.raises(sdk.ApiConnectionError):
        sdk.UsersApi(client).get_my_profile()
    assert closing_server.connections == 3


def test_a_server_that_never_answers_times_out(silent_server: Listener) -> None:
    with _client(silent_server.url, retry=NO_RETRY, timeout=0.5) as client:
        started = time.monotonic()
        with pytest.raises(sdk.ApiTimeoutError):
            sdk.UsersApi(client).get_my_profile()
        assert time.monotonic() - started < 5


def test_a_refused_connection_is_a_connection_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    with (
        _client(f"http://127.0.0.1:{port}", retry=NO_RETRY) as client,
        pytest.raises(sdk.ApiConnectionError, match="Could not reach the server"),
    ):
        sdk.UsersApi(client).get_my_profile()


def test_a_connect_timeout_is_a_timeout_error() -> None:
    timeout = httpx.Timeout(5.0, connect=0.3)
    with (
        unaccepting_host() as host,
        _client(host, retry=NO_RETRY, timeout=timeout) as client,
        pytest.raises(sdk.ApiTimeoutError),
    ):
        sdk.UsersApi(client).get_my_profile()


# -- the choice of transport --------------------------------------------------------------------
def test_settings_and_the_environment_choose_the_transports(
    platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    kwargs = {**platform.client_kwargs(), "token_cache": False}
    with sdk.ApiClient(**kwargs, sync_transport="httpx") as client:
        assert type(_pool(client)) is httpx.HTTPTransport
        assert sdk.UsersApi(client).get_my_profile().login
    monkeypatch.setenv("OSPARC_SYNC_TRANSPORT", "httpx")
    with sdk.ApiClient(**kwargs) as client:
        assert type(_pool(client)) is httpx.HTTPTransport
    monkeypatch.setenv("OSPARC_SYNC_TRANSPORT", "curl")
    with pytest.raises(sdk.ConfigurationError, match="sync_transport must be one of stdlib"):
        sdk.ApiClient(**kwargs)
    monkeypatch.delenv("OSPARC_SYNC_TRANSPORT")

    async def async_pool() -> Any:
        async with aio.ApiClient(**kwargs) as client:
            return _pool(client)

    # sdk.aio's own transport is the default, even with the aiohttp extra installed (the dev
    # extra installs it).
    assert isinstance(asyncio.run(async_pool()).fast, AsyncStdlibTransport)


@pytest.mark.parametrize("mocker", ["pytest-httpx", "httpcore"])
def test_mocks_of_httpx_see_the_requests_of_clients_made_before_them(
    flavor: Flavor, mocker: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Users mock httpx (pytest-httpx patches httpx's transports; respx may patch httpcore's
    pools): whatever transport the SDK uses, such a mock must answer its requests, even for a
    client created before the mock was put in place."""
    client = flavor.ns.ApiClient(host=MOCK_HOST, api_key="k", api_secret="s", token_cache=False)
    if mocker == "pytest-httpx":
        httpx_mock: HTTPXMock = request.getfixturevalue("httpx_mock")
        httpx_mock.add_response(url=f"{MOCK_HOST}/v0/me", json=PROFILE)
    else:
        headers, body = [(b"content-type", b"application/json")], json.dumps(PROFILE).encode()

        def sync_pool(self: object, request: httpcore.Request) -> httpcore.Response:
            return httpcore.Response(200, headers=headers, content=body)

        async def async_pool(self: object, request: httpcore.Request) -> httpcore.Response:
            return httpcore.Response(200, headers=headers, content=body)

        monkeypatch.setattr(httpcore.ConnectionPool, "handle_request", sync_pool)
        monkeypatch.setattr(httpcore.AsyncConnectionPool, "handle_async_request", async_pool)

    async def scenario() -> None:
        profile = await do(flavor.ns.UsersApi(client).get_my_profile())
        assert profile.login == PROFILE["login"]
        await do(client.aclose() if flavor.is_async else client.close())

    asyncio.run(scenario())


def test_without_mocks_the_fast_transport_is_used_again(platform: LocalPlatform) -> None:
    with sdk.ApiClient(**platform.client_kwargs(), token_cache=False) as client:
        sdk.UsersApi(client).get_my_profile()
        own = _pool(client)._own
        assert own._made is None  # httpx's own transport was never needed


# -- proxies from the environment ---------------------------------------------------------------
class _Proxy:
    """A forward proxy stand-in: records each request line and answers with a profile."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        body = json.dumps(PROFILE).encode()
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(65536)
                    if not piece:
                        break
                    data += piece
                self.lines.append(data.split(b"\r\n", 1)[0].decode())
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    b"Content-Length: %d\r\n\r\n%b" % (len(body), body)
                )

    def __enter__(self) -> _Proxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()


def test_a_proxy_from_the_environment_carries_the_requests(
    flavor: Flavor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with _Proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with socket.create_server(("127.0.0.1", 0)) as probe:
            target = f"http://127.0.0.1:{probe.getsockname()[1]}"  # nothing listens there

        async def scenario() -> None:
            client = flavor.ns.ApiClient(host=target, api_key="k", api_secret="s")
            assert (await do(flavor.ns.UsersApi(client).get_my_profile())).login == "a@b.c"
            await do(client.aclose() if flavor.is_async else client.close())

        asyncio.run(scenario())
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")

        async def bypassed() -> None:
            client = flavor.ns.ApiClient(host=target, api_key="k", api_secret="s", retry=NO_RETRY)
            with pytest.raises(sdk.ApiConnectionError):
                await do(flavor.ns.UsersApi(client).get_my_profile())
            await do(client.aclose() if flavor.is_async else client.close())

        asyncio.run(bypassed())
    assert proxy.lines == [f"GET {target}/v0/me HTTP/1.1"]

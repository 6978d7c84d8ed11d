"""`sdk.aio` on aiohttp (`async_transport="aiohttp"`, the `aiohttp` extra) against the real
platform: calls, typed errors, token auth, streamed transfers and pagination; how each async
transport is chosen; and the connection errors of the SDK's own and of aiohttp, which decide
what the retry policy may send again.

pytest-httpx cannot see requests carried by these transports, so faults come from small
loopback servers.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from sdk_testkit import Listener

import sdk
from sdk import aio
from sdk._aiohttp_transport import AiohttpTransport
from sdk._asyncio_transport import AsyncStdlibTransport
from sdk.testing import LocalPlatform

SLEEPER = "simcore/services/comp/itis/sleeper"
MISSING = "00000000-0000-4000-8000-000000000000"


def _client(**kwargs: Any) -> aio.ApiClient:
    return aio.ApiClient(token_cache=False, **{"async_transport": "aiohttp", **kwargs})


#: What the tests below show holds for each async transport that carries its own connections.
TRANSPORTS = pytest.mark.parametrize("transport", ["stdlib", "aiohttp"])
IMPLEMENTATIONS = {"stdlib": AsyncStdlibTransport, "aiohttp": AiohttpTransport}


def _faulty(url: str, transport: str, **kwargs: Any) -> aio.ApiClient:
    """A client of a loopback server that misbehaves."""
    return _client(host=url, api_key="k", api_secret="s", async_transport=transport, **kwargs)


@TRANSPORTS
def test_calls_errors_transfers_and_pages_go_through_each_transport(
    platform: LocalPlatform, tmp_path: Path, transport: str
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(bytes(range(256)) * 12_000)  # 3 MB: several parts of an upload

    async def scenario() -> None:
        kwargs = platform.client_kwargs()
        async with _client(**kwargs, auth="token", async_transport=transport) as client:
            profile = await aio.UsersApi(client).get_my_profile()
            assert profile.login
            inner = client.http._transport._inner  # type: ignore[attr-defined]
            pool = getattr(inner, "pool", inner)  # the SDK's own is made by the first request
            assert type(pool.fast) is IMPLEMENTATIONS[transport]
            files = aio.FilesApi(client)
            uploaded = await files.upload_file(
                source, options=sdk.UploadOptions(reuse_existing=False)
            )
            copy = await files.download_file(uploaded.id, tmp_path / "copy.bin")
            assert copy.read_bytes() == source.read_bytes()
            with pytest.raises(sdk.NotFoundError):
                await files.get_file(MISSING)  # type: ignore[arg-type]
            with pytest.raises(sdk.ValidationError):
                await aio.SolversApi(client).create_job(SLEEPER, "2.1.6", {"input_2": "x"})
            releases = [r async for r in aio.SolversApi(client).iter_releases(SLEEPER)]
            assert any(r.version == "2.1.6" for r in releases)

    asyncio.run(scenario())


def test_the_environment_chooses_the_async_transport(
    platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSPARC_ASYNC_TRANSPORT", "aiohttp")

    async def inner_transport() -> type:
        async with aio.ApiClient(**platform.client_kwargs(), token_cache=False) as client:
            inner = client.http._transport._inner  # type: ignore[attr-defined]
            inner = getattr(inner, "pool", inner)  # httpx's pool is made on first use
            return type(getattr(inner, "fast", inner))

    assert asyncio.run(inner_transport()) is AiohttpTransport
    monkeypatch.setenv("OSPARC_ASYNC_TRANSPORT", "httpx")
    assert asyncio.run(inner_transport()).__name__ == "AsyncHTTPTransport"
    monkeypatch.setenv("OSPARC_ASYNC_TRANSPORT", "stdlib")
    assert asyncio.run(inner_transport()) is AsyncStdlibTransport
    monkeypatch.delenv("OSPARC_ASYNC_TRANSPORT")
    assert asyncio.run(inner_transport()) is AsyncStdlibTransport  # the default
    monkeypatch.setenv("OSPARC_ASYNC_TRANSPORT", "curl")
    with pytest.raises(sdk.ConfigurationError, match="async_transport must be one of stdlib"):
        aio.ApiClient(**platform.client_kwargs(), token_cache=False)


def test_without_the_extra_aiohttp_is_a_configuration_error(
    platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    with pytest.raises(sdk.ConfigurationError, match=r"osparc-sdk\[aiohttp\]"):
        _client(**platform.client_kwargs())


# -- connection errors --------------------------------------------------------------------------
@TRANSPORTS
def test_a_post_whose_connection_dropped_is_not_sent_again(
    closing_server: Listener, transport: str
) -> None:
    """The request reached the server: repeating a job creation (without its idempotency key
    honoured) could run it twice. httpx-aiohttp alone reports this as a connect timeout."""

    async def scenario() -> None:
        retry = sdk.RetryPolicy(max_attempts=3, backoff=0.01)
        async with _faulty(closing_server.url, transport, retry=retry) as c:
            with pytest.raises(sdk.ApiConnectionError) as caught:
                await aio.AuthApi(c).create_token()
            assert not isinstance(caught.value, sdk.ApiTimeoutError)

    asyncio.run(scenario())
    assert closing_server.connections == 1


@TRANSPORTS
def test_a_get_whose_connection_dropped_is_retried(
    closing_server: Listener, transport: str
) -> None:
    async def attempt(times: int) -> None:
        retry = sdk.RetryPolicy(max_attempts=times, backoff=0.01)
        async with _faulty(closing_server.url, transport, retry=retry) as c:
            with pytest.raises(sdk.ApiConnectionError):
                await aio.UsersApi(c).get_my_profile()

    asyncio.run(attempt(1))
    once = closing_server.connections  # aiohttp itself tries an idempotent request twice
    assert once == (1 if transport == "stdlib" else 2)
    asyncio.run(attempt(3))
    assert closing_server.connections - once == 3 * once


@TRANSPORTS
def test_a_server_that_never_answers_times_out(silent_server: Listener, transport: str) -> None:
    async def scenario() -> None:
        retry = sdk.RetryPolicy(max_attempts=1)
        async with _faulty(silent_server.url, transport, retry=retry, timeout=0.5) as c:
            with pytest.raises(sdk.ApiTimeoutError):
                await aio.UsersApi(c).get_my_profile()

    asyncio.run(scenario())


@TRANSPORTS
def test_a_refused_connection_is_retried_then_reported(transport: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there

    async def scenario() -> None:
        retry = sdk.RetryPolicy(max_attempts=2, backoff=0.01)
        async with _faulty(f"http://127.0.0.1:{port}", transport, retry=retry) as c:
            with pytest.raises(sdk.ApiConnectionError, match="Could not reach the server"):
                await aio.AuthApi(c).create_token()

    asyncio.run(scenario())

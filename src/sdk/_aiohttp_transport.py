"""`sdk.aio` on aiohttp (the `aiohttp` extra): httpx-aiohttp's transport with precise errors.

Why: with many requests in flight, httpx's own async pool (httpcore) spends several times
more CPU per request than aiohttp, and on a small machine the client's CPU is what limits the
throughput. httpx stays the interface (auth flows, redirects, hooks, retries); only the
connections change.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from osparc_sdk_patches.client import ClientSettings, pool_limits, tls_context
from osparc_sdk_patches.errors import ConfigurationError

__all__ = ["AiohttpTransport"]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport (the `aiohttp` extra), with errors as precise as httpx's own.

    Its own mapping turns every lost connection into `ConnectTimeout`, which the retry policy
    reads as "never sent" and may repeat even for a POST; here a request that may have reached
    the server fails as a read or protocol error. aiohttp keeps no cookies (httpx does).
    """

    def __init__(self, settings: ClientSettings) -> None:
        try:
            import aiohttp
            from httpx_aiohttp import AiohttpTransport as HttpxAiohttpTransport
        except ImportError as error:
            raise ConfigurationError(
                "async_transport='aiohttp' needs the aiohttp extra: "
                "pip install 'osparc-sdk[aiohttp]'"
            ) from error
        self._aiohttp = aiohttp
        tls = tls_context(settings.verify)

        def session() -> aiohttp.ClientSession:
            connector = aiohttp.TCPConnector(
                limit=settings.max_connections, keepalive_timeout=5.0, ssl=tls
            )
            return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

        self._inner = HttpxAiohttpTransport(
            verify=tls, limits=pool_limits(settings), client=session
        )

    def _precise(self, error: Exception) -> Exception:
        aiohttp = self._aiohttp
        cause = error if isinstance(error, aiohttp.ClientError) else error.__cause__
        message = str(cause or error)
        if isinstance(cause, aiohttp.ClientConnectorError):  # TLS verification failures too
            return httpx.ConnectError(message)
        if isinstance(cause, aiohttp.ConnectionTimeoutError):  # pool wait or connect
            return httpx.ConnectTimeout(message)
        if isinstance(cause, aiohttp.ServerTimeoutError):
            return httpx.ReadTimeout(message)
        if isinstance(cause, aiohttp.ServerDisconnectedError):
            return httpx.RemoteProtocolError(message)
        if isinstance(cause, aiohttp.ClientError):
            return httpx.ReadError(message)
        if isinstance(error, TimeoutError):
            return httpx.ReadTimeout(message)
        return error

    def _raise(self, error: Exception) -> None:
        precise = self._precise(error)
        if precise is error:
            raise error
        raise precise from error

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except (httpx.TransportError, self._aiohttp.ClientError, TimeoutError) as error:
            self._raise(error)
            raise  # pragma: no cover - _raise always raises
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _PreciseStream(response.stream, self)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _PreciseStream(httpx.AsyncByteStream):
    """A response body from `AiohttpTransport`, failing with its precise errors."""

    def __init__(self, inner: httpx.AsyncByteStream, transport: AiohttpTransport) -> None:
        self._inner = inner
        self._transport = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        aiohttp = self._transport._aiohttp
        try:
            async for chunk in self._inner:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError, TimeoutError) as error:
            self._transport._raise(error)

    async def aclose(self) -> None:
        await self._inner.aclose()

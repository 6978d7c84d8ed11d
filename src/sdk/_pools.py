"""Which connections carry a client's requests: chosen once per client, per request when mocked.

- Blocking client: `StdlibTransport` (standard-library sockets with the SDK's own pool) unless
  `sync_transport="httpx"`; `sdk.aio`: `AsyncStdlibTransport` (asyncio connections with the
  SDK's own pool) unless `async_transport` is "aiohttp" (the `aiohttp` extra) or "httpx". The
  SDK's own transports cost the client far less CPU per request than httpx's own pool with many
  requests in flight, and less than aiohttp (see benchmarks/README.md).
- Users mock the SDK by patching httpx's own transports (pytest-httpx patches
  `httpx.HTTPTransport.handle_request` and its async twin; respx patches those or httpcore's
  pools). While such a patch is in place, each request goes through httpx's own transport, so
  the mock sees it exactly as before; the check is two attribute reads per request.
- A proxy in the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY) that applies to the
  platform's host is honoured through httpx's own transport, which knows proxies.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import urllib.request
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpcore
import httpx
from osparc_sdk_patches.client import ClientSettings, pool_limits, tls_context

from sdk._lazy_pool import Once
from sdk._stdlib_transport import StdlibTransport

__all__ = [
    "environment_proxy",
    "new_async_pool",
    "new_sync_pool",
    "transport_is_patched",
]

logger = logging.getLogger("sdk")


def _defined_in(function: object, module: ModuleType) -> bool:
    """True when `function` is the plain function written in `module` (not a replacement: a
    mock, or another module's function set in its place)."""
    code = getattr(function, "__code__", None)
    return code is not None and code.co_filename == module.__file__


def transport_is_patched(*, asynchronous: bool) -> bool:
    """Whether a test double replaced httpx's own transport or httpcore's pool."""
    if asynchronous:
        return not (
            _defined_in(httpx.AsyncHTTPTransport.handle_async_request, _HTTPX_TRANSPORTS)
            and _defined_in(httpcore.AsyncConnectionPool.handle_async_request, _CORE_ASYNC_POOL)
        )
    return not (
        _defined_in(httpx.HTTPTransport.handle_request, _HTTPX_TRANSPORTS)
        and _defined_in(httpcore.ConnectionPool.handle_request, _CORE_SYNC_POOL)
    )


# Where the genuine methods are written (httpx and httpcore re-export the classes, whose
# __module__ then names the package, not the file).
_HTTPX_TRANSPORTS = importlib.import_module("httpx._transports.default")
_CORE_SYNC_POOL = importlib.import_module("httpcore._sync.connection_pool")
_CORE_ASYNC_POOL = importlib.import_module("httpcore._async.connection_pool")


class _UnlessPatched(httpx.BaseTransport):
    """`fast`, or httpx's own transport while a test double has replaced it."""

    def __init__(self, fast: httpx.BaseTransport, own: Callable[[], httpx.BaseTransport]) -> None:
        self.fast = fast
        self._own = Once(own)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if transport_is_patched(asynchronous=False):
            return self._own.get().handle_request(request)
        return self.fast.handle_request(request)

    def close(self) -> None:
        self.fast.close()
        own = self._own.close()
        if own is not None:
            own.close()


class _AsyncUnlessPatched(httpx.AsyncBaseTransport):
    def __init__(
        self, fast: httpx.AsyncBaseTransport, own: Callable[[], httpx.AsyncBaseTransport]
    ) -> None:
        self.fast = fast
        self._own = Once(own)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if transport_is_patched(asynchronous=True):
            return await self._own.get().handle_async_request(request)
        return await self.fast.handle_async_request(request)

    async def aclose(self) -> None:
        await self.fast.aclose()
        own = self._own.close()
        if own is not None:
            await own.aclose()


def environment_proxy(host: str) -> str | None:
    """The proxy the environment sets for `host` (a URL), if any (NO_PROXY honoured)."""
    parts = httpx.URL(host)
    if urllib.request.proxy_bypass(parts.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all") or None


def _httpx_options(settings: ClientSettings) -> dict[str, Any]:
    options: dict[str, Any] = {
        "verify": tls_context(settings.verify),
        "limits": pool_limits(settings),
    }
    proxy = environment_proxy(settings.host)
    if proxy:
        options["proxy"] = proxy
    return options


def _httpx_sync(settings: ClientSettings) -> httpx.BaseTransport:
    return httpx.HTTPTransport(**_httpx_options(settings))


def _httpx_async(settings: ClientSettings) -> httpx.AsyncBaseTransport:
    _record_missing_sniffio()
    return httpx.AsyncHTTPTransport(**_httpx_options(settings))


def new_sync_pool(settings: ClientSettings) -> httpx.BaseTransport:
    """The blocking client's connections (see the module's docstring)."""
    if settings.sync_transport == "httpx" or environment_proxy(settings.host):
        return _httpx_sync(settings)
    fast = StdlibTransport(ssl_context=tls_context(settings.verify), limits=pool_limits(settings))
    return _UnlessPatched(fast, lambda: _httpx_sync(settings))


def new_async_pool(settings: ClientSettings) -> httpx.AsyncBaseTransport:
    """`sdk.aio`'s connections (see the module's docstring)."""
    if settings.async_transport == "httpx" or environment_proxy(settings.host):
        return _httpx_async(settings)
    fast: httpx.AsyncBaseTransport
    if settings.async_transport == "aiohttp":
        from sdk._aiohttp_transport import AiohttpTransport

        fast = AiohttpTransport(settings)
    else:
        from sdk._asyncio_transport import AsyncStdlibTransport

        # Keep as many idle as may be open: on an event loop many answers arrive in one turn
        # and free their connections before the waiting requests take them, so a smaller
        # idle limit closes connections that are needed again at once (measured: 99
        # connections made for 2,000 calls 32 at a time with a limit of 20; 32 with this).
        # Unlike httpcore's pool, this one does not scan its idle connections per request.
        limits = httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_connections,
        )
        fast = AsyncStdlibTransport(ssl_context=tls_context(settings.verify), limits=limits)
    return _AsyncUnlessPatched(fast, lambda: _httpx_async(settings))


def _record_missing_sniffio() -> None:
    """Make httpcore's `import sniffio`, made on every async request, cheap when sniffio is not
    installed (anyio no longer needs it, so a core install has none).

    A failed import is not remembered by Python: each one searches every entry of sys.path
    again, which measured as a third of `sdk.aio`'s CPU per request. When sniffio cannot be
    found at all, its absence is recorded the way Python's import system documents it: `None`
    in `sys.modules` makes `import sniffio` raise ImportError at once, which httpcore handles
    (it then assumes asyncio, as it would have). Where sniffio is installed nothing changes.
    """
    if "sniffio" in sys.modules:
        return
    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]
        logger.debug("sniffio is not installed: recorded as missing for httpcore")

"""Connection pools made by their first request, so that making a client costs little.

httpx's transports import httpcore (and with it h11 and anyio) when they are constructed: about
a sixth of the CPU a fresh process spends on `import sdk`, `ApiClient(...)` and a first API class.
A script that builds a client and then fails on its arguments, or a CLI command that never sends
anything, should not pay for that; the first request pays instead.

The pool is made once, under a lock, however many threads send their first request at once.
Clients made by `with_options` hold the same `LazyPool`, so they share the one pool it makes.
Closing a pool that was never made closes nothing and makes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["AsyncLazyPool", "LazyPool", "Once"]

P = TypeVar("P")


class Once(Generic[P]):
    """What `make` returns, made on the first `get()` (once, whatever the threads); never
    after `close()`."""

    def __init__(self, make: Callable[[], P]) -> None:
        self._make = make
        self._made: P | None = None
        self._closed = False
        self._lock = threading.Lock()

    def get(self) -> P:
        made = self._made
        if made is not None:
            return made
        with self._lock:
            if self._closed:
                raise RuntimeError("the connection pool is closed")
            if self._made is None:
                self._made = self._make()
            return self._made

    def close(self) -> P | None:
        """The pool to close, if one was made; no pool is made after this."""
        with self._lock:
            self._closed = True
            return self._made


class LazyPool(httpx.BaseTransport):
    """A blocking connection pool, made by the first request that needs it."""

    def __init__(self, make: Callable[[], httpx.BaseTransport]) -> None:
        self._once = Once(make)

    @property
    def pool(self) -> httpx.BaseTransport:
        """The pool itself (made now, if no request has made it yet)."""
        return self._once.get()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._once.get().handle_request(request)

    def close(self) -> None:
        pool = self._once.close()
        if pool is not None:
            pool.close()


class AsyncLazyPool(httpx.AsyncBaseTransport):
    """The asyncio twin of `LazyPool`."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._once = Once(make)

    @property
    def pool(self) -> httpx.AsyncBaseTransport:
        return self._once.get()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._once.get().handle_async_request(request)

    async def aclose(self) -> None:
        pool = self._once.close()
        if pool is not None:
            await pool.aclose()

"""`sdk.aio`'s own transport: HTTP/1.1 on asyncio's transports and protocols, with its own pool.

Why: with many requests in flight, httpx's own async pool (httpcore on anyio, h11 parsing byte
by byte in pure Python) spends several times the CPU per request of a blocking client, and on a
small machine the client's CPU is what limits throughput. Here the event loop hands each
connection's bytes to a protocol object as they arrive, a response head is parsed with a few
`bytes` operations (`sdk._http11`), a small body already received is handed over whole, and an
idle connection the server closed is known to be closed without a system call. httpx stays the
interface (auth flows, redirects, hooks, retries, timeouts, streaming); only the connections
change. Standard library only: a core install has it.

Errors are httpx's (`httpx.ConnectError`, `httpx.ReadTimeout`, `httpx.RemoteProtocolError`,
...), as its own transport raises them, so the retry policy and the SDK's error mapping see no
difference. A request that fails or is cancelled part-way never leaves its connection in the
pool: only a connection whose response was read to its end goes back.

A pool belongs to one event loop (as every asyncio connection does); used from another loop,
it forgets the connections of the first.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import socket
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any, NoReturn

import httpx

from sdk._http11 import (
    BodyFraming,
    Head,
    IdleConnections,
    head_cut_short,
    request_head,
    take_bytes,
    take_head,
)

__all__ = ["AsyncStdlibTransport"]

#: At most this much of a response is buffered before the connection stops reading (until the
#: caller takes some), and a streamed body is handed up in pieces of at most this size.
CHUNK = 64 * 1024
HIGH_WATER = 4 * CHUNK

Origin = tuple[str, str, int]


def _wake(waiter: asyncio.Future[bool] | None, value: bool) -> None:
    if waiter is not None and not waiter.done():
        waiter.set_result(value)


class _Connection(asyncio.Protocol):
    """One connection: what the server sent so far (`buffer`), whether it has stopped sending
    (`eof`, `error`), and a waiter the request woken by new bytes awaits."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.eof = False
        self.lost = False
        self.error: BaseException | None = None
        self._waiter: asyncio.Future[bool] | None = None
        self._drained: asyncio.Future[bool] | None = None
        self._write_paused = False
        self._read_paused = False
        self.closed: asyncio.Future[None] = loop.create_future()

    # -- asyncio.Protocol -----------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > HIGH_WATER and not self._read_paused and self.transport:
            self._read_paused = True
            self.transport.pause_reading()
        _wake(self._waiter, True)

    def eof_received(self) -> bool:
        self.eof = True
        _wake(self._waiter, True)
        return False  # close the connection: nothing more will be sent on it either

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = self.lost = True
        self.error = exc
        _wake(self._waiter, True)
        _wake(self._drained, True)
        if not self.closed.done():
            self.closed.set_result(None)

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        _wake(self._drained, True)

    # -- used by a request ----------------------------------------------------------------------
    def reusable(self) -> bool:
        """Still open, and quiet: an idle connection the server sent anything on (an early
        close, or bytes nobody asked for) is not used again."""
        transport = self.transport
        return not (self.eof or self.buffer or transport is None or transport.is_closing())

    async def _wait(self, slot: str, timeout: float | None) -> bool:
        """Until woken (True) or `timeout` seconds passed (False)."""
        waiter: asyncio.Future[bool] = self.loop.create_future()
        setattr(self, slot, waiter)
        timer = self.loop.call_later(timeout, _wake, waiter, False) if timeout is not None else None
        try:
            return await waiter
        finally:
            setattr(self, slot, None)
            if timer is not None:
                timer.cancel()

    async def more(self, timeout: float | None) -> None:
        """Wait for more bytes; raises at the end of the stream and on timeout."""
        if self.eof:
            self.ended(httpx.RemoteProtocolError("Server disconnected."))
        if self._read_paused and self.transport:
            self._read_paused = False
            self.transport.resume_reading()
        if not await self._wait("_waiter", timeout):
            raise httpx.ReadTimeout(f"no data from the server within {timeout} s")

    def ended(self, error: httpx.RemoteProtocolError) -> NoReturn:
        """The server stopped sending before the response's end: `error`, or a read error if
        the connection broke."""
        if self.error is not None:
            raise httpx.ReadError(str(self.error) or type(self.error).__name__) from self.error
        raise error

    def take(self, size: int) -> bytes:
        """The next `size` bytes received (fewer if fewer are here)."""
        piece = take_bytes(self.buffer, size)
        self.taken()
        return piece

    def taken(self) -> None:
        """Bytes were taken from the buffer: read on if it was full."""
        if self._read_paused and len(self.buffer) <= CHUNK and self.transport:
            # Read on while the caller catches up; an idle connection must be read from to
            # notice that the server closed it.
            self._read_paused = False
            self.transport.resume_reading()

    def write(self, data: bytes) -> None:
        if self.lost or self.transport is None:
            error = self.error
            message = str(error) if error else "Server closed the connection during the request."
            raise httpx.WriteError(message) from error
        self.transport.write(data)

    async def drain(self, timeout: float | None) -> None:
        """Wait while the connection's write buffer is full (flow control)."""
        if self._write_paused and not self.lost and not await self._wait("_drained", timeout):
            raise httpx.WriteTimeout(f"could not send within {timeout} s")
        if self.lost:
            self.write(b"")  # raises WriteError

    def close(self) -> None:
        self._end(abort=False)

    def abort(self) -> None:
        """Close at once, whatever is unsent or unread (a request that failed part-way)."""
        self._end(abort=True)

    def _end(self, *, abort: bool) -> None:
        transport = self.transport
        if transport is None:
            return
        if self.loop.is_closed():  # made by an earlier loop: only the socket can be told
            sock = transport.get_extra_info("socket")
            with contextlib.suppress(OSError, AttributeError):
                sock.shutdown(socket.SHUT_RDWR)
        elif abort:
            transport.abort()
        else:
            transport.close()


class _Slots:
    """At most `limit` requests hold a connection at once; the others wait their turn, first
    come first served, at most `pool` seconds each (then `httpx.PoolTimeout`)."""

    def __init__(self, limit: int | None) -> None:
        self._limit = limit
        self.used = 0
        self._waiters: list[asyncio.Future[bool]] = []

    async def acquire(self, loop: asyncio.AbstractEventLoop, timeout: float | None) -> None:
        if self._limit is None or (self.used < self._limit and not self._waiters):
            self.used += 1
            return
        waiter: asyncio.Future[bool] = loop.create_future()
        self._waiters.append(waiter)
        timer = loop.call_later(timeout, _wake, waiter, False) if timeout is not None else None
        try:
            given = await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release()  # handed a slot just as this request was cancelled: pass it on
            raise
        finally:
            if timer is not None:
                timer.cancel()
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)
        if not given:
            raise httpx.PoolTimeout(f"no connection free within {timeout} s")

    def release(self) -> None:
        """Hand the slot to the first waiting request, or free it."""
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(True)  # the slot passes on: `used` stays
                return
        self.used -= 1


class AsyncStdlibTransport(httpx.AsyncBaseTransport):
    """httpx's `AsyncBaseTransport` over asyncio connections kept alive in a pool.

    `limits` as httpx's: at most `max_connections` requests hold a connection at once (further
    ones wait up to the pool timeout, then `httpx.PoolTimeout`), at most
    `max_keepalive_connections` idle, each idle for less than `keepalive_expiry` seconds.
    HTTPS uses `ssl_context`. HTTP/1.1 only, like httpx's default; proxies are left to httpx's
    own transport (`sdk._pools`).
    """

    def __init__(self, *, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        self._ssl = ssl_context
        self._limits = limits
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: IdleConnections[Origin, _Connection] = IdleConnections(
            limits.max_keepalive_connections, limits.keepalive_expiry
        )
        self._slots = _Slots(limits.max_connections)
        self._closed = False

    # -- the pool -------------------------------------------------------------------------------
    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Use the pool from `loop`: connections made in another loop cannot be used here."""
        if self._loop is not None:
            for connection in self._idle.clear():
                connection.abort()
        self._loop = loop
        self._slots = _Slots(self._limits.max_connections)

    async def _connect(self, origin: Origin, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'."
            )
        loop = self._loop
        assert loop is not None
        tls = self._ssl if scheme == "https" else None
        try:
            async with asyncio.timeout(timeout):
                _, connection = await loop.create_connection(
                    lambda: _Connection(loop), host, port, ssl=tls
                )
        except TimeoutError as error:
            raise httpx.ConnectTimeout(f"could not connect within {timeout} s") from error
        except (OSError, ssl.SSLError) as error:  # refused, unreachable, TLS verification
            raise httpx.ConnectError(str(error) or type(error).__name__) from error
        return connection

    def _finished(self, origin: Origin, connection: _Connection, reusable: bool) -> None:
        """A response is done with its connection: keep it for the next request if its body
        was read to the end on a connection both sides keep open, else close it."""
        try:
            if reusable and not self._closed and connection.reusable():
                if self._idle.put(origin, connection):
                    return
                connection.close()
            else:
                connection.abort()
        finally:
            self._slots.release()

    # -- one exchange ---------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._bind(loop)
        url = request.url
        scheme = url.scheme
        origin = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        await self._slots.acquire(loop, timeouts.get("pool"))
        connection: _Connection | None = None
        try:
            connection, stale = self._idle.take(origin, _Connection.reusable)
            for old in stale:
                old.close()
            if connection is None:
                connection = await self._connect(origin, timeouts.get("connect"))
            await _send(connection, request, timeouts.get("write"))
            head = await _receive_head(connection, request.method, timeouts.get("read"))
            length = head.length
            if length is not None and 0 <= length <= len(connection.buffer):
                # The whole body is here already (every small API answer): hand it over as
                # bytes, and the connection back to the pool, now.
                stream: httpx.AsyncByteStream = httpx.ByteStream(connection.take(length))
                self._finished(origin, connection, head.keep_alive)
            else:
                finished = functools.partial(self._finished, origin, connection)
                stream = _Body(connection, head, timeouts.get("read"), finished)
        except BaseException:
            if connection is not None:
                connection.abort()
            self._slots.release()
            raise
        return httpx.Response(
            head.status,
            headers=head.headers,
            stream=stream,
            extensions={"http_version": head.version, "reason_phrase": head.reason},
        )

    async def aclose(self) -> None:
        self._closed = True
        idle = self._idle.clear()
        for connection in idle:
            connection.close()
        waiting = [c.closed for c in idle if not c.closed.done() and not c.loop.is_closed()]
        if waiting and self._loop is asyncio.get_running_loop():
            # Let TLS connections finish closing while the loop still runs.
            await asyncio.wait(waiting, timeout=1.0)


async def _send(connection: _Connection, request: httpx.Request, timeout: float | None) -> None:
    head = request_head(request.method, request.url.raw_path, request.headers.raw)
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        # Head and a small body in one write: one segment, no delayed-ACK stall between them.
        connection.write(head + b"".join(stream))
        await connection.drain(timeout)
        return
    connection.write(head)
    chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
    assert isinstance(stream, httpx.AsyncByteStream)
    async for piece in stream:
        if not piece:
            continue
        connection.write(b"%x\r\n%b\r\n" % (len(piece), piece) if chunked else piece)
        await connection.drain(timeout)
    if chunked:
        connection.write(b"0\r\n\r\n")
    await connection.drain(timeout)


async def _receive_head(connection: _Connection, method: str, timeout: float | None) -> Head:
    """The response's head, after any interim (1xx) responses."""
    buffer = connection.buffer
    while (head := take_head(buffer, method)) is None:
        if connection.eof:
            connection.ended(head_cut_short(buffer))
        await connection.more(timeout)
    return head


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection as the caller iterates; closing it hands the
    connection back to the pool when the body was read to the end, else closes it."""

    def __init__(
        self,
        connection: _Connection,
        head: Head,
        timeout: float | None,
        finished: Callable[[bool], None],
    ) -> None:
        self._connection, self._timeout = connection, timeout
        self._framing = BodyFraming(head.length)
        self._keep_alive = head.keep_alive
        self._finished = finished  # called once, with whether the body was read to its end
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection, framing = self._connection, self._framing
        buffer = connection.buffer
        while True:
            piece = framing.take(buffer, CHUNK)
            connection.taken()
            if piece:
                yield piece
            elif piece is not None:
                return
            elif not connection.eof:
                await connection.more(self._timeout)
            elif (error := framing.cut_short()) is not None or connection.error is not None:
                connection.ended(error or httpx.RemoteProtocolError("Server disconnected."))
            else:
                return

    async def aclose(self) -> None:
        if self._done:
            return
        self._done = True
        self._finished(self._framing.complete and self._keep_alive)

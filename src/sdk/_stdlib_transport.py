"""A blocking transport for httpx on the standard library's sockets, with its own pool.

Why: in many threads, httpx's own pool (httpcore) spends most of the client's CPU per request
outside the SDK: it scans every pooled connection on every request (a socket poll for each)
and parses with h11 in pure Python. Here a request head is built, and a response read, with a
few `bytes` operations of the HTTP/1.1 core (`sdk._http11`, which `sdk.aio`'s transport shares),
one poll checks an idle connection before it is used again, and a small answer usually comes
in one `recv`. The same httpx client (auth flows, redirects, hooks, retries, timeouts,
streaming) then costs less per call than the official client's urllib3.

HTTP/1.1 only, like httpx's default. What it does not do (proxies) is left to httpx's own
transport by `sdk._pools`. Errors are httpx's (`httpx.ConnectError`, `httpx.ReadTimeout`, ...),
so everything above it (the retry policy, the SDK's error mapping) sees no difference. A
response not read to its end never leaves its connection in the pool.
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

import httpx

from sdk import _http11 as http11
from sdk._http11 import BodyFraming, Head, IdleConnections

__all__ = ["StdlibTransport"]

#: Bytes asked for per `recv`, and the most handed up per piece of a streamed body: a slow
#: stream (the job log) is passed on as it arrives.
CHUNK = 64 * 1024

Origin = tuple[str, str, int]


def _fail(
    error: OSError, timeout: type[httpx.TimeoutException], other: type[Exception]
) -> NoReturn:
    """Raise the httpx error for a socket error: `timeout` when it timed out, else `other`."""
    message = str(error) or type(error).__name__
    if isinstance(error, TimeoutError):
        raise timeout(message) from error
    raise other(message) from error


class _Connection:
    """One socket, what the server sent on it that is not yet used (`buffer`), and whether it
    has stopped sending (`eof`)."""

    __slots__ = ("_timeout", "buffer", "eof", "sock")

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.eof = False
        self._timeout = timeout  # the socket's, as `socket.create_connection` set it

    def timeout(self, seconds: float | None) -> None:
        """Bound each following send or receive (a system call: only when it changes)."""
        if seconds != self._timeout:
            self.sock.settimeout(seconds)
            self._timeout = seconds

    def send(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError as error:
            _fail(error, httpx.WriteTimeout, httpx.WriteError)

    def receive(self) -> None:
        """Wait for more bytes (at most one `recv`); at the end of the stream, set `eof`."""
        try:
            data = self.sock.recv(CHUNK)
        except OSError as error:
            _fail(error, httpx.ReadTimeout, httpx.ReadError)
        if data:
            self.buffer += data
        else:
            self.eof = True

    def reusable(self) -> bool:
        """Quiet and open as far as this side knows (an idle connection is polled too)."""
        return not (self.eof or self.buffer)

    def close(self) -> None:
        self.sock.close()


class StdlibTransport(httpx.BaseTransport):
    """httpx's `BaseTransport` over plain (or TLS) sockets, kept alive in a thread-safe pool.

    `limits` as httpx's: at most `max_connections` open (further requests wait up to the
    pool timeout, then `httpx.PoolTimeout`), at most `max_keepalive_connections` idle, each
    idle for at most `keepalive_expiry` seconds. An idle connection the server has closed is
    noticed before it is used (one poll), as httpx's own pool does. HTTPS uses `ssl_context`.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        self._ssl = ssl_context
        self._slots = (
            threading.BoundedSemaphore(limits.max_connections)
            if limits.max_connections is not None
            else None
        )
        self._lock = threading.Lock()
        self._idle: IdleConnections[Origin, _Connection] = IdleConnections(
            limits.max_keepalive_connections, limits.keepalive_expiry
        )
        self._closed = False

    # -- the pool -------------------------------------------------------------------------------
    def _reserve(self, timeouts: dict[str, Any]) -> None:
        if self._slots is None:
            return
        wait = timeouts.get("pool")
        if not self._slots.acquire(timeout=wait):
            raise httpx.PoolTimeout(f"no connection free within {wait} s")

    def _release(self) -> None:
        if self._slots is not None:
            self._slots.release()

    def _reusable(self, origin: Origin) -> _Connection | None:
        """The most recently used idle connection to `origin` that is still good, if any.
        Each is checked (a system call) outside the lock, so other threads need not wait."""
        while True:
            with self._lock:
                connection, expired = self._idle.take(origin, _Connection.reusable)
            for old in expired:
                old.close()
            if connection is None or _still_open(connection.sock):
                return connection
            connection.close()

    def _connect(self, origin: Origin, timeouts: dict[str, Any]) -> _Connection:
        scheme, host, port = origin
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'."
            )
        timeout = timeouts.get("connect")
        try:
            sock = socket.create_connection((host, port), timeout=timeout)
        except OSError as error:  # refused, unreachable, timed out
            _fail(error, httpx.ConnectTimeout, httpx.ConnectError)
        try:
            # Pieces of a streamed upload go out as they come, not after a delayed ACK.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":  # the handshake within the connect timeout too
                sock = self._ssl.wrap_socket(sock, server_hostname=host)
        except OSError as error:  # TLS verification or handshake (ssl.SSLError is an OSError)
            sock.close()
            _fail(error, httpx.ConnectTimeout, httpx.ConnectError)
        return _Connection(sock, timeout)

    def _finished(self, origin: Origin, connection: _Connection, reusable: bool) -> None:
        """A response is done with its connection: keep it for the next request if its body
        was read to the end on a connection both sides keep open, else close it. Frees the
        connection's slot."""
        try:
            if reusable and connection.reusable():
                with self._lock:
                    if not self._closed and self._idle.put(origin, connection):
                        return
            connection.close()
        finally:
            self._release()

    # -- one exchange ---------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.scheme
        origin = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        self._reserve(timeouts)
        connection: _Connection | None = None
        try:
            connection = self._reusable(origin) or self._connect(origin, timeouts)
            _send(connection, request, timeouts.get("write"))
            connection.timeout(timeouts.get("read"))
            head = _receive_head(connection, request.method)
            length = head.length
            whole = length is not None and 0 <= length <= len(connection.buffer)
            if length is not None and whole:
                # The whole body is here already (every small API answer): hand it over as
                # bytes, and the connection back to the pool, now.
                stream: httpx.SyncByteStream = httpx.ByteStream(
                    http11.take_bytes(connection.buffer, length)
                )
            else:
                stream = _Body(self, origin, connection, head)
        except BaseException:
            if connection is not None:
                connection.close()
            self._release()
            raise
        if whole:
            self._finished(origin, connection, head.keep_alive)
        return httpx.Response(
            head.status,
            headers=head.headers,
            stream=stream,
            extensions={"http_version": head.version, "reason_phrase": head.reason},
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = self._idle.clear()
        for connection in idle:
            connection.close()


def _send(connection: _Connection, request: httpx.Request, timeout: float | None) -> None:
    head = http11.request_head(request.method, request.url.raw_path, request.headers.raw)
    connection.timeout(timeout)
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        # Head and a small body in one send: one segment, no delayed-ACK stall between them.
        connection.send(head + b"".join(stream))
        return
    connection.send(head)
    chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
    assert isinstance(stream, Iterable)
    for piece in stream:
        if piece:
            connection.send(b"%x\r\n%b\r\n" % (len(piece), piece) if chunked else piece)
    if chunked:
        connection.send(b"0\r\n\r\n")


def _receive_head(connection: _Connection, method: str) -> Head:
    buffer = connection.buffer
    while True:
        if buffer and (head := http11.take_head(buffer, method)) is not None:
            return head
        if connection.eof:
            raise http11.head_cut_short(buffer)
        connection.receive()


def _still_open(sock: socket.socket) -> bool:
    """False when the server closed an idle connection (or sent something unasked): it is
    readable although no request is waiting for an answer."""
    if not hasattr(select, "poll"):  # Windows: select() takes any socket there
        readable, _, _ = select.select([sock], [], [], 0)
        return not readable
    # poll() elsewhere: select() refuses descriptors above FD_SETSIZE (1024)
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return not poller.poll(0)


class _Body(httpx.SyncByteStream):
    """A response body read from its connection as the caller iterates; closing it hands the
    connection back to the pool when the body was read to the end, else closes it."""

    def __init__(
        self, transport: StdlibTransport, origin: Origin, connection: _Connection, head: Head
    ) -> None:
        self._transport, self._origin, self._connection = transport, origin, connection
        self._framing = BodyFraming(head.length)
        self._keep_alive = head.keep_alive
        self._done = False

    def __iter__(self) -> Iterator[bytes]:
        connection, framing = self._connection, self._framing
        buffer = connection.buffer
        while True:
            piece = framing.take(buffer, CHUNK)
            if piece:
                yield piece
            elif piece is not None:
                return
            elif not connection.eof:
                connection.receive()
            elif (error := framing.cut_short()) is not None:
                raise error
            else:
                return

    def close(self) -> None:
        if self._done:
            return
        self._done = True
        reusable = self._framing.complete and self._keep_alive
        self._transport._finished(self._origin, self._connection, reusable)

"""A blocking transport for httpx on the standard library's `http.client`, with its own pool.

Why: in many threads, httpx's own pool (httpcore) spends most of the client's CPU per request
outside the SDK: it scans every pooled connection on every request (a socket poll for each)
and parses with h11 in pure Python. `http.client` parses the status line and headers in C
where it can and needs one poll per request, so the same httpx client (auth flows, redirects,
hooks, retries, timeouts, streaming) costs about what the official client's urllib3 costs.

HTTP/1.1 only, like httpx's default. What it does not do (proxies) is left to httpx's own
transport by `sdk._pools`. Errors are httpx's (`httpx.ConnectError`, `httpx.ReadTimeout`, ...),
so everything above it (the retry policy, the SDK's error mapping) sees no difference.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import ssl
import threading
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

import httpx

from sdk._http11 import IdleConnections

__all__ = ["StdlibTransport"]

#: Bytes handed up per read of a response body: at most one system call each (`read1`), so a
#: slow stream (the job log) is passed on as it arrives.
CHUNK = 64 * 1024

Origin = tuple[str, str, int]


def _fail(
    error: BaseException, timeout: type[httpx.TimeoutException], other: type[Exception]
) -> NoReturn:
    """Raise the httpx error for a low-level one: `timeout` for a socket timeout, a protocol
    error for a malformed or cut answer, `other` for the rest."""
    message = str(error) or type(error).__name__
    if isinstance(error, TimeoutError | socket.timeout):
        raise timeout(message) from error
    if isinstance(error, http.client.RemoteDisconnected):
        message = "Server disconnected without sending a response."
        raise httpx.RemoteProtocolError(message) from error
    if isinstance(error, http.client.HTTPException | ValueError):  # malformed, or cut short
        raise httpx.RemoteProtocolError(message) from error
    raise other(message) from error


class StdlibTransport(httpx.BaseTransport):
    """httpx's `BaseTransport` over `http.client` connections, kept alive in a thread-safe pool.

    `limits` as httpx's: at most `max_connections` open (further requests wait up to the
    pool timeout, then `httpx.PoolTimeout`), at most `max_keepalive_connections` idle, each
    idle for at most `keepalive_expiry` seconds. An idle connection the server has closed is
    noticed before it is used (one poll), as httpx's own pool does.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        self._ssl = ssl_context
        self._slots = (
            threading.BoundedSemaphore(limits.max_connections)
            if limits.max_connections is not None
            else None
        )
        self._lock = threading.Lock()
        self._idle: IdleConnections[Origin, http.client.HTTPConnection] = IdleConnections(
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

    def _reusable(self, origin: Origin) -> http.client.HTTPConnection | None:
        """The most recently used idle connection to `origin` that is still good, if any.
        Each is checked (a system call) outside the lock, so other threads need not wait."""
        while True:
            with self._lock:
                connection, expired = self._idle.take(origin, _any)
            for old in expired:
                old.close()
            if connection is None or _still_open(connection):
                return connection
            connection.close()

    def _give_back(self, origin: Origin, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if not self._closed and self._idle.put(origin, connection):
                return
        connection.close()

    def _connect(self, origin: Origin, timeouts: dict[str, Any]) -> http.client.HTTPConnection:
        scheme, host, port = origin
        connection: http.client.HTTPConnection
        if scheme == "https":
            connection = http.client.HTTPSConnection(
                host, port, timeout=timeouts.get("connect"), context=self._ssl
            )
        elif scheme == "http":
            connection = http.client.HTTPConnection(host, port, timeout=timeouts.get("connect"))
        else:
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'."
            )
        try:
            connection.connect()
        except (OSError, ssl.SSLError) as error:
            connection.close()
            _fail(error, httpx.ConnectTimeout, httpx.ConnectError)
        return connection

    # -- one exchange ---------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        origin = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        self._reserve(timeouts)
        try:
            connection = self._reusable(origin) or self._connect(origin, timeouts)
            try:
                answer = self._exchange(connection, request, timeouts)
            except BaseException:
                connection.close()
                raise
        except BaseException:
            self._release()
            raise
        return httpx.Response(
            answer.status,
            headers=answer.getheaders(),
            stream=_Body(self, origin, connection, answer),
            extensions={
                "http_version": b"HTTP/1.1" if answer.version == 11 else b"HTTP/1.0",
                "reason_phrase": answer.reason.encode("latin-1", "replace"),
            },
        )

    def _exchange(
        self,
        connection: http.client.HTTPConnection,
        request: httpx.Request,
        timeouts: dict[str, Any],
    ) -> http.client.HTTPResponse:
        sock = connection.sock
        assert isinstance(sock, socket.socket)
        target = request.url.raw_path.decode("ascii")
        sock.settimeout(timeouts.get("write"))
        try:
            connection.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in request.headers.raw:
                connection.putheader(name, value)
            stream = request.stream
            if isinstance(stream, httpx.ByteStream):
                # Headers and a small body in one send: no delayed-ACK stall between them.
                connection.endheaders(b"".join(stream) or None)
            else:
                connection.endheaders()
                chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
                assert isinstance(stream, Iterable)
                _send_body(connection, stream, chunked=chunked)
        except (OSError, http.client.HTTPException, ValueError) as error:
            _fail(error, httpx.WriteTimeout, httpx.WriteError)
        sock.settimeout(timeouts.get("read"))
        try:
            return connection.getresponse()
        except (OSError, http.client.HTTPException, ValueError) as error:
            _fail(error, httpx.ReadTimeout, httpx.ReadError)

    def _finished(
        self,
        origin: Origin,
        connection: http.client.HTTPConnection,
        answer: http.client.HTTPResponse,
    ) -> None:
        """A response was closed: keep its connection when the body was read to the end and
        the server keeps the connection open, else close it. Frees the connection's slot."""
        try:
            if answer.isclosed() and not answer.will_close:
                self._give_back(origin, connection)
            else:
                connection.close()
        finally:
            self._release()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = self._idle.clear()
        for connection in idle:
            connection.close()


def _send_body(
    connection: http.client.HTTPConnection, stream: Iterable[bytes], *, chunked: bool
) -> None:
    for chunk in stream:
        if not chunk:
            continue
        if chunked:
            connection.send(b"%x\r\n%b\r\n" % (len(chunk), chunk))
        else:
            connection.send(chunk)
    if chunked:
        connection.send(b"0\r\n\r\n")


def _any(connection: http.client.HTTPConnection) -> bool:
    return True


def _still_open(connection: http.client.HTTPConnection) -> bool:
    """False when the server closed an idle connection (or sent something unasked): it is
    readable although no request is waiting for an answer."""
    sock = connection.sock
    if sock is None:
        return False
    if not hasattr(select, "poll"):  # Windows: select() takes any socket there
        readable, _, _ = select.select([sock], [], [], 0)
        return not readable
    # poll() elsewhere: select() refuses descriptors above FD_SETSIZE (1024)
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return not poller.poll(0)


class _Body(httpx.SyncByteStream):
    """A response body read from its connection as the caller iterates; closing it hands the
    connection back to the pool (or closes it when the body was not read to the end)."""

    def __init__(
        self,
        transport: StdlibTransport,
        origin: Origin,
        connection: http.client.HTTPConnection,
        answer: http.client.HTTPResponse,
    ) -> None:
        self._transport = transport
        self._origin = origin
        self._connection = connection
        self._answer = answer
        self._done = False

    def __iter__(self) -> Iterator[bytes]:
        answer = self._answer
        try:
            while chunk := answer.read1(CHUNK):
                yield chunk
            # read1 ends quietly when the server closes early: a body shorter than its
            # Content-Length is a protocol error, as httpx's own transport reports it.
            if answer.length:
                raise http.client.IncompleteRead(b"", answer.length)
            answer.read()  # a body whose announced length was read: mark it complete
        except (OSError, http.client.HTTPException, ValueError) as error:
            _fail(error, httpx.ReadTimeout, httpx.ReadError)

    def close(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._transport._finished(self._origin, self._connection, self._answer)

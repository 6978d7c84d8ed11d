"""HTTP/1.1 on the client side without I/O: request heads out, response heads in, how a body
is framed, and which idle connections may carry the next request.

Why a core of its own: the SDK's transports (`_asyncio_transport` for `sdk.aio`,
`_stdlib_transport` for the blocking client) decide the same things; here each decision is
written once and tested without a socket. Only what a client needs is parsed (RFC 9112):
a status line, header fields, Content-Length, chunked transfer coding, and a body delimited
by the connection's close.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Generic, NamedTuple, TypeVar

import httpx

__all__ = [
    "CLOSE_DELIMITED",
    "MAX_HEAD",
    "BodyFraming",
    "Head",
    "IdleConnections",
    "chunk_size",
    "head_cut_short",
    "parse_head",
    "request_head",
    "take_bytes",
    "take_head",
]

#: The most a response head (status line and header fields) may take, as h11's default.
MAX_HEAD = 64 * 1024
#: `Head.length` of a body that ends when the server closes the connection.
CLOSE_DELIMITED = -1

_NO_BODY_STATUS = frozenset({204, 304})


class Head(NamedTuple):
    """A parsed response head and how its body is framed.

    `length` is the body's size in bytes (0 for none), `CLOSE_DELIMITED`, or None for chunked;
    `keep_alive` says whether the connection may carry another request once the body is read.
    """

    status: int
    reason: bytes
    version: bytes
    headers: list[tuple[bytes, bytes]]
    length: int | None
    keep_alive: bool


def request_head(method: str, target: bytes, headers: Iterable[tuple[bytes, bytes]]) -> bytes:
    """The request line and header fields, ready to send. httpx has set Host, Content-Length
    or Transfer-Encoding already. A CR or LF inside a name or value (header injection) is
    refused: it would start a header, or a request, of its own."""
    parts = [method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    count = 0
    for name, value in headers:
        parts += (name, b": ", value, b"\r\n")
        count += 1
    parts.append(b"\r\n")
    head = b"".join(parts)
    if head.count(b"\n") != count + 2 or head.count(b"\r") != count + 2:
        raise httpx.LocalProtocolError("a request header holds a line break")
    return head


def _bad(message: str) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(f"malformed response from the server: {message}")


def parse_head(head: bytes, method: str) -> Head:
    """The response head `head` (without its closing empty line) to a request sent with
    `method`. Raises `httpx.RemoteProtocolError` for what a client cannot read safely."""
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0"):
        raise _bad(f"status line {lines[0][:80]!r}")
    if len(code) != 3 or not code.isdigit():
        raise _bad(f"status code {code[:80]!r}")
    status = int(code)
    headers: list[tuple[bytes, bytes]] = []
    lengths: set[bytes] = set()
    coding = b""
    connection = b""
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or b" " in name or b"\t" in name:
            raise _bad(f"header line {line[:80]!r}")  # also obsolete line folding
        value = value.strip(b" \t")
        headers.append((name, value))
        lowered = name.lower()
        if lowered == b"content-length":
            lengths.update(part.strip(b" \t") for part in value.split(b","))
        elif lowered == b"transfer-encoding":
            coding = value.lower() if not coding else coding + b"," + value.lower()
        elif lowered == b"connection":
            connection = value.lower() if not connection else connection + b"," + value.lower()
    if version == b"HTTP/1.1":
        keep_alive = b"close" not in connection
    else:
        keep_alive = b"keep-alive" in connection and b"close" not in connection
    length: int | None
    if status < 200 or status in _NO_BODY_STATUS or method == "HEAD":
        length = 0
    elif coding:
        if coding.rsplit(b",", 1)[-1].strip() == b"chunked":
            # Content-Length, if any, is ignored, and the connection not used again: the two
            # together may be an attempt to smuggle a response (RFC 9112, 6.3)
            length = None
            keep_alive = keep_alive and not lengths
        else:  # a coding other than chunked last: the body ends with the connection
            length, keep_alive = CLOSE_DELIMITED, False
    elif lengths:
        if len(lengths) != 1 or not (only := lengths.pop()).isdigit():
            raise _bad("Content-Length " + repr(b",".join(sorted(lengths))[:80]))
        length = int(only)
    else:
        length, keep_alive = CLOSE_DELIMITED, False
    return Head(status, reason, version, headers, length, keep_alive)


def chunk_size(line: bytes) -> int:
    """The size a chunk-size line announces (chunk extensions ignored)."""
    digits = line.split(b";", 1)[0].strip(b" \t")
    if not digits or len(digits) > 16 or digits.strip(b"0123456789abcdefABCDEF"):
        raise _bad(f"chunk size {line[:80]!r}")
    return int(digits, 16)


def take_head(buffer: bytearray, method: str) -> Head | None:
    """The final response head at the start of `buffer` (removed from it, with any interim 1xx
    response before it), or None while it is incomplete: the driver reads more and asks again."""
    while (end := buffer.find(b"\r\n\r\n")) >= 0:
        head = parse_head(bytes(buffer[:end]), method)
        del buffer[: end + 4]
        if head.status == 101:
            raise httpx.RemoteProtocolError("a protocol switch (101) was not asked for")
        if head.status >= 200:
            return head
    if len(buffer) > MAX_HEAD:
        raise httpx.RemoteProtocolError("the response head is too long")
    return None


def head_cut_short(buffer: bytearray) -> httpx.RemoteProtocolError:
    """The error for a connection that ended before a whole response head (`buffer`) came."""
    if buffer:
        return httpx.RemoteProtocolError("Server disconnected in the middle of the response head.")
    return httpx.RemoteProtocolError("Server disconnected without sending a response.")


def take_bytes(buffer: bytearray, size: int) -> bytes:
    """The first `size` bytes of `buffer` (fewer if fewer are there), removed from it."""
    if size >= len(buffer):  # all of it (a whole small answer): one copy
        piece = bytes(buffer)
        buffer.clear()
    else:
        piece = bytes(buffer[:size])
        del buffer[:size]
    return piece


_SIZED, _UNTIL_CLOSED, _CHUNK_SIZE, _CHUNK_END, _TRAILER, _DONE = range(6)


class BodyFraming:
    """Where a response body stands as its bytes arrive: which buffered bytes belong to it, where
    its chunks begin and end, whether it is complete. The drivers only read from the socket.

    `take(buffer)` hands out the next piece of the body (removed from `buffer`), b"" once the body
    is complete, or None when more bytes must be read first; when the connection ends instead,
    `cut_short()` says whether that is an error.
    """

    __slots__ = ("_length", "_remaining", "_state")

    def __init__(self, length: int | None) -> None:
        self._length = length
        self._remaining = length if length is not None and length > 0 else 0
        if length is None:
            self._state = _CHUNK_SIZE
        else:
            self._state = _UNTIL_CLOSED if length == CLOSE_DELIMITED else _SIZED

    @property
    def complete(self) -> bool:
        return self._state == _DONE

    def take(self, buffer: bytearray, limit: int) -> bytes | None:
        while True:
            if self._remaining:  # inside a sized body or a chunk
                if not buffer:
                    return None
                piece = take_bytes(buffer, min(self._remaining, limit))
                self._remaining -= len(piece)
                return piece
            state = self._state
            if state == _UNTIL_CLOSED:
                return take_bytes(buffer, limit) if buffer else None
            if state in (_SIZED, _DONE):
                self._state = _DONE
                return b""
            end = buffer.find(b"\r\n")
            if end < 0:
                if len(buffer) > MAX_HEAD:
                    raise httpx.RemoteProtocolError("a chunk-size line is too long")
                return None
            line = bytes(buffer[:end])
            del buffer[: end + 2]
            if state == _CHUNK_SIZE:
                self._remaining = chunk_size(line)
                self._state = _CHUNK_END if self._remaining else _TRAILER
            elif state == _CHUNK_END:
                if line:
                    raise httpx.RemoteProtocolError("a chunk is longer than its size says")
                self._state = _CHUNK_SIZE
            elif not line:  # the empty line after the trailer fields (unused)
                self._state = _DONE

    def cut_short(self) -> httpx.RemoteProtocolError | None:
        """The connection ended before `take` gave b"": None when that ends the body (one
        delimited by the close, now complete), else the error to raise."""
        if self._state == _UNTIL_CLOSED:
            self._state = _DONE
            return None
        if self._state == _SIZED:
            return httpx.RemoteProtocolError(
                "Server disconnected before the end of the body: "
                f"received {(self._length or 0) - self._remaining} bytes, expected {self._length}."
            )
        return httpx.RemoteProtocolError("Server disconnected in the middle of a chunked body.")


Key = TypeVar("Key")
Conn = TypeVar("Conn")


class IdleConnections(Generic[Key, Conn]):
    """The open connections no request uses, per origin, most recently used last.

    At most `keep` are kept (None: no limit); one idle for `expiry` seconds or more is not
    handed out again (None: never too old, as httpx reads `keepalive_expiry=None`). Callers
    lock around it where threads share it; `usable` says whether a connection is still good
    (the server may have closed it while it was idle).
    """

    def __init__(self, keep: int | None, expiry: float | None) -> None:
        self._keep = keep
        self._expiry = float("inf") if expiry is None else expiry
        self._idle: dict[Key, list[tuple[float, Conn]]] = {}
        self.count = 0

    def take(self, key: Key, usable: Callable[[Conn], bool]) -> tuple[Conn | None, list[Conn]]:
        """The most recently used good connection to `key`, if any, and the ones found unusable
        on the way (for the caller to close)."""
        idle = self._idle.get(key)
        stale: list[Conn] = []
        now = time.monotonic()
        while idle:
            since, connection = idle.pop()
            self.count -= 1
            if now - since < self._expiry and usable(connection):
                return connection, stale
            stale.append(connection)
        return None, stale

    def put(self, key: Key, connection: Conn) -> bool:
        """Keep `connection` for a later request; False when the pool holds enough already."""
        if self._keep is not None and self.count >= self._keep:
            return False
        self._idle.setdefault(key, []).append((time.monotonic(), connection))
        self.count += 1
        return True

    def clear(self) -> list[Conn]:
        """Every idle connection, now forgotten (for the caller to close)."""
        every = [connection for entries in self._idle.values() for _, connection in entries]
        self._idle.clear()
        self.count = 0
        return every

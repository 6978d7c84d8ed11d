"""The I/O-free HTTP/1.1 core both of the SDK's transports use (`sdk._http11`): how a response
head is read and its body framed (RFC 9112, section 6.3), how a request head is written, and
which idle connections are handed out again. The same rules on the wire are tested in
test_sdk_asyncio_transport.py and test_sdk_stdlib_transport.py."""

from __future__ import annotations

import time

import httpx
import pytest

from sdk._http11 import (
    CLOSE_DELIMITED,
    BodyFraming,
    IdleConnections,
    chunk_size,
    head_cut_short,
    parse_head,
    request_head,
    take_head,
)


def _framing(head: bytes, method: str = "GET") -> tuple[int | None, bool]:
    parsed = parse_head(head, method)
    return parsed.length, parsed.keep_alive


@pytest.mark.parametrize(
    ("head", "method", "framing"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 12", "GET", (12, True)),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 3, 3", "GET", (3, True)),  # repeated, equal
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", "GET", (None, True)),
        # chunked wins over Content-Length, and such a connection is not used again
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked",
            "GET",
            (None, False),
        ),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip", "GET", (CLOSE_DELIMITED, False)),
        (b"HTTP/1.1 200 OK", "GET", (CLOSE_DELIMITED, False)),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 7", "HEAD", (0, True)),
        (b"HTTP/1.1 204 No Content", "DELETE", (0, True)),
        (b"HTTP/1.1 304 Not Modified\r\nContent-Length: 7", "GET", (0, True)),
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1", "GET", (1, False)),
        (b"HTTP/1.0 200 OK\r\nContent-Length: 1", "GET", (1, False)),
        (b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 1", "GET", (1, True)),
    ],
)
def test_a_body_is_framed_as_rfc_9112_says(
    head: bytes, method: str, framing: tuple[int | None, bool]
) -> None:
    assert _framing(head, method) == framing


def test_the_head_keeps_status_reason_version_and_headers_as_sent() -> None:
    head = parse_head(b"HTTP/1.1 404 Not Found\r\nX-Trace:  a b \r\nSet-Cookie: c=1", "GET")
    assert (head.status, head.reason, head.version) == (404, b"Not Found", b"HTTP/1.1")
    assert head.headers == [(b"X-Trace", b"a b"), (b"Set-Cookie", b"c=1")]
    assert parse_head(b"HTTP/1.1 200", "GET").reason == b""  # the reason may be absent


@pytest.mark.parametrize(
    "head",
    [
        b"ICY 200 OK",
        b"HTTP/1.1 20 OK",
        b"HTTP/1.1 abc OK",
        b"HTTP/1.1 200 OK\r\nName Space: x",
        b"HTTP/1.1 200 OK\r\n: no name",
        b"HTTP/1.1 200 OK\r\nX: 1\r\n\tfolded",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2",
        b"HTTP/1.1 200 OK\r\nContent-Length: 0x10",
    ],
)
def test_heads_a_client_cannot_read_safely_are_refused(head: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="malformed response"):
        parse_head(head, "GET")


def test_chunk_sizes_are_hex_with_extensions_ignored() -> None:
    assert chunk_size(b"1A") == 26
    assert chunk_size(b"ff;name=value") == 255
    assert chunk_size(b"0") == 0
    for bad in (b"", b"-1", b"g", b"1 2", b"1" * 17):
        with pytest.raises(httpx.RemoteProtocolError):
            chunk_size(bad)


def test_a_request_head_is_written_in_order_and_refuses_line_breaks() -> None:
    head = request_head("POST", b"/v0/files?x=1", [(b"Host", b"h"), (b"Content-Length", b"2")])
    assert head == b"POST /v0/files?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n"
    for name, value in ((b"X", b"a\r\nY: 1"), (b"X", b"a\nb"), (b"X\r", b"1")):
        with pytest.raises(httpx.LocalProtocolError):
            request_head("GET", b"/", [(name, value)])


def test_a_head_is_taken_once_whole_after_interim_answers() -> None:
    buffer = bytearray(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Le")
    assert take_head(buffer, "GET") is None  # the interim answer is gone, the rest waits
    assert buffer == b"HTTP/1.1 200 OK\r\nContent-Le"
    buffer += b"ngth: 2\r\n\r\nokHTTP"
    head = take_head(buffer, "GET")
    assert head is not None
    assert (head.status, head.length, buffer) == (200, 2, bytearray(b"okHTTP"))
    with pytest.raises(httpx.RemoteProtocolError, match="too long"):
        take_head(bytearray(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 20_000), "GET")
    assert "without sending" in str(head_cut_short(bytearray()))
    assert "middle of the response head" in str(head_cut_short(bytearray(b"HTTP/1.1")))


def _pieces(framing: BodyFraming, arrivals: list[bytes], limit: int = 4) -> tuple[bytes, bytes]:
    """Feed `arrivals` one by one; the body handed out, and what is left in the buffer."""
    buffer, body = bytearray(), b""
    for arrival in arrivals:
        buffer += arrival
        while piece := framing.take(buffer, limit):
            assert len(piece) <= limit
            body += piece
        if piece == b"":
            break
    return body, bytes(buffer)


def test_a_sized_body_ends_at_its_length_and_leaves_the_next_answer() -> None:
    framing = BodyFraming(6)
    assert _pieces(framing, [b"abc", b"defHTTP/1.1"]) == (b"abcdef", b"HTTP/1.1")
    assert framing.complete
    empty = BodyFraming(0)
    assert empty.take(bytearray(b"x"), 4) == b""
    cut = BodyFraming(10)
    assert _pieces(cut, [b"abc"]) == (b"abc", b"")
    assert not cut.complete
    assert "received 3 bytes, expected 10" in str(cut.cut_short())


def test_a_chunked_body_is_decoded_however_it_is_split() -> None:
    wire = b"5;x=y\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\nNEXT"
    for step in (1, 2, 3, 7, len(wire)):
        framing = BodyFraming(None)
        arrivals = [wire[i : i + step] for i in range(0, len(wire), step)]
        body, rest = _pieces(framing, arrivals)
        assert (body, framing.complete) == (b"hello world", True)
        assert rest == b"NEXT"[: len(rest)]  # what follows the body stays unread
    with pytest.raises(httpx.RemoteProtocolError, match="longer than its size"):
        _pieces(BodyFraming(None), [b"2\r\nabc\r\n0\r\n\r\n"])
    with pytest.raises(httpx.RemoteProtocolError, match="chunk-size line is too long"):
        _pieces(BodyFraming(None), [b"1" * (70 * 1024)])
    assert "chunked body" in str(BodyFraming(None).cut_short())


def test_a_body_delimited_by_the_close_is_complete_when_the_connection_ends() -> None:
    framing = BodyFraming(CLOSE_DELIMITED)
    assert _pieces(framing, [b"all of ", b"it"]) == (b"all of it", b"")
    assert not framing.complete
    assert framing.cut_short() is None
    assert framing.complete


def test_idle_connections_come_back_newest_first_within_limits() -> None:
    idle: IdleConnections[str, str] = IdleConnections(keep=2, expiry=60.0)
    assert idle.put("a", "a1")
    assert idle.put("a", "a2")
    assert not idle.put("b", "b1")  # two kept already
    assert idle.take("a", lambda c: c != "a2") == ("a1", ["a2"])
    assert idle.count == 0
    assert idle.take("a", lambda c: True) == (None, [])


def test_idle_connections_expire() -> None:
    idle: IdleConnections[str, str] = IdleConnections(keep=None, expiry=0.05)
    idle.put("a", "old")
    time.sleep(0.1)
    idle.put("a", "new")
    assert idle.take("a", lambda c: True) == ("new", [])
    assert idle.take("a", lambda c: True) == (None, ["old"])
    assert idle.clear() == []


def test_idle_connections_without_expiry_stay_usable() -> None:
    idle: IdleConnections[str, str] = IdleConnections(keep=None, expiry=None)
    idle.put("a", "kept")
    time.sleep(0.01)
    assert idle.take("a", lambda c: True) == ("kept", [])

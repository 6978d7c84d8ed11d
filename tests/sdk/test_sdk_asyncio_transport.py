"""`sdk.aio`'s default transport (asyncio connections with the SDK's own pool) on the wire.

The real platform for what users do (calls, errors, transfers, pages); a small uvicorn echo
server for connection reuse and streamed bodies; and a scripted raw loopback server for the
answers a real server rarely gives: chunked bodies split anywhere, bodies delimited by the
connection's close, interim responses, malformed heads, bodies cut short, slow answers,
dropped connections. Nothing is mocked: every byte crosses a socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sdk_testkit import Listener, unaccepting_host
from test_sdk_stdlib_transport import PROFILE, _echo_app, _serve

import sdk
from sdk import aio
from sdk._asyncio_transport import AsyncStdlibTransport
from sdk._stdlib_transport import StdlibTransport
from sdk.testing import LocalPlatform


def _transport(**limits: Any) -> AsyncStdlibTransport:
    return AsyncStdlibTransport(
        ssl_context=httpx.create_ssl_context(), limits=httpx.Limits(**limits)
    )


def _fast(client: aio.ApiClient) -> Any:
    inner = client.http._transport._inner  # type: ignore[attr-defined]
    return getattr(inner, "pool", inner).fast


# -- the real platform (calls, errors, transfers, pages: test_sdk_transports.py) ---------------
def test_many_requests_at_once_share_a_few_kept_connections(platform: LocalPlatform) -> None:
    async def scenario() -> None:
        kwargs = platform.client_kwargs()
        async with aio.ApiClient(**kwargs, token_cache=False) as client:
            users = aio.UsersApi(client)
            first = await users.get_my_profile()
            pool = _fast(client)
            assert isinstance(pool, AsyncStdlibTransport)  # the default
            together = await asyncio.gather(*(users.get_my_profile() for _ in range(40)))
            assert {p.login for p in together} == {first.login}
            assert pool._idle.count >= 1  # kept for the next requests
            assert pool._slots.used == 0

    asyncio.run(scenario())


# -- a real HTTP/1.1 server: reuse, streamed bodies both ways, idle connections -----------------
@pytest.fixture(scope="module")
def echo() -> Iterator[str]:
    with _serve(_echo_app(), timeout_keep_alive=1) as url:
        yield url


def test_connections_are_reused_and_bodies_stream_both_ways(echo: str) -> None:
    async def pieces() -> AsyncIterator[bytes]:
        for index in range(40):
            yield bytes([index]) * 10_000

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=_transport(), base_url=echo) as http:
            peers = {tuple((await http.get("/me")).json()["peer"]) for _ in range(5)}
            assert len(peers) == 1  # one connection, kept alive

            sent = (await http.post("/upload", content=pieces())).json()
            expected = b"".join([bytes([index]) * 10_000 for index in range(40)])
            assert sent["chunked"]
            digest = hashlib.sha256(expected).hexdigest()
            assert (sent["size"], sent["sha256"]) == (len(expected), digest)

            async with http.stream("GET", "/download") as response:
                received = [piece async for piece in response.aiter_raw()]
            assert b"".join(received) == bytes(range(256)) * 4096
            assert len(received) > 1  # handed over as it came, not read whole first
            assert tuple((await http.get("/me")).json()["peer"]) in peers  # still the one

    asyncio.run(scenario())


def test_an_idle_connection_the_server_closed_is_not_used(echo: str) -> None:
    """The server drops idle connections after 1 s: a POST after that must go out on a new
    connection, not fail on the dead one (it would not be retried: it is not idempotent)."""

    async def scenario() -> None:
        async with aio.ApiClient(
            host=echo, api_key="k", api_secret="s", token_cache=False, retry=NO_RETRY
        ) as client:
            first = (await client.http.post("/a", content=b"x")).json()["peer"]
            await asyncio.sleep(1.6)
            second = (await client.http.post("/a", content=b"y")).json()["peer"]
            assert first != second

    asyncio.run(scenario())


def test_a_burst_of_requests_keeps_its_connections_for_the_next_burst(echo: str) -> None:
    """On an event loop many answers free their connections in one turn of the loop: a pool
    that kept only some (httpx's default keeps 20) would close the others and open new ones
    for the next requests."""

    async def scenario() -> None:
        async with aio.ApiClient(host=echo, api_key="k", api_secret="s", token_cache=False) as c:

            async def peers() -> set[tuple[str, int]]:
                answers = await asyncio.gather(*(c.http.get("/me") for _ in range(40)))
                return {tuple(answer.json()["peer"]) for answer in answers}

            first = await peers()
            second = await peers()
            assert len(first) == 40  # all at once: one connection each
            assert second <= first  # the same connections again: none closed and reopened

    asyncio.run(scenario())


def test_the_pool_waits_for_a_free_connection_then_times_out(echo: str) -> None:
    async def scenario() -> None:
        timeout = httpx.Timeout(5.0, pool=0.2)
        async with httpx.AsyncClient(
            transport=_transport(max_connections=1), base_url=echo, timeout=timeout
        ) as http:
            async with http.stream("GET", "/download"):
                with pytest.raises(httpx.PoolTimeout):
                    await http.get("/me")
                waiting = asyncio.create_task(http.get("/me", timeout=5.0))
                await asyncio.sleep(0.1)
            assert (await waiting).json()["login"] == PROFILE["login"]  # handed the slot

    asyncio.run(scenario())


def test_a_pool_moves_to_a_new_event_loop(echo: str) -> None:
    """Connections belong to the loop that made them; a pool used from a later loop (a second
    `asyncio.run`) makes new ones instead of failing."""
    pool = _transport()

    async def login() -> str:
        http = httpx.AsyncClient(transport=pool, base_url=echo)
        return str((await http.get("/me")).json()["login"])

    assert asyncio.run(login()) == asyncio.run(login()) == PROFILE["login"]

    async def close() -> None:
        await pool.aclose()

    asyncio.run(close())


# -- a scripted server: the answers real servers rarely give ------------------------------------
@dataclass
class Reply:
    """What the server sends for one request: `pieces` one after the other, `pause` seconds
    apart; then it closes the connection if `close`."""

    pieces: list[bytes]
    pause: float = 0.0
    close: bool = False


class Scripted(Listener):
    """A loopback server answering the n-th request it reads with `replies[n]`, each
    connection in a thread of its own (past the last reply, it keeps the connection open and
    reads nothing more)."""

    def __init__(self, replies: list[Reply]) -> None:
        super().__init__("scripted")
        self.replies = replies
        self.requests: list[bytes] = []
        self._lock = threading.Lock()

    def handle(self, conn: socket.socket) -> None:
        threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            data = b""
            while not self._stop.is_set():
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(65536)
                    if not piece:
                        return
                    data += piece
                head, _, data = data.partition(b"\r\n\r\n")
                with self._lock:
                    self.requests.append(head)
                    index = len(self.requests) - 1
                if index >= len(self.replies):
                    self._stop.wait()
                    return
                reply = self.replies[index]
                for number, piece in enumerate(reply.pieces):
                    if number and reply.pause:
                        time.sleep(reply.pause)
                    conn.sendall(piece)
                if reply.close:
                    return

    def __enter__(self) -> Scripted:
        super().__enter__()
        return self


OK = Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"])
NO_RETRY = sdk.RetryPolicy(max_attempts=1)
#: The scripted answers go through both drivers of the HTTP/1.1 core (`sdk._http11`): this
#: transport, and the blocking client's (`sdk._stdlib_transport`).
DRIVERS = pytest.mark.parametrize("blocking", [False, True], ids=["asyncio", "blocking"])


def _blocking_transport(**limits: Any) -> StdlibTransport:
    return StdlibTransport(ssl_context=httpx.create_ssl_context(), limits=httpx.Limits(**limits))


def _exchange(
    replies: list[Reply], *requests: tuple[str, str], blocking: bool = False, **options: Any
) -> tuple[list[httpx.Response | Exception], Scripted, AsyncStdlibTransport | StdlibTransport]:
    """Send `requests` (method, path) one after the other through one pool (the blocking
    transport's if `blocking`); each one's response (read whole) or error."""
    if blocking:
        with (
            Scripted(replies) as server,
            httpx.Client(transport=_blocking_transport(), base_url=server.url, **options) as http,
        ):
            outcomes: list[httpx.Response | Exception] = []
            for method, path in requests:
                try:
                    outcomes.append(http.request(method, path))
                except httpx.TransportError as error:
                    outcomes.append(error)
            return outcomes, server, http._transport  # type: ignore[return-value]
    pool = _transport()
    with Scripted(replies) as server:

        async def scenario() -> list[httpx.Response | Exception]:
            outcomes: list[httpx.Response | Exception] = []
            async with httpx.AsyncClient(transport=pool, base_url=server.url, **options) as http:
                for method, path in requests:
                    try:
                        outcomes.append(await http.request(method, path))
                    except httpx.TransportError as error:
                        outcomes.append(error)
            return outcomes

        return asyncio.run(scenario()), server, pool


@DRIVERS
def test_chunked_bodies_split_anywhere_are_decoded_and_the_connection_kept(blocking: bool) -> None:
    chunked = Reply(
        [
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhel",
            b"lo\r\n6\r",
            b"\n world\r\n0\r\nX-Trailer: ignored\r\n\r\n",
        ],
        pause=0.05,
    )
    outcomes, server, _ = _exchange([chunked, OK], ("GET", "/a"), ("GET", "/b"), blocking=blocking)
    assert [o.content for o in outcomes if isinstance(o, httpx.Response)] == [b"hello world", b"ok"]
    assert server.connections == 1


@DRIVERS
def test_a_body_that_ends_with_the_connection_is_read_to_its_end(blocking: bool) -> None:
    until_closed = Reply([b"HTTP/1.1 200 OK\r\n\r\nall of ", b"it"], pause=0.05, close=True)
    outcomes, server, _ = _exchange(
        [until_closed, OK], ("GET", "/a"), ("GET", "/b"), blocking=blocking
    )
    assert [o.content for o in outcomes if isinstance(o, httpx.Response)] == [b"all of it", b"ok"]
    assert server.connections == 2  # the first connection cannot carry another request


@DRIVERS
def test_answers_without_a_body_leave_the_connection_ready(blocking: bool) -> None:
    """HEAD, 204 and 304 have no body whatever their Content-Length says; waiting for one would
    hang, and reading the next answer as one would corrupt it."""
    replies = [
        Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"]),
        Reply([b"HTTP/1.1 204 No Content\r\n\r\n"]),
        Reply([b"HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n"]),
        Reply(
            [b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"]
        ),
        OK,
    ]
    requests = [("HEAD", "/"), ("GET", "/"), ("GET", "/"), ("GET", "/"), ("GET", "/")]
    outcomes, server, _ = _exchange(replies, *requests, blocking=blocking)
    statuses = [(o.status_code, o.content) for o in outcomes if isinstance(o, httpx.Response)]
    assert statuses == [(200, b""), (204, b""), (304, b""), (200, b"hi"), (200, b"ok")]
    assert server.connections == 1


@DRIVERS
def test_connection_close_and_http_1_0_are_not_kept(blocking: bool) -> None:
    replies = [
        Reply([b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\na"]),
        Reply([b"HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nb"]),
        OK,
    ]
    outcomes, server, _ = _exchange(
        replies, ("GET", "/"), ("GET", "/"), ("GET", "/"), blocking=blocking
    )
    assert [o.content for o in outcomes if isinstance(o, httpx.Response)] == [b"a", b"b", b"ok"]
    assert server.connections == 3


@pytest.mark.parametrize(
    "answer",
    [
        b"HTCPCP/1.0 418 I'm a teapot\r\n\r\n",
        b"HTTP/1.1 2OO OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n",
    ],
)
@DRIVERS
def test_malformed_answers_are_protocol_errors_and_the_connection_is_dropped(
    answer: bytes, blocking: bool
) -> None:
    outcomes, server, _ = _exchange(
        [Reply([answer]), OK], ("GET", "/"), ("GET", "/"), blocking=blocking
    )
    assert isinstance(outcomes[0], httpx.RemoteProtocolError)
    assert isinstance(outcomes[1], httpx.Response)
    assert outcomes[1].content == b"ok"
    assert server.connections == 2


@pytest.mark.parametrize(
    "answer",
    [
        b"",  # nothing at all
        b"HTTP/1.1 200 OK\r\nContent-",  # half a head
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",  # 3 bytes of 10
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",  # half a chunk
    ],
)
@DRIVERS
def test_a_connection_dropped_before_the_end_is_a_protocol_error(
    answer: bytes, blocking: bool
) -> None:
    outcomes, *_ = _exchange(
        [Reply([answer], close=True), OK], ("GET", "/"), ("GET", "/"), blocking=blocking
    )
    assert isinstance(outcomes[0], httpx.RemoteProtocolError)
    assert "Server disconnected" in str(outcomes[0])
    assert isinstance(outcomes[1], httpx.Response)
    assert outcomes[1].content == b"ok"


@DRIVERS
def test_a_slow_answer_times_out_and_its_connection_is_not_kept(blocking: bool) -> None:
    slow = Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab", b"cd"], pause=1.0)
    timeout = httpx.Timeout(5.0, read=0.3)
    outcomes, server, _ = _exchange(
        [slow, OK], ("GET", "/"), ("GET", "/"), timeout=timeout, blocking=blocking
    )
    assert isinstance(outcomes[0], httpx.ReadTimeout)
    assert isinstance(outcomes[1], httpx.Response)
    assert outcomes[1].content == b"ok"
    assert server.connections == 2  # the half-read connection was closed, not reused


def test_a_header_with_a_line_break_is_refused_before_anything_is_sent() -> None:
    headers = {"X-Name": "a\r\nX-Injected: 1"}
    with Scripted([OK]) as server:

        async def scenario() -> None:
            async with httpx.AsyncClient(transport=_transport(), base_url=server.url) as http:
                with pytest.raises(httpx.LocalProtocolError, match="line break"):
                    await http.get("/", headers=headers)

        asyncio.run(scenario())
    assert server.requests == []


def test_an_upload_the_server_does_not_read_times_out() -> None:
    async def endless() -> AsyncIterator[bytes]:
        piece = b"x" * (1 << 20)
        for _ in range(256):
            yield piece

    with Scripted([]) as server:  # reads the head, then nothing more

        async def scenario() -> None:
            timeout = httpx.Timeout(5.0, write=0.3)
            pool = _transport()
            async with httpx.AsyncClient(transport=pool, base_url=server.url) as http:
                with pytest.raises(httpx.WriteTimeout):
                    await http.post("/", content=endless(), timeout=timeout)
                assert (pool._idle.count, pool._slots.used) == (0, 0)

        asyncio.run(scenario())


def test_the_blocking_transport_refuses_a_line_break_and_times_out_an_unread_upload() -> None:
    def endless() -> Iterator[bytes]:
        piece = b"x" * (1 << 20)
        for _ in range(256):
            yield piece

    pool = _blocking_transport()
    with Scripted([]) as server, httpx.Client(transport=pool, base_url=server.url) as http:
        with pytest.raises(httpx.LocalProtocolError, match="line break"):
            http.get("/", headers={"X-Name": "a\r\nX-Injected: 1"})
        assert server.requests == []
        with pytest.raises(httpx.WriteTimeout):  # the server reads the head, then nothing more
            http.post("/", content=endless(), timeout=httpx.Timeout(5.0, write=0.3))
        assert pool._idle.count == 0


def test_a_blocking_download_closed_half_way_closes_its_connection() -> None:
    halves = Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc", b"def"], pause=0.3)
    pool = _blocking_transport(max_connections=1)
    with (
        Scripted([halves, OK]) as server,
        httpx.Client(transport=pool, base_url=server.url) as http,
    ):
        with http.stream("GET", "/") as response:
            assert next(response.iter_raw()) == b"abc"
        assert pool._idle.count == 0
        # The one slot is free again, on a new connection: the next answer is not the late "def".
        assert http.get("/", timeout=httpx.Timeout(2.0, pool=0.5)).text == "ok"
    assert server.connections == 2


# -- cancellation: a request cut short never leaves a half-read connection in the pool ----------
def test_a_request_cancelled_while_waiting_for_its_answer_frees_its_connection() -> None:
    late = Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", b"no"], pause=0.5)
    with Scripted([late, OK]) as server:

        async def scenario() -> None:
            pool = _transport(max_connections=1)
            async with httpx.AsyncClient(transport=pool, base_url=server.url) as http:
                request = asyncio.create_task(http.get("/"))
                await asyncio.sleep(0.2)
                request.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await request
                assert (pool._idle.count, pool._slots.used) == (0, 0)
                # The one slot is free again; the next answer is not the late "no".
                assert (await http.get("/", timeout=httpx.Timeout(2.0, pool=0.5))).text == "ok"

        asyncio.run(scenario())
        assert server.connections == 2


def test_a_download_cancelled_half_way_closes_its_connection() -> None:
    halves = Reply([b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc", b"def"], pause=0.5)
    with Scripted([halves, OK]) as server:

        async def scenario() -> None:
            pool = _transport()
            async with httpx.AsyncClient(transport=pool, base_url=server.url) as http:
                first = asyncio.Event()

                async def download() -> None:
                    async with http.stream("GET", "/") as response:
                        async for _ in response.aiter_raw():
                            first.set()

                task = asyncio.create_task(download())
                await first.wait()
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                assert (pool._idle.count, pool._slots.used) == (0, 0)
                assert (await http.get("/")).text == "ok"

        asyncio.run(scenario())
        assert server.connections == 2


# -- connection errors through the SDK: what the retry policy may send again --------------------
def test_refused_and_unreachable_connections_are_connect_errors() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=_transport()) as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(f"http://127.0.0.1:{port}/")
            with pytest.raises(httpx.UnsupportedProtocol):
                await http.get("ftp://127.0.0.1/")

    asyncio.run(scenario())


def test_a_connect_timeout_is_a_timeout_error() -> None:
    async def scenario(host: str) -> None:
        timeout = httpx.Timeout(5.0, connect=0.3)
        async with aio.ApiClient(
            host=host, api_key="k", api_secret="s", retry=NO_RETRY, timeout=timeout
        ) as client:
            with pytest.raises(sdk.ApiTimeoutError):
                await aio.UsersApi(client).get_my_profile()

    with unaccepting_host() as host:
        asyncio.run(scenario(host))

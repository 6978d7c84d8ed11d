"""Helpers for the SDK tests: one scenario, two flavours (sync and async), and traffic records.

A scenario is an `async def` taking a client. It builds API classes from `flavor.ns` (`sdk` or
`sdk.aio`) and wraps every call in `await do(...)`, which awaits what is awaitable and passes
plain values through, so one body exercises both the blocking and the awaitable SDK.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar

import httpx

import sdk
import sdk.aio
from sdk.testing import LocalPlatform

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "openapi.json"
SLEEPER = "simcore/services/comp/itis/sleeper"
SLEEPER_RELEASES = ["2.0.2", "2.1.4", "2.1.6", "2.2.1"]
TERMINAL = {"SUCCESS", "FAILED", "ABORTED"}
#: A host that is never contacted: pytest-httpx answers for it.
MOCK_HOST = "http://platform.test"
MOCK_CREDENTIALS: dict[str, Any] = {
    "host": MOCK_HOST,
    "api_key": "mock-key-0123456789",
    "api_secret": "mock-s3cr3t",
}


async def do(value: Awaitable[T] | T) -> T:
    """The value of a sync call, or the awaited value of an async one."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(items: Iterable[T] | AsyncIterable[T]) -> list[T]:
    """All items of a pager by iterating it (`for` or `async for`)."""
    if isinstance(items, AsyncIterable):
        return [item async for item in items]
    return list(items)


async def first_n(items: Iterable[T] | AsyncIterable[T], n: int) -> list[T]:
    """The first `n` items, consuming no more of the iterator than needed."""
    out: list[T] = []
    if isinstance(items, AsyncIterable):
        async for item in items:
            out.append(item)
            if len(out) == n:
                break
        return out
    for item in items:
        out.append(item)
        if len(out) == n:
            break
    return out


async def wait_until(
    check: Callable[[], Awaitable[bool]], *, timeout: float = 20.0, interval: float = 0.02
) -> None:
    """Poll `check` until it is true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


def new_account(platform: LocalPlatform, label: str) -> dict[str, Any]:
    """Client arguments for a user of its own, so tests do not see each other's jobs and files."""
    key, secret = platform.add_user(f"{label}-{uuid.uuid4().hex[:8]}@example.com")
    return {"host": platform.base_url, "api_key": key, "api_secret": secret}


# -- traffic ------------------------------------------------------------------------------------
@dataclass
class Exchange:
    method: str
    path: str
    status: int
    request: httpx.Request


@dataclass
class Traffic:
    """What a client sent and got back, recorded by httpx event hooks (one entry per logical
    request: attempts repeated inside the retry transport are not seen here)."""

    mode: str = ""
    sent: list[httpx.Request] = field(default_factory=list)
    answered: list[Exchange] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _on_request(self, request: httpx.Request) -> None:
        with self._lock:
            self.sent.append(request)

    def _on_response(self, response: httpx.Response) -> None:
        request = response.request
        with self._lock:
            self.answered.append(
                Exchange(request.method, request.url.path, response.status_code, request)
            )

    def attach(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """Record this client's traffic; the response hook runs before the SDK's error hook."""
        hooks = http.event_hooks
        if isinstance(http, httpx.AsyncClient):

            async def on_request(request: httpx.Request) -> None:
                self._on_request(request)

            async def on_response(response: httpx.Response) -> None:
                self._on_response(response)

            http.event_hooks = {
                "request": [*hooks["request"], on_request],
                "response": [on_response, *hooks["response"]],
            }
        else:
            http.event_hooks = {
                "request": [*hooks["request"], self._on_request],
                "response": [self._on_response, *hooks["response"]],
            }

    def count(self, method: str | None = None, path: str | re.Pattern[str] = "") -> int:
        """Requests sent with this method whose path ends with `path` (or matches a pattern)."""
        return len(self.matching(method, path))

    def matching(
        self, method: str | None = None, path: str | re.Pattern[str] = ""
    ) -> list[httpx.Request]:
        with self._lock:
            sent = list(self.sent)
        return [
            r
            for r in sent
            if (method is None or r.method == method)
            and (
                path.search(r.url.path)
                if isinstance(path, re.Pattern)
                else r.url.path.endswith(path)
            )
        ]

    def clear(self) -> None:
        with self._lock:
            self.sent.clear()
            self.answered.clear()


AUTH_TOKEN_PATH = re.compile(r"^/v0/auth/token")


# -- flavours -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Flavor:
    """The blocking (`sdk`) or the awaitable (`sdk.aio`) SDK, behind one calling convention."""

    name: Literal["sync", "async"]
    operation_log: Traffic | None = None

    @property
    def ns(self) -> ModuleType:
        return sdk if self.name == "sync" else sdk.aio

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    def run(
        self,
        scenario: Callable[[Any], Awaitable[T]],
        *,
        traffic: Traffic | None = None,
        **client_kwargs: Any,
    ) -> T:
        """Run `scenario(client)` with a client of this flavour; its traffic is recorded."""

        def attach(http: httpx.Client | httpx.AsyncClient) -> None:
            for log in (traffic, self.operation_log):
                if log is not None:
                    log.attach(http)

        async def main() -> T:
            if self.name == "sync":
                with sdk.ApiClient(**client_kwargs) as client:
                    attach(client.http)
                    return await scenario(client)
            async with sdk.aio.ApiClient(**client_kwargs) as client:
                attach(client.http)
                return await scenario(client)

        return asyncio.run(main())


# -- the API description ------------------------------------------------------------------------
@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    pattern: re.Pattern[str]

    @property
    def literal_length(self) -> int:
        """How specific the path is: templates with more fixed text win ties."""
        return len(re.sub(r"\{[^}]+\}", "", self.path))


def _path_pattern(template: str) -> re.Pattern[str]:
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        regex += re.escape(literal)
        if name:
            # Service keys hold slashes (`simcore/services/comp/...`); other parameters do not.
            regex += "(.+)" if name in ("solver_key", "program_key") else "([^/]+)"
    return re.compile(f"^{regex}$")


def load_operations(spec: Path = SPEC) -> list[Operation]:
    document = json.loads(spec.read_text(encoding="utf-8"))
    return [
        Operation(op["operationId"], method.upper(), path, op["tags"][0], _path_pattern(path))
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "patch", "delete")
    ]


def operation_for(operations: list[Operation], method: str, path: str) -> Operation | None:
    """The operation a request went to (the most specific template that matches)."""
    candidates = [o for o in operations if o.method == method and o.pattern.match(path)]
    return max(candidates, key=lambda o: o.literal_length, default=None)


class Listener:
    """A loopback TCP server that reads each request and then does `behaviour` with it:
    "close" drops the connection, "silent" keeps it open and never answers."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.settimeout(5)
            self.handle(conn)

    def handle(self, conn: socket.socket) -> None:
        """What happens to each connection (in the accepting thread)."""
        with contextlib.suppress(OSError):
            conn.recv(65536)
        if self.behaviour == "close":
            conn.close()
        else:
            self._held.append(conn)

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._held:
            conn.close()
        self._sock.close()


@contextlib.contextmanager
def unaccepting_host() -> Iterator[str]:
    """The URL of a loopback server whose backlog is full: a connection to it is never
    accepted, so connecting times out."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        fillers = []
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(server.getsockname())
            fillers.append(filler)
        try:
            yield f"http://127.0.0.1:{server.getsockname()[1]}"
        finally:
            for filler in fillers:
                filler.close()

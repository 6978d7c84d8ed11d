"""Fault injection: a seeded share of requests fails the way networks, proxies and servers do.

Off unless `PLATFORM_FAULT_RATE` is above 0. Then each HTTP request whose path matches
`PLATFORM_FAULT_PATHS` (a regex, default `^/(v0|storage)/`: the API and the object store, never
the health route), and whose method is one of `PLATFORM_FAULT_METHODS` (comma-separated, default
any; a creation and the listing of what it creates may share a path) fails with probability
`PLATFORM_FAULT_RATE`, in one of the `PLATFORM_FAULT_KINDS` (comma-separated, default all):

    kind           when                      what the client sees
    503, 429       before the handler runs   an ErrorGet with that status (429: Retry-After)
    reset-before   before the handler runs   the connection dropped, no response
    500, 502, 504  after the handler ran     its response replaced by an ErrorGet (processed,
                                             but the answer is lost)
    reset-mid      after the handler ran     status line and headers, then the connection
                                             dropped (before the headers if there is no body)
    truncate       after the handler ran     Content-Length promised, half the body sent, then
                                             the connection closed (no body: dropped at once)
    slow           after the handler ran     the response held back PLATFORM_FAULT_SLOW seconds
    lost           after the handler ran     the connection dropped before the first byte of the
                                             answer (the platform acted; the client heard nothing)
    corrupt        after the handler ran     one byte of a content body (not a JSON answer: a
                                             download, a log archive) flipped, length unchanged;
                                             answers without such a body pass untouched (and are
                                             not counted as faults)

The faults after the handler are the ones that test idempotency: the platform did the work and
the client cannot know. 503 and 429 keep their promise that nothing was done.

Decisions are reproducible: whether request number `n` of this process fails, and how, depends
only on `PLATFORM_FAULT_SEED` and `n` (a `random.Random` seeded with both; only requests to
matching paths are counted, so health checks do not shift the numbers), so a failing run
replays with the same seed and the same request order (exactly when requests are sequential).
Without a seed one is drawn and logged at startup. Every fault is logged (logger
`osparc_platform_server.faults`, to the server's stderr) with the seed and request number,
and appended as a JSON line to `faults.jsonl` in the data directory, which tests count.

Dropping a connection needs the server's transport: the injector wraps the whole application
(outside Starlette's error middleware), where `send` is uvicorn's, and closes its transport.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import random
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from osparc_platform_server.errors import error_body, new_support_id

if TYPE_CHECKING:
    from fastapi import FastAPI

    from osparc_platform_server.settings import Settings

logger = logging.getLogger("osparc_platform_server.faults")

KINDS = (
    "500",
    "502",
    "503",
    "504",
    "429",
    "reset-before",
    "reset-mid",
    "slow",
    "truncate",
    "lost",
    "corrupt",
)
#: Faults that strike before the request is handled: the platform did nothing.
BEFORE_HANDLER = frozenset({"503", "429", "reset-before"})
#: Faults that replace a handled request's response with an error status.
LOST_ANSWER_STATUSES = frozenset({"500", "502", "504"})
DEFAULT_PATHS = r"^/(v0|storage)/"
_REASONS = {
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway: unexpected response from a backend",
    503: "Service unavailable",
    504: "Gateway timeout: a backend did not answer in time",
}
#: How long to wait for the server to notice a connection it was told to drop.
_DROP_WAIT = 0.5


class FaultConfigError(ValueError):
    """PLATFORM_FAULT_* settings that make no sense; the server refuses to start."""


@dataclass(frozen=True)
class FaultPlan:
    """Which requests fail and how: a pure function of the seed and the request number."""

    rate: float
    seed: int
    kinds: tuple[str, ...] = KINDS
    paths: re.Pattern[str] = re.compile(DEFAULT_PATHS)
    slow_seconds: float = 1.0
    retry_after: int = 1
    #: The methods of the requests that may fail (empty: any).
    methods: frozenset[str] = frozenset()

    @classmethod
    def parse(
        cls,
        rate: float,
        seed: int | None = None,
        kinds: str | Iterable[str] = "",
        paths: str = "",
        slow_seconds: float = 1.0,
        retry_after: int = 1,
        methods: str = "",
    ) -> FaultPlan:
        if not 0.0 <= rate <= 1.0:
            raise FaultConfigError(f"PLATFORM_FAULT_RATE must be within 0..1, not {rate}")
        names = [k.strip() for k in kinds.split(",")] if isinstance(kinds, str) else list(kinds)
        names = [k for k in names if k]
        unknown = sorted(set(names) - set(KINDS))
        if unknown:
            raise FaultConfigError(
                f"unknown PLATFORM_FAULT_KINDS {unknown}: choose among {', '.join(KINDS)}"
            )
        try:
            pattern = re.compile(paths or DEFAULT_PATHS)
        except re.error as error:
            raise FaultConfigError(f"PLATFORM_FAULT_PATHS is not a regex: {error}") from None
        if slow_seconds < 0 or retry_after < 0:
            raise FaultConfigError("PLATFORM_FAULT_SLOW and _RETRY_AFTER must not be negative")
        return cls(
            rate=rate,
            seed=seed if seed is not None else random.SystemRandom().randrange(2**31),
            kinds=tuple(dict.fromkeys(names)) or KINDS,
            paths=pattern,
            slow_seconds=slow_seconds,
            retry_after=retry_after,
            methods=frozenset(m.strip().upper() for m in methods.split(",") if m.strip()),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> FaultPlan | None:
        """The plan the settings ask for; None when fault injection is off."""
        if settings.fault_rate <= 0:
            return None
        return cls.parse(
            settings.fault_rate,
            settings.fault_seed,
            settings.fault_kinds,
            settings.fault_paths,
            settings.fault_slow_seconds,
            settings.fault_retry_after,
            settings.fault_methods,
        )

    def applies_to(self, path: str, method: str = "GET") -> bool:
        """Whether requests to `path` with `method` may fail (only these are counted)."""
        if self.methods and method.upper() not in self.methods:
            return False
        return self.paths.search(path) is not None

    def decide(self, number: int) -> str | None:
        """The fault for the request numbered `number` (counted from 1 among the requests the
        plan applies to), or None."""
        draws = random.Random(f"{self.seed}:{number}")
        if draws.random() >= self.rate:
            return None
        return self.kinds[draws.randrange(len(self.kinds))]

    def describe(self) -> str:
        return (
            f"rate {self.rate}, seed {self.seed}, kinds {','.join(self.kinds)}, "
            f"paths {self.paths.pattern!r}, methods {','.join(sorted(self.methods)) or 'any'}, "
            f"slow {self.slow_seconds:g}s"
        )


class _Stop(BaseException):
    """Raised into the handler through `send` once its response is not wanted any more. Not an
    `Exception`: Starlette's error middleware would report it as a crash."""


def _only_stops(error: BaseException) -> bool:
    if isinstance(error, BaseExceptionGroup):
        return all(_only_stops(e) for e in error.exceptions)
    return isinstance(error, _Stop)


def _content_length(message: Message) -> int | None:
    for name, value in message.get("headers", []):
        if name.lower() == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _drop(send: Send, *, abort: bool) -> None:
    """Close the client's connection under the server: nothing more reaches the client.

    `abort` discards what is still buffered (a reset); otherwise what was sent is flushed first
    (a clean close after fewer bytes than promised).
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault injection cannot reach the connection to drop it")
    if abort:
        transport.abort()
    else:
        transport.close()
    # The server notices on a later loop iteration; until then it would try to answer itself.
    deadline = time.monotonic() + _DROP_WAIT
    while not getattr(cycle, "disconnected", True) and time.monotonic() < deadline:
        await asyncio.sleep(0.005)


async def _error(send: Send, status: int, retry_after: int | None = None) -> None:
    body = json.dumps(
        error_body([f"{_REASONS[status]} (injected fault)"], new_support_id())
    ).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class FaultInjector:
    """ASGI middleware applying a `FaultPlan`; meant to wrap the whole application."""

    def __init__(self, app: ASGIApp, plan: FaultPlan, journal: Path | None = None) -> None:
        self.app = app
        self.plan = plan
        self.journal = journal
        self._numbers = itertools.count(1)
        self.injected = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.plan.applies_to(scope["path"], scope["method"]):
            await self.app(scope, receive, send)
            return
        number = next(self._numbers)
        kind = self.plan.decide(number)
        if kind is None:
            await self.app(scope, receive, send)
            return
        if kind == "corrupt":
            await self._corrupt(number, scope, receive, send)
            return
        self._record(number, kind, scope)
        if kind == "reset-before":
            await _drop(send, abort=True)
        elif kind in BEFORE_HANDLER:
            status = int(kind)
            await _error(send, status, self.plan.retry_after if status == 429 else None)
        else:
            await self._after_handler(kind, scope, receive, send)

    def _record(self, number: int, kind: str, scope: Scope) -> None:
        self.injected += 1
        method, path = scope["method"], scope["path"]  # the path only: no signed query strings
        logger.warning(
            "injected fault %s on request #%d (seed %d): %s %s",
            kind,
            number,
            self.plan.seed,
            method,
            path,
        )
        if self.journal is None:
            return
        line = {
            "seed": self.plan.seed,
            "request": number,
            "kind": kind,
            "method": method,
            "path": path,
            "time": time.time(),
        }
        try:
            with self.journal.open("a", encoding="utf-8") as out:
                out.write(json.dumps(line) + "\n")
        except OSError as error:  # the fault still happens; only its record is missing
            logger.warning("could not record the fault in %s: %s", self.journal, error)

    async def _after_handler(self, kind: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the handler run, and spoil its response on the way out."""
        budget: int | None = None  # body bytes still to pass on (truncate)

        async def spoil(message: Message) -> None:
            nonlocal budget
            start = message["type"] == "http.response.start"
            if kind in LOST_ANSWER_STATUSES:
                # Swallowed; a streamed body is not waited for beyond its first piece.
                if message["type"] == "http.response.body" and message.get("more_body"):
                    raise _Stop
                return
            if kind == "lost":
                if start:
                    await _drop(send, abort=True)
                raise _Stop
            if kind == "slow":
                if start:
                    await asyncio.sleep(self.plan.slow_seconds)
                await send(message)
                return
            if start:
                length = _content_length(message)
                if length == 0:  # no body to cut: the whole answer is lost
                    await _drop(send, abort=False)
                    raise _Stop
                await send(message)
                if kind == "reset-mid":
                    await _drop(send, abort=False)
                    raise _Stop
                budget = None if length is None else length // 2
                return
            if message["type"] == "http.response.body":
                body: bytes = message.get("body", b"")
                # A body of unknown length (streamed) loses the second half of its first piece.
                allowed = len(body) // 2 if budget is None else min(budget, len(body))
                if allowed < len(body) or not message.get("more_body"):
                    if allowed:
                        piece = {"type": "http.response.body", "body": body[:allowed]}
                        await send({**piece, "more_body": True})
                    await _drop(send, abort=False)
                    raise _Stop
                if budget is not None:
                    budget -= allowed
                await send(message)
                return
            await send(message)

        try:
            await self.app(scope, receive, spoil)
        except BaseException as error:
            if not _only_stops(error):
                raise
        if kind in LOST_ANSWER_STATUSES:
            await _error(send, int(kind))

    async def _corrupt(self, number: int, scope: Scope, receive: Receive, send: Send) -> None:
        """Flip one byte of the first non-empty piece of a content body (not of a JSON answer,
        which a flipped byte could change silently: TCP and TLS see to those); the fault is
        recorded only when a byte was flipped."""
        draws = random.Random(f"{self.plan.seed}:{number}:corrupt")
        applies = False

        async def flip(message: Message) -> None:
            nonlocal applies
            if message["type"] == "http.response.start":
                kind = _header(message, b"content-type") or ""
                applies = message["status"] in (200, 206) and "json" not in kind
            elif message["type"] == "http.response.body" and applies and message.get("body"):
                body = bytearray(message["body"])
                at = draws.randrange(len(body))
                body[at] ^= 0xFF
                message = {**message, "body": bytes(body)}
                applies = False
                self._record(number, "corrupt", scope)
            await send(message)

        await self.app(scope, receive, flip)


def _header(message: Message, name: bytes) -> str | None:
    for key, value in message.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def install(app: FastAPI, settings: Settings) -> FaultPlan | None:
    """Wrap the application in a `FaultInjector` when the settings turn faults on.

    The injector goes around Starlette's whole middleware stack (not inside it, as
    `add_middleware` would put it), so that `send` is the server's and connections can be
    dropped for real.
    """
    plan = FaultPlan.from_settings(settings)
    if plan is None:
        return None
    build = app.build_middleware_stack

    def build_with_faults() -> ASGIApp:
        return FaultInjector(build(), plan, settings.fault_journal)

    app.build_middleware_stack = build_with_faults  # type: ignore[method-assign]
    logger.warning("fault injection on: %s", plan.describe())
    return plan


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The faults recorded in a data directory's `faults.jsonl` (empty if there are none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in text.splitlines() if line.strip()]

"""Fault injection (osparc_platform_server.faults): the plan's decisions, and what the
middleware does for each kind, with a stand-in for the server's connection. End-to-end runs of
every kind with the SDK are in tests/soak/test_fault_kinds.py."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from osparc_platform_server.faults import (
    BEFORE_HANDLER,
    KINDS,
    FaultConfigError,
    FaultInjector,
    FaultPlan,
    read_journal,
)
from osparc_platform_server.settings import Settings

pytestmark = pytest.mark.timeout(30)

Message = dict[str, Any]


# -- the plan -----------------------------------------------------------------------------------
def test_decisions_depend_only_on_the_seed_and_the_request_number() -> None:
    plan = FaultPlan.parse(0.3, seed=42)
    first = [plan.decide(n) for n in range(1, 500)]
    assert first == [FaultPlan.parse(0.3, seed=42).decide(n) for n in range(1, 500)]
    assert [plan.decide(n) for n in range(499, 0, -1)] == first[::-1]  # any order: a replay
    assert first != [FaultPlan.parse(0.3, seed=43).decide(n) for n in range(1, 500)]


def test_the_rate_is_the_share_of_requests_that_fail() -> None:
    for rate in (0.05, 0.1, 0.5):
        decisions = [FaultPlan.parse(rate, seed=7).decide(n) for n in range(1, 4001)]
        share = sum(d is not None for d in decisions) / len(decisions)
        assert abs(share - rate) < 0.03, (rate, share)
    assert all(FaultPlan.parse(1.0, seed=1).decide(n) for n in range(1, 200))
    assert not any(FaultPlan.parse(0.0, seed=1).decide(n) for n in range(1, 200))


def test_every_kind_is_drawn_and_only_the_kinds_asked_for() -> None:
    everything = Counter(FaultPlan.parse(1.0, seed=3).decide(n) for n in range(1, 2000))
    assert set(everything) == set(KINDS)
    assert min(everything.values()) > 2000 / len(KINDS) / 2  # roughly even
    some = FaultPlan.parse(1.0, seed=3, kinds="truncate, 503,truncate")
    assert some.kinds == ("truncate", "503")
    assert {some.decide(n) for n in range(1, 200)} == {"truncate", "503"}


def test_paths_limit_where_faults_happen() -> None:
    plan = FaultPlan.parse(1.0, seed=1)
    assert plan.applies_to("/v0/me")
    assert plan.applies_to("/storage/files/abc")
    assert not plan.applies_to("/")  # the health route, which LocalPlatform polls
    assert not plan.applies_to("/openapi.json")
    jobs_only = FaultPlan.parse(1.0, seed=1, paths=r"/jobs(/|$)")
    assert jobs_only.applies_to("/v0/solvers/x/releases/1.0.0/jobs")
    assert not jobs_only.applies_to("/v0/files/content")
    creations = FaultPlan.parse(1.0, seed=1, paths=r"/jobs$", methods="post, PUT")
    assert creations.applies_to("/v0/studies/x/jobs", "POST")
    assert not creations.applies_to("/v0/studies/x/jobs", "GET")  # the listing, same path
    assert "methods POST,PUT" in creations.describe()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"rate": 1.5}, "within 0..1"),
        ({"rate": 0.1, "kinds": "500,teapot"}, "teapot"),
        ({"rate": 0.1, "paths": "(unclosed"}, "not a regex"),
        ({"rate": 0.1, "slow_seconds": -1.0}, "negative"),
    ],
)
def test_nonsense_settings_are_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(FaultConfigError, match=message):
        FaultPlan.parse(**arguments)


def test_off_by_default_and_on_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert FaultPlan.from_settings(Settings(data_dir=tmp_path)) is None
    monkeypatch.setenv("PLATFORM_FAULT_RATE", "0.25")
    monkeypatch.setenv("PLATFORM_FAULT_SEED", "99")
    monkeypatch.setenv("PLATFORM_FAULT_KINDS", "429,slow")
    monkeypatch.setenv("PLATFORM_FAULT_PATHS", "^/v0/files")
    monkeypatch.setenv("PLATFORM_FAULT_SLOW", "0.5")
    plan = FaultPlan.from_settings(Settings(data_dir=tmp_path))
    assert plan is not None
    assert (plan.rate, plan.seed, plan.kinds, plan.slow_seconds) == (0.25, 99, ("429", "slow"), 0.5)
    assert plan.paths.pattern == "^/v0/files"
    monkeypatch.delenv("PLATFORM_FAULT_SEED")
    drawn = FaultPlan.from_settings(Settings(data_dir=tmp_path))
    assert drawn is not None
    assert isinstance(drawn.seed, int)  # drawn, and logged at startup for a replay


# -- the middleware -----------------------------------------------------------------------------
class FakeTransport:
    def __init__(self, cycle: FakeCycle) -> None:
        self.cycle = cycle
        self.how: str | None = None

    def close(self) -> None:
        self.how = "close"
        self.cycle.disconnected = True

    def abort(self) -> None:
        self.how = "abort"
        self.cycle.disconnected = True


class FakeCycle:
    """Stands in for uvicorn's request cycle: `send` is its bound method, as in the server."""

    def __init__(self) -> None:
        self.disconnected = False
        self.transport = FakeTransport(self)
        self.sent: list[Message] = []

    async def send(self, message: Message) -> None:
        if not self.disconnected:
            self.sent.append(message)

    @property
    def status(self) -> int | None:
        starts = [m for m in self.sent if m["type"] == "http.response.start"]
        return starts[0]["status"] if starts else None

    @property
    def headers(self) -> dict[str, str]:
        starts = [m for m in self.sent if m["type"] == "http.response.start"]
        return {k.decode(): v.decode() for k, v in starts[0]["headers"]} if starts else {}

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")


class Handler:
    """An application that answers with `body` (in `pieces`), counting its calls."""

    def __init__(self, body: bytes = b'{"ok": true}', pieces: int = 1, length: bool = True):
        self.body = body
        self.pieces = pieces
        self.length = length
        self.calls = 0
        self.finished = False

    async def __call__(self, scope: Message, receive: Any, send: Any) -> None:
        self.calls += 1
        headers = [(b"content-type", b"application/json")]
        if self.length:
            headers.append((b"content-length", str(len(self.body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        size = max(1, len(self.body) // self.pieces)
        chunks = [self.body[i : i + size] for i in range(0, len(self.body), size)] or [b""]
        for index, chunk in enumerate(chunks):
            more = index < len(chunks) - 1
            await send({"type": "http.response.body", "body": chunk, "more_body": more})
        self.finished = True


def call(
    kind: str | None, handler: Handler, journal: Path | None = None, **plan: Any
) -> tuple[FakeCycle, FaultInjector]:
    fault_plan = FaultPlan.parse(
        1.0 if kind else 0.0, seed=5, kinds=kind or "", slow_seconds=0.2, **plan
    )
    injector = FaultInjector(handler, fault_plan, journal)
    cycle = FakeCycle()
    scope = {"type": "http", "method": "POST", "path": "/v0/solvers/x/jobs"}

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    asyncio.run(injector(scope, receive, cycle.send))
    return cycle, injector


def test_without_a_fault_the_response_passes_untouched() -> None:
    handler = Handler()
    cycle, injector = call(None, handler)
    assert (handler.calls, cycle.status, cycle.body) == (1, 200, b'{"ok": true}')
    assert cycle.transport.how is None
    assert injector.injected == 0


@pytest.mark.parametrize("kind", sorted(BEFORE_HANDLER))
def test_faults_before_the_handler_leave_it_uncalled(kind: str) -> None:
    handler = Handler()
    cycle, _ = call(kind, handler)
    assert handler.calls == 0
    if kind == "reset-before":
        assert cycle.sent == []
        assert cycle.transport.how == "abort"
        return
    assert cycle.status == int(kind)
    assert set(json.loads(cycle.body)) == {"errors", "support_id"}
    assert ("retry-after" in cycle.headers) == (kind == "429")


@pytest.mark.parametrize("kind", ["500", "502", "504"])
def test_lost_answers_are_errors_after_the_handler_ran(kind: str) -> None:
    handler = Handler()
    cycle, _ = call(kind, handler)
    assert handler.calls == 1
    assert handler.finished  # the work was done: only the answer is lost
    assert cycle.status == int(kind)
    body = json.loads(cycle.body)
    assert "injected fault" in body["errors"][0]
    assert body["support_id"].startswith("OEC:")


def test_a_streamed_answer_that_is_lost_is_not_waited_for() -> None:
    handler = Handler(body=b"x" * 100, pieces=10, length=False)
    cycle, _ = call("502", handler)
    assert handler.calls == 1
    assert not handler.finished
    assert cycle.status == 502


def test_truncate_promises_the_length_and_sends_half() -> None:
    handler = Handler(body=b"0123456789" * 10, pieces=4)
    cycle, _ = call("truncate", handler)
    assert handler.calls == 1
    assert cycle.status == 200
    assert cycle.headers["content-length"] == "100"
    assert cycle.body == (b"0123456789" * 10)[:50]
    assert cycle.transport.how == "close"  # what was sent is flushed, then the connection ends


def test_reset_mid_sends_the_head_and_drops_the_connection() -> None:
    handler = Handler(body=b"y" * 64)
    cycle, _ = call("reset-mid", handler)
    assert handler.calls == 1
    assert cycle.status == 200
    assert cycle.body == b""
    assert cycle.transport.how == "close"


@pytest.mark.parametrize("kind", ["truncate", "reset-mid"])
def test_an_empty_answer_is_lost_whole(kind: str) -> None:
    handler = Handler(body=b"")
    cycle, _ = call(kind, handler)
    assert handler.calls == 1
    assert cycle.sent == []  # not even the status line: a 204 or 307 cannot be cut
    assert cycle.transport.how == "close"


def test_slow_answers_arrive_late_and_whole() -> None:
    handler = Handler()
    began = time.monotonic()
    cycle, _ = call("slow", handler)
    assert time.monotonic() - began >= 0.2
    assert (handler.calls, cycle.status, cycle.body) == (1, 200, b'{"ok": true}')


def test_every_fault_is_recorded_with_seed_and_request_number(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    journal = tmp_path / "faults.jsonl"
    caplog.set_level("WARNING", logger="osparc_platform_server.faults")
    call("503", Handler(), journal)
    call("truncate", Handler(), journal)
    records = read_journal(journal)
    assert [(r["seed"], r["request"], r["kind"]) for r in records] == [
        (5, 1, "503"),
        (5, 1, "truncate"),
    ]
    assert records[0]["method"] == "POST"
    assert records[0]["path"] == "/v0/solvers/x/jobs"
    logged = [r.getMessage() for r in caplog.records]
    assert "injected fault 503 on request #1 (seed 5): POST /v0/solvers/x/jobs" in logged
    assert read_journal(tmp_path / "none.jsonl") == []


def test_requests_elsewhere_are_neither_spoiled_nor_counted() -> None:
    plan = FaultPlan.parse(1.0, seed=5, kinds="503", paths="^/v0/files")
    handler = Handler()
    injector = FaultInjector(handler, plan)
    sends: list[Callable[[Message], Awaitable[None]]] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def main() -> None:
        for path in ("/", "/v0/me", "/v0/files/x"):
            cycle = FakeCycle()
            sends.append(cycle.send)
            await injector({"type": "http", "method": "GET", "path": path}, receive, cycle.send)

    asyncio.run(main())
    assert handler.calls == 2
    assert injector.injected == 1

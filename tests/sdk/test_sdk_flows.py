"""One flow, two drivers: a behaviour written once runs the same synchronously and asynchronously.

The retry loop, uploads and downloads are generators that yield their steps
(`osparc_sdk_patches.types`);
these tests pin what the drivers promise them: a failed step raises where it was yielded, cleanup
runs on interruption, and side-by-side flows stop at the first failure with that failure.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest
from osparc_sdk_patches.types import ASYNC, SYNC, Flow, Io


def fails(io: Io, error: BaseException) -> Any:
    """A step that fails: at once (sync), or when awaited (async)."""
    if io is SYNC:
        raise error

    async def failing() -> None:
        raise error

    return failing()


def run(io: Io, flow: Flow[Any]) -> Any:
    return io.run(flow) if io is SYNC else asyncio.run(io.run(flow))


@pytest.fixture(params=["sync", "async"])
def io(request: pytest.FixtureRequest) -> Io:
    return SYNC if request.param == "sync" else ASYNC


def test_a_failed_step_raises_where_it_was_yielded(io: Io) -> None:
    seen: list[str] = []

    def flow() -> Flow[str]:
        try:
            yield fails(io, ValueError("boom"))
        except ValueError as error:
            seen.append(str(error))
        yield io.sleep(0)
        return "recovered"

    assert run(io, flow()) == "recovered"
    assert seen == ["boom"]


def test_an_interrupted_flow_cleans_up_before_the_interruption_goes_on(io: Io) -> None:
    cleaned: list[str] = []
    interruption = KeyboardInterrupt() if io is SYNC else asyncio.CancelledError()

    def flow() -> Flow[None]:
        try:
            yield fails(io, interruption)
        finally:
            yield io.sleep(0)  # cleanup may itself take steps
            cleaned.append("done")

    with pytest.raises(type(interruption)):
        run(io, flow())
    assert cleaned == ["done"]


def test_side_by_side_flows_stop_at_the_first_failure_and_raise_it(io: Io) -> None:
    started: list[int] = []
    lock = threading.Lock()

    def part(number: int, step: Callable[[], Any]) -> Flow[None]:
        with lock:
            started.append(number)
        yield step()

    def whole() -> Flow[None]:
        flows = [part(0, lambda: fails(io, OSError("part 0")))]
        flows += [part(n, lambda: io.sleep(0)) for n in range(1, 500)]
        yield io.gather(flows, 1)

    with pytest.raises(OSError, match="part 0"):  # the failure itself, not a group of them
        run(io, whole())
    assert started[0] == 0
    assert len(started) < 500  # the flows not yet started when it failed never start
    if io is SYNC:  # not even one a worker thread picks up before the caller wakes to cancel
        assert started == [0]

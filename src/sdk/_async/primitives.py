"""What the awaitable job layer needs from asyncio, under the names `sdk._sync.primitives` gives
the blocking forms: the source `sdk._async.jobs` calls these, its generated twin calls those."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

__all__ = ["INTERRUPTS", "PREFIX", "shielded", "sleep", "to_thread"]

T = TypeVar("T")

#: Exceptions that mean "the caller gave up": a waiting job is stopped on these.
INTERRUPTS: Final = (asyncio.CancelledError, KeyboardInterrupt)
#: How the classes name themselves in reprs (`<aio.JobHandle ...>`).
PREFIX: Final = "aio."


async def sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def to_thread(function: Callable[..., T], /, *args: object) -> T:
    """Blocking work (disk) off the event loop."""
    return await asyncio.to_thread(function, *args)


async def shielded(awaitable: Awaitable[T]) -> T:
    """Finish `awaitable` even if the caller is being cancelled (stopping a job on the way
    out must not be cut short by the very cancellation that asked for it)."""
    return await asyncio.shield(awaitable)

"""Routes whose plain `def` handlers cost one trip to a worker thread per request, not two.

FastAPI runs a `def` handler in a worker thread, which is right here: handlers read and write
SQLite and files, and that must not block the event loop. But because the handler is not a
coroutine, FastAPI then also validates its answer against the response model in a worker
thread: pure CPU work that gains nothing from a thread, while each round trip costs more CPU
than most handlers (a queue, a lock, a wake-up of the loop). `OneTripRoute` wraps a `def`
handler in a coroutine that runs it in a worker thread, so the answer is validated on the loop.
The wrapper keeps the handler's name, signature and docstring (`functools.wraps`), which is all
FastAPI reads from it: parameters, operation ids and the OpenAPI document are unchanged.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool


def in_worker_thread(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """A coroutine running the `def` handler `endpoint` in a worker thread; coroutines and
    generators (streamed answers, which FastAPI treats apart) are returned as they are."""
    if (
        inspect.iscoroutinefunction(endpoint)
        or inspect.isgeneratorfunction(endpoint)
        or inspect.isasyncgenfunction(endpoint)
    ):
        return endpoint

    @functools.wraps(endpoint)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(endpoint, *args, **kwargs)

    return run


class OneTripRoute(APIRoute):
    """An `APIRoute` whose `def` handler runs through `in_worker_thread`."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, in_worker_thread(endpoint), **kwargs)

"""Routes whose plain `def` handlers cost at most one trip to a worker thread per request.

FastAPI runs a `def` handler in a worker thread, which is right for most handlers here: they
write SQLite (a writer may wait for the write lock, held by another request, the job runner or
another server process) and files, and that must not block the event loop. But because the
handler is not a coroutine, FastAPI then also validates its answer against the response model in
a worker thread: pure CPU work that gains nothing from a thread, while each round trip costs
more CPU than most handlers (a queue, a lock, a wake-up of the loop). `OneTripRoute` hands
FastAPI a coroutine instead (`as_coroutine`), so the answer is validated on the loop.

Handlers marked `on_event_loop` take no trip at all. They only read memory (the catalog) or a
few rows by key: SQLite in WAL mode never makes a reader wait for a writer, and such a read
costs less than the trip it would take.

The coroutine keeps the handler's name, signature and docstring (`functools.wraps`), which is all
FastAPI reads from it: parameters, operation ids and the OpenAPI document are unchanged.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

Handler = TypeVar("Handler", bound=Callable[..., Any])
_MARK = "_runs_on_event_loop"


def on_event_loop(handler: Handler) -> Handler:
    """Mark a `def` handler that never waits (memory, or SQLite reads by key) to be called on
    the event loop. Put it below the route decorator, which must see the mark."""
    setattr(handler, _MARK, True)
    return handler


def as_coroutine(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """A coroutine calling the `def` handler `endpoint` in a worker thread, or on the loop when
    it is marked `on_event_loop`. Coroutines and generators (streamed answers, which FastAPI
    treats apart) are returned as they are."""
    if (
        inspect.iscoroutinefunction(endpoint)
        or inspect.isgeneratorfunction(endpoint)
        or inspect.isasyncgenfunction(endpoint)
    ):
        return endpoint
    if getattr(endpoint, _MARK, False):

        @functools.wraps(endpoint)
        async def call(*args: Any, **kwargs: Any) -> Any:
            return endpoint(*args, **kwargs)

        return call

    @functools.wraps(endpoint)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(endpoint, *args, **kwargs)

    return run


class OneTripRoute(APIRoute):
    """An `APIRoute` whose `def` handler runs through `as_coroutine`."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, as_coroutine(endpoint), **kwargs)

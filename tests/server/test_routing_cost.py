"""The per-request shortcuts of the server keep its answers: the method guard's single match
and `OneTripRoute`'s handlers (run in a worker thread, never on the event loop)."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from helpers import JOBS
from osparc_platform_server.methods import MethodGuardMiddleware
from osparc_platform_server.routing import in_worker_thread
from starlette.routing import Route


async def _no_app(scope: object, receive: object, send: object) -> None:
    raise AssertionError("not reached")


def _guard(*routes: tuple[str, list[str]]) -> MethodGuardMiddleware:
    return MethodGuardMiddleware(
        _no_app, routes=[Route(path, _no_app, methods=methods) for path, methods in routes]
    )


def test_the_most_specific_template_decides() -> None:
    guard = _guard(
        ("/jobs/{job_id}", ["GET", "DELETE"]),
        ("/jobs/page", ["GET"]),
        ("/files/{path:path}", ["PUT"]),
        ("/rates/{rate:float}/x", ["POST"]),
    )
    assert guard.allowed_methods("/jobs/page") == {"GET", "HEAD"}  # Starlette adds HEAD
    assert guard.allowed_methods("/jobs/abc") == {"GET", "DELETE", "HEAD"}
    assert guard.allowed_methods("/files/a/b/c") == {"PUT"}
    # A convertor with a group of its own (float) still names its template.
    assert guard.allowed_methods("/rates/1.5/x") == {"POST"}
    assert guard.allowed_methods("/rates/x/x") is None
    assert guard.allowed_methods("/nothing") is None
    assert guard.allowed_methods("/jobs/page/more") is None


def test_templates_as_specific_as_each_other_share_a_path() -> None:
    guard = _guard(("/a/{x}", ["GET"]), ("/{y}/b", ["POST"]), ("/{z}/{w}", ["PATCH"]))
    assert guard.allowed_methods("/a/b") == {"GET", "HEAD", "POST"}
    assert guard.allowed_methods("/a/c") == {"GET", "HEAD"}
    assert guard.allowed_methods("/c/d") == {"PATCH"}


def test_a_path_asked_again_gets_the_same_answer(http: httpx.Client) -> None:
    """The guard keeps no state between requests: the same path, asked many times with methods
    the resource lacks and has, gets the same answers."""
    for _ in range(3):
        refused = http.put(f"{JOBS}/page")
        assert refused.status_code == 405
        assert refused.headers["Allow"] == "GET"
        assert http.get(f"{JOBS}/page").status_code == 200


def test_a_def_handler_runs_in_a_worker_thread() -> None:
    def handler(job_id: str, limit: int = 20) -> tuple[str, int, int]:
        """One job."""
        return job_id, limit, threading.get_ident()

    wrapped = in_worker_thread(handler)
    assert inspect.iscoroutinefunction(wrapped)
    assert wrapped.__name__ == "handler"
    assert wrapped.__doc__ == "One job."
    assert inspect.signature(wrapped) == inspect.signature(handler)

    async def call() -> tuple[tuple[str, int, int], int]:
        return await wrapped("j", limit=3), threading.get_ident()

    (job_id, limit, handler_thread), loop_thread = asyncio.run(call())
    assert (job_id, limit) == ("j", 3)
    assert handler_thread != loop_thread


def test_coroutines_and_generators_are_left_alone() -> None:
    async def coroutine() -> None:
        return None

    def generator() -> Iterator[int]:
        yield 1

    async def async_generator() -> AsyncIterator[int]:
        yield 1

    for handler in (coroutine, generator, async_generator):
        assert in_worker_thread(handler) is handler


@pytest.mark.parametrize("path", ["/v0/me", "/v0/meta", "/"])
def test_handlers_answer_through_the_wrapper(http: httpx.Client, path: str) -> None:
    assert http.get(path).status_code == 200

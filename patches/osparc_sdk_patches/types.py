"""Small values and generic helpers: the retry policy, lazy paginated listings, and the two
drivers that run one flow synchronously or asynchronously (`Io`)."""

from __future__ import annotations

import contextvars
import functools
import inspect
import random
import threading
import time
import uuid
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Sequence,
)
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import attrs
import httpx

from osparc_sdk_patches._operations import Operation, OperationTable, api_operations
from osparc_sdk_patches.errors import MultipleResultsError, NoResultsError, parse_retry_after

__all__ = [
    "ASYNC",
    "REPLAYABLE_BODY",
    "SEND_ONCE",
    "SYNC",
    "AsyncPager",
    "Flow",
    "Helpers",
    "Io",
    "Pager",
    "RetryPolicy",
    "parse_retry_after",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Methods that are safe to repeat when a request is not one of the API's operations (a
#: presigned upload link, a redirect): the operations themselves say it in the table.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: 500 too: from a gateway or an overloaded backend it is usually transient, and only requests
#: that are safe to repeat are repeated for it (a bug answers 500 every time: `max_attempts`).
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: Statuses that promise the request was not processed, so even a POST may be sent again.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
#: Request extension: the body is an iterable that starts over when iterated again (a file part
#: read from disk), so the request may be sent again like one with an in-memory body.
REPLAYABLE_BODY = "sdk.replayable_body"
#: Set while a POST is sent whose caller reconciles a lost answer itself (a job creation on a
#: server not known to honour idempotency keys): the transport must not send it a second time
#: after a failure that may have reached the server, whatever headers it carries. Failures
#: that promise nothing was done (no connection, 429, 503) are still retried.
SEND_ONCE: contextvars.ContextVar[bool] = contextvars.ContextVar("sdk_send_once", default=False)
#: Failures that happen before the request reaches the server.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)


@attrs.frozen
class RetryPolicy:
    """When to send a request again, and how long to wait first.

    `max_attempts` counts the first try. Delays grow as `backoff * 2**(attempt-1)` up to
    `max_backoff`, each spread by +/- `jitter` (a fraction), unless the server sent a
    Retry-After, which is honoured up to `max_retry_after` seconds. Which requests may be sent
    again at all is read from `operations`, the table generated from the API's spec.
    """

    max_attempts: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    backoff: float = 0.5
    max_backoff: float = 20.0
    jitter: float = 0.25
    max_retry_after: float = 120.0
    statuses: frozenset[int] = RETRY_STATUSES
    operations: OperationTable = attrs.field(factory=api_operations, repr=False)

    def replace(self, **changes: object) -> RetryPolicy:
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    def operation(self, request: httpx.Request) -> Operation | None:
        """The API operation the request is, or None (a presigned link, a redirect)."""
        return self.operations.find(request.method, request.url.path)

    def prepare(self, request: httpx.Request) -> None:
        """Give a request an idempotency key when its operation takes one (job creation), so
        that it may be retried safely."""
        operation = self.operation(request)
        if (
            operation is not None
            and operation.takes_idempotency_key
            and "idempotency-key" not in request.headers
        ):
            request.headers["Idempotency-Key"] = uuid.uuid4().hex

    def is_replayable(self, request: httpx.Request) -> bool:
        """True when sending the request twice has the effect of sending it once."""
        if request.method == "POST" and SEND_ONCE.get():
            return False
        if "idempotency-key" in request.headers:
            return True
        operation = self.operation(request)
        if operation is None:
            return request.method in IDEMPOTENT_METHODS
        return operation.retry_safe

    @staticmethod
    def _body_can_be_resent(request: httpx.Request) -> bool:
        return isinstance(request.stream, httpx.ByteStream) or bool(
            request.extensions.get(REPLAYABLE_BODY)
        )

    def should_retry_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> bool:
        if attempt >= self.max_attempts or response.status_code not in self.statuses:
            return False
        if not self._body_can_be_resent(request):
            return False
        return response.status_code in NOT_PROCESSED_STATUSES or self.is_replayable(request)

    def should_retry_error(self, request: httpx.Request, error: Exception, attempt: int) -> bool:
        if attempt >= self.max_attempts or not isinstance(error, httpx.TransportError):
            return False
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        if not self._body_can_be_resent(request):
            return False
        return self.is_replayable(request) and isinstance(
            error,
            (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError, httpx.TimeoutException),
        )

    def delay(
        self,
        attempt: int,
        response: httpx.Response | None = None,
        rand: Callable[[], float] = random.random,
    ) -> float:
        """Seconds to wait before attempt `attempt + 1`."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return max(0.0, base * (1 + self.jitter * (2 * rand() - 1)))


class PageOf(Protocol[T_co]):
    """What every generated page model has."""

    @property
    def items(self) -> Sequence[T_co]: ...  # pragma: no cover

    @property
    def total(self) -> int: ...  # pragma: no cover


DEFAULT_PAGE_SIZE = 50


class Pager(Generic[T]):
    """All items of a listing, fetched a page at a time and only when needed.

    Iterating fetches pages lazily (nothing happens at construction); `first()`, `get_only()`
    and `count()` fetch the least they can.
    """

    def __init__(
        self, fetch: Callable[[int, int], PageOf[T]], *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._fetch = fetch
        self.page_size = page_size

    def pages(self) -> Iterator[PageOf[T]]:
        offset = 0
        while True:
            page = self._fetch(self.page_size, offset)
            yield page
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def first(self) -> T | None:
        items = self._fetch(1, 0).items
        return items[0] if items else None

    def get_only(self) -> T:
        items = self._fetch(2, 0).items
        return _only(items)

    def count(self) -> int:
        return self._fetch(1, 0).total

    def collect(self) -> list[T]:
        return list(self)


class AsyncPager(Generic[T]):
    """The async twin of `Pager`: `async for item in pager`, `await pager.first()`, ..."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[PageOf[T]]],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._fetch = fetch
        self.page_size = page_size

    async def pages(self) -> AsyncIterator[PageOf[T]]:
        offset = 0
        while True:
            page = await self._fetch(self.page_size, offset)
            yield page
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def first(self) -> T | None:
        items = (await self._fetch(1, 0)).items
        return items[0] if items else None

    async def get_only(self) -> T:
        return _only((await self._fetch(2, 0)).items)

    async def count(self) -> int:
        return (await self._fetch(1, 0)).total

    async def collect(self) -> list[T]:
        return [item async for item in self]


class Helpers:
    """Base of the mixins whose methods are written once for the sync and the async API class,
    over the generated operations (found by name, so in the form of the class using them): an
    `iter_*` method returns a `Pager` in a sync class, an `AsyncPager` in an async one.

    An async class says so (`class AsyncX(..., awaitable=True)`); its methods named in
    `_awaited` then become coroutine functions, as every operation of an async class is.
    """

    _awaited: ClassVar[tuple[str, ...]] = ()
    _awaitable: ClassVar[bool] = False

    def __init_subclass__(cls, *, awaitable: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._awaitable = awaitable
        for name in cls._awaited if awaitable else ():
            setattr(cls, name, _coroutine_function(getattr(cls, name)))

    def _operation(self, name: str) -> Callable[..., Any]:
        operation: Callable[..., Any] = getattr(self, name)
        return operation

    def _listing(self, operation: str, page_size: int, *args: Any, **filters: Any) -> Any:
        fetch_page = self._operation(operation)
        pager = AsyncPager if inspect.iscoroutinefunction(fetch_page) else Pager
        return pager(
            lambda limit, offset: fetch_page(*args, limit=limit, offset=offset, **filters),
            page_size=page_size,
        )


def _coroutine_function(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    async def call(*args: Any, **kwargs: Any) -> Any:
        return await method(*args, **kwargs)

    return call


def _only(items: Sequence[T]) -> T:
    if not items:
        raise NoResultsError("expected exactly one item, found none")
    if len(items) > 1:
        raise MultipleResultsError("expected exactly one item, found several")
    return items[0]


# -- one flow, two drivers ----------------------------------------------------------------------
#: A behaviour that has a sync and an async form, written once as a generator. Each step that
#: differs between the two forms is yielded as an `Io` primitive (or an API call) returns it:
#: a result already (sync), or an awaitable (async). The driver sends the result back in, or
#: throws the error in, so the flow's own `try`/`except` sees it where the step was yielded.
Flow = Generator[Any, Any, T]


def run_sync(flow: Flow[T]) -> T:
    """Drive a flow whose steps were done as they were made: each yielded value is its result."""
    result: Any = None
    while True:
        try:
            result = flow.send(result)
        except StopIteration as stop:
            done: T = stop.value
            return done


async def run_async(flow: Flow[T]) -> T:
    """Drive a flow whose steps are awaitables: await each, send back its result or error."""
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            done: T = stop.value
            return done
        try:
            result, error = await step, None
        except BaseException as failure:  # cancellation too: the flow cleans up, then re-raises
            result, error = None, failure


def _gather_threads(flows: Sequence[Flow[None]], limit: int) -> None:
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=limit)
    failed = threading.Event()

    def run(flow: Flow[None]) -> None:
        # A worker that has just seen a flow fail must not start the next one before the
        # caller cancels it (the caller may be slow to wake: the next flow would then run,
        # e.g. upload a part of an upload the caller is about to give up).
        if failed.is_set():
            flow.close()
            return
        try:
            run_sync(flow)
        except BaseException:
            failed.set()
            raise

    try:
        for future in [pool.submit(run, flow) for flow in flows]:
            future.result()
    finally:
        # On failure, flows not yet started are not started; running ones end first.
        pool.shutdown(wait=True, cancel_futures=True)


async def _gather_tasks(flows: Sequence[Flow[None]], limit: int) -> None:
    import asyncio

    gate = asyncio.Semaphore(limit)

    async def one(flow: Flow[None]) -> None:
        async with gate:
            await run_async(flow)

    try:
        async with asyncio.TaskGroup() as group:
            for flow in flows:
                group.create_task(one(flow))
    except ExceptionGroup as failures:
        # One failure is the story; the others were cancelled because of it.
        raise failures.exceptions[0] from None


class _InThread:
    """An iterable whose steps block (disk reads), served to async code one step at a time from a
    worker thread; iterable again from the start, as the iterable it wraps."""

    def __init__(self, iterable: Iterable[bytes]) -> None:
        self._iterable = iterable

    async def __aiter__(self) -> AsyncIterator[bytes]:
        steps = iter(self._iterable)
        while (chunk := await _to_thread(next, steps, None)) is not None:
            yield chunk


def _call(function: Callable[..., T], *args: Any) -> T:
    return function(*args)


# asyncio (and the thread pool) load with their first use, not with `import sdk`: a blocking
# client never needs them, and asyncio is a tenth of what a fresh process spends on its first
# client and API class.
async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


async def _to_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    import asyncio

    return await asyncio.to_thread(function, *args, **kwargs)


@attrs.frozen
class Io:
    """The primitives in which the sync and the async form of a flow differ.

    `run` drives a whole flow; the others make one step of it. A flow calls them and yields
    what they return, whichever form it runs in.
    """

    run: Callable[[Flow[Any]], Any]
    #: Wait this many seconds.
    sleep: Callable[[float], Any]
    #: Call a function that blocks (hashing a file): directly, or in a worker thread.
    blocking: Callable[..., Any]
    #: Run flows side by side, at most `limit` at once; the first failure stops the rest.
    gather: Callable[[Sequence[Flow[None]], int], Any]
    #: Read, or close, an httpx response.
    read: Callable[[httpx.Response], Any]
    close: Callable[[httpx.Response], Any]
    #: The bytes of a streamed response, one chunk per `next` step (None at the end).
    chunks: Callable[[httpx.Response], Any]
    next: Callable[[Any], Any]
    #: A request body from an iterable of bytes, in the form this form's httpx client takes.
    content: Callable[[Iterable[bytes]], Any]
    #: The httpx client of a generated client.
    http: Callable[[Any], Any]


#: Each primitive in its two forms, side by side: (sync, async).
_FORMS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "run": (run_sync, run_async),
    "sleep": (time.sleep, _sleep),
    "blocking": (_call, _to_thread),
    "gather": (_gather_threads, _gather_tasks),
    "read": (httpx.Response.read, httpx.Response.aread),
    "close": (httpx.Response.close, httpx.Response.aclose),
    "chunks": (httpx.Response.iter_bytes, httpx.Response.aiter_bytes),
    "next": (lambda chunks: next(chunks, None), lambda chunks: anext(chunks, None)),
    "content": (lambda iterable: iterable, _InThread),
    "http": (
        lambda client: client.get_httpx_client(),
        lambda client: client.get_async_httpx_client(),
    ),
}
SYNC = Io(**{name: sync for name, (sync, _) in _FORMS.items()})
ASYNC = Io(**{name: async_ for name, (_, async_) in _FORMS.items()})

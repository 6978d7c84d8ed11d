"""Small values and generic helpers: the retry policy and lazy, paginated listings."""

from __future__ import annotations

import contextvars
import email.utils
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

import attrs
import httpx

from sdk_patches.errors import MultipleResultsError, NoResultsError

__all__ = [
    "REPLAYABLE_BODY",
    "SEND_ONCE",
    "AsyncPager",
    "Pager",
    "RetryPolicy",
    "parse_retry_after",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: 500 too: from a gateway or an overloaded backend it is usually transient, and only requests
#: that are safe to repeat are repeated for it (a bug answers 500 every time: `max_attempts`).
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: Statuses that promise the request was not processed, so even a POST may be sent again.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
#: POST actions that are safe to repeat: they converge to the same state.
IDEMPOTENT_ACTIONS = (":start", ":stop", ":inspect", ":complete", ":abort", "/outputs")
#: POSTs whose repetition leaves only an unused upload session behind (no file appears until an
#: upload is completed, and the SDK completes the one whose links it received).
REPEATABLE_POSTS = ("/v0/files/content",)
#: PATCHes that replace a whole value (job metadata), so sending one twice changes nothing.
REPLACING_PATCHES = ("/metadata",)
#: POSTs that create a resource and honour an Idempotency-Key: one is added when missing.
AUTO_IDEMPOTENCY_SUFFIXES = ("/jobs",)
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


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@attrs.frozen
class RetryPolicy:
    """When to send a request again, and how long to wait first.

    `max_attempts` counts the first try. Delays grow as `backoff * 2**(attempt-1)` up to
    `max_backoff`, each spread by +/- `jitter` (a fraction), unless the server sent a
    Retry-After, which is honoured up to `max_retry_after` seconds.
    """

    max_attempts: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    backoff: float = 0.5
    max_backoff: float = 20.0
    jitter: float = 0.25
    max_retry_after: float = 120.0
    statuses: frozenset[int] = RETRY_STATUSES

    def replace(self, **changes: object) -> RetryPolicy:
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    @staticmethod
    def prepare(request: httpx.Request) -> None:
        """Give every job creation an idempotency key, so that it may be retried safely."""
        if (
            request.method == "POST"
            and request.url.path.endswith(AUTO_IDEMPOTENCY_SUFFIXES)
            and "idempotency-key" not in request.headers
        ):
            request.headers["Idempotency-Key"] = uuid.uuid4().hex

    @staticmethod
    def is_replayable(request: httpx.Request) -> bool:
        """True when sending the request twice has the effect of sending it once."""
        if request.method == "POST" and SEND_ONCE.get():
            return False
        if request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers:
            return True
        path = request.url.path
        if request.method == "PATCH":
            return path.endswith(REPLACING_PATCHES)
        return request.method == "POST" and path.endswith((*IDEMPOTENT_ACTIONS, *REPEATABLE_POSTS))

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


def _only(items: Sequence[T]) -> T:
    if not items:
        raise NoResultsError("expected exactly one item, found none")
    if len(items) > 1:
        raise MultipleResultsError("expected exactly one item, found several")
    return items[0]

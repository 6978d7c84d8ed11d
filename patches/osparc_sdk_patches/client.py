"""How requests leave the SDK: authentication, retries, errors, one pooled httpx client.

Wraps `osparc_sdk_generated.client`: the generated functions keep building requests; this module
gives them an httpx client whose
  - auth flow signs every request (HTTP Basic with key/secret, or Bearer tokens that are
    refreshed before they expire and once more after a 401, one refresh at a time),
  - transport retries what is safe to retry (`RetryPolicy`), with backoff and Retry-After,
  - response hook turns every error status into a typed exception (`errors.error_for_response`).
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import functools
import inspect
import json
import logging
import os
import ssl
import stat
import sys
import tempfile
import threading
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, NoReturn, Protocol, TypeVar

import attrs
import httpx
from osparc_sdk_generated.client import AuthenticatedClient

from osparc_sdk_patches.errors import (
    LAST_REQUEST_ID,
    OPERATION,
    ApiConnectionError,
    ApiTimeoutError,
    ConfigurationError,
    UnexpectedResponseError,
    error_for_response,
    redact_url,
    request_id_of,
    translating_errors,
)
from osparc_sdk_patches.types import ASYNC, SYNC, Flow, Io, RetryPolicy, run_async, run_sync

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "MAX_API_RESPONSE_BYTES",
    "STREAMED",
    "ApiFacade",
    "AsyncRetryTransport",
    "ClientLike",
    "ClientSettings",
    "HasGeneratedClient",
    "KeySecretAuth",
    "RawResponse",
    "RawResponses",
    "RetryTransport",
    "TokenAuth",
    "TokenCache",
    "build_async_client",
    "build_sync_client",
    "call_headers",
    "captured_responses",
    "generated_client",
    "new_async_pool",
    "new_sync_pool",
    "pool_limits",
    "tls_context",
]

logger = logging.getLogger("sdk")
T = TypeVar("T")

AuthMode = Literal["basic", "token"]
#: What carries `sdk.aio`'s requests: the SDK's own asyncio transport with its own pool (the
#: default), aiohttp underneath httpx (the `aiohttp` extra), or httpx's own pool (httpcore),
#: which spends several times more CPU per request with many requests in flight.
AsyncTransportName = Literal["stdlib", "httpx", "aiohttp"]
ASYNC_TRANSPORTS: tuple[AsyncTransportName, ...] = ("stdlib", "httpx", "aiohttp")
#: What carries the blocking client's requests: the standard library's sockets with the
#: SDK's own pool (the default; about half the CPU per request of httpx's own pool in many
#: threads), or httpx's own pool (httpcore).
SyncTransportName = Literal["stdlib", "httpx"]
SYNC_TRANSPORTS: tuple[SyncTransportName, ...] = ("stdlib", "httpx")
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_JOB_CREATION_TIMEOUT = 60.0
REFRESHABLE = "sdk.refreshable"
#: Request extension: the token auth flow trading the key and secret for tokens.
TOKEN_REQUEST = "sdk.token_request"  # noqa: S105 (an extension name, not a secret)
#: Request extension: the caller reads the response as a stream (downloads, the log stream), so
#: the transport must hand it over unread.
STREAMED = "sdk.streamed"
#: The most an API response may hold (bytes on the wire). Every API answer is far smaller (pages
#: hold at most 50 items); a bigger one comes from a broken server or proxy, and is refused with
#: `UnexpectedResponseError` as soon as it is known to be bigger, never read into memory whole.
#: Transfers (`download_file`, the log stream) are streamed and have no such limit.
MAX_API_RESPONSE_BYTES = 32 * 1024 * 1024


@attrs.frozen
class ClientSettings:
    """Everything needed to talk to one platform as one user. Secrets stay out of the repr."""

    host: str
    api_key: str = attrs.field(repr=lambda k: f"{k[:4]}…" if len(k) > 8 else "…")
    api_secret: str = attrs.field(repr=False)
    auth: AuthMode = "basic"
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    verify: bool | str = True
    token_cache: Path | None = None
    max_connections: int = 100
    #: Idle connections kept open. httpcore's pool checks every pooled connection on every
    #: request, so a pool that keeps as many as it may open (100) spends far more CPU per
    #: request under load than httpx's default of 20 saves by reconnecting less.
    max_keepalive_connections: int = 20
    user_agent: str = "osparc-sdk"
    #: Sent with every request (e.g. set with `ApiClient.with_options(headers=...)`).
    headers: tuple[tuple[str, str], ...] = ()
    async_transport: AsyncTransportName = "stdlib"
    sync_transport: SyncTransportName = "stdlib"
    #: Seconds that stopping a function job, or reading its logs or metadata, waits for the
    #: platform to create the job it runs (right after `:run`, a platform task creates it).
    job_creation_timeout: float = DEFAULT_JOB_CREATION_TIMEOUT


class HasGeneratedClient(Protocol):
    """Anything that owns a configured generated client (the SDK's ApiClient does)."""

    @property
    def generated(self) -> AuthenticatedClient: ...  # pragma: no cover


ClientLike = HasGeneratedClient | AuthenticatedClient


def generated_client(client: ClientLike) -> AuthenticatedClient:
    return client if isinstance(client, AuthenticatedClient) else client.generated


class ApiFacade:
    """Base of the per-tag classes: they take the SDK's ApiClient, not only a generated one, and
    the generated operations they inherit raise only the SDK's errors (`translating_errors`,
    applied to every subclass as it is made).

    In a per-tag class it comes before the generated class (whose `__init__` it calls with the
    generated client); the tag's helpers mixin, when it has one, derives from it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        translating_errors(cls)

    def __init__(self, client: ClientLike) -> None:
        settings = getattr(client, "settings", None)
        # For what retries above the transport (job creation reconciling a lost answer).
        self._retry_policy = (
            settings.retry if isinstance(settings, ClientSettings) else RetryPolicy()
        )
        # The next class in the MRO is the generated per-tag class, which takes the client.
        super().__init__(generated_client(client))  # type: ignore[call-arg]

    @property
    def with_raw_response(self) -> RawResponses:
        """The same operations, answering a `RawResponse`: the parsed result next to the HTTP
        response (status, headers, request id), e.g.
        `SolversApi(client).with_raw_response.get_job(key, version, job_id).request_id`."""
        return RawResponses(self)


@attrs.frozen
class RawResponse(Generic[T]):
    """What an operation answered: `parsed` (what the plain call returns) and `responses`, the
    HTTP responses it received in order (one for most operations; the last is the answer)."""

    parsed: T
    responses: tuple[httpx.Response, ...] = attrs.field(repr=False)

    @property
    def http(self) -> httpx.Response:
        """The last response: the one the result was read from."""
        if not self.responses:
            raise UnexpectedResponseError("the call received no HTTP response")
        return self.responses[-1]

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def request_id(self) -> str | None:
        """The id the server gave the request (X-Request-Id): quote it when reporting a problem."""
        return request_id_of(self.http)

    def parse(self) -> T:
        return self.parsed

    def __repr__(self) -> str:
        last = self.responses[-1] if self.responses else None
        shown = f"{last.status_code}, request_id={request_id_of(last)!r}" if last else "no response"
        return f"RawResponse({shown}, parsed={self.parsed!r})"


class RawResponses:
    """`api.with_raw_response`: each operation of `api`, answering a `RawResponse` (awaitable
    for the async classes). Each call collects its own responses (a context variable), so
    threads and tasks that share a client never see each other's. Not for `iter_*` listings,
    whose requests are made later, while iterating."""

    def __init__(self, api: object) -> None:
        self._api = api

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._api, name)
        if name.startswith("_") or not callable(method):
            raise AttributeError(f"{type(self._api).__name__} has no operation {name!r}")

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            with captured_responses() as seen:
                result = method(*args, **kwargs)
            if inspect.isawaitable(result):
                return _await_raw(result)
            return RawResponse(result, tuple(seen))

        return call


async def _await_raw(awaitable: Awaitable[T]) -> RawResponse[T]:
    with captured_responses() as seen:
        parsed = await awaitable
    return RawResponse(parsed, tuple(seen))


# -- the responses of a call: request ids, raw responses ----------------------------------------
_CAPTURE: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "sdk_captured_responses", default=None
)


def record_response(response: httpx.Response) -> None:
    """Response hook (before the error hook): note the request id for errors raised later in
    the operation, and keep the response when the caller is capturing (`captured_responses`)."""
    LAST_REQUEST_ID.set(request_id_of(response))
    captured = _CAPTURE.get()
    if captured is not None:
        captured.append(response)


async def arecord_response(response: httpx.Response) -> None:
    record_response(response)


@contextlib.contextmanager
def captured_responses() -> Iterator[list[httpx.Response]]:
    """Collect, in order, the responses received in this block by this thread or task (a
    context variable: calls made at the same time elsewhere are not mixed in)."""
    responses: list[httpx.Response] = []
    token = _CAPTURE.set(responses)
    try:
        yield responses
    finally:
        _CAPTURE.reset(token)


_CALL_HEADERS: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar(
    "sdk_call_headers", default=None
)


@contextlib.contextmanager
def call_headers(headers: Mapping[str, str]) -> Iterator[None]:
    """Add `headers` to the requests this thread or task sends in the block (an operation's
    optional headers the generated code does not know, e.g. the pricing headers of a start)."""
    token = _CALL_HEADERS.set({**(_CALL_HEADERS.get() or {}), **headers})
    try:
        yield
    finally:
        _CALL_HEADERS.reset(token)


def add_call_headers(request: httpx.Request) -> None:
    """Request hook: the headers of `call_headers`."""
    headers = _CALL_HEADERS.get()
    if headers:
        request.headers.update(headers)


async def aadd_call_headers(request: httpx.Request) -> None:
    add_call_headers(request)


# -- errors: one hook, one place ----------------------------------------------------------------
def _is_error(response: httpx.Response) -> bool:
    if response.status_code < 400:
        return False
    # A first 401 is the auth flow's to handle (it refreshes and tries again).
    return not (response.status_code == 401 and response.request.extensions.get(REFRESHABLE))


def _error_for(response: httpx.Response) -> Exception:
    """The typed error of an error response.

    Token authentication is this project's extension: the platform itself has no
    `/v0/auth/token` and answers 404 (or 405). That is a setting to change, not a failed call,
    so it is one ConfigurationError that names the fix.
    """
    request = response.request
    if request.extensions.get(TOKEN_REQUEST) and response.status_code in (404, 405):
        server = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        return ConfigurationError(
            f"{server} does not offer token authentication (POST /v0/auth/token answered"
            f" {response.status_code}): use the API key and secret directly (auth='basic',"
            " or leave OSPARC_API_AUTH unset)"
        )
    return error_for_response(response)


def raise_for_status(response: httpx.Response) -> None:
    if _is_error(response):
        # A body that cannot be read (the connection dropped) leaves the status to tell.
        with contextlib.suppress(httpx.TransportError):
            response.read()
        raise _error_for(response)


async def araise_for_status(response: httpx.Response) -> None:
    if _is_error(response):
        with contextlib.suppress(httpx.TransportError):
            await response.aread()
        raise _error_for(response)


# -- authentication -----------------------------------------------------------------------------
class KeySecretAuth(httpx.Auth):
    """HTTP Basic with the API key as user name and the API secret as password."""

    def __init__(self, api_key: str, api_secret: str) -> None:
        token = base64.b64encode(f"{api_key}:{api_secret}".encode()).decode()
        self._header = f"Basic {token}"

    def __repr__(self) -> str:
        return "KeySecretAuth(<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


@attrs.frozen
class Tokens:
    access: str = attrs.field(repr=False)
    refresh: str = attrs.field(repr=False)
    access_expires: float
    refresh_expires: float

    @classmethod
    def from_response(cls, body: Any, now: float) -> Tokens:
        """The tokens of a token endpoint's answer; `ValueError` naming the problem when they
        cannot be used (missing, or already expired: `expires_in` of 0 or less)."""
        if not isinstance(body, dict):
            raise ValueError("the answer is not a JSON object")
        try:
            access, refresh = str(body["access_token"]), str(body["refresh_token"])
            expires_in, refresh_in = float(body["expires_in"]), float(body["refresh_expires_in"])
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"a field is missing or malformed ({error!r})") from None
        if not expires_in > 0:  # also NaN
            raise ValueError(f"the access token expires in {body['expires_in']} s: never usable")
        return cls(access, refresh, now + expires_in, now + refresh_in)


class TokenCache:
    """Tokens kept between runs in a JSON file only its owner can read (mode 0600).

    A cache file that others can read is refused (ignored and reported), never trusted.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"TokenCache({str(self.path)!r})"

    @staticmethod
    def _slot(host: str, api_key: str) -> str:
        import hashlib

        return hashlib.sha256(f"{host}\n{api_key}".encode()).hexdigest()[:32]

    def _read_all(self) -> dict[str, Any]:
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            return {}
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            logger.warning(
                "ignoring token cache %s: other users can access it (chmod 600 to use it)",
                self.path,
            )
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def load(self, host: str, api_key: str) -> Tokens | None:
        entry = self._read_all().get(self._slot(host, api_key))
        if not isinstance(entry, dict):
            return None
        try:
            return Tokens(**entry)
        except TypeError:
            return None

    def save(self, host: str, api_key: str, tokens: Tokens) -> None:
        data = self._read_all()
        data[self._slot(host, api_key)] = attrs.asdict(tokens)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tokens-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


#: Token requests one renewal may make: a refresh refused with 401, then the key and secret; a
#: token still unusable after that will not become usable by asking again.
_RENEWALS = 3


class TokenAuth(httpx.Auth):
    """Bearer tokens obtained with the key/secret, renewed before expiry and after a 401.

    Many threads (sync) or tasks (async) may share one instance: the renewal runs under a lock,
    and whoever gets the lock second finds fresh tokens and does not renew again. "Fresh" means
    renewed since the caller found its token stale, and not expired: a token within the renewal
    margin is renewed before expiry by callers that come later, but one renewed for this very
    caller is used even if the caller got the lock late (a loaded machine, a stalled process),
    or every waiter would renew once more in turn.
    """

    def __init__(
        self,
        host: str,
        api_key: str,
        api_secret: str,
        *,
        cache: TokenCache | None = None,
        skew: float = 30.0,
        clock: Any = time.time,
    ) -> None:
        self._host = host.rstrip("/")
        self._api_key = api_key
        self._basic = KeySecretAuth(api_key, api_secret)
        self._cache = cache
        self._skew = skew
        # Renew this long before expiry; never more than half a token's life, or a server
        # with short-lived tokens (shorter than `skew`) would be asked for new ones forever.
        self._margin = skew
        self._clock = clock
        self._tokens: Tokens | None = cache.load(self._host, api_key) if cache else None
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        #: Successful renewals so far: a caller that saw a stale token and then finds this
        #: number changed knows the tokens were renewed for it meanwhile.
        self._renewals = 0

    def __repr__(self) -> str:
        return f"TokenAuth(host={self._host!r})"

    # -- decisions (no I/O) ---------------------------------------------------------------------
    def _usable_access(self, stale_at: int | None = None) -> str | None:
        """The access token to sign with, None if it must be renewed first. `stale_at`: the
        renewal count when the caller found its token stale (it is waiting for a renewal)."""
        tokens = self._tokens
        if tokens is None:
            return None
        margin = 0.0 if stale_at is not None and stale_at != self._renewals else self._margin
        if tokens.access_expires - margin <= self._clock():
            return None
        return tokens.access

    def _renewal_request(self) -> httpx.Request:
        tokens = self._tokens
        if tokens is not None and tokens.refresh_expires - self._skew > self._clock():
            request = httpx.Request(
                "POST",
                f"{self._host}/v0/auth/token:refresh",
                json={"refresh_token": tokens.refresh},
            )
            request.extensions[REFRESHABLE] = True  # a 401 here means: fall back to the key
        else:
            request = httpx.Request("POST", f"{self._host}/v0/auth/token")
            request.headers["Authorization"] = self._basic._header
            request.extensions[TOKEN_REQUEST] = True
        return request

    def _accept(self, response: httpx.Response) -> bool:
        """Store the tokens of a renewal response; False if it was refused (401).

        Tokens that cannot be used (an `expires_in` of 0, a missing field) are an
        `UnexpectedResponseError` at once: asking again would get the same answer, until
        httpx gave up with a misleading `TooManyRedirects`.
        """
        if response.status_code == 401:
            self._tokens = None
            return False
        now = self._clock()
        try:
            self._tokens = Tokens.from_response(response.json(), now)
        except ValueError as error:
            raise UnexpectedResponseError(
                f"the server's token answer cannot be used: {error}",
                method=response.request.method,
                url=redact_url(response.request.url),
            ) from None
        self._margin = min(self._skew, (self._tokens.access_expires - now) / 2)
        self._renewals += 1
        if self._cache is not None:
            try:
                self._cache.save(self._host, self._api_key, self._tokens)
            except OSError as error:
                logger.warning("could not write the token cache %s: %s", self._cache.path, error)
        logger.debug("obtained a new access token")
        return True

    def _sign(self, request: httpx.Request, access: str, *, refreshable: bool) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {access}"
        request.extensions[REFRESHABLE] = refreshable
        return request

    def _invalidate(self, access: str) -> None:
        if self._tokens is not None and self._tokens.access == access:
            self._tokens = attrs.evolve(self._tokens, access_expires=0.0)

    # -- flows ----------------------------------------------------------------------------------
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        stale_at = self._renewals
        access = self._usable_access()
        if access is None:
            with self._lock:
                access = yield from self._renew_sync(stale_at)
        response = yield self._sign(request, access, refreshable=True)
        if response.status_code == 401:
            stale_at = self._renewals
            with self._lock:
                self._invalidate(access)
                access = yield from self._renew_sync(stale_at)
            yield self._sign(request, access, refreshable=False)

    def _renew_sync(self, stale_at: int) -> Generator[httpx.Request, httpx.Response, str]:
        access = self._usable_access(stale_at)
        for _ in range(_RENEWALS):
            if access is not None:
                return access
            response = yield self._renewal_request()
            response.read()
            self._accept(response)
            access = self._usable_access(stale_at)
        return access or self._unusable()

    def _unusable(self) -> NoReturn:
        raise UnexpectedResponseError(
            f"the server's access tokens expired before they could be used ({_RENEWALS} "
            "renewals in a row); is the clock of this machine far off?",
            method="POST",
            url=f"{self._host}/v0/auth/token",
        )

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._alock is None:
            import asyncio  # loaded by the first async use (see types._sleep)

            self._alock = asyncio.Lock()
        stale_at = self._renewals
        access, refreshable = self._usable_access(), True
        while True:
            if access is None:  # renew, once for all the tasks waiting on the lock
                async with self._alock:
                    access = self._usable_access(stale_at)
                    for _ in range(_RENEWALS):
                        if access is not None:
                            break
                        renewal = yield self._renewal_request()
                        await renewal.aread()
                        self._accept(renewal)
                        access = self._usable_access(stale_at)
                    access = access or self._unusable()
            response = yield self._sign(request, access, refreshable=refreshable)
            if response.status_code != 401 or not refreshable:
                return
            self._invalidate(access)  # no await since the 401: no other task ran in between
            stale_at, access, refreshable = self._renewals, None, False


# -- retries ------------------------------------------------------------------------------------
def _read_whole(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether the body is read inside the retry loop, so that a cut body is retried like a
    dropped connection: every answer to an API operation, and small JSON documents; never a
    stream the caller asked for (`STREAMED`), which is handed over as it arrives."""
    if request.extensions.get(STREAMED):
        return False
    if OPERATION.get() is not None:
        return True
    kind = response.headers.get("content-type", "")
    length = response.headers.get("content-length")
    small = length is None or (length.isdigit() and int(length) <= MAX_API_RESPONSE_BYTES)
    return "json" in kind and "ndjson" not in kind and small


def _too_large(
    request: httpx.Request, size: str, response: httpx.Response | None = None
) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"the response holds {size} bytes, more than the {MAX_API_RESPONSE_BYTES} an API "
        "response may hold",
        method=request.method,
        url=redact_url(request.url),
        request_id=request_id_of(response),
    )


def _declared_too_large(request: httpx.Request, response: httpx.Response) -> bool:
    length = response.headers.get("content-length", "")
    return length.isdigit() and int(length) > MAX_API_RESPONSE_BYTES


class _Capped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that may not grow past `MAX_API_RESPONSE_BYTES` (chunked bodies too), read
    synchronously or asynchronously as the stream it wraps."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, request: httpx.Request):
        self._inner = inner
        self._request = request
        self._seen = 0

    def _counted(self, chunk: bytes) -> bytes:
        self._seen += len(chunk)
        if self._seen > MAX_API_RESPONSE_BYTES:
            raise _too_large(self._request, f"over {self._seen}")
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        yield from map(self._counted, self._inner)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        async for chunk in self._inner:
            yield self._counted(chunk)

    def close(self) -> None:
        assert isinstance(self._inner, httpx.SyncByteStream)
        self._inner.close()

    async def aclose(self) -> None:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        await self._inner.aclose()


def _read(request: httpx.Request, response: httpx.Response, io: Io) -> Flow[None]:
    """Read a whole API answer, refusing one that is (or grows) too large, unread."""
    try:
        if _declared_too_large(request, response):
            raise _too_large(request, response.headers["content-length"], response)
        assert isinstance(response.stream, httpx.SyncByteStream | httpx.AsyncByteStream)
        response.stream = _Capped(response.stream, request)
        yield io.read(response)
    except UnexpectedResponseError:
        yield io.close(response)
        raise


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> ApiConnectionError:
    url = redact_url(request.url)
    if isinstance(error, httpx.TimeoutException):
        return ApiTimeoutError(f"Timed out: {type(error).__name__}", method=request.method, url=url)
    return ApiConnectionError(
        f"Could not reach the server: {error or type(error).__name__}",
        method=request.method,
        url=url,
    )


def _log_retry(
    request: httpx.Request, why: str, attempt: int, policy: RetryPolicy, wait: float
) -> None:
    logger.info(
        "retrying %s %s after %s (attempt %d of %d) in %.2fs",
        request.method,
        redact_url(request.url),
        why,
        attempt + 1,
        policy.max_attempts,
        wait,
    )


def _attempts(
    request: httpx.Request,
    policy: RetryPolicy,
    send: Callable[[httpx.Request], Any],
    io: Io,
) -> Flow[httpx.Response]:
    """The retry loop, once for both transports: send, read what the policy reads whole, ask
    the policy (pure decisions) whether and when to send again."""
    policy.prepare(request)
    attempt = 1
    while True:
        try:
            response: httpx.Response = yield send(request)
            if _read_whole(request, response):
                yield from _read(request, response, io)
        except httpx.TransportError as error:
            if not policy.should_retry_error(request, error, attempt):
                raise _connection_error(request, error) from error
            wait = policy.delay(attempt)
            _log_retry(request, type(error).__name__, attempt, policy, wait)
        else:
            if not policy.should_retry_response(request, response, attempt):
                return response
            wait = policy.delay(attempt, response)
            _log_retry(request, f"status {response.status_code}", attempt, policy, wait)
            yield io.close(response)
        yield io.sleep(wait)
        attempt += 1


Inner = TypeVar("Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Retrying(Generic[Inner]):
    """What the two retry transports share; each only drives `_attempts` its own way."""

    io: ClassVar[Io]

    def __init__(
        self, inner: Inner, policy: RetryPolicy, sleep: Callable[[float], Any] | None = None
    ) -> None:
        self._inner: Inner = inner
        self._policy = policy
        self._io = self.io if sleep is None else attrs.evolve(self.io, sleep=sleep)

    def _attempts(self, request: httpx.Request, send: Callable[..., Any]) -> Flow[httpx.Response]:
        return _attempts(request, self._policy, send, self._io)


class RetryTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    """Sends a request again when the policy says it is safe, waiting between attempts."""

    io = SYNC

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return run_sync(self._attempts(request, self._inner.handle_request))

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """`RetryTransport` for httpx's async client: the same loop (`_attempts`), awaited."""

    io = ASYNC

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await run_async(self._attempts(request, self._inner.handle_async_request))

    async def aclose(self) -> None:
        await self._inner.aclose()


# -- assembly -----------------------------------------------------------------------------------
def make_auth(settings: ClientSettings) -> httpx.Auth:
    if settings.auth == "token":
        cache = TokenCache(settings.token_cache) if settings.token_cache else None
        return TokenAuth(settings.host, settings.api_key, settings.api_secret, cache=cache)
    return KeySecretAuth(settings.api_key, settings.api_secret)


_Hooks = Mapping[str, list[Callable[..., Any]]]


def _common(settings: ClientSettings, auth: httpx.Auth | None, hooks: _Hooks) -> dict[str, Any]:
    """The httpx client options both forms share; `hooks` are the form's request hooks."""
    return {
        "base_url": settings.host,
        "auth": auth or make_auth(settings),
        "timeout": settings.timeout,
        "follow_redirects": True,
        "headers": {"User-Agent": settings.user_agent, **dict(settings.headers)},
        "event_hooks": hooks,
    }


class _QuietCookies(httpx.Cookies):
    """httpx's cookie jar, skipping the standard library's cookie parsing for the answers that
    set no cookie (every API answer): it was a seventh of httpx's CPU per request."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _MergedUrls:
    """The request URLs of one base URL, by the path the generated code gives (the same few
    paths over and over): httpx parses the path, then the merged URL, for every request,
    another seventh of its CPU per request. URLs are immutable, so sharing them is safe."""

    def __init__(self, merge: Callable[[httpx.URL | str], httpx.URL]) -> None:
        self._merge = merge
        self._cached = functools.lru_cache(maxsize=256)(merge)
        self._base: httpx.URL | None = None

    def merged(self, base: httpx.URL, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return self._merge(url)
        if base is not self._base:  # `base_url` was set: what was merged with the old is stale
            self._cached.cache_clear()
            self._base = base
        return self._cached(url)


class _Lean(httpx._client.BaseClient):
    """What the SDK's httpx clients do more cheaply than httpx's own, with the same results:
    cookies (`_QuietCookies`) and URL merging (`_MergedUrls`)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = kwargs.get("cookies")
        self._urls = _MergedUrls(super()._merge_url)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._quiet_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._quiet_cookies = _QuietCookies(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._urls.merged(self.base_url, url)


class _SyncHttp(_Lean, httpx.Client):
    """The sync client of `build_sync_client` (`_Lean`)."""


class _AsyncHttp(_Lean, httpx.AsyncClient):
    """The async client of `build_async_client` (`_Lean`)."""


#: The request hooks of each form (httpx copies the lists into each client).
_SYNC_HOOKS: _Hooks = {
    "request": [add_call_headers],
    "response": [record_response, raise_for_status],
}
_ASYNC_HOOKS: _Hooks = {
    "request": [aadd_call_headers],
    "response": [arecord_response, araise_for_status],
}


class _DeferredTrust(ssl.SSLContext):
    """A verifying client TLS context that reads its CA certificates at the first handshake.

    Reading them takes 20-50 ms, paid by every `ApiClient()` although a client of an http://
    host never needs them. Until then the context trusts no one, so a handshake that somehow
    bypassed `_trust` would fail closed, never open.
    """

    _cafile: str | None
    _capath: str | None
    _trusted: bool
    _trust_lock: threading.Lock

    @classmethod
    def create(cls, cafile: str | None, capath: str | None = None) -> _DeferredTrust:
        context = cls(ssl.PROTOCOL_TLS_CLIENT)  # verifies certificates and host names
        context._cafile, context._capath = cafile, capath
        context._trusted = False
        context._trust_lock = threading.Lock()
        keylog = os.environ.get("SSLKEYLOGFILE")  # as ssl.create_default_context does
        if keylog and not sys.flags.ignore_environment:
            context.keylog_filename = keylog
        return context

    def _trust(self) -> None:
        if self._trusted:
            return
        with self._trust_lock:
            if not self._trusted:
                self.load_verify_locations(cafile=self._cafile, capath=self._capath)
                self._trusted = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._trust()
        return super().wrap_bio(*args, **kwargs)


def tls_context(verify: bool | str) -> ssl.SSLContext:
    """The TLS context for `verify`: False, True (httpx's choice of CA certificates: the
    SSL_CERT_FILE or SSL_CERT_DIR environment variable, else certifi) or a CA bundle path."""
    if verify is False:
        return httpx.create_ssl_context(verify=False)
    if isinstance(verify, str):
        return _DeferredTrust.create(cafile=verify)
    if os.environ.get("SSL_CERT_FILE"):
        return _DeferredTrust.create(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return _DeferredTrust.create(cafile=None, capath=os.environ["SSL_CERT_DIR"])
    import certifi

    return _DeferredTrust.create(cafile=certifi.where())


def pool_limits(settings: ClientSettings) -> httpx.Limits:
    return httpx.Limits(
        max_connections=settings.max_connections,
        max_keepalive_connections=settings.max_keepalive_connections,
    )


def _connections(settings: ClientSettings) -> dict[str, Any]:
    """The connection pool's options (httpx's transports take the same for sync and async)."""
    return {"verify": tls_context(settings.verify), "limits": pool_limits(settings)}


def _generated(
    settings: ClientSettings, http: httpx.Client | httpx.AsyncClient
) -> AuthenticatedClient:
    """The generated client, sending through `http` (sync or async)."""
    # The generated client's token header is never used: auth is the httpx.Auth flow above.
    client = AuthenticatedClient(base_url=settings.host, token="", follow_redirects=True)
    if isinstance(http, httpx.AsyncClient):
        client.set_async_httpx_client(http)
    else:
        client.set_httpx_client(http)
    return client


_OWNER_CLOSED = "the client this one was made from (with_options) is closed"


class _SharedPool(httpx.BaseTransport):
    """A connection pool that belongs to another client (`owner`): requests go through while
    the owner is open; closing this client leaves the pool to its owner."""

    def __init__(self, pool: httpx.BaseTransport, owner: httpx.Client) -> None:
        self._pool = pool
        self._owner = owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._owner.is_closed:
            raise RuntimeError(_OWNER_CLOSED)
        return self._pool.handle_request(request)

    def close(self) -> None:
        pass


class _AsyncSharedPool(httpx.AsyncBaseTransport):
    def __init__(self, pool: httpx.AsyncBaseTransport, owner: httpx.AsyncClient) -> None:
        self._pool = pool
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._owner.is_closed:
            raise RuntimeError(_OWNER_CLOSED)
        return await self._pool.handle_async_request(request)

    async def aclose(self) -> None:
        pass


def new_sync_pool(settings: ClientSettings) -> httpx.HTTPTransport:
    return httpx.HTTPTransport(**_connections(settings))


def new_async_pool(settings: ClientSettings) -> httpx.AsyncHTTPTransport:
    return httpx.AsyncHTTPTransport(**_connections(settings))


def build_sync_client(
    settings: ClientSettings,
    *,
    pool: httpx.BaseTransport | None = None,
    auth: httpx.Auth | None = None,
    owner: httpx.Client | None = None,
) -> AuthenticatedClient:
    """The generated client, sending through `pool` (new if None) with `auth` (from the
    settings if None). With an `owner`, the pool is that client's: usable while it is open,
    never closed by this one. Clients made by `with_options` share their parent's pool and
    auth flow (its tokens) this way."""
    pool = pool or new_sync_pool(settings)
    transport = RetryTransport(_SharedPool(pool, owner) if owner else pool, settings.retry)
    http = _SyncHttp(**_common(settings, auth, _SYNC_HOOKS), transport=transport)
    return _generated(settings, http)


def build_async_client(
    settings: ClientSettings,
    *,
    pool: httpx.AsyncBaseTransport | None = None,
    auth: httpx.Auth | None = None,
    owner: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """The async twin of `build_sync_client`."""
    pool = pool or new_async_pool(settings)
    shared = _AsyncSharedPool(pool, owner) if owner else pool
    transport = AsyncRetryTransport(shared, settings.retry)
    http = _AsyncHttp(**_common(settings, auth, _ASYNC_HOOKS), transport=transport)
    return _generated(settings, http)

"""`ApiClient`: one configured connection pool to one platform, for every API class."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Self, Unpack

import attrs
import httpx
from osparc_sdk_generated.client import AuthenticatedClient
from osparc_sdk_patches.client import (
    ClientSettings,
    build_async_client,
    build_sync_client,
)
from osparc_sdk_patches.errors import InvalidInputError
from osparc_sdk_patches.types import RetryPolicy

from sdk._config import ClientOptions, resolve
from sdk._lazy_pool import AsyncLazyPool, LazyPool
from sdk._logging import configure_from_env

__all__ = ["ApiClient", "AsyncApiClient"]


def _new_sync_pool(settings: ClientSettings) -> httpx.BaseTransport:
    from sdk._pools import new_sync_pool  # with httpcore: loaded by the first request

    return new_sync_pool(settings)


def _new_async_pool(settings: ClientSettings) -> httpx.AsyncBaseTransport:
    from sdk._pools import new_async_pool

    return new_async_pool(settings)


def _sync_pool(settings: ClientSettings) -> LazyPool:
    return LazyPool(functools.partial(_new_sync_pool, settings))


def _async_pool(settings: ClientSettings) -> httpx.AsyncBaseTransport:
    if settings.async_transport == "aiohttp":  # made now: a missing extra fails here, not later
        return _new_async_pool(settings)
    return AsyncLazyPool(functools.partial(_new_async_pool, settings))


class _Configured:
    """Settings resolution shared by the sync and async clients.

    Arguments win over environment variables, which win over the config file.
    `async_transport` is what carries `sdk.aio`'s requests: "stdlib" (the default: asyncio
    connections with the SDK's own pool; several times less CPU per request than httpx's own
    pool with many requests in flight), "aiohttp" (the `aiohttp` extra) or "httpx" (httpx's own
    pool). `sync_transport` is the blocking client's: "stdlib" (the default: standard-library
    sockets with the SDK's own pool) or "httpx". Each client ignores the other's setting.
    Mocks of httpx's transports (pytest-httpx, respx) see the requests either way.
    """

    _new_pool: Callable[[ClientSettings], Any]
    _build: Callable[..., AuthenticatedClient]

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        configure_from_env()
        self._setup(resolve(**options))

    def _setup(self, settings: ClientSettings, parent: _Configured | None = None) -> None:
        self.settings = settings
        if parent is None:
            self._pool = type(self)._new_pool(settings)
            self._generated = type(self)._build(settings, pool=self._pool)
        else:  # a client of with_options: the parent's connections and sign-in
            self._pool = parent._pool
            owner = parent.http  # type: ignore[attr-defined]
            self._generated = type(self)._build(
                settings, pool=parent._pool, auth=owner.auth, owner=owner
            )

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> Self:
        """A client with settings already resolved (e.g. the async twin of a sync client)."""
        client = cls.__new__(cls)
        client._setup(settings)
        return client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with other settings for the calls made through it, e.g. one slow call
        or a block that must not retry:

            patient = client.with_options(timeout=300, retry=RetryPolicy(max_attempts=8))
            SolversApi(patient).get_job_outputs(...)

        It shares this client's connection pool and sign-in (tokens), so it is cheap to make.
        Closing it leaves them open; once this client is closed, it cannot send either.
        `headers` are added to every request (secrets in them are the caller's to keep out of
        logs).
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = (
                timeout if isinstance(timeout, httpx.Timeout) else (httpx.Timeout(timeout))
            )
        if retry is not None:
            if not isinstance(retry, RetryPolicy):
                raise InvalidInputError(f"retry must be a RetryPolicy, not {retry!r}")
            changes["retry"] = retry
        if headers:
            merged = {k.lower(): v for k, v in self.settings.headers}
            merged.update({str(k).lower(): str(v) for k, v in headers.items()})
            changes["headers"] = tuple(merged.items())
        child = type(self).__new__(type(self))
        child._setup(attrs.evolve(self.settings, **changes), parent=self)
        return child

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client, configured with this client's auth, retries and errors."""
        return self._generated

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.settings.host} auth={self.settings.auth}>"


class ApiClient(_Configured):
    """Talks to one platform as one user; pass it to `SolversApi(client)` and the others.

    Its settings are keyword arguments (`ApiClient(host=..., auth="token")`, see
    `ClientOptions`); each one not given is read from the environment, then the config file.

    Use it as a context manager (or call `close()`) so its connections are released.
    """

    _new_pool = staticmethod(_sync_pool)
    _build = staticmethod(build_sync_client)

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client, for requests the API classes do not cover."""
        return self._generated.get_httpx_client()

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncApiClient(_Configured):
    """The async twin of `ApiClient` (exported as `sdk.aio.ApiClient`)."""

    _new_pool = staticmethod(_async_pool)
    _build = staticmethod(build_async_client)

    @property
    def http(self) -> httpx.AsyncClient:
        return self._generated.get_async_httpx_client()

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

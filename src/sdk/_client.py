"""`ApiClient`: one configured connection pool to one platform, for every API class."""

from __future__ import annotations

import os
from typing import Self

import httpx
from sdk_generated.client import AuthenticatedClient
from sdk_patches.client import (
    AsyncTransportName,
    AuthMode,
    ClientSettings,
    build_async_client,
    build_sync_client,
)
from sdk_patches.types import RetryPolicy

from sdk._config import resolve
from sdk._logging import configure_from_env

__all__ = ["ApiClient", "AsyncApiClient"]


class _Configured:
    """Settings resolution shared by the sync and async clients.

    Arguments win over environment variables, which win over the config file.
    `async_transport="aiohttp"` (the `aiohttp` extra) carries `sdk.aio`'s requests on aiohttp,
    which costs several times less CPU per request with many requests in flight; the blocking
    client ignores it.
    """

    def __init__(
        self,
        *,
        host: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        auth: AuthMode | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        verify: bool | str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        token_cache: str | os.PathLike[str] | bool = True,
        async_transport: AsyncTransportName | None = None,
    ) -> None:
        configure_from_env()
        self.settings: ClientSettings = resolve(
            host=host,
            api_key=api_key,
            api_secret=api_secret,
            auth=auth,
            timeout=timeout,
            retry=retry,
            verify=verify,
            profile=profile,
            config_file=config_file,
            token_cache=token_cache,
            async_transport=async_transport,
        )
        self._generated = self._build(self.settings)

    @staticmethod
    def _build(settings: ClientSettings) -> AuthenticatedClient:
        raise NotImplementedError

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> Self:
        """A client with settings already resolved (e.g. the async twin of a sync client)."""
        client = cls.__new__(cls)
        client.settings = settings
        client._generated = cls._build(settings)
        return client

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client, configured with this client's auth, retries and errors."""
        return self._generated

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.settings.host} auth={self.settings.auth}>"


class ApiClient(_Configured):
    """Talks to one platform as one user; pass it to `SolversApi(client)` and the others.

    Use it as a context manager (or call `close()`) so its connections are released.
    """

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

"""The `meta` operations, one module each, and the classes that call
them: MetaApi (blocking) and AsyncMetaApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.meta import Meta
    from . import get_service_metadata
else:
    get_service_metadata = OperationModule(__name__ + ".get_service_metadata")

__all__ = ["AsyncMetaApi", "MetaApi"]


class MetaApi:
    """Operations tagged `meta` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_service_metadata(
        self,
    ) -> Meta:
        """Get Service Metadata

        The service's name, version and documentation links (needs no credentials).

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Meta
        """
        response = get_service_metadata.sync_detailed(
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_service_metadata.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncMetaApi:
    """Operations tagged `meta` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_service_metadata(
        self,
    ) -> Meta:
        """Get Service Metadata

        The service's name, version and documentation links (needs no credentials).

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Meta
        """
        response = await get_service_metadata.asyncio_detailed(
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_service_metadata.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

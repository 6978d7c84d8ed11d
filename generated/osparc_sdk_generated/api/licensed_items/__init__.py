"""The `licensed_items` operations, one module each, and the classes that call
them: LicensedItemsApi (blocking) and AsyncLicensedItemsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.licensed_item_checkout_get import LicensedItemCheckoutGet
    from ...models.page_licensed_item_get import PageLicensedItemGet
    from . import get_licensed_items, release_licensed_item
else:
    get_licensed_items = OperationModule(__name__ + ".get_licensed_items")
    release_licensed_item = OperationModule(__name__ + ".release_licensed_item")

__all__ = ["AsyncLicensedItemsApi", "LicensedItemsApi"]


class LicensedItemsApi:
    """Operations tagged `licensed_items` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_licensed_items(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageLicensedItemGet:
        """Get Licensed Items

        The licensed items on the market, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageLicensedItemGet
        """
        response = get_licensed_items.sync_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_licensed_items.ErrorGet, get_licensed_items.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def release_licensed_item(
        self,
        licensed_item_id: UUID,
        licensed_item_checkout_id: UUID,
    ) -> LicensedItemCheckoutGet:
        """Release Licensed Item

        Give the seats of a checkout back; its record gets `stopped_at`.

        Args:
            licensed_item_id (UUID):
            licensed_item_checkout_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            LicensedItemCheckoutGet
        """
        response = release_licensed_item.sync_detailed(
            licensed_item_id=licensed_item_id,
            licensed_item_checkout_id=licensed_item_checkout_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (release_licensed_item.ErrorGet, release_licensed_item.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncLicensedItemsApi:
    """Operations tagged `licensed_items` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_licensed_items(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageLicensedItemGet:
        """Get Licensed Items

        The licensed items on the market, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageLicensedItemGet
        """
        response = await get_licensed_items.asyncio_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_licensed_items.ErrorGet, get_licensed_items.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def release_licensed_item(
        self,
        licensed_item_id: UUID,
        licensed_item_checkout_id: UUID,
    ) -> LicensedItemCheckoutGet:
        """Release Licensed Item

        Give the seats of a checkout back; its record gets `stopped_at`.

        Args:
            licensed_item_id (UUID):
            licensed_item_checkout_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            LicensedItemCheckoutGet
        """
        response = await release_licensed_item.asyncio_detailed(
            licensed_item_id=licensed_item_id,
            licensed_item_checkout_id=licensed_item_checkout_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (release_licensed_item.ErrorGet, release_licensed_item.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

"""The `wallets` operations, one module each, and the classes that call
them: WalletsApi (blocking) and AsyncWalletsApi (awaitable), a method per operation."""

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
    from ...models.licensed_item_checkout_data import LicensedItemCheckoutData
    from ...models.licensed_item_checkout_get import LicensedItemCheckoutGet
    from ...models.page_licensed_item_get import PageLicensedItemGet
    from ...models.wallet_get_with_available_credits_legacy import WalletGetWithAvailableCreditsLegacy
    from . import checkout_licensed_item, get_available_licensed_items_for_wallet, get_default_wallet, get_wallet
else:
    checkout_licensed_item = OperationModule(__name__ + ".checkout_licensed_item")
    get_available_licensed_items_for_wallet = OperationModule(__name__ + ".get_available_licensed_items_for_wallet")
    get_default_wallet = OperationModule(__name__ + ".get_default_wallet")
    get_wallet = OperationModule(__name__ + ".get_wallet")

__all__ = ["AsyncWalletsApi", "WalletsApi"]


class WalletsApi:
    """Operations tagged `wallets` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def checkout_licensed_item(
        self,
        wallet_id: int,
        licensed_item_id: UUID,
        *,
        body: LicensedItemCheckoutData,
    ) -> LicensedItemCheckoutGet:
        """Checkout Licensed Item

        Take seats of an item for a running service, paid with the wallet's credits at once.

        Args:
            wallet_id (int):
            licensed_item_id (UUID):
            body (LicensedItemCheckoutData):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            LicensedItemCheckoutGet
        """
        response = checkout_licensed_item.sync_detailed(
            wallet_id=wallet_id,
            licensed_item_id=licensed_item_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (checkout_licensed_item.ErrorGet, checkout_licensed_item.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_available_licensed_items_for_wallet(
        self,
        wallet_id: int,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageLicensedItemGet:
        """Get Available Licensed Items For Wallet

        The licensed items this wallet can check out a seat of now.

        Args:
            wallet_id (int):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageLicensedItemGet
        """
        response = get_available_licensed_items_for_wallet.sync_detailed(
            wallet_id=wallet_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                get_available_licensed_items_for_wallet.ErrorGet,
                get_available_licensed_items_for_wallet.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_default_wallet(
        self,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Default Wallet

        The wallet that pays for the user's jobs, with its available credits.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        response = get_default_wallet.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_default_wallet.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_wallet(
        self,
        wallet_id: int,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Wallet

        One wallet; only its owner may see it.

        Args:
            wallet_id (int):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        response = get_wallet.sync_detailed(
            wallet_id=wallet_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_wallet.ErrorGet, get_wallet.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncWalletsApi:
    """Operations tagged `wallets` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def checkout_licensed_item(
        self,
        wallet_id: int,
        licensed_item_id: UUID,
        *,
        body: LicensedItemCheckoutData,
    ) -> LicensedItemCheckoutGet:
        """Checkout Licensed Item

        Take seats of an item for a running service, paid with the wallet's credits at once.

        Args:
            wallet_id (int):
            licensed_item_id (UUID):
            body (LicensedItemCheckoutData):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            LicensedItemCheckoutGet
        """
        response = await checkout_licensed_item.asyncio_detailed(
            wallet_id=wallet_id,
            licensed_item_id=licensed_item_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (checkout_licensed_item.ErrorGet, checkout_licensed_item.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_available_licensed_items_for_wallet(
        self,
        wallet_id: int,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageLicensedItemGet:
        """Get Available Licensed Items For Wallet

        The licensed items this wallet can check out a seat of now.

        Args:
            wallet_id (int):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageLicensedItemGet
        """
        response = await get_available_licensed_items_for_wallet.asyncio_detailed(
            wallet_id=wallet_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                get_available_licensed_items_for_wallet.ErrorGet,
                get_available_licensed_items_for_wallet.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_default_wallet(
        self,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Default Wallet

        The wallet that pays for the user's jobs, with its available credits.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        response = await get_default_wallet.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_default_wallet.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_wallet(
        self,
        wallet_id: int,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Wallet

        One wallet; only its owner may see it.

        Args:
            wallet_id (int):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        response = await get_wallet.asyncio_detailed(
            wallet_id=wallet_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_wallet.ErrorGet, get_wallet.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

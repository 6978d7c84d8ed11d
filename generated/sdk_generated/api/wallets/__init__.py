"""Contains endpoint functions for accessing the API, and the classes WalletsApi and AsyncWalletsApi"""

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.wallet_get_with_available_credits_legacy import WalletGetWithAvailableCreditsLegacy
from . import get_default_wallet, get_wallet

__all__ = ["AsyncWalletsApi", "WalletsApi"]


class WalletsApi:
    """Operations tagged `wallets` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

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
        if parsed is None or isinstance(parsed, ErrorGet):
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
        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncWalletsApi:
    """Operations tagged `wallets` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

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
        if parsed is None or isinstance(parsed, ErrorGet):
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
        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

"""The `credits` operations, one module each, and the classes that call
them: CreditsApi (blocking) and AsyncCreditsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.get_credit_price_legacy import GetCreditPriceLegacy
    from . import get_credits_price
else:
    get_credits_price = OperationModule(__name__ + ".get_credits_price")

__all__ = ["AsyncCreditsApi", "CreditsApi"]


class CreditsApi:
    """Operations tagged `credits_` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_credits_price(
        self,
    ) -> GetCreditPriceLegacy:
        """Get Credits Price

        What a credit costs in US dollars on this product.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            GetCreditPriceLegacy
        """
        response = get_credits_price.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_credits_price.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncCreditsApi:
    """Operations tagged `credits_` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_credits_price(
        self,
    ) -> GetCreditPriceLegacy:
        """Get Credits Price

        What a credit costs in US dollars on this product.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            GetCreditPriceLegacy
        """
        response = await get_credits_price.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_credits_price.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

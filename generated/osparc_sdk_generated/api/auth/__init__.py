"""The `auth` operations, one module each, and the classes that call
them: AuthApi (blocking) and AsyncAuthApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.refresh_request import RefreshRequest
    from ...models.revoke_request import RevokeRequest
    from ...models.token_pair import TokenPair
    from . import create_token, refresh_token, revoke_token
else:
    create_token = OperationModule(__name__ + ".create_token")
    refresh_token = OperationModule(__name__ + ".refresh_token")
    revoke_token = OperationModule(__name__ + ".revoke_token")

__all__ = ["AsyncAuthApi", "AuthApi"]


class AuthApi:
    """Operations tagged `auth` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create_token(
        self,
    ) -> TokenPair:
        """Create Token

        Trade an API key and secret (HTTP Basic) for a short-lived access token.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TokenPair
        """
        response = create_token.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, create_token.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def refresh_token(
        self,
        *,
        body: RefreshRequest,
    ) -> TokenPair:
        """Refresh Token

        A new token pair for a refresh token, which is spent: using it twice revokes them all.

        Args:
            body (RefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TokenPair
        """
        response = refresh_token.sync_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (refresh_token.ErrorGet, refresh_token.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def revoke_token(
        self,
        *,
        body: RevokeRequest,
    ) -> None:
        """Revoke Token

        Revoke a token and every token issued with it; unknown tokens are ignored.

        Args:
            body (RevokeRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = revoke_token.sync_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)


class AsyncAuthApi:
    """Operations tagged `auth` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create_token(
        self,
    ) -> TokenPair:
        """Create Token

        Trade an API key and secret (HTTP Basic) for a short-lived access token.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TokenPair
        """
        response = await create_token.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, create_token.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def refresh_token(
        self,
        *,
        body: RefreshRequest,
    ) -> TokenPair:
        """Refresh Token

        A new token pair for a refresh token, which is spent: using it twice revokes them all.

        Args:
            body (RefreshRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TokenPair
        """
        response = await refresh_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (refresh_token.ErrorGet, refresh_token.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def revoke_token(
        self,
        *,
        body: RevokeRequest,
    ) -> None:
        """Revoke Token

        Revoke a token and every token issued with it; unknown tokens are ignored.

        Args:
            body (RevokeRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = await revoke_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

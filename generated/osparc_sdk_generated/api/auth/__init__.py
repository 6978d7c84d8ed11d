"""Contains endpoint functions for accessing the API, and the classes AuthApi and AsyncAuthApi"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.refresh_request import RefreshRequest
    from ...models.revoke_request import RevokeRequest
    from ...models.token_pair import TokenPair

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
        from .create_token import sync_detailed

        response = sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
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
        from .refresh_token import sync_detailed

        response = sync_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .revoke_token import sync_detailed

        response = sync_detailed(
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
        from .create_token import asyncio_detailed

        response = await asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
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
        from .refresh_token import asyncio_detailed

        response = await asyncio_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .revoke_token import asyncio_detailed

        response = await asyncio_detailed(
            body=body,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

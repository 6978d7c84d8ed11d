"""Contains endpoint functions for accessing the API, and the classes UsersApi and AsyncUsersApi"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.profile import Profile
    from ...models.profile_update import ProfileUpdate

__all__ = ["AsyncUsersApi", "UsersApi"]


class UsersApi:
    """Operations tagged `users` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_my_profile(
        self,
    ) -> Profile:
        """Get My Profile

        The profile of the user whose credentials sign the request.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Profile
        """
        from .get_my_profile import sync_detailed

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

    def update_my_profile(
        self,
        *,
        body: ProfileUpdate,
    ) -> Profile:
        """Update My Profile

        Change the names and language of the user; fields left out stay as they are.

        Args:
            body (ProfileUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Profile
        """
        from .update_my_profile import sync_detailed

        response = sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncUsersApi:
    """Operations tagged `users` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_my_profile(
        self,
    ) -> Profile:
        """Get My Profile

        The profile of the user whose credentials sign the request.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Profile
        """
        from .get_my_profile import asyncio_detailed

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

    async def update_my_profile(
        self,
        *,
        body: ProfileUpdate,
    ) -> Profile:
        """Update My Profile

        Change the names and language of the user; fields left out stay as they are.

        Args:
            body (ProfileUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Profile
        """
        from .update_my_profile import asyncio_detailed

        response = await asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

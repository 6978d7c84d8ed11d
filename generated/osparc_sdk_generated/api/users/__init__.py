"""The `users` operations, one module each, and the classes that call
them: UsersApi (blocking) and AsyncUsersApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.profile import Profile
    from ...models.profile_update import ProfileUpdate
    from . import get_my_profile, update_my_profile
else:
    get_my_profile = OperationModule(__name__ + ".get_my_profile")
    update_my_profile = OperationModule(__name__ + ".update_my_profile")

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
        response = get_my_profile.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_my_profile.ErrorGet):
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
        response = update_my_profile.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (update_my_profile.ErrorGet, update_my_profile.HTTPValidationError)):
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
        response = await get_my_profile.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, get_my_profile.ErrorGet):
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
        response = await update_my_profile.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (update_my_profile.ErrorGet, update_my_profile.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

"""`UsersApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import users as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncUsersApi", "UsersApi"]


class UsersApi(ApiFacade, _generated.UsersApi):
    """Operations tagged `users`."""


class AsyncUsersApi(ApiFacade, _generated.AsyncUsersApi):
    """Operations tagged `users`, awaitable."""

"""`UsersApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import users as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncUsersApi", "UsersApi"]


@translating_errors
class UsersApi(ApiFacade, _generated.UsersApi):
    """Operations tagged `users`."""


@translating_errors
class AsyncUsersApi(ApiFacade, _generated.AsyncUsersApi):
    """Operations tagged `users`, awaitable."""

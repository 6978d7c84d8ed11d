"""`AuthApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import auth as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncAuthApi", "AuthApi"]


@translating_errors
class AuthApi(ApiFacade, _generated.AuthApi):
    """Operations tagged `auth`."""


@translating_errors
class AsyncAuthApi(ApiFacade, _generated.AsyncAuthApi):
    """Operations tagged `auth`, awaitable."""

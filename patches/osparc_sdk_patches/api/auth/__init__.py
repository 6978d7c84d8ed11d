"""`AuthApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import auth as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncAuthApi", "AuthApi"]


class AuthApi(ApiFacade, _generated.AuthApi):
    """Operations tagged `auth`."""


class AsyncAuthApi(ApiFacade, _generated.AsyncAuthApi):
    """Operations tagged `auth`, awaitable."""

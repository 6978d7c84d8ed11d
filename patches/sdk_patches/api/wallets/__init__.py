"""`WalletsApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from sdk_generated.api import wallets as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncWalletsApi", "WalletsApi"]


@translating_errors
class WalletsApi(ApiFacade, _generated.WalletsApi):
    """Operations tagged `wallets`."""


@translating_errors
class AsyncWalletsApi(ApiFacade, _generated.AsyncWalletsApi):
    """Operations tagged `wallets`, awaitable."""

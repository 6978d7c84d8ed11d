"""`CreditsApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import credits_ as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncCreditsApi", "CreditsApi"]


class CreditsApi(ApiFacade, _generated.CreditsApi):
    """Operations tagged `credits`."""


class AsyncCreditsApi(ApiFacade, _generated.AsyncCreditsApi):
    """Operations tagged `credits`, awaitable."""

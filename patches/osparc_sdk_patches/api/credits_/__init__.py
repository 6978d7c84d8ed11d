"""`CreditsApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import credits_ as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncCreditsApi", "CreditsApi"]


@translating_errors
class CreditsApi(ApiFacade, _generated.CreditsApi):
    """Operations tagged `credits`."""


@translating_errors
class AsyncCreditsApi(ApiFacade, _generated.AsyncCreditsApi):
    """Operations tagged `credits`, awaitable."""

"""`LicensedItemsApi`: the generated operations, on the SDK's ApiClient,
raising typed errors."""

from __future__ import annotations

from sdk_generated.api import licensed_items as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncLicensedItemsApi", "LicensedItemsApi"]


@translating_errors
class LicensedItemsApi(ApiFacade, _generated.LicensedItemsApi):
    """Operations tagged `licensed-items`."""


@translating_errors
class AsyncLicensedItemsApi(ApiFacade, _generated.AsyncLicensedItemsApi):
    """Operations tagged `licensed-items`, awaitable."""

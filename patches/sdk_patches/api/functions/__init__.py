"""`FunctionsApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from sdk_generated.api import functions as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncFunctionsApi", "FunctionsApi"]


@translating_errors
class FunctionsApi(ApiFacade, _generated.FunctionsApi):
    """Operations tagged `functions`."""


@translating_errors
class AsyncFunctionsApi(ApiFacade, _generated.AsyncFunctionsApi):
    """Operations tagged `functions`, awaitable."""

"""`FunctionJobCollectionsApi`: the generated operations, on the SDK's ApiClient,
raising typed errors."""

from __future__ import annotations

from sdk_generated.api import function_job_collections as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncFunctionJobCollectionsApi", "FunctionJobCollectionsApi"]


@translating_errors
class FunctionJobCollectionsApi(ApiFacade, _generated.FunctionJobCollectionsApi):
    """Operations tagged `function_job_collections`."""


@translating_errors
class AsyncFunctionJobCollectionsApi(ApiFacade, _generated.AsyncFunctionJobCollectionsApi):
    """Operations tagged `function_job_collections`, awaitable."""

"""`FunctionJobsApi`: the generated operations, on the SDK's ApiClient,
raising typed errors."""

from __future__ import annotations

from sdk_generated.api import function_jobs as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncFunctionJobsApi", "FunctionJobsApi"]


@translating_errors
class FunctionJobsApi(ApiFacade, _generated.FunctionJobsApi):
    """Operations tagged `function_jobs`."""


@translating_errors
class AsyncFunctionJobsApi(ApiFacade, _generated.AsyncFunctionJobsApi):
    """Operations tagged `function_jobs`, awaitable."""

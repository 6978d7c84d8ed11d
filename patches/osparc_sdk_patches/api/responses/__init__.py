"""`ResponsesApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import responses as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncResponsesApi", "ResponsesApi"]


@translating_errors
class ResponsesApi(ApiFacade, _generated.ResponsesApi):
    """Operations tagged `responses`."""


@translating_errors
class AsyncResponsesApi(ApiFacade, _generated.AsyncResponsesApi):
    """Operations tagged `responses`, awaitable."""

"""`ResponsesApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import responses as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncResponsesApi", "ResponsesApi"]


class ResponsesApi(ApiFacade, _generated.ResponsesApi):
    """Operations tagged `responses`."""


class AsyncResponsesApi(ApiFacade, _generated.AsyncResponsesApi):
    """Operations tagged `responses`, awaitable."""

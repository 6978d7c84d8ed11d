"""`MetaApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import meta as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncMetaApi", "MetaApi"]


@translating_errors
class MetaApi(ApiFacade, _generated.MetaApi):
    """Operations tagged `meta`."""


@translating_errors
class AsyncMetaApi(ApiFacade, _generated.AsyncMetaApi):
    """Operations tagged `meta`, awaitable."""

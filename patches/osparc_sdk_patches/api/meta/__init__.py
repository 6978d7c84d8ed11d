"""`MetaApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import meta as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncMetaApi", "MetaApi"]


class MetaApi(ApiFacade, _generated.MetaApi):
    """Operations tagged `meta`."""


class AsyncMetaApi(ApiFacade, _generated.AsyncMetaApi):
    """Operations tagged `meta`, awaitable."""

"""`LicensedItemsApi`: the licensed items of the market, with a lazy listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from osparc_sdk_generated.api import licensed_items as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

if TYPE_CHECKING:  # the model loads with the first page; the type parameters are text
    from osparc_sdk_generated.models import LicensedItemGet

__all__ = ["AsyncLicensedItemsApi", "LicensedItemsApi"]

ItemPages = TypeVar("ItemPages", "Pager[LicensedItemGet]", "AsyncPager[LicensedItemGet]")


class LicensedItemHelpers(ApiFacade, Helpers, Generic[ItemPages]):
    """The lazy listing over every page, written once for both classes."""

    def iter_licensed_items(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> ItemPages:
        """Every licensed item of the market."""
        return cast(ItemPages, self._listing("get_licensed_items", page_size))


class LicensedItemsApi(LicensedItemHelpers["Pager[LicensedItemGet]"], _generated.LicensedItemsApi):
    """Operations tagged `licensed-items`, plus `iter_licensed_items`."""


class AsyncLicensedItemsApi(
    LicensedItemHelpers["AsyncPager[LicensedItemGet]"], _generated.AsyncLicensedItemsApi
):
    """Operations tagged `licensed-items`, awaitable, plus `iter_licensed_items`."""

"""`WalletsApi`: wallets, credits spent on licensed items, with a lazy listing of those items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from osparc_sdk_generated.api import wallets as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

if TYPE_CHECKING:  # the model loads with the first page; the type parameters are text
    from osparc_sdk_generated.models import LicensedItemGet

__all__ = ["AsyncWalletsApi", "WalletsApi"]

ItemPages = TypeVar("ItemPages", "Pager[LicensedItemGet]", "AsyncPager[LicensedItemGet]")


class WalletHelpers(ApiFacade, Helpers, Generic[ItemPages]):
    """The lazy listing over every page, written once for both classes."""

    def iter_available_licensed_items(
        self, wallet_id: int, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> ItemPages:
        """The licensed items that can be checked out with this wallet."""
        pages = self._listing("get_available_licensed_items_for_wallet", page_size, wallet_id)
        return cast(ItemPages, pages)


class WalletsApi(WalletHelpers["Pager[LicensedItemGet]"], _generated.WalletsApi):
    """Operations tagged `wallets`, plus `iter_available_licensed_items`."""


class AsyncWalletsApi(WalletHelpers["AsyncPager[LicensedItemGet]"], _generated.AsyncWalletsApi):
    """Operations tagged `wallets`, awaitable, plus `iter_available_licensed_items`."""

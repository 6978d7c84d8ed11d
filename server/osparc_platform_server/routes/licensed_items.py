"""Licensed items (anatomical models): the catalog, and seats checked out with wallet credits."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Request

from osparc_platform_server.deps import Limit, Offset, Svc
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.licensed_items import (
    LicensedItemCheckoutData,
    LicensedItemCheckoutGet,
    LicensedItemGet,
)
from osparc_platform_server.security import CurrentUser

router = APIRouter(prefix="/v0", tags=["licensed-items"], route_class=OneTripRoute)
wallets_router = APIRouter(prefix="/v0", tags=["wallets"], route_class=OneTripRoute)

WalletId = Annotated[int, Path(gt=0)]


@router.get("/licensed-items", response_model=Page[LicensedItemGet], responses=errors())
def get_licensed_items(
    request: Request, svc: Svc, user: CurrentUser, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """The licensed items on the market, a page at a time."""
    items = svc.licensed_items.on_market()
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.post(
    "/licensed-items/{licensed_item_id}/checked-out-items/{licensed_item_checkout_id}/release",
    response_model=LicensedItemCheckoutGet,
    responses=errors(404),
    openapi_extra=RETRY_SAFE,  # releasing again answers the same record
)
def release_licensed_item(
    svc: Svc, user: CurrentUser, licensed_item_id: UUID, licensed_item_checkout_id: UUID
) -> dict[str, Any]:
    """Give the seats of a checkout back; its record gets `stopped_at`."""
    return svc.licensed_items.release(user, str(licensed_item_id), str(licensed_item_checkout_id))


@wallets_router.get(
    "/wallets/{wallet_id}/licensed-items",
    response_model=Page[LicensedItemGet],
    responses=errors(403, 404),
)
def get_available_licensed_items_for_wallet(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    wallet_id: WalletId,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The licensed items this wallet can check out a seat of now."""
    items = svc.licensed_items.for_wallet(user, wallet_id)
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@wallets_router.post(
    "/wallets/{wallet_id}/licensed-items/{licensed_item_id}/checkout",
    response_model=LicensedItemCheckoutGet,
    responses=errors(402, 403, 404, 409),
)
def checkout_licensed_item(
    svc: Svc,
    user: CurrentUser,
    wallet_id: WalletId,
    licensed_item_id: UUID,
    body: LicensedItemCheckoutData,
) -> dict[str, Any]:
    """Take seats of an item for a running service, paid with the wallet's credits at once."""
    return svc.licensed_items.checkout(
        user, wallet_id, str(licensed_item_id), body.number_of_seats, body.service_run_id
    )

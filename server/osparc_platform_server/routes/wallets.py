from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from osparc_platform_server.deps import Svc
from osparc_platform_server.errors import ApiError, not_found
from osparc_platform_server.identity import User
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.wallets import (
    GetCreditPriceLegacy,
    WalletGetWithAvailableCreditsLegacy,
)
from osparc_platform_server.security import CurrentUser

MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer

router = APIRouter(prefix="/v0", tags=["wallets"], route_class=OneTripRoute)
credits_router = APIRouter(prefix="/v0", tags=["credits"], route_class=OneTripRoute)


def wallet_model(row: Any, user: User) -> dict[str, Any]:
    return {
        "walletId": row["id"],
        "name": row["name"],
        "description": row["description"],
        "owner": user.group_id,
        "thumbnail": None,
        "status": row["status"],
        "created": row["created"],
        "modified": row["modified"],
        "availableCredits": max(0.0, float(row["available_credits"])),
    }


def default_wallet(svc: Svc, user: User) -> dict[str, Any]:
    with svc.db.read() as conn:
        row = conn.execute(
            "SELECT * FROM wallets WHERE user_id = ? ORDER BY id LIMIT 1", (user.id,)
        ).fetchone()
    if row is None:
        raise ApiError(404, "This user has no wallet")
    return wallet_model(row, user)


@router.get(
    "/wallets/default",
    response_model=WalletGetWithAvailableCreditsLegacy,
    responses=errors(403, 404),
)
def get_default_wallet(svc: Svc, user: CurrentUser) -> dict[str, Any]:
    """The wallet that pays for the user's jobs, with its available credits."""
    return default_wallet(svc, user)


@router.get(
    "/wallets/{wallet_id}",
    response_model=WalletGetWithAvailableCreditsLegacy,
    responses=errors(403, 404),
)
def get_wallet(
    svc: Svc, user: CurrentUser, wallet_id: Annotated[int, Path(gt=0)]
) -> dict[str, Any]:
    """One wallet; only its owner may see it."""
    row = None
    if wallet_id <= MAX_ROW_ID:  # past it no wallet exists, and SQLite cannot bind the number
        with svc.db.read() as conn:
            row = conn.execute("SELECT * FROM wallets WHERE id = ?", (wallet_id,)).fetchone()
    if row is None:
        raise not_found("Wallet", wallet_id)
    if row["user_id"] != user.id:
        raise ApiError(403, f"You do not have access to wallet {wallet_id}")
    return wallet_model(row, user)


@credits_router.get("/credits/price", response_model=GetCreditPriceLegacy, responses=errors())
def get_credits_price(user: CurrentUser) -> dict[str, Any]:
    """What a credit costs in US dollars on this product."""
    return {"productName": "osparc", "usdPerCredit": 0.1, "minPaymentAmountUsd": 10}

"""Licensed items (anatomical models) checked out against a wallet's credits.

Each item has a number of seats shared by every user and a price per seat in credits. A
checkout takes seats for a running service (a program job of the user, or a solver or study
job that is running), charges the wallet at once and holds the seats until it is released.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, invalid, not_found
from osparc_platform_server.identity import User, now_iso

PRODUCT = "osparc"
ITEM_NAMESPACE = uuid.UUID("6c1f3a52-0d7e-4b8f-9a51-3e2c7d4b9f10")
LICENSE_PRICING_PLAN_ID = 2
CATALOG_DATE = datetime(2024, 6, 1, tzinfo=UTC)
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer


@dataclass(frozen=True)
class LicensedItem:
    key: str
    version: str
    display_name: str
    seats: int
    credits_per_seat: float
    hidden: bool
    source_id: int
    features: dict[str, Any]

    @property
    def id(self) -> str:
        return str(uuid.uuid5(ITEM_NAMESPACE, f"{self.key}:{self.version}"))


ITEMS: tuple[LicensedItem, ...] = (
    LicensedItem(
        "Duke",
        "1.0.0",
        "Duke (adult male)",
        1000,
        20.0,
        False,
        1001,
        {
            "name": "Duke",
            "sex": "male",
            "age": "34 years",
            "species": "human",
            "height": "1.77 m",
            "weight": "70.2 kg",
        },
    ),
    LicensedItem(
        "Ella",
        "1.0.0",
        "Ella (adult female)",
        1000,
        20.0,
        False,
        1002,
        {
            "name": "Ella",
            "sex": "female",
            "age": "26 years",
            "species": "human",
            "height": "1.63 m",
            "weight": "57.3 kg",
        },
    ),
    LicensedItem(
        "Rat",
        "2.0.0",
        "Sprague-Dawley rat",
        2,
        5.0,
        False,
        2001,
        {"name": "Rat", "species": "rat", "weight": "0.35 kg"},
    ),
    LicensedItem(
        "Yoon-sun",
        "1.1.0",
        "Yoon-sun (adult female, beta)",
        10,
        40.0,
        True,
        1003,
        {"name": "Yoon-sun", "sex": "female", "age": "26 years", "species": "human"},
    ),
)
_BY_ID = {item.id: item for item in ITEMS}


def item_model(item: LicensedItem) -> dict[str, Any]:
    return {
        "licensed_item_id": item.id,
        "key": item.key,
        "version": item.version,
        "display_name": item.display_name,
        "licensed_resource_type": "VIP_MODEL",
        "licensed_resources": [
            {
                "source": {
                    "id": item.source_id,
                    "description": f"{item.display_name}, a computational anatomical model",
                    "thumbnail": f"https://models.osparc.local/{item.key}/thumbnail.png",
                    "features": {"date": date(2023, 1, 1).isoformat(), **item.features},
                    "doi": f"10.13099/VIP{item.source_id}-{item.version}",
                    "license_key": f"MODEL_{item.key.upper()}_V{item.version[0]}",
                    "license_version": item.version,
                    "protection": "Code",
                    "available_from_url": None,
                },
                "category_id": "HumanWholeBody" if "human" in str(item.features) else "Animal",
                "category_display": "Humans" if "human" in str(item.features) else "Animals",
                "terms_of_use_url": "https://models.osparc.local/terms",
            }
        ],
        "pricing_plan_id": LICENSE_PRICING_PLAN_ID,
        "is_hidden_on_market": item.hidden,
        "created_at": CATALOG_DATE.isoformat(),
        "modified_at": CATALOG_DATE.isoformat(),
    }


def checkout_model(row: sqlite3.Row) -> dict[str, Any]:
    item = _BY_ID[str(row["licensed_item_id"])]
    return {
        "licensed_item_checkout_id": row["id"],
        "licensed_item_id": item.id,
        "key": item.key,
        "version": item.version,
        "wallet_id": row["wallet_id"],
        "user_id": row["user_id"],
        "product_name": PRODUCT,
        "started_at": row["started_at"],
        "stopped_at": row["stopped_at"],
        "num_of_seats": row["num_of_seats"],
    }


def find_item(item_id: str) -> LicensedItem:
    item = _BY_ID.get(item_id)
    if item is None:
        raise not_found("Licensed item", item_id)
    return item


class LicensedItemService:
    def __init__(self, db: Database, service_is_running: Callable[[User, str], bool]) -> None:
        self._db = db
        self._service_is_running = service_is_running

    def on_market(self) -> list[dict[str, Any]]:
        return [item_model(i) for i in ITEMS if not i.hidden]

    def for_wallet(self, user: User, wallet_id: int) -> list[dict[str, Any]]:
        """The items this wallet can pay one seat of now (hidden ones included)."""
        credits = float(self._wallet(user, wallet_id)["available_credits"])
        return [item_model(i) for i in ITEMS if i.credits_per_seat <= credits]

    def _wallet(self, user: User, wallet_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = None
        if wallet_id <= MAX_ROW_ID:
            with self._db.read() as conn:
                row = conn.execute("SELECT * FROM wallets WHERE id = ?", (wallet_id,)).fetchone()
        if row is None:
            raise not_found("Wallet", wallet_id)
        if row["user_id"] != user.id:
            raise ApiError(403, f"You do not have access to wallet {wallet_id}")
        return row

    def checkout(
        self, user: User, wallet_id: int, item_id: str, seats: int, service_run_id: str
    ) -> dict[str, Any]:
        item = find_item(item_id)
        self._wallet(user, wallet_id)
        if not self._service_is_running(user, service_run_id):
            raise invalid(
                ["body", "service_run_id"], f"Service run {service_run_id} is not running"
            )
        checkout_id = str(uuid.uuid4())
        with self._db.write() as conn:
            taken = int(
                conn.execute(
                    "SELECT COALESCE(SUM(num_of_seats), 0) FROM licensed_item_checkouts"
                    " WHERE licensed_item_id = ? AND stopped_at IS NULL",
                    (item.id,),
                ).fetchone()[0]
            )
            if taken + seats > item.seats:
                raise ApiError(
                    409,
                    f"Not enough seats of {item.display_name}: {item.seats - taken} free,"
                    f" {seats} asked",
                )
            cost = seats * item.credits_per_seat
            available = float(
                conn.execute(
                    "SELECT available_credits FROM wallets WHERE id = ?", (wallet_id,)
                ).fetchone()[0]
            )
            if cost > available:
                raise ApiError(
                    402,
                    f"Not enough credits in wallet {wallet_id}: {seats} seat(s) of"
                    f" {item.display_name} cost {cost:g}, {available:g} available",
                )
            stamp = now_iso()
            conn.execute(
                "UPDATE wallets SET available_credits = available_credits - ?, modified = ?"
                " WHERE id = ?",
                (cost, stamp, wallet_id),
            )
            conn.execute(
                "INSERT INTO licensed_item_checkouts(id, user_id, wallet_id, licensed_item_id,"
                " num_of_seats, service_run_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (checkout_id, user.id, wallet_id, item.id, seats, service_run_id, stamp),
            )
        return self._checkout(user, checkout_id)

    def _checkout(self, user: User, checkout_id: str) -> dict[str, Any]:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM licensed_item_checkouts WHERE id = ? AND user_id = ?",
                (checkout_id, user.id),
            ).fetchone()
        if row is None:
            raise not_found("Licensed item checkout", checkout_id)
        return checkout_model(row)

    def release(self, user: User, item_id: str, checkout_id: str) -> dict[str, Any]:
        """Free the seats; releasing again changes nothing and answers the same record."""
        checkout = self._checkout(user, checkout_id)
        if checkout["licensed_item_id"] != item_id:
            raise invalid(
                ["path", "licensed_item_id"],
                f"Checkout {checkout_id} is of licensed item {checkout['licensed_item_id']},"
                f" not {item_id}",
            )
        with self._db.write() as conn:
            conn.execute(
                "UPDATE licensed_item_checkouts SET stopped_at = ?"
                " WHERE id = ? AND stopped_at IS NULL",
                (now_iso(), checkout_id),
            )
        return self._checkout(user, checkout_id)

"""Licensed items: the market, what a wallet can check out, and checkouts paid with wallet
credits (402 without enough), limited by seats (409), for a running service (422), released."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers import assert_error, assert_page, assert_validation_error, client

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

PROGRAM_JOBS = "/v0/programs/simcore/services/dynamic/jupyter-math/releases/3.0.5/jobs"


@pytest.fixture
def buyer(platform: LocalPlatform) -> Iterator[httpx.Client]:
    """A new user (with a full wallet) for each test: credits are what these tests spend."""
    key, secret = platform.add_user(f"buyer-{uuid.uuid4().hex[:8]}@osparc.local")
    with client(platform, key, secret) as http:
        yield http


def items_by_key(http: httpx.Client) -> dict[str, dict[str, Any]]:
    return {
        i["key"]: i for i in http.get("/v0/licensed-items", params={"limit": 50}).json()["items"]
    }


def checkout_url(wallet_id: int, item: dict[str, Any]) -> str:
    return f"/v0/wallets/{wallet_id}/licensed-items/{item['licensed_item_id']}/checkout"


def release_url(checkout: dict[str, Any]) -> str:
    return (
        f"/v0/licensed-items/{checkout['licensed_item_id']}/checked-out-items/"
        f"{checkout['licensed_item_checkout_id']}/release"
    )


def test_the_market_lists_the_visible_items(buyer: httpx.Client) -> None:
    page = buyer.get("/v0/licensed-items").json()
    items = assert_page(page, total=3, limit=20, offset=0)
    assert {i["key"] for i in items} == {"Duke", "Ella", "Rat"}
    duke = items[0]
    assert duke["licensed_resource_type"] == "VIP_MODEL"
    assert duke["is_hidden_on_market"] is False
    assert duke["pricing_plan_id"] > 0
    (resource,) = duke["licensed_resources"]
    assert resource["source"]["features"]["date"] == "2023-01-01"
    assert resource["source"]["protection"] in ("Code", "PayPal")


def test_a_wallet_lists_what_it_can_pay_for(buyer: httpx.Client, other_http: httpx.Client) -> None:
    wallet_id = buyer.get("/v0/wallets/default").json()["walletId"]
    page = buyer.get(f"/v0/wallets/{wallet_id}/licensed-items").json()
    keys = {i["key"] for i in assert_page(page, total=4, limit=20, offset=0)}
    assert keys == {"Duke", "Ella", "Rat", "Yoon-sun"}  # hidden items included
    assert_error(other_http.get(f"/v0/wallets/{wallet_id}/licensed-items"), 403)
    assert_error(buyer.get("/v0/wallets/999999999/licensed-items"), 404)
    assert_validation_error(buyer.get("/v0/wallets/0/licensed-items"))


def test_checkout_charges_the_wallet_and_release_frees_the_seats(buyer: httpx.Client) -> None:
    wallet = buyer.get("/v0/wallets/default").json()
    run_id = buyer.post(PROGRAM_JOBS).json()["id"]
    rat = items_by_key(buyer)["Rat"]
    response = buyer.post(
        checkout_url(wallet["walletId"], rat), json={"number_of_seats": 2, "service_run_id": run_id}
    )
    assert response.status_code == 200, response.text
    checkout = response.json()
    assert checkout["licensed_item_id"] == rat["licensed_item_id"]
    assert (checkout["key"], checkout["version"]) == ("Rat", rat["version"])
    assert (checkout["wallet_id"], checkout["num_of_seats"]) == (wallet["walletId"], 2)
    assert checkout["user_id"] > 0
    assert checkout["product_name"] == "osparc"
    assert checkout["stopped_at"] is None
    after = buyer.get("/v0/wallets/default").json()["availableCredits"]
    assert after == pytest.approx(wallet["availableCredits"] - 2 * 5.0)

    # The rat has two seats, both taken now.
    full = buyer.post(
        checkout_url(wallet["walletId"], rat), json={"number_of_seats": 1, "service_run_id": run_id}
    )
    assert_error(full, 409, "seats")

    released = buyer.post(release_url(checkout))
    assert released.status_code == 200, released.text
    assert released.json()["stopped_at"] is not None
    assert {k: v for k, v in released.json().items() if k != "stopped_at"} == {
        k: v for k, v in checkout.items() if k != "stopped_at"
    }
    assert buyer.post(release_url(checkout)).json() == released.json()  # once is enough
    again = buyer.post(
        checkout_url(wallet["walletId"], rat), json={"number_of_seats": 2, "service_run_id": run_id}
    )
    assert again.status_code == 200, again.text
    buyer.post(release_url(again.json()))


def test_checkout_needs_enough_credits(buyer: httpx.Client) -> None:
    wallet = buyer.get("/v0/wallets/default").json()
    run_id = buyer.post(PROGRAM_JOBS).json()["id"]
    duke = items_by_key(buyer)["Duke"]
    seats = int(wallet["availableCredits"] // 20) + 1
    response = buyer.post(
        checkout_url(wallet["walletId"], duke),
        json={"number_of_seats": seats, "service_run_id": run_id},
    )
    assert_error(response, 402, "credits")
    assert buyer.get("/v0/wallets/default").json() == wallet  # nothing charged


def test_checkout_needs_a_running_service(buyer: httpx.Client) -> None:
    wallet_id = buyer.get("/v0/wallets/default").json()["walletId"]
    duke = items_by_key(buyer)["Duke"]
    body = {"number_of_seats": 1, "service_run_id": str(uuid.uuid4())}
    assert_validation_error(buyer.post(checkout_url(wallet_id, duke), json=body))
    assert_validation_error(
        buyer.post(
            checkout_url(wallet_id, duke), json={"number_of_seats": 0, "service_run_id": "x"}
        )
    )
    unknown_item = {"licensed_item_id": str(uuid.uuid4())}
    run_id = buyer.post(PROGRAM_JOBS).json()["id"]
    body = {"number_of_seats": 1, "service_run_id": run_id}
    assert_error(buyer.post(checkout_url(wallet_id, unknown_item), json=body), 404)


def test_release_checks_the_item_and_the_checkout(
    buyer: httpx.Client, other_http: httpx.Client
) -> None:
    wallet_id = buyer.get("/v0/wallets/default").json()["walletId"]
    items = items_by_key(buyer)
    run_id = buyer.post(PROGRAM_JOBS).json()["id"]
    body = {"number_of_seats": 1, "service_run_id": run_id}
    checkout = buyer.post(checkout_url(wallet_id, items["Ella"]), json=body).json()
    wrong_item = {**checkout, "licensed_item_id": items["Duke"]["licensed_item_id"]}
    assert_validation_error(buyer.post(release_url(wrong_item)))
    assert_error(other_http.post(release_url(checkout)), 404)
    unknown = {**checkout, "licensed_item_checkout_id": str(uuid.uuid4())}
    assert_error(buyer.post(release_url(unknown)), 404)
    assert buyer.post(release_url(checkout)).status_code == 200
    assert_error(other_http.post(checkout_url(wallet_id, items["Ella"]), json=body), 403)

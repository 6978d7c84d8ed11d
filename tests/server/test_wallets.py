"""wallets and credits: default wallet, get wallet, other users' wallets, the credit price, and
what running out of credits does to a job."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import httpx
import pytest
from helpers import (
    assert_error,
    assert_validation_error,
    client,
    create_and_run_job,
    create_job,
    inspect_job,
    job_path,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

WALLET_FIELDS = {
    "walletId",
    "name",
    "description",
    "owner",
    "thumbnail",
    "status",
    "created",
    "modified",
    "availableCredits",
}


def test_default_wallet(http: httpx.Client) -> None:
    response = http.get("/v0/wallets/default")
    assert response.status_code == 200
    wallet = response.json()
    assert set(wallet) == WALLET_FIELDS
    assert type(wallet["walletId"]) is int
    assert wallet["walletId"] > 0
    assert 1 <= len(wallet["name"]) <= 100
    assert wallet["status"] in ("ACTIVE", "INACTIVE")
    assert wallet["availableCredits"] >= 0
    assert datetime.fromisoformat(wallet["created"]) <= datetime.fromisoformat(wallet["modified"])
    groups = http.get("/v0/me").json()["groups"]
    assert wallet["owner"] == int(groups["me"]["gid"])


def test_get_wallet(http: httpx.Client) -> None:
    wallet = http.get("/v0/wallets/default").json()
    response = http.get(f"/v0/wallets/{wallet['walletId']}")
    assert response.status_code == 200
    assert response.json()["walletId"] == wallet["walletId"]
    assert response.json()["owner"] == wallet["owner"]


def test_wallet_of_another_user_is_forbidden(http: httpx.Client, other_http: httpx.Client) -> None:
    mine = http.get("/v0/wallets/default").json()
    theirs = other_http.get("/v0/wallets/default").json()
    assert mine["walletId"] != theirs["walletId"]
    assert mine["owner"] != theirs["owner"]
    assert_error(http.get(f"/v0/wallets/{theirs['walletId']}"), 403)
    assert_error(other_http.get(f"/v0/wallets/{mine['walletId']}"), 403)


def test_unknown_wallet(http: httpx.Client) -> None:
    assert_error(http.get("/v0/wallets/999999"), 404)
    # Ids past what the database can hold are unknown too, not a server error.
    for wallet_id in (2**63 - 1, 2**63, 10**30):
        assert_error(http.get(f"/v0/wallets/{wallet_id}"), 404)
    assert_validation_error(http.get("/v0/wallets/0"), loc=["path", "wallet_id"])
    assert_validation_error(http.get("/v0/wallets/abc"), loc=["path", "wallet_id"])


def test_running_a_job_spends_credits(http: httpx.Client) -> None:
    before = http.get("/v0/wallets/default").json()
    _, status = create_and_run_job(http)
    assert status["state"] == "SUCCESS"
    after = http.get("/v0/wallets/default").json()
    assert after["availableCredits"] < before["availableCredits"]
    assert datetime.fromisoformat(after["modified"]) > datetime.fromisoformat(before["modified"])


def test_credit_price(http: httpx.Client) -> None:
    response = http.get("/v0/credits/price")
    assert response.status_code == 200
    price = response.json()
    assert set(price) == {"productName", "usdPerCredit", "minPaymentAmountUsd"}
    assert price["productName"]
    assert price["usdPerCredit"] is None or price["usdPerCredit"] >= 0
    assert price["minPaymentAmountUsd"] is None or type(price["minPaymentAmountUsd"]) is int


@pytest.fixture(scope="module")
def broke_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform(env={"PLATFORM_INITIAL_CREDITS": "0"}) as running:
        yield running


def test_starting_a_job_without_credits_is_402(broke_platform: LocalPlatform) -> None:
    with client(broke_platform) as http:
        assert http.get("/v0/wallets/default").json()["availableCredits"] == 0
        job = create_job(http)  # creating is free
        assert_error(http.post(f"{job_path(job['id'])}:start"), 402, "credits")
        assert inspect_job(http, job["id"])["state"] == "NOT_STARTED"

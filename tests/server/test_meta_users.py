"""meta (no credentials) and users: get_service_metadata, get_my_profile, update_my_profile."""

from __future__ import annotations

import re

import httpx
import pytest
from helpers import assert_error, assert_validation_error

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

SEMVER = re.compile(r"^\d+\.\d+\.\d+")


def test_meta_needs_no_credentials(platform: LocalPlatform) -> None:
    response = httpx.get(f"{platform.base_url}/v0/meta")
    assert response.status_code == 200
    meta = response.json()
    assert meta["name"] == "simcore_service_api_server"
    assert SEMVER.match(meta["version"])
    assert meta["released"] == {"v0": meta["version"]}
    assert meta["docs_url"].startswith("http")
    assert meta["docs_dev_url"].startswith("http")


def test_health_route_is_plain_text(platform: LocalPlatform) -> None:
    response = httpx.get(f"{platform.base_url}/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "simcore_service_api_server" in response.text


def test_profile(http: httpx.Client, platform: LocalPlatform) -> None:
    response = http.get("/v0/me")
    assert response.status_code == 200
    profile = response.json()
    assert type(profile["id"]) is int
    assert profile["id"] > 0
    assert profile["login"] == "user@osparc.local"
    assert profile["role"] == "USER"
    assert len(profile["gravatar_id"]) <= 40
    groups = profile["groups"]
    assert set(groups) == {"me", "organizations", "all"}
    assert groups["me"]["gid"]
    assert groups["all"]["label"] == "Everyone"


def test_profile_needs_credentials(platform: LocalPlatform) -> None:
    assert_error(httpx.get(f"{platform.base_url}/v0/me"), 401)


def test_partial_profile_update_keeps_other_fields(http: httpx.Client) -> None:
    full = {"first_name": "Ada", "last_name": "Lovelace", "language": "en"}
    response = http.put("/v0/me", json=full)
    assert response.status_code == 200
    assert {k: response.json()[k] for k in full} == full

    response = http.put("/v0/me", json={"first_name": "Grace"})
    assert response.status_code == 200
    updated = response.json()
    assert updated["first_name"] == "Grace"
    assert updated["last_name"] == "Lovelace"
    assert updated["language"] == "en"
    assert http.get("/v0/me").json() == updated

    response = http.put("/v0/me", json={"language": "zh_CN", "last_name": None})
    assert response.status_code == 200
    assert response.json()["language"] == "zh_CN"
    assert response.json()["last_name"] is None
    assert response.json()["first_name"] == "Grace"


def test_empty_profile_update_changes_nothing(http: httpx.Client) -> None:
    before = http.get("/v0/me").json()
    response = http.put("/v0/me", json={})
    assert response.status_code == 200
    assert response.json() == before


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"language": "fr"}, ["body", "language"]),
        ({"first_name": "x" * 256}, ["body", "first_name"]),
        ({"last_name": 42}, ["body", "last_name"]),
    ],
)
def test_invalid_profile_update_is_rejected(
    http: httpx.Client, body: dict[str, object], loc: list[str]
) -> None:
    before = http.get("/v0/me").json()
    assert_validation_error(http.put("/v0/me", json=body), loc=loc)
    assert http.get("/v0/me").json() == before

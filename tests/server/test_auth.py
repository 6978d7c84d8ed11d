"""Authentication: Basic key/secret as on the platform, and our token extension under /v0/auth
(create_token, refresh_token, revoke_token) with Bearer accepted everywhere."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers import (
    JOBS,
    assert_error,
    assert_validation_error,
    client,
    create_job,
    job_path,
    number_file,
    upload_bytes,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

INVALID = {"errors": ["Invalid API credentials"], "support_id": None}


def issue(platform: LocalPlatform) -> dict[str, Any]:
    response = httpx.post(
        f"{platform.base_url}/v0/auth/token", auth=(platform.api_key, platform.api_secret)
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def bearer(platform: LocalPlatform, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=platform.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30.0
    )


def refresh(platform: LocalPlatform, token: str) -> httpx.Response:
    return httpx.post(f"{platform.base_url}/v0/auth/token:refresh", json={"refresh_token": token})


def works(platform: LocalPlatform, token: str) -> bool:
    response = httpx.get(f"{platform.base_url}/v0/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code in (200, 401), response.text
    return response.status_code == 200


def assert_invalid_credentials(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == "Basic"
    assert response.json() == INVALID


# -- Basic ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "credentials",
    [("unknown-key", "whatever"), ("KEY", "wrong secret"), ("KEY", "")],
    ids=["unknown-key", "wrong-secret", "empty-secret"],
)
def test_bad_basic_credentials(platform: LocalPlatform, credentials: tuple[str, str]) -> None:
    key, secret = credentials
    auth = (platform.api_key if key == "KEY" else key, secret)
    for path in ("/v0/me", "/v0/files", JOBS):
        assert_invalid_credentials(httpx.get(f"{platform.base_url}{path}", auth=auth))
    assert_invalid_credentials(httpx.post(f"{platform.base_url}/v0/auth/token", auth=auth))


def test_missing_or_malformed_credentials(platform: LocalPlatform) -> None:
    response = httpx.get(f"{platform.base_url}/v0/me")
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"] == "Basic"
    assert_error(httpx.post(f"{platform.base_url}/v0/auth/token"), 401)
    for header in ("Basic !!!not-base64", "Basic " + "YWJj", "Digest abc", "Bearer"):
        response = httpx.get(f"{platform.base_url}/v0/me", headers={"Authorization": header})
        assert_error(response, 401)


# -- tokens ---------------------------------------------------------------------------------------
def test_token_from_key_and_secret(platform: LocalPlatform) -> None:
    tokens = issue(platform)
    assert set(tokens) == {
        "access_token",
        "refresh_token",
        "token_type",
        "expires_in",
        "refresh_expires_in",
    }
    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] > 0
    assert tokens["refresh_expires_in"] > tokens["expires_in"]
    assert tokens["access_token"] != tokens["refresh_token"]
    assert works(platform, tokens["access_token"])
    assert not works(platform, tokens["refresh_token"])  # a refresh token is not an access token
    assert issue(platform)["access_token"] != tokens["access_token"]


def test_token_endpoint_takes_only_basic(platform: LocalPlatform) -> None:
    tokens = issue(platform)
    response = httpx.post(
        f"{platform.base_url}/v0/auth/token",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert_invalid_credentials(response)


def test_bearer_works_on_every_kind_of_call(platform: LocalPlatform) -> None:
    token = issue(platform)["access_token"]
    with bearer(platform, token) as http:
        profile = http.get("/v0/me")
        assert profile.status_code == 200
        assert profile.json()["login"] == "user@osparc.local"
        assert http.put("/v0/me", json={"first_name": "Bearer"}).json()["first_name"] == "Bearer"
        file = upload_bytes(http, b"via bearer", "bearer.txt")
        assert http.get(f"/v0/files/{file['id']}/content").status_code == 307
        job = create_job(http, {"input_1": number_file(http), "input_2": 0})
        assert http.post(f"{job_path(job['id'])}:start").status_code == 202
        assert http.post(f"{job_path(job['id'])}:inspect").status_code == 200
        patched = http.patch(f"{job_path(job['id'])}/metadata", json={"metadata": {"a": 1}})
        assert patched.status_code == 200
        assert http.get("/v0/studies").status_code == 200
        assert http.get("/v0/wallets/default").status_code == 200
        assert http.get("/v0/solvers/page").status_code == 200
        assert http.delete(f"/v0/files/{file['id']}").status_code == 200
    with client(platform) as basic:
        assert basic.get(f"{job_path(job['id'])}/metadata").json()["metadata"] == {"a": 1}


def test_bad_bearer_token(platform: LocalPlatform) -> None:
    with bearer(platform, "not-a-token") as http:
        assert_invalid_credentials(http.get("/v0/me"))


def test_refresh_rotates(platform: LocalPlatform) -> None:
    first = issue(platform)
    response = refresh(platform, first["refresh_token"])
    assert response.status_code == 200, response.text
    second = response.json()
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    assert works(platform, second["access_token"])

    third = refresh(platform, second["refresh_token"]).json()
    assert works(platform, third["access_token"])
    assert works(platform, first["access_token"])  # access tokens live out their own lifetime


def test_reusing_a_spent_refresh_token_revokes_the_family(platform: LocalPlatform) -> None:
    first = issue(platform)
    bystander = issue(platform)  # another family, same user
    second = refresh(platform, first["refresh_token"]).json()
    third = refresh(platform, second["refresh_token"]).json()
    assert works(platform, third["access_token"])

    assert_invalid_credentials(refresh(platform, first["refresh_token"]))  # replayed
    assert not works(platform, third["access_token"])
    assert not works(platform, second["access_token"])
    assert not works(platform, first["access_token"])
    assert_invalid_credentials(refresh(platform, third["refresh_token"]))
    assert works(platform, bystander["access_token"])
    assert refresh(platform, bystander["refresh_token"]).status_code == 200


def test_refresh_with_bad_tokens(platform: LocalPlatform) -> None:
    assert_invalid_credentials(refresh(platform, "unknown"))
    tokens = issue(platform)
    assert_invalid_credentials(refresh(platform, tokens["access_token"]))
    url = f"{platform.base_url}/v0/auth/token:refresh"
    assert_validation_error(httpx.post(url, json={}), loc=["body", "refresh_token"])
    assert_validation_error(httpx.post(url, json={"refresh_token": ""}))


def test_revoke(platform: LocalPlatform) -> None:
    tokens = issue(platform)
    url = f"{platform.base_url}/v0/auth/token:revoke"
    response = httpx.post(url, json={"token": tokens["access_token"]})
    assert response.status_code == 204
    assert response.content == b""
    assert not works(platform, tokens["access_token"])
    assert_invalid_credentials(refresh(platform, tokens["refresh_token"]))

    other = issue(platform)
    assert httpx.post(url, json={"token": other["refresh_token"]}).status_code == 204
    assert not works(platform, other["access_token"])
    assert httpx.post(url, json={"token": "never-issued"}).status_code == 204
    assert_validation_error(httpx.post(url, json={"token": ""}), loc=["body", "token"])
    # Basic credentials are not tokens: they keep working.
    with client(platform) as http:
        assert http.get("/v0/me").status_code == 200


@pytest.fixture(scope="module")
def short_tokens() -> Iterator[LocalPlatform]:
    with LocalPlatform(env={"PLATFORM_ACCESS_TOKEN_TTL": "1"}) as running:
        yield running


def test_expired_access_token_is_401(short_tokens: LocalPlatform) -> None:
    tokens = issue(short_tokens)
    assert tokens["expires_in"] == 1
    issued = time.monotonic()
    assert works(short_tokens, tokens["access_token"])
    deadline = issued + 10
    while works(short_tokens, tokens["access_token"]):
        assert time.monotonic() < deadline, "the access token never expired"
        time.sleep(0.05)
    assert time.monotonic() - issued > 0.5
    with bearer(short_tokens, tokens["access_token"]) as http:
        assert_invalid_credentials(http.get("/v0/me"))
    renewed = refresh(short_tokens, tokens["refresh_token"])
    assert renewed.status_code == 200
    assert works(short_tokens, renewed.json()["access_token"])

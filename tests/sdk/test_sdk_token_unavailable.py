"""Token mode against a platform without the token extension: one clear, typed error.

The platform itself has no `/v0/auth/token`; the reference server leaves it out with
PLATFORM_TOKEN_AUTH=0. Key and secret keep working there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sdk_testkit import Flavor, do

import sdk
from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def without_tokens() -> Iterator[LocalPlatform]:
    with LocalPlatform(env={"PLATFORM_TOKEN_AUTH": "0"}) as running:
        yield running


def test_the_server_can_leave_the_token_endpoints_out(without_tokens: LocalPlatform) -> None:
    auth = (without_tokens.api_key, without_tokens.api_secret)
    with httpx.Client(base_url=without_tokens.base_url, auth=auth, trust_env=False) as http:
        assert http.post("/v0/auth/token").status_code == 404
        paths = http.get("/openapi.json").json()["paths"]
    assert "/v0/meta" in paths
    assert not any(path.startswith("/v0/auth/") for path in paths)


def test_token_mode_says_the_server_has_no_tokens(
    flavor: Flavor, without_tokens: LocalPlatform
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ConfigurationError) as raised:
            await do(flavor.ns.MetaApi(client).get_service_metadata())
        message = str(raised.value)
        assert "does not offer token authentication" in message
        assert "POST /v0/auth/token answered 404" in message
        assert "auth='basic'" in message
        assert without_tokens.api_secret not in message

    flavor.run(scenario, **without_tokens.client_kwargs(auth="token"))


def test_key_and_secret_still_work_there(flavor: Flavor, without_tokens: LocalPlatform) -> None:
    async def scenario(client: Any) -> None:
        meta = await do(flavor.ns.MetaApi(client).get_service_metadata())
        assert meta.name == "simcore_service_api_server"

    flavor.run(scenario, **without_tokens.client_kwargs())

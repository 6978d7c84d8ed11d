"""Authentication: HTTP Basic, and Bearer tokens (obtained, cached, renewed, replaced)."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import stat
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from osparc_sdk_generated.models import RevokeRequest
from osparc_sdk_patches.client import TokenAuth, TokenCache, Tokens
from pytest_httpx import HTTPXMock
from sdk_testkit import AUTH_TOKEN_PATH, MOCK_CREDENTIALS, MOCK_HOST, Flavor, Traffic, do

import sdk
from sdk.testing import LocalPlatform

PROFILE = {"id": 1, "login": "user@example.com", "role": "USER"}


def bearer_of(traffic: Traffic, path: str = "/v0/me") -> str:
    """The Authorization header of the last request to `path`."""
    return traffic.matching("GET", path)[-1].headers["Authorization"]


async def profile_login(flavor: Flavor, client: Any) -> str:
    login: str = (await do(flavor.ns.UsersApi(client).get_my_profile())).login
    return login


def wait_until_server_rejects(base_url: str, authorization: str, timeout: float = 15.0) -> None:
    """Poll until the server no longer accepts this token (it has expired)."""
    deadline = time.monotonic() + timeout
    while (
        httpx.get(f"{base_url}/v0/me", headers={"Authorization": authorization}).status_code != 401
    ):
        assert time.monotonic() < deadline, "the access token did not expire"
        time.sleep(0.05)


# -- Basic --------------------------------------------------------------------------------------
def test_basic_auth_signs_requests_with_key_and_secret(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        assert (await profile_login(flavor, client)).endswith("@example.com")

    flavor.run(scenario, traffic=traffic, **account)
    expected = base64.b64encode(f"{account['api_key']}:{account['api_secret']}".encode()).decode()
    assert bearer_of(traffic) == f"Basic {expected}"
    assert traffic.count(path=AUTH_TOKEN_PATH) == 0


def test_local_platform_users_may_have_secrets_that_look_like_options(
    platform: LocalPlatform,
) -> None:
    """`secrets.token_urlsafe` may start with "-": add_user once took that for an option."""
    login = f"dash-{uuid.uuid4().hex[:8]}@example.com"
    key, secret = platform.add_user(login, api_secret="-starts-with-a-dash")
    with sdk.ApiClient(host=platform.base_url, api_key=key, api_secret=secret) as client:
        assert sdk.UsersApi(client).get_my_profile().login == login


# -- tokens against the real server -------------------------------------------------------------
def test_token_mode_obtains_caches_and_reuses_tokens(
    flavor: Flavor, account: dict[str, Any], tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "t.json"
    first, second = Traffic(), Traffic()

    async def scenario(client: Any) -> None:
        await profile_login(flavor, client)

    flavor.run(scenario, traffic=first, **account, auth="token", token_cache=cache)
    assert first.count("POST", "/v0/auth/token") == 1
    authorization = bearer_of(first)
    assert authorization.startswith("Bearer ")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    stored = cache.read_text()
    assert authorization.removeprefix("Bearer ") in stored
    assert account["api_secret"] not in stored
    assert account["api_key"] not in stored

    # A second client (a new process, in real life) uses the cached tokens.
    flavor.run(scenario, traffic=second, **account, auth="token", token_cache=cache)
    assert second.count(path=AUTH_TOKEN_PATH) == 0
    assert bearer_of(second) == authorization


def test_a_revoked_token_is_replaced_after_one_401(
    flavor: Flavor, account: dict[str, Any], tmp_path: Path
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        await profile_login(flavor, client)
        access = bearer_of(traffic).removeprefix("Bearer ")
        with sdk.ApiClient(**account) as basic:  # revoking also spends its refresh token
            sdk.AuthApi(basic).revoke_token(body=RevokeRequest(token=access))
        traffic.clear()
        assert (await profile_login(flavor, client)).endswith("@example.com")
        assert bearer_of(traffic) != f"Bearer {access}"

    flavor.run(scenario, traffic=traffic, **account, auth="token", token_cache=tmp_path / "t.json")
    assert [(e.method, e.path, e.status) for e in traffic.answered] == [
        ("GET", "/v0/me", 401),
        ("POST", "/v0/auth/token:refresh", 401),
        ("POST", "/v0/auth/token", 200),
        ("GET", "/v0/me", 200),
    ]


def test_token_mode_with_a_wrong_secret_fails_at_once(
    flavor: Flavor, account: dict[str, Any], tmp_path: Path
) -> None:
    traffic = Traffic()
    wrong = {
        **account,
        "api_secret": "wrong-secret",
        "auth": "token",
        "token_cache": tmp_path / "t",
    }

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.AuthenticationError) as caught:
            await profile_login(flavor, client)
        assert caught.value.messages == ["Invalid API credentials"]
        assert caught.value.url.endswith("/v0/auth/token")

    flavor.run(scenario, traffic=traffic, **wrong)
    assert [(e.method, e.path, e.status) for e in traffic.answered] == [
        ("POST", "/v0/auth/token", 401)
    ]
    assert not (tmp_path / "t").exists()


def test_a_cache_file_others_can_read_is_ignored_and_not_trusted(
    account: dict[str, Any], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "t.json"
    far = time.time() + 3600
    TokenCache(cache).save(
        account["host"], account["api_key"], Tokens("forged-access", "forged-refresh", far, far)
    )
    cache.chmod(0o644)
    traffic = Traffic()
    with sdk.ApiClient(**account, auth="token", token_cache=cache) as client:
        traffic.attach(client.http)
        assert sdk.UsersApi(client).get_my_profile().login.endswith("@example.com")

    assert any(
        r.levelno == logging.WARNING and "ignoring token cache" in r.getMessage()
        for r in caplog.records
    )
    assert bearer_of(traffic) != "Bearer forged-access"
    assert traffic.count("POST", "/v0/auth/token") == 1  # a fresh exchange, not a refresh
    assert traffic.count("POST", "/v0/auth/token:refresh") == 0
    # The new tokens replaced the untrusted file, which only its owner can read now.
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert "forged" not in cache.read_text()


# -- short-lived tokens -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def short_tokens() -> Iterator[LocalPlatform]:
    """Access tokens live one second."""
    with LocalPlatform(env={"PLATFORM_ACCESS_TOKEN_TTL": "1"}) as running:
        yield running


def test_an_expired_access_token_is_refreshed_transparently(
    flavor: Flavor, short_tokens: LocalPlatform, tmp_path: Path
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        await profile_login(flavor, client)
        expired = bearer_of(traffic)
        await asyncio.to_thread(wait_until_server_rejects, short_tokens.base_url, expired)
        traffic.clear()
        await profile_login(flavor, client)
        assert bearer_of(traffic) != expired

    kwargs = {**short_tokens.client_kwargs(), "auth": "token", "token_cache": tmp_path / "t"}
    flavor.run(scenario, traffic=traffic, **kwargs)
    assert [(e.method, e.path, e.status) for e in traffic.answered] == [
        ("POST", "/v0/auth/token:refresh", 200),
        ("GET", "/v0/me", 200),
    ]


class CallerClock:
    """The client's clock, moved by the test: it knows who reads it (each thread, or each task),
    and can stall one caller, as a loaded machine does to a process between two steps."""

    def __init__(self) -> None:
        self.now = time.time()
        self._readers: set[object] = set()
        self._stall: tuple[object, float] | None = None
        self._lock = threading.Lock()

    @staticmethod
    def _caller() -> object:
        try:
            return asyncio.current_task()
        except RuntimeError:  # no event loop in this thread
            return threading.get_ident()

    def __call__(self) -> float:
        caller = self._caller()
        with self._lock:
            now = self.now
            self._readers.add(caller)
            if self._stall is not None and self._stall[0] == caller:
                self.now += self._stall[1]  # after this read: the caller stalled
                self._stall = None
            return now

    def readers(self) -> int:
        with self._lock:
            return len(self._readers)

    def forget_readers(self) -> None:
        with self._lock:
            self._readers.clear()

    def stall_caller_after_its_next_read(self, seconds: float) -> None:
        with self._lock:
            self._stall = (self._caller(), seconds)


def renewal_stall(body: bytes) -> float:
    """How long to stall the renewing caller so that the new tokens are within their renewal
    margin (min(30 s, half their life)) but not expired."""
    life = float(json.loads(body)["expires_in"])
    return life - min(30.0, life / 2) / 2


def wait_for_readers(clock: CallerClock, callers: int) -> None:
    deadline = time.monotonic() + 10
    while clock.readers() < callers:
        assert time.monotonic() < deadline, "the callers did not all look at their token"
        time.sleep(0.005)


def clocked_token_auth(account: dict[str, Any], tmp_path: Path, clock: CallerClock) -> TokenAuth:
    cache = TokenCache(tmp_path / "t")
    return TokenAuth(
        account["host"], account["api_key"], account["api_secret"], cache=cache, clock=clock
    )


def assert_renewed_once_for_all(traffic: Traffic, callers: int) -> None:
    assert traffic.count(path=AUTH_TOKEN_PATH) == 1
    profiles = traffic.matching("GET", "/v0/me")
    assert len(profiles) == callers
    assert len({r.headers["Authorization"] for r in profiles}) == 1
    assert [e.status for e in traffic.answered if e.path == "/v0/me"] == [200] * callers


def test_twenty_threads_with_an_expired_token_renew_it_once(
    account: dict[str, Any], tmp_path: Path
) -> None:
    """The token has expired (the client's clock is past it) when twenty threads call at once:
    one renews it, the others wait on the lock and use the new token, even when the machine
    stalls the renewing thread until that token is within its renewal margin (the flake under
    load: the waiters renewed it once more)."""
    traffic, clock, stalled = Traffic(), CallerClock(), threading.Event()
    with sdk.ApiClient(**account) as client:
        client.http.auth = clocked_token_auth(account, tmp_path, clock)
        traffic.attach(client.http)
        users = sdk.UsersApi(client)
        users.get_my_profile()
        clock.now += 3600  # past the access token's expiry, long before the refresh token's
        traffic.clear()
        clock.forget_readers()

        def on_response(response: httpx.Response) -> None:
            if AUTH_TOKEN_PATH.search(response.request.url.path) and not stalled.is_set():
                stalled.set()
                # Once every caller has found its token stale, the renewing one stalls right
                # after storing the new tokens.
                wait_for_readers(clock, 20)
                clock.stall_caller_after_its_next_read(renewal_stall(response.read()))

        client.http.event_hooks["response"].insert(0, on_response)
        start = threading.Barrier(20)

        def call(_: int) -> str:
            start.wait(timeout=10)
            return users.get_my_profile().login

        with ThreadPoolExecutor(max_workers=20) as pool:
            logins = list(pool.map(call, range(20)))
    assert len(set(logins)) == 1
    assert_renewed_once_for_all(traffic, 20)


def test_twenty_tasks_with_an_expired_token_renew_it_once(
    account: dict[str, Any], tmp_path: Path
) -> None:
    """The awaitable twin: twenty tasks, one renewal, even with the renewing task stalled."""
    traffic, clock, stalled = Traffic(), CallerClock(), threading.Event()

    async def main() -> list[str]:
        async with sdk.aio.ApiClient(**account) as client:
            client.http.auth = clocked_token_auth(account, tmp_path, clock)
            traffic.attach(client.http)
            users = sdk.aio.UsersApi(client)
            await users.get_my_profile()
            clock.now += 3600
            traffic.clear()
            clock.forget_readers()

            async def on_response(response: httpx.Response) -> None:
                if AUTH_TOKEN_PATH.search(response.request.url.path) and not stalled.is_set():
                    stalled.set()
                    await asyncio.to_thread(wait_for_readers, clock, 20)
                    clock.stall_caller_after_its_next_read(renewal_stall(await response.aread()))

            client.http.event_hooks["response"].insert(0, on_response)
            profiles = await asyncio.gather(*(users.get_my_profile() for _ in range(20)))
            return [p.login for p in profiles]

    logins = asyncio.run(main())
    assert len(set(logins)) == 1
    assert_renewed_once_for_all(traffic, 20)


# -- token faults, shaped with pytest-httpx -----------------------------------------------------
TOKEN = f"{MOCK_HOST}/v0/auth/token"
REFRESH = f"{MOCK_HOST}/v0/auth/token:refresh"
ME = f"{MOCK_HOST}/v0/me"


def pair(name: str) -> dict[str, Any]:
    return {
        "access_token": f"access-{name}",
        "refresh_token": f"refresh-{name}",
        "expires_in": 900,
        "refresh_expires_in": 3600,
    }


def bearer(name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer access-{name}"}


def test_a_401_on_a_live_token_refreshes_it_and_repeats_the_call(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    httpx_mock.add_response(method="POST", url=TOKEN, json=pair("one"))
    httpx_mock.add_response(url=ME, match_headers=bearer("one"), status_code=401)
    httpx_mock.add_response(
        method="POST", url=REFRESH, match_json={"refresh_token": "refresh-one"}, json=pair("two")
    )
    httpx_mock.add_response(url=ME, match_headers=bearer("two"), json=PROFILE)

    async def scenario(client: Any) -> None:
        assert await profile_login(flavor, client) == PROFILE["login"]

    flavor.run(scenario, **MOCK_CREDENTIALS, auth="token", token_cache=tmp_path / "t.json")
    (exchange,) = httpx_mock.get_requests(url=TOKEN)
    key, secret = MOCK_CREDENTIALS["api_key"], MOCK_CREDENTIALS["api_secret"]
    assert (
        exchange.headers["Authorization"]
        == "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
    )
    cached = json.loads((tmp_path / "t.json").read_text())
    assert [entry["access"] for entry in cached.values()] == ["access-two"]


def test_a_refused_refresh_falls_back_to_the_key_and_secret(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    httpx_mock.add_response(method="POST", url=TOKEN, json=pair("one"))
    httpx_mock.add_response(url=ME, match_headers=bearer("one"), status_code=401)
    httpx_mock.add_response(method="POST", url=REFRESH, status_code=401)
    httpx_mock.add_response(method="POST", url=TOKEN, json=pair("three"))
    httpx_mock.add_response(url=ME, match_headers=bearer("three"), json=PROFILE)

    async def scenario(client: Any) -> None:
        assert await profile_login(flavor, client) == PROFILE["login"]

    flavor.run(scenario, **MOCK_CREDENTIALS, auth="token", token_cache=tmp_path / "t.json")
    assert len(httpx_mock.get_requests(url=TOKEN)) == 2
    assert all(
        r.headers["Authorization"].startswith("Basic ") for r in httpx_mock.get_requests(url=TOKEN)
    )


def test_a_second_401_after_renewal_is_an_authentication_error(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    httpx_mock.add_response(method="POST", url=TOKEN, json=pair("one"))
    httpx_mock.add_response(url=ME, match_headers=bearer("one"), status_code=401)
    httpx_mock.add_response(method="POST", url=REFRESH, json=pair("two"))
    httpx_mock.add_response(
        url=ME, match_headers=bearer("two"), status_code=401, json={"errors": ["Account locked"]}
    )

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.AuthenticationError) as caught:
            await profile_login(flavor, client)
        assert caught.value.messages == ["Account locked"]

    flavor.run(scenario, **MOCK_CREDENTIALS, auth="token", token_cache=tmp_path / "t.json")


def test_tokens_shorter_lived_than_the_renewal_margin_are_used(
    flavor: Flavor, httpx_mock: HTTPXMock, tmp_path: Path, no_osparc_env: None
) -> None:
    """A server whose access tokens live 10 s (less than the 30 s renewal margin): the client
    once asked it for new tokens forever."""
    httpx_mock.add_response(method="POST", url=TOKEN, json={**pair("short"), "expires_in": 10})
    httpx_mock.add_response(url=ME, match_headers=bearer("short"), json=PROFILE, is_reusable=True)

    async def scenario(client: Any) -> None:
        for _ in range(3):
            assert await profile_login(flavor, client) == PROFILE["login"]

    flavor.run(scenario, **MOCK_CREDENTIALS, auth="token", token_cache=tmp_path / "t.json")
    assert len(httpx_mock.get_requests(url=TOKEN)) == 1
    assert len(httpx_mock.get_requests(url=ME)) == 3


# -- renewal before expiry, and tokens that can never be used -----------------------------------
def test_a_token_about_to_expire_is_renewed_before_it_is_used(
    flavor: Flavor, tmp_path: Path
) -> None:
    """Tokens living 2 s are renewed once less than half their life is left (the margin is
    min(30 s, half the life)): a request never goes out with a token about to expire, so the
    server never has to refuse one."""
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        await profile_login(flavor, client)
        first = bearer_of(traffic)
        await asyncio.sleep(1.2)  # still valid for the server, but within the margin
        traffic.clear()
        await profile_login(flavor, client)
        assert bearer_of(traffic) != first

    with LocalPlatform(env={"PLATFORM_ACCESS_TOKEN_TTL": "2"}) as platform:
        kwargs = {**platform.client_kwargs(), "auth": "token", "token_cache": tmp_path / "t"}
        flavor.run(scenario, traffic=traffic, **kwargs)
    assert [(e.method, e.path, e.status) for e in traffic.answered] == [
        ("POST", "/v0/auth/token:refresh", 200),
        ("GET", "/v0/me", 200),
    ]


def test_tokens_that_expire_at_once_are_one_clear_error(flavor: Flavor, tmp_path: Path) -> None:
    """A server answering `expires_in: 0` once made the client ask for tokens 20 times, then
    fail with httpx's TooManyRedirects."""
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.UnexpectedResponseError) as caught:
            await profile_login(flavor, client)
        assert "expires in 0" in str(caught.value)
        assert "/v0/auth/token" in str(caught.value)

    with LocalPlatform(env={"PLATFORM_ACCESS_TOKEN_TTL": "0"}) as platform:
        kwargs = {**platform.client_kwargs(), "auth": "token", "token_cache": tmp_path / "t"}
        flavor.run(scenario, traffic=traffic, **kwargs)
    assert [(r.method, r.url.path) for r in traffic.sent] == [("POST", "/v0/auth/token")]

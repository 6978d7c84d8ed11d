"""Retries: what is sent again, how often, after how long; faults are shaped with pytest-httpx.

The policy is a value with pure methods (tested without sleeping); the transports take the
sleep function, so the delays they compute are asserted without waiting for them.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import logging
import random
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from osparc_sdk_patches.client import AsyncRetryTransport, RetryTransport
from osparc_sdk_patches.types import REPLAYABLE_BODY, parse_retry_after
from pytest_httpx import HTTPXMock
from sdk_testkit import MOCK_CREDENTIALS, MOCK_HOST, SLEEPER, Flavor, do

import sdk
from sdk.testing import LocalPlatform

PROFILE = {"id": 1, "login": "user@example.com", "role": "USER"}
ME = f"{MOCK_HOST}/v0/me"
STUDY_ID = uuid.UUID("6b2a4d5e-0000-4000-8000-000000000001")
CLONE = f"{MOCK_HOST}/v0/studies/{STUDY_ID}:clone?hidden=false"
JOBS = re.compile(re.escape(MOCK_HOST) + r"/v0/solvers/.+/releases/2\.1\.6/jobs\?hidden=true$")
#: Retries without waiting: the tests are about which requests are repeated, not when.
NO_WAIT = sdk.RetryPolicy(max_attempts=4, backoff=0.0, jitter=0.0, max_retry_after=0.0)


def job_json() -> dict[str, Any]:
    job_id = uuid.uuid4()
    runner = f"solvers/{SLEEPER}/releases/2.1.6"
    return {
        "id": str(job_id),
        "name": f"{runner}/jobs/{job_id}",
        "inputs_checksum": "0" * 64,
        "created_at": "2025-01-01T00:00:00Z",
        "runner_name": runner,
        "url": None,
        "runner_url": None,
        "outputs_url": None,
    }


@pytest.fixture
def mocked(no_osparc_env: None) -> dict[str, Any]:
    """Client arguments for the mocked platform, retrying without delays."""
    return {**MOCK_CREDENTIALS, "retry": NO_WAIT}


# -- the policy, as a value ---------------------------------------------------------------------
def test_delays_grow_exponentially_up_to_the_cap() -> None:
    policy = sdk.RetryPolicy(backoff=0.5, max_backoff=3.0, jitter=0.0)
    assert [policy.delay(attempt) for attempt in range(1, 7)] == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]


def test_jitter_spreads_each_delay_within_its_bounds() -> None:
    policy = sdk.RetryPolicy(backoff=1.0, jitter=0.25)
    assert policy.delay(1, rand=lambda: 0.0) == 0.75
    assert policy.delay(1, rand=lambda: 0.5) == 1.0
    assert policy.delay(1, rand=lambda: 1.0) == 1.25
    assert policy.delay(3, rand=lambda: 0.0) == 3.0  # 4 s base
    draws = random.Random(7)
    assert all(0.75 <= policy.delay(1, rand=draws.random) <= 1.25 for _ in range(500))
    capped = sdk.RetryPolicy(backoff=1.0, max_backoff=2.0, jitter=0.25)
    assert capped.delay(10, rand=lambda: 0.5) == 2.0
    assert capped.delay(10, rand=lambda: 1.0) == 2.5  # jitter applies to the capped base


def test_retry_after_replaces_backoff_and_is_capped() -> None:
    policy = sdk.RetryPolicy(backoff=1.0, jitter=0.25, max_retry_after=120.0)

    def answer(value: str) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": value})

    assert policy.delay(1, answer("7"), rand=lambda: 1.0) == 7.0  # no jitter on the server's word
    assert policy.delay(1, answer("500")) == 120.0
    assert policy.delay(2, answer("soon"), rand=lambda: 0.5) == 2.0  # unreadable: back off


def test_parse_retry_after_reads_seconds_and_http_dates() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == 30.0
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("tomorrow") is None
    assert parse_retry_after(None) is None


def test_the_policy_is_an_immutable_value() -> None:
    policy = sdk.RetryPolicy()
    longer = policy.replace(max_attempts=10)
    assert (policy.max_attempts, longer.max_attempts) == (4, 10)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_attempts = 5  # type: ignore[misc]
    with pytest.raises(ValueError, match="max_attempts"):
        sdk.RetryPolicy(max_attempts=0)


def request(method: str, path: str, **kwargs: Any) -> httpx.Request:
    return httpx.Request(method, f"{MOCK_HOST}{path}", **kwargs)


def test_which_requests_may_be_sent_again() -> None:
    policy = sdk.RetryPolicy(max_attempts=3)
    jobs = f"/v0/solvers/{SLEEPER}/releases/2.1.6/jobs"
    get, clone = request("GET", "/v0/me"), request("POST", f"/v0/studies/{STUDY_ID}:clone")
    create = request("POST", jobs, json={"values": {}})
    policy.prepare(create)
    assert re.fullmatch(r"[0-9a-f]{32}", create.headers["Idempotency-Key"])
    policy.prepare(get)
    assert "Idempotency-Key" not in get.headers

    def status(r: httpx.Request, code: int, attempt: int = 1) -> bool:
        return policy.should_retry_response(r, httpx.Response(code), attempt)

    assert status(get, 502)
    assert status(get, 504)
    assert status(create, 502)
    assert not status(clone, 502)
    assert not status(clone, 504)
    assert status(clone, 503)
    assert status(clone, 429)
    assert status(get, 500)  # safe to repeat: a 5xx may be transient
    assert not status(clone, 500)
    assert not status(get, 404)
    assert not status(get, 503, attempt=3)  # the last attempt
    streamed = request("PUT", "/v0/files/content", content=iter([b"once"]))
    assert not status(streamed, 503)  # the body cannot be sent twice
    part = request(
        "PUT", "/storage/uploads/x/1", content=iter([b"part"]), extensions={REPLAYABLE_BODY: True}
    )
    assert status(part, 503)  # a file part, read from disk again
    metadata = request("PATCH", f"{jobs}/{uuid.uuid4()}/metadata", json={"metadata": {}})
    assert status(metadata, 502)  # replaces the whole mapping: twice is once
    assert not status(request("PATCH", "/v0/something", json={}), 502)
    links = request("POST", "/v0/files/content", json={"filename": "a", "filesize": 1})
    assert status(links, 504)  # a second upload session is never used

    def error(r: httpx.Request, exc: Exception) -> bool:
        return policy.should_retry_error(r, exc, 1)

    assert error(clone, httpx.ConnectError("refused"))  # never reached the server
    assert error(get, httpx.ReadError("reset"))
    assert error(get, httpx.RemoteProtocolError("x"))
    assert error(create, httpx.ReadError("reset"))
    assert not error(clone, httpx.ReadError("reset"))
    assert not policy.should_retry_error(get, httpx.ConnectError("refused"), 3)


# -- delays, as the transports apply them -------------------------------------------------------
@pytest.fixture
def sleeps() -> list[float]:
    return []


def send_get(flavor: Flavor, policy: sdk.RetryPolicy, sleeps: list[float]) -> httpx.Response:
    """GET /v0/me through a bare retry transport whose sleep only records the delay."""
    if flavor.is_async:

        async def fake_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async def main() -> httpx.Response:
            inner = httpx.AsyncHTTPTransport()
            transport = AsyncRetryTransport(inner, policy, sleep=fake_sleep)
            async with httpx.AsyncClient(transport=transport) as http:
                return await http.get(ME)

        return asyncio.run(main())
    with httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), policy, sleeps.append)) as h:
        return h.get(ME)


def test_429_retry_after_in_seconds_is_honoured(
    flavor: Flavor, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_response(url=ME, status_code=429, headers={"Retry-After": "3"})
    httpx_mock.add_response(url=ME, status_code=429, headers={"Retry-After": "7"})
    httpx_mock.add_response(url=ME, json=PROFILE)
    assert send_get(flavor, sdk.RetryPolicy(max_attempts=3), sleeps).status_code == 200
    assert sleeps == [3.0, 7.0]


def test_429_retry_after_as_an_http_date_is_honoured(
    flavor: Flavor, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    httpx_mock.add_response(url=ME, status_code=429, headers={"Retry-After": when})
    httpx_mock.add_response(url=ME, json=PROFILE)
    assert send_get(flavor, sdk.RetryPolicy(), sleeps).status_code == 200
    (waited,) = sleeps
    assert 28.0 <= waited <= 30.0  # the date has a resolution of one second


def test_backoff_between_attempts_without_retry_after(
    flavor: Flavor, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    for _ in range(3):
        httpx_mock.add_response(url=ME, status_code=503)
    httpx_mock.add_response(url=ME, json=PROFILE)
    policy = sdk.RetryPolicy(max_attempts=4, backoff=0.5, jitter=0.0)
    assert send_get(flavor, policy, sleeps).status_code == 200
    assert sleeps == [0.5, 1.0, 2.0]


# -- through ApiClient: which requests are repeated ---------------------------------------------
def test_a_burst_of_503_then_success(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    for _ in range(3):
        httpx_mock.add_response(url=ME, status_code=503, json={"errors": ["busy"]})
    httpx_mock.add_response(url=ME, json=PROFILE)

    async def scenario(client: Any) -> None:
        profile = await do(flavor.ns.UsersApi(client).get_my_profile())
        assert profile.login == PROFILE["login"]

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests(url=ME)) == 4


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_on_get_are_retried(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any], status: int
) -> None:
    httpx_mock.add_response(url=ME, status_code=status)
    httpx_mock.add_response(url=ME, json=PROFILE)

    async def scenario(client: Any) -> None:
        assert (await do(flavor.ns.UsersApi(client).get_my_profile())).id == 1

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests(url=ME)) == 2


def created_with_the_key_sent_back(request: httpx.Request) -> httpx.Response:
    """A server that honours idempotency keys, and says so by sending the key back."""
    key = request.headers["Idempotency-Key"]
    return httpx.Response(201, json=job_json(), headers={"Idempotency-Key": key})


def test_job_creation_is_retried_with_the_same_automatic_idempotency_key(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    """Once the server has shown it honours keys, a lost answer is retried with the key."""
    httpx_mock.add_callback(created_with_the_key_sent_back, method="POST", url=JOBS)
    httpx_mock.add_response(method="POST", url=JOBS, status_code=502)
    httpx_mock.add_callback(created_with_the_key_sent_back, method="POST", url=JOBS)

    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        await do(solvers.create_job(SLEEPER, "2.1.6", {"input_2": 0}))
        await do(solvers.create_job(SLEEPER, "2.1.6", {"input_2": 1}))

    flavor.run(scenario, **mocked)
    attempts = httpx_mock.get_requests(method="POST", url=JOBS)
    keys = [r.headers.get("Idempotency-Key") for r in attempts]
    assert len(keys) == 3
    assert keys[0] != keys[1]
    assert keys[1] == keys[2]
    assert re.fullmatch(r"[0-9a-f]{32}", keys[1] or "")
    assert [r.content for r in attempts[1:]] == [b'{"values":{"input_2":1}}'] * 2


def test_a_callers_idempotency_key_is_kept_on_every_attempt(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    httpx_mock.add_callback(created_with_the_key_sent_back, method="POST", url=JOBS)
    httpx_mock.add_response(method="POST", url=JOBS, status_code=504)
    httpx_mock.add_callback(created_with_the_key_sent_back, method="POST", url=JOBS)

    async def scenario(client: Any) -> None:
        body = sdk.JobInputs.from_dict({"values": {}})
        solvers = flavor.ns.SolversApi(client)
        await do(solvers.create_solver_job(SLEEPER, "2.1.6", body=body, idempotency_key="first"))
        await do(solvers.create_solver_job(SLEEPER, "2.1.6", body=body, idempotency_key="mine"))

    flavor.run(scenario, **mocked)
    keys = [r.headers["Idempotency-Key"] for r in httpx_mock.get_requests(url=JOBS)]
    assert keys == ["first", "mine", "mine"]


def test_a_post_without_idempotency_is_not_retried_on_502(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    httpx_mock.add_response(method="POST", url=CLONE, status_code=502, json={"errors": ["bad"]})

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ServerError) as caught:
            await do(flavor.ns.StudiesApi(client).clone_study(STUDY_ID))
        assert (caught.value.status_code, caught.value.messages) == (502, ["bad"])

    flavor.run(scenario, **mocked)
    (attempt,) = httpx_mock.get_requests(url=CLONE)
    assert "Idempotency-Key" not in attempt.headers


@pytest.mark.parametrize(
    "dropped", [httpx.ReadError("connection reset"), httpx.RemoteProtocolError("cut short")]
)
def test_a_dropped_connection_on_get_is_retried(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any], dropped: Exception
) -> None:
    httpx_mock.add_exception(dropped, url=ME)
    httpx_mock.add_response(url=ME, json=PROFILE)

    async def scenario(client: Any) -> None:
        assert (await do(flavor.ns.UsersApi(client).get_my_profile())).id == 1

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests(url=ME)) == 2


def test_a_dropped_connection_on_a_post_without_idempotency_is_not_retried(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    httpx_mock.add_exception(httpx.ReadError("connection reset"), url=CLONE)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ApiConnectionError) as caught:
            await do(flavor.ns.StudiesApi(client).clone_study(STUDY_ID))
        assert caught.value.method == "POST"

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests(url=CLONE)) == 1


def test_connect_errors_are_retried_for_any_method(
    flavor: Flavor, httpx_mock: HTTPXMock, mocked: dict[str, Any]
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=CLONE)
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=CLONE)
    httpx_mock.add_response(url=CLONE, status_code=201, json={"uid": str(uuid.uuid4())})

    async def scenario(client: Any) -> None:
        study = await do(flavor.ns.StudiesApi(client).clone_study(STUDY_ID))
        assert isinstance(study, sdk.Study)

    flavor.run(scenario, **mocked)
    assert len(httpx_mock.get_requests(url=CLONE)) == 3


def test_max_attempts_then_the_typed_error(
    flavor: Flavor, httpx_mock: HTTPXMock, no_osparc_env: None
) -> None:
    three = NO_WAIT.replace(max_attempts=3)
    for _ in range(3):
        httpx_mock.add_response(url=ME, status_code=503, json={"errors": ["still busy"]})
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"), url=CLONE)
    for _ in range(3):
        httpx_mock.add_response(url=CLONE, status_code=429, headers={"Retry-After": "9"})

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ServerError) as busy:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert (busy.value.status_code, busy.value.messages) == (503, ["still busy"])
        with pytest.raises(sdk.ApiConnectionError):
            await do(flavor.ns.StudiesApi(client).clone_study(STUDY_ID))
        with pytest.raises(sdk.RateLimitedError) as limited:
            await do(flavor.ns.StudiesApi(client).clone_study(STUDY_ID))
        assert limited.value.retry_after == 9.0

    flavor.run(scenario, **MOCK_CREDENTIALS, retry=three)
    assert len(httpx_mock.get_requests(url=ME)) == 3
    assert len(httpx_mock.get_requests(url=CLONE)) == 6


# -- against the real server: a rate limit ------------------------------------------------------
@pytest.fixture(scope="module")
def limited_platform() -> Iterator[LocalPlatform]:
    """5 requests a second per user, in bursts of at most 2."""
    env = {"PLATFORM_RATE_LIMIT": "5", "PLATFORM_RATE_BURST": "2"}
    with LocalPlatform(env=env) as running:
        yield running


def test_a_burst_of_calls_succeeds_by_honouring_429_retry_after(
    limited_platform: LocalPlatform, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sdk")
    # The server asks for whole seconds; the cap keeps this test short (the bucket refills at
    # 5/s, so 0.25 s is always enough for one more request).
    policy = sdk.RetryPolicy(max_attempts=10, max_retry_after=0.25)
    with sdk.ApiClient(**limited_platform.client_kwargs(), retry=policy) as client:
        users = sdk.UsersApi(client)
        logins = [users.get_my_profile().login for _ in range(20)]
    assert len(logins) == 20
    assert len(set(logins)) == 1
    waits = [r.getMessage() for r in caplog.records if "after status 429" in r.getMessage()]
    assert len(waits) >= 5  # 20 calls in a burst: only 2 + 5/s * elapsed pass without waiting
    assert all(w.endswith("in 0.25s") for w in waits)


@pytest.mark.parametrize("flavor_name", ["sync", "async"])
def test_an_upload_part_refused_with_429_is_sent_again_after_retry_after(
    flavor_name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The object store answers 429 with Retry-After: 1 to some part PUTs. The transport may not
    retry (one attempt), so the part sender does, waiting what the store asked (not its own
    0.2 s backoff), and the upload completes."""
    caplog.set_level(logging.INFO, logger="sdk")
    env = {
        "PLATFORM_FAULT_RATE": "0.5",
        # Parts go one at a time, so the requests are numbered alike in every run: with this
        # seed exactly one of them is refused, once.
        "PLATFORM_FAULT_SEED": "13",
        "PLATFORM_FAULT_KINDS": "429",
        "PLATFORM_FAULT_PATHS": "^/storage/uploads/",
        "PLATFORM_FAULT_RETRY_AFTER": "1",
        "PLATFORM_UPLOAD_CHUNK_SIZE": "1024",
    }
    source = tmp_path / "parts.bin"
    source.write_bytes(random.Random(7).randbytes(4 * 1024))
    options = sdk.UploadOptions(concurrency=1, journal_dir=tmp_path / "journals")
    flavor = Flavor(flavor_name)

    async def scenario(client: Any) -> Any:
        return await do(flavor.ns.FilesApi(client).upload_file(source, options=options))

    with LocalPlatform(env=env) as platform:
        kwargs = platform.client_kwargs(retry=sdk.RetryPolicy(max_attempts=1))
        uploaded = flavor.run(scenario, **kwargs)
    assert uploaded.checksum == hashlib.sha256(source.read_bytes()).hexdigest()
    resends = [r.getMessage() for r in caplog.records if "sending it again" in r.getMessage()]
    assert resends, "no part was refused: the test tested nothing"
    assert all("429" in m and m.endswith("sending it again in 1.00s") for m in resends), resends

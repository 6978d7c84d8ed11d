"""Per-call control: `with_options` (timeout, retries, headers) on a client that shares the
pool and the sign-in, the raw response of any call, request ids in answers and errors, the
User-Agent, and the pricing unit of a job start. Sync and async, against the real server
(pytest-httpx only to shape failures)."""

from __future__ import annotations

import re
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from sdk_testkit import MOCK_CREDENTIALS, MOCK_HOST, REPO, SLEEPER, Flavor, Traffic, do

import sdk
import sdk.aio

VERSION = "2.1.6"
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
NO_RETRY = sdk.RetryPolicy(max_attempts=1)


async def _close(flavor: Flavor, client: Any) -> None:
    await do(client.close() if not flavor.is_async else client.aclose())


# -- with_options ---------------------------------------------------------------------------------
def test_with_options_headers_go_only_with_the_new_client(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    parent_traffic, child_traffic = Traffic(), Traffic()

    async def scenario(client: Any) -> None:
        tagged = client.with_options(headers={"X-Trace": "run-42"})
        child_traffic.attach(tagged.http)
        me = await do(flavor.ns.UsersApi(tagged).get_my_profile())
        assert me.login == (await do(flavor.ns.UsersApi(client).get_my_profile())).login
        # Closing the derived client leaves the shared pool to its owner.
        await _close(flavor, tagged)
        await do(flavor.ns.UsersApi(client).get_my_profile())

    flavor.run(scenario, traffic=parent_traffic, **account)
    assert [r.headers.get("x-trace") for r in child_traffic.sent] == ["run-42"]
    assert all("x-trace" not in r.headers for r in parent_traffic.sent)
    assert len(parent_traffic.sent) == 2


def test_closing_the_parent_closes_the_shared_pool(flavor: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        child = client.with_options(timeout=30)
        await do(flavor.ns.UsersApi(child).get_my_profile())
        await _close(flavor, client)
        with pytest.raises((RuntimeError, sdk.SdkError)):
            await do(flavor.ns.UsersApi(child).get_my_profile())

    flavor.run(scenario, **account)


def test_a_derived_client_signs_in_with_the_parents_tokens(
    flavor: Flavor, account: dict[str, Any], tmp_path: Any
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        await do(flavor.ns.UsersApi(client).get_my_profile())
        for index in range(3):
            child = client.with_options(headers={"X-Index": str(index)})
            traffic.attach(child.http)
            await do(flavor.ns.UsersApi(child).get_my_profile())

    flavor.run(scenario, auth="token", token_cache=tmp_path / "tokens.json", **account)
    assert [r.url.path for r in traffic.sent] == ["/v0/me"] * 3  # no new token requested


def test_a_per_call_timeout(flavor: Flavor, account: dict[str, Any]) -> None:
    parent_traffic, child_traffic = Traffic(), Traffic()

    async def scenario(client: Any) -> None:
        patient = client.with_options(timeout=httpx.Timeout(300.0, connect=7.0))
        child_traffic.attach(patient.http)
        await do(flavor.ns.UsersApi(patient).get_my_profile())
        await do(flavor.ns.UsersApi(client).get_my_profile())

    flavor.run(scenario, traffic=parent_traffic, **account)
    (child,) = [r.extensions["timeout"] for r in child_traffic.sent]
    assert child == {"connect": 7.0, "read": 300.0, "write": 300.0, "pool": 300.0}
    assert {r.extensions["timeout"]["read"] for r in parent_traffic.sent} == {60.0}


def test_a_call_past_its_timeout_is_a_timeout_error(flavor: Flavor, httpx_mock: HTTPXMock) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        if request.extensions["timeout"]["read"] < 1:
            raise httpx.ReadTimeout("no answer in time", request=request)
        return httpx.Response(200, json={"id": 1, "login": "a@b.c", "role": "USER"})

    httpx_mock.add_callback(slow, url=f"{MOCK_HOST}/v0/me", is_reusable=True)

    async def scenario(client: Any) -> None:
        hasty = client.with_options(timeout=0.5, retry=NO_RETRY)
        with pytest.raises(sdk.ApiTimeoutError):
            await do(flavor.ns.UsersApi(hasty).get_my_profile())
        assert (await do(flavor.ns.UsersApi(client).get_my_profile())).login == "a@b.c"

    flavor.run(scenario, **MOCK_CREDENTIALS)


def test_a_per_call_retry_policy(flavor: Flavor, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{MOCK_HOST}/v0/me", status_code=503, is_reusable=True)
    counts: list[int] = []

    async def scenario(client: Any) -> None:
        patient = client.with_options(retry=sdk.RetryPolicy(max_attempts=3, backoff=0.0))
        for api_client in (client.with_options(retry=NO_RETRY), patient):
            before = len(httpx_mock.get_requests())
            with pytest.raises(sdk.ServerError):
                await do(flavor.ns.UsersApi(api_client).get_my_profile())
            counts.append(len(httpx_mock.get_requests()) - before)

    flavor.run(scenario, **MOCK_CREDENTIALS)
    assert counts == [1, 3]


def test_with_options_refuses_a_retry_that_is_not_a_policy(account: dict[str, Any]) -> None:
    with sdk.ApiClient(**account) as client, pytest.raises(sdk.InvalidInputError):
        client.with_options(retry=3)  # type: ignore[arg-type]


# -- raw responses and request ids ----------------------------------------------------------------
def test_the_raw_response_of_a_call(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> None:
        users = flavor.ns.UsersApi(client)
        raw = await do(users.with_raw_response.get_my_profile())
        assert isinstance(raw, sdk.RawResponse)
        assert raw.status_code == 200
        assert REQUEST_ID.match(raw.request_id or "")
        assert raw.headers["content-type"] == "application/json"
        assert raw.parse().login == (await do(users.get_my_profile())).login

        solvers = flavor.ns.SolversApi(client)
        job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input}))
        first = await do(solvers.with_raw_response.start_job(SLEEPER, VERSION, job.id))
        again = await do(solvers.with_raw_response.start_job(SLEEPER, VERSION, job.id))
        assert (first.status_code, again.status_code) == (202, 200)  # started, already started
        assert first.request_id != again.request_id
        assert first.parsed.job_id == job.id
        assert len(first.responses) == 1

    flavor.run(scenario, **account)


def test_raw_responses_of_threads_sharing_a_client_stay_apart(account: dict[str, Any]) -> None:
    with sdk.ApiClient(**account) as client:
        users = sdk.UsersApi(client)
        with ThreadPoolExecutor(max_workers=8) as pool:
            raws = list(pool.map(lambda _: users.with_raw_response.get_my_profile(), range(16)))
    assert all(len(raw.responses) == 1 for raw in raws)
    assert len({raw.request_id for raw in raws}) == 16


def test_every_error_names_the_request_id(flavor: Flavor, account: dict[str, Any]) -> None:
    missing = "00000000-0000-4000-8000-000000000000"

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.NotFoundError) as caught:
            await do(flavor.ns.FilesApi(client).get_file(missing))
        error = caught.value
        assert REQUEST_ID.match(error.request_id or "")
        assert f"request id {error.request_id}" in str(error)

    flavor.run(scenario, **account)


def test_a_response_the_models_reject_names_the_request_id(
    flavor: Flavor, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{MOCK_HOST}/v0/me", json={"login": "x"}, headers={"X-Request-Id": "abc123"}
    )

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.UnexpectedResponseError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert caught.value.request_id == "abc123"
        assert "request id abc123" in str(caught.value)

    flavor.run(scenario, **MOCK_CREDENTIALS)


def test_the_user_agent_names_the_sdk_python_and_httpx(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        await do(flavor.ns.UsersApi(client).get_my_profile())

    flavor.run(scenario, traffic=traffic, **account)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    expected = f"osparc-sdk/{sdk.__version__} python/{python} httpx/{httpx.__version__}"
    assert {r.headers["user-agent"] for r in traffic.sent} == {expected}
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert sdk.__version__ == project["version"]


# -- pricing --------------------------------------------------------------------------------------
def test_a_job_started_on_a_chosen_pricing_unit(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> tuple[str, str]:
        solvers = flavor.ns.SolversApi(client)
        plan = await do(solvers.get_solver_pricing_plan(SLEEPER, VERSION))
        large = next(u for u in plan.pricing_units if not u.default)
        chosen = sdk.Pricing(plan=plan.pricing_plan_id, unit=large.pricing_unit_id)
        units = []
        for pricing in (chosen, None):
            job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input}))
            await do(solvers.start_job(SLEEPER, VERSION, job.id, pricing=pricing))
            unit = await do(solvers.get_job_pricing_unit(SLEEPER, VERSION, job.id))
            units.append(unit.unit_name)
        return units[0], units[1]

    assert flavor.run(scenario, **account) == ("LARGE", "SMALL")


def test_a_pricing_unit_the_plan_does_not_have_is_refused(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input}))
        with pytest.raises(sdk.ValidationError, match="pricing unit 99 of plan 1"):
            await do(solvers.start_job(SLEEPER, VERSION, job.id, pricing=sdk.Pricing(1, 99)))
        status = await do(solvers.inspect_job(SLEEPER, VERSION, job.id))
        assert status.state.value == "NOT_STARTED"

    flavor.run(scenario, **account)


@pytest.mark.parametrize(("plan", "unit"), [(0, 1), (1, -2), (True, 1), ("1", 2)])
def test_pricing_takes_positive_ints_only(plan: Any, unit: Any) -> None:
    with pytest.raises(sdk.InvalidInputError, match="must be a positive int"):
        sdk.Pricing(plan=plan, unit=unit)

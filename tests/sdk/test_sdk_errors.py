"""Typed errors: each failure comes out as the SDK's exception, with what a user needs to act."""

from __future__ import annotations

import base64
import inspect
import logging
import socket
import types
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from osparc_sdk_generated.models import BodyAbortMultipartUpload, UserFile
from osparc_sdk_patches.errors import RequestTooLargeError, error_for_response
from pytest_httpx import HTTPXMock
from sdk_testkit import MOCK_CREDENTIALS, MOCK_HOST, SLEEPER, Flavor, do, new_account

import sdk
import sdk.aio
from sdk.testing import LocalPlatform

VERSION = "2.1.6"


def assert_no_credentials(error: BaseException, account: dict[str, Any]) -> None:
    basic = base64.b64encode(f"{account['api_key']}:{account['api_secret']}".encode()).decode()
    for text in (str(error), repr(error), str(getattr(error, "url", ""))):
        assert account["api_key"] not in text
        assert account["api_secret"] not in text
        assert basic not in text


# -- status codes from the real server ----------------------------------------------------------
def test_404_is_not_found_with_status_method_url_and_message(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    missing = uuid.uuid4()

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.NotFoundError) as caught:
            await do(flavor.ns.FilesApi(client).get_file(missing))
        error = caught.value
        assert isinstance(error, sdk.ApiError)
        assert isinstance(error, sdk.SdkError)
        assert (error.status_code, error.method) == (404, "GET")
        assert error.url == f"{account['host']}/v0/files/{missing}"
        assert error.messages == [f"File with identifier {missing} not found"]
        assert str(error).startswith(f"404 Not found: File with identifier {missing} not found")
        assert f"GET {error.url}" in str(error)
        assert_no_credentials(error, account)

    flavor.run(scenario, **account)


def test_error_urls_never_carry_signatures(flavor: Flavor, account: dict[str, Any]) -> None:
    """A presigned link that fails (here: a part PUT after the upload was aborted)."""

    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        client_file = UserFile(filename="gone.bin", filesize=4, sha256_checksum="a" * 64)
        links = await do(files.get_upload_links(body=client_file))
        await do(
            files.abort_multipart_upload(
                links.file_id, body=BodyAbortMultipartUpload(client_file=client_file)
            )
        )
        url = str(links.upload_schema.urls[0])
        (signature,) = parse_qs(urlsplit(url).query)["signature"]
        with pytest.raises(sdk.ConflictError) as caught:
            await do(client.http.put(url, content=b"data", auth=httpx.Auth()))
        error = caught.value
        assert (error.status_code, error.method) == (409, "PUT")
        assert "signature=REDACTED" in error.url
        assert signature not in str(error)
        assert signature not in error.url
        assert_no_credentials(error, account)

    flavor.run(scenario, **account)


def test_422_is_validation_error_with_a_message_per_field(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        with pytest.raises(sdk.ValidationError) as caught:
            await do(solvers.create_job(SLEEPER, VERSION, {"input_2": 100, "input_3": "maybe"}))
        assert caught.value.status_code == 422
        assert caught.value.messages == [
            "values.input_1: Missing required input 'input_1'",
            "values.input_2: Must be at most 65, got 100",
            "values.input_3: Expected a boolean, got 'maybe'",
        ]
        # FastAPI's own request validation comes out the same way.
        with pytest.raises(sdk.ValidationError) as caught:
            await do(solvers.list_all_solvers_paginated(limit=500))
        assert caught.value.messages == ["query.limit: Input should be less than or equal to 50"]
        assert caught.value.method == "GET"
        assert "limit=500" in caught.value.url

    flavor.run(scenario, **account)


def test_401_with_a_bad_secret_is_authentication_error(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    wrong = {**account, "api_secret": "not-the-secret-" + uuid.uuid4().hex}

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.AuthenticationError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert caught.value.status_code == 401
        assert caught.value.messages == ["Invalid API credentials"]
        assert_no_credentials(caught.value, wrong)

    flavor.run(scenario, **wrong)


def test_403_for_another_users_wallet_is_permission_denied(
    flavor: Flavor, account: dict[str, Any], platform: LocalPlatform
) -> None:
    intruder = new_account(platform, "intruder")

    async def own_wallet(client: Any) -> int:
        wallet_id: int = (await do(flavor.ns.WalletsApi(client).get_default_wallet())).wallet_id
        return wallet_id

    wallet_id = flavor.run(own_wallet, **account)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.PermissionDeniedError) as caught:
            await do(flavor.ns.WalletsApi(client).get_wallet(wallet_id))
        assert caught.value.status_code == 403
        assert caught.value.messages == [f"You do not have access to wallet {wallet_id}"]

    flavor.run(scenario, **intruder)


def test_409_is_conflict(flavor: Flavor, account: dict[str, Any], sleeper_input: Any) -> None:
    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input}))
        await do(solvers.delete_job_assets(SLEEPER, VERSION, job.id))
        with pytest.raises(sdk.ConflictError) as caught:
            await do(solvers.start_job(SLEEPER, VERSION, job.id))  # nothing left to run
        assert (caught.value.status_code, caught.value.method) == (409, "POST")
        assert caught.value.url.endswith(f"/jobs/{job.id}:start")

    flavor.run(scenario, **account)


@pytest.fixture(scope="module")
def broke_platform() -> Iterator[LocalPlatform]:
    """A platform whose users start with no credits."""
    with LocalPlatform(env={"PLATFORM_INITIAL_CREDITS": "0"}) as running:
        yield running


def test_402_without_credits_is_payment_required(
    flavor: Flavor, broke_platform: LocalPlatform, tmp_path: Path
) -> None:
    number = tmp_path / "single_number.txt"
    number.write_text("1")

    async def scenario(client: Any) -> None:
        assert (await do(flavor.ns.WalletsApi(client).get_default_wallet())).available_credits == 0
        uploaded = await do(flavor.ns.FilesApi(client).upload_file(number))
        solvers = flavor.ns.SolversApi(client)
        job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": uploaded}))
        with pytest.raises(sdk.PaymentRequiredError) as caught:
            await do(solvers.start_job(SLEEPER, VERSION, job.id))
        assert caught.value.status_code == 402
        assert caught.value.messages == ["Not enough credits in the wallet to run this job"]

    flavor.run(scenario, **broke_platform.client_kwargs())


# -- failures below HTTP ------------------------------------------------------------------------
def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more: connections are refused


def test_connection_refused_is_api_connection_error_after_retries(
    flavor: Flavor, caplog: pytest.LogCaptureFixture, no_osparc_env: None
) -> None:
    caplog.set_level(logging.INFO, logger="sdk")
    host = f"http://127.0.0.1:{closed_port()}"
    fast = sdk.RetryPolicy(max_attempts=3, backoff=0.001, jitter=0.0)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.ApiConnectionError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert not isinstance(caught.value, sdk.ApiTimeoutError)
        assert (caught.value.method, caught.value.url) == ("GET", f"{host}/v0/me")
        assert "Could not reach the server" in str(caught.value)

    flavor.run(scenario, host=host, api_key="k" * 12, api_secret="s" * 12, retry=fast)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2
    assert "ConnectError (attempt 2 of 3)" in retries[0]
    assert "ConnectError (attempt 3 of 3)" in retries[1]


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param({"json": {"unexpected": "shape"}}, id="json-of-another-shape"),
        pytest.param(
            {"content": b'{"id": 1, "login', "headers": {"content-type": "application/json"}},
            id="cut-json",
        ),
        pytest.param(
            {"content": b"null", "headers": {"content-type": "application/json"}}, id="null"
        ),
        pytest.param({"html": "<html><body><h1>Welcome!</h1></body></html>"}, id="html-page"),
    ],
)
def test_a_200_that_is_not_the_promised_model_is_unexpected_response(
    flavor: Flavor, httpx_mock: HTTPXMock, answer: dict[str, Any], no_osparc_env: None
) -> None:
    httpx_mock.add_response(method="GET", url=f"{MOCK_HOST}/v0/me", **answer)

    async def scenario(client: Any) -> None:
        with pytest.raises(sdk.UnexpectedResponseError) as caught:
            await do(flavor.ns.UsersApi(client).get_my_profile())
        assert "get_my_profile" in str(caught.value)

    flavor.run(scenario, **MOCK_CREDENTIALS)


@pytest.mark.parametrize(
    ("arguments", "missing", "present"),
    [
        ({}, ["API key", "API secret"], []),
        ({"api_key": "key-only-123456"}, ["API secret"], ["API key"]),
        ({"api_secret": "secret-only"}, ["API key"], ["API secret"]),
    ],
)
def test_missing_credentials_are_a_configuration_error_naming_them(
    flavor: Flavor,
    no_osparc_env: None,
    arguments: dict[str, str],
    missing: list[str],
    present: list[str],
) -> None:
    with pytest.raises(sdk.ConfigurationError) as caught:
        flavor.ns.ApiClient(host="http://127.0.0.1:9", **arguments)
    head = str(caught.value).split(":")[0]  # "no API key and no API secret found"
    assert head == "no " + " and no ".join(missing) + " found"
    assert all(name not in head for name in present)
    assert "OSPARC_API_KEY" in str(caught.value)
    assert "OSPARC_API_SECRET" in str(caught.value)


# -- calls return models ------------------------------------------------------------------------
def api_classes() -> list[type]:
    return [
        getattr(namespace, name)
        for namespace in (sdk, sdk.aio)
        for name in namespace.__all__
        if name.endswith("Api")
    ]


#: Operations whose documented 200 answer is itself nullable: a function job's outputs are
#: JSON `null` until the job has succeeded.
NULLABLE_ANSWERS = {"function_job_outputs"}


def test_no_operation_returns_an_optional_model() -> None:
    """Operations return their model (or nothing at all, for deletions), never `Model | None`,
    unless the platform documents `null` as an answer."""
    # The API modules import the types of their signatures for type checkers only (they load
    # on first use): the annotations are text, evaluated here among every model's name.
    from osparc_sdk_generated import models
    from osparc_sdk_patches.api.solvers.create_solver_job import CreationOptions
    from osparc_sdk_patches.models.job_inputs import InputValue

    annotation_names = {name: getattr(models, name) for name in models.__all__}
    annotation_names.update(
        Pricing=sdk.Pricing,
        InputValue=InputValue,
        CreationOptions=CreationOptions,
        UploadOptions=sdk.UploadOptions,
        DownloadOptions=sdk.DownloadOptions,
    )
    checked = 0
    for cls in api_classes():
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or name.startswith("iter_") or name in NULLABLE_ANSWERS:
                continue
            returned = typing.get_type_hints(member, localns=annotation_names)["return"]
            union = typing.get_origin(returned) in (typing.Union, types.UnionType)
            assert not (union and type(None) in typing.get_args(returned)), (
                f"{cls.__name__}.{name} returns {returned}"
            )
            checked += 1
    assert checked >= 2 * 60  # every operation, in both flavours


# -- the status table: declared by the error classes themselves ---------------------------------
@pytest.mark.parametrize(
    ("status", "expected", "reason"),
    [
        (400, sdk.BadRequestError, "Bad request"),
        (401, sdk.AuthenticationError, "Authentication failed"),
        (402, sdk.PaymentRequiredError, "Payment required"),
        (403, sdk.PermissionDeniedError, "Permission denied"),
        (404, sdk.NotFoundError, "Not found"),
        (409, sdk.ConflictError, "Conflict"),
        (413, RequestTooLargeError, "Request too large"),
        (422, sdk.ValidationError, "Invalid request"),
        (429, sdk.RateLimitedError, "Too many requests"),
        (503, sdk.ServerError, "Server error"),
        (418, sdk.ApiError, "Error"),
    ],
)
def test_each_status_becomes_the_class_that_declares_it(
    status: int, expected: type[sdk.ApiError], reason: str
) -> None:
    request = httpx.Request("GET", f"{MOCK_HOST}/v0/me")
    error = error_for_response(httpx.Response(status, request=request, content=b""))
    assert type(error) is expected
    assert str(error).startswith(f"{status} {reason}: {reason} (GET {MOCK_HOST}/v0/me)")


def test_a_status_is_declared_by_one_class_only() -> None:
    with pytest.raises(TypeError, match="status 404 is NotFoundError's already"):

        class AnotherNotFound(sdk.ApiError, status=404, reason="Gone"):
            pass

    class MissingThing(sdk.NotFoundError):  # a subclass that declares no status is fine
        pass

    request = httpx.Request("GET", f"{MOCK_HOST}/v0/me")
    error = error_for_response(httpx.Response(404, request=request))
    assert type(error) is sdk.NotFoundError

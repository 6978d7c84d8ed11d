"""The public face: exact exports, `sdk.aio` mirroring `sdk`, a cheap import, safe reprs, and
where settings come from."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from osparc_sdk_patches.client import TokenCache, Tokens
from sdk_testkit import Flavor

import sdk
import sdk.aio

PUBLIC_NAMES = [
    "ApiClient",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthApi",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "CreditsApi",
    "DownloadOptions",
    "FileMeta",
    "FilesApi",
    "InvalidInputError",
    "Job",
    "JobFailedError",
    "JobHandle",
    "JobInputs",
    "JobMetadataUpdate",
    "JobOutputs",
    "JobResult",
    "JobStatus",
    "JobTimeoutError",
    "MetaApi",
    "MultipleResultsError",
    "NoResultsError",
    "NotFoundError",
    "Pager",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollPolicy",
    "PortInfo",
    "Pricing",
    "RateLimitedError",
    "RawResponse",
    "RetryPolicy",
    "RunningState",
    "SdkError",
    "ServerError",
    "Solver",
    "SolverPort",
    "SolverRelease",
    "SolversApi",
    "StudiesApi",
    "Study",
    "StudyRunner",
    "TransferError",
    "UncertainJobCreationError",
    "TransferProgress",
    "UnexpectedResponseError",
    "UploadOptions",
    "UsersApi",
    "ValidationError",
    "WalletsApi",
    "__version__",
    "find_jobs",
    "FunctionsApi",
    "FunctionJobsApi",
    "FunctionJobCollectionsApi",
    "TasksApi",
    "ProgramsApi",
    "LicensedItemsApi",
    "ResponsesApi",
    "Function",
    "JobCollection",
    "Task",
    "TaskTimeoutError",
]
#: Whatever does I/O has an awaitable twin in `sdk.aio`, under the same name.
ASYNC_TWINS = [
    "ApiClient",
    "AuthApi",
    "CreditsApi",
    "FilesApi",
    "JobHandle",
    "MetaApi",
    "Pager",
    "SolverRelease",
    "SolversApi",
    "StudiesApi",
    "StudyRunner",
    "UsersApi",
    "WalletsApi",
    "find_jobs",
    "FunctionsApi",
    "FunctionJobsApi",
    "FunctionJobCollectionsApi",
    "TasksApi",
    "ProgramsApi",
    "LicensedItemsApi",
    "ResponsesApi",
    "Function",
    "JobCollection",
    "Task",
]
#: Plain values and errors of the job layer, the same objects in both namespaces.
SHARED_WITH_AIO = ["JobFailedError", "JobResult", "JobTimeoutError", "TaskTimeoutError"]
KEY = "key_0123456789abcdef"
SECRET = "s3cret-value-that-must-stay-hidden"


# -- exports ------------------------------------------------------------------------------------
def test_sdk_exports_exactly_the_public_names() -> None:
    assert sorted(sdk.__all__) == sorted(PUBLIC_NAMES)
    assert len(set(sdk.__all__)) == len(sdk.__all__)
    for name in sdk.__all__:
        assert getattr(sdk, name) is not None, name
    with pytest.raises(AttributeError):
        sdk.NotAPublicName  # noqa: B018


def test_errors_form_one_tree() -> None:
    errors = [getattr(sdk, n) for n in PUBLIC_NAMES if n.endswith("Error")]
    assert all(issubclass(e, sdk.SdkError) for e in errors)
    api_errors = {
        sdk.BadRequestError: 400,
        sdk.AuthenticationError: 401,
        sdk.PaymentRequiredError: 402,
        sdk.PermissionDeniedError: 403,
        sdk.NotFoundError: 404,
        sdk.ConflictError: 409,
        sdk.ValidationError: 422,
        sdk.RateLimitedError: 429,
        sdk.ServerError: 500,
    }
    assert all(issubclass(e, sdk.ApiError) for e in api_errors)
    assert issubclass(sdk.ApiTimeoutError, sdk.ApiConnectionError)


def test_sdk_aio_mirrors_the_sync_names() -> None:
    assert sorted(sdk.aio.__all__) == sorted(ASYNC_TWINS + SHARED_WITH_AIO)
    assert set(sdk.aio.__all__) <= set(sdk.__all__)
    for name in SHARED_WITH_AIO:
        assert getattr(sdk.aio, name) is getattr(sdk, name)
    for name in ASYNC_TWINS:
        sync, awaitable = getattr(sdk, name), getattr(sdk.aio, name)
        assert awaitable is not sync, name
        assert awaitable.__name__ in (f"Async{sync.__name__}", f"a{sync.__name__}"), name


@pytest.mark.parametrize("name", [n for n in ASYNC_TWINS if n.endswith("Api")])
def test_each_api_class_has_the_same_methods_awaitable(name: str) -> None:
    sync, awaitable = getattr(sdk, name), getattr(sdk.aio, name)
    public = {m for m in dir(sync) if not m.startswith("_")}
    assert public == {m for m in dir(awaitable) if not m.startswith("_")}
    for method in public - {"with_raw_response"}:  # a view of the same methods (tested apart)
        is_listing = method.startswith("iter_")  # returns an AsyncPager at once
        assert inspect.iscoroutinefunction(getattr(awaitable, method)) != is_listing, method
        assert not inspect.iscoroutinefunction(getattr(sync, method)), method


def test_import_sdk_is_cheap() -> None:
    probe = textwrap.dedent(
        """
        import json, sys
        import sdk, sdk.aio
        print(json.dumps(sorted(sys.modules)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(result.stdout)
    assert "sdk" in loaded
    assert "sdk.aio" in loaded
    heavy = [m for m in loaded if m.startswith(("osparc_sdk_generated.models", "rich"))]
    assert heavy == []
    assert not any(m.startswith("osparc_sdk_generated") for m in loaded)


# -- reprs never show credentials ---------------------------------------------------------------
def test_reprs_hide_the_secret_and_the_key(tmp_path: Path, no_osparc_env: None) -> None:
    host = "http://127.0.0.1:9"
    with sdk.ApiClient(host=host, api_key=KEY, api_secret=SECRET) as basic:
        texts = [repr(basic), str(basic), repr(basic.settings), repr(basic.http.auth)]
    cache = tmp_path / "t.json"
    with sdk.ApiClient(
        host=host, api_key=KEY, api_secret=SECRET, auth="token", token_cache=cache
    ) as token:
        texts += [repr(token), repr(token.settings), repr(token.http.auth)]
    texts += [repr(TokenCache(cache)), repr(Tokens("access-tok", "refresh-tok", 1.0, 2.0))]
    for text in texts:
        for hidden in (SECRET, KEY, "access-tok", "refresh-tok"):
            assert hidden not in text, text
    assert "key_…" in repr(basic.settings)  # a recognisable prefix at most

    with sdk.ApiClient(host=host, api_key="k3y9", api_secret="x") as short:
        assert "k3y9" not in repr(short.settings)  # a short key is not shown at all


# -- where settings come from -------------------------------------------------------------------
CONFIG = """
[default]
host = "http://from-file.test:1"
api_key = "file-key-0123456789"
api_secret = "file-secret"

[other]
host = "http://other-profile.test:2"
api_key = "other-key-0123456789"
api_secret = "other-secret"
auth = "token"
"""


@pytest.fixture
def config_file(tmp_path: Path, no_osparc_env: None, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    monkeypatch.setenv("OSPARC_CONFIG_FILE", str(path))
    return path


def settings_of(flavor: Flavor, **arguments: Any) -> Any:
    """The settings a client of this flavour resolves (the client is closed again)."""
    client = flavor.ns.ApiClient(token_cache=False, **arguments)
    if flavor.is_async:
        asyncio.run(client.aclose())
    else:
        client.close()
    return client.settings


def test_arguments_beat_environment_beat_config_file(
    flavor: Flavor, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_file = settings_of(flavor)
    assert (from_file.host, from_file.api_key, from_file.api_secret, from_file.auth) == (
        "http://from-file.test:1",
        "file-key-0123456789",
        "file-secret",
        "basic",
    )

    monkeypatch.setenv("OSPARC_API_HOST", "http://from-env.test:3/")
    monkeypatch.setenv("OSPARC_API_KEY", "env-key-0123456789")
    from_env = settings_of(flavor)
    # Each setting on its own: the secret still comes from the file.
    assert (from_env.host, from_env.api_key, from_env.api_secret) == (
        "http://from-env.test:3",
        "env-key-0123456789",
        "file-secret",
    )

    monkeypatch.setenv("OSPARC_API_SECRET", "env-secret")
    monkeypatch.setenv("OSPARC_API_AUTH", "token")
    explicit = settings_of(
        flavor, host="http://from-args.test:4", api_key="arg-key-0123456789", auth="basic"
    )
    assert (explicit.host, explicit.api_key, explicit.api_secret, explicit.auth) == (
        "http://from-args.test:4",
        "arg-key-0123456789",
        "env-secret",
        "basic",
    )


def test_osparc_api_base_url_is_an_alias_for_the_host(
    flavor: Flavor, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSPARC_API_BASE_URL", "http://base-url.test:5")
    assert settings_of(flavor).host == "http://base-url.test:5"
    monkeypatch.setenv("OSPARC_API_HOST", "http://host.test:6")
    assert settings_of(flavor).host == "http://host.test:6"  # the primary name wins


def test_profiles_and_explicit_config_files(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync = Flavor("sync")
    other = settings_of(sync, profile="other")
    assert (other.host, other.api_key, other.auth) == (
        "http://other-profile.test:2",
        "other-key-0123456789",
        "token",
    )
    monkeypatch.setenv("OSPARC_PROFILE", "other")
    assert settings_of(sync).host == "http://other-profile.test:2"

    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(
        '[default]\nhost = "http://elsewhere.test:7"\napi_key = "k"\napi_secret = "s"\n'
    )
    monkeypatch.delenv("OSPARC_PROFILE")
    assert settings_of(sync, config_file=elsewhere).host == "http://elsewhere.test:7"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"auth": "kerberos"}, "auth must be 'basic' or 'token'"),
        ({"host": "ftp://files.test"}, "host must start with http:// or https://"),
        ({"verify": "/no/such/ca-bundle.pem"}, "CA bundle /no/such/ca-bundle.pem does not exist"),
    ],
)
def test_invalid_settings_are_configuration_errors(
    config_file: Path, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(sdk.ConfigurationError, match=message):
        sdk.ApiClient(**arguments)


def test_a_misspelt_setting_is_a_type_error(flavor: Flavor, config_file: Path) -> None:
    with pytest.raises(TypeError, match="unexpected client settings: hots, timout"):
        flavor.ns.ApiClient(hots="http://elsewhere.test:7", timout=3, token_cache=False)


def test_a_broken_config_file_is_a_configuration_error(config_file: Path) -> None:
    config_file.write_text("[default\nhost = ")
    with pytest.raises(sdk.ConfigurationError, match="cannot read the config file"):
        sdk.ApiClient()

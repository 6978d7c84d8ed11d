"""pytest fixtures for code that uses the SDK: a local reference platform and clients for it.

Installed with the package and loaded by pytest on its own (entry point `osparc_sdk`; turn it
off with `-p no:osparc_sdk`). The platform needs the server extra:
`pip install 'osparc-sdk[server]'`.

    def test_my_workflow(api_client):
        sleeper = sdk.SolverRelease.get(api_client, "simcore/services/comp/itis/sleeper")
        assert sleeper.run({"input_2": 1}).ok

Fixtures:

    local_platform      session    a running `sdk.testing.LocalPlatform`, shared by all tests
    api_client          function   an `sdk.ApiClient` signed in to it, closed after the test
    async_api_client    function   a factory of `sdk.aio.ApiClient`s for it: in an async test,
                                   `async with async_api_client() as client: ...`

`async_api_client` is a plain (not async) fixture returning a factory, so it needs no async
plugin: the test opens and closes the client in its own event loop (pytest-asyncio, anyio,
or `asyncio.run` in a plain test), which is the only loop its connections may be used in.

Jobs run faster than real time: 0.01 by default (a 2 s sleeper job takes 20 ms), set with
`--local-platform-time-scale=0.1` or the ini setting `local_platform_time_scale = 0.1`.
The clients ignore the developer's own settings (environment, config file, token cache).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from sdk._client import ApiClient, AsyncApiClient
    from sdk.testing import LocalPlatform

__all__ = [
    "AsyncApiClientFactory",
    "api_client",
    "async_api_client",
    "local_platform",
]

#: The type of the `async_api_client` fixture: call it (with optional `ApiClient` arguments,
#: e.g. `auth="token"`) for a new, unopened `sdk.aio.ApiClient`.
AsyncApiClientFactory = Callable[..., "AsyncApiClient"]

DEFAULT_TIME_SCALE = "0.01"
_OPTION = "--local-platform-time-scale"
_INI = "local_platform_time_scale"
_SERVER_MODULES = ("osparc_platform_server", "fastapi", "uvicorn")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("osparc-sdk", "osparc-sdk local platform")
    group.addoption(
        _OPTION,
        dest=_INI,
        default=None,
        metavar="SCALE",
        help="time scale of the local_platform fixture's jobs (0.01: 100x faster than real "
        f"time) [default: ini {_INI}, else {DEFAULT_TIME_SCALE}]",
    )
    parser.addini(
        _INI,
        help=f"time scale of the local_platform fixture's jobs [default: {DEFAULT_TIME_SCALE}]",
        default=DEFAULT_TIME_SCALE,
    )


def time_scale(config: pytest.Config) -> float:
    """The time scale asked for: the command-line option, else the ini setting."""
    raw = config.getoption(_INI) or config.getini(_INI) or DEFAULT_TIME_SCALE
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = -1.0
    if not value > 0:
        raise pytest.UsageError(f"{_OPTION} / {_INI} must be a positive number, not {raw!r}")
    return value


def _isolated(platform: LocalPlatform, **overrides: Any) -> dict[str, Any]:
    """Client arguments for the platform that nothing in the developer's setup can change."""
    return platform.client_kwargs(
        **{
            "auth": "basic",
            "verify": True,
            "config_file": os.devnull,
            "token_cache": False,
            **overrides,
        }
    )


@pytest.fixture(scope="session")
def local_platform(pytestconfig: pytest.Config) -> Iterator[LocalPlatform]:
    """A reference platform on a free loopback port, started once for the test session.

    Its `api_key`/`api_secret` belong to its first user; `add_user(login)` registers others
    (e.g. a user per test module, to see only that module's jobs and files).
    """
    missing = [name for name in _SERVER_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.fail(
            f"the local_platform fixture needs the reference server ({', '.join(missing)} "
            "not found): pip install 'osparc-sdk[server]'",
            pytrace=False,
        )
    from sdk.testing import LocalPlatform

    with LocalPlatform(time_scale=time_scale(pytestconfig)) as platform:
        yield platform


@pytest.fixture
def api_client(local_platform: LocalPlatform) -> Iterator[ApiClient]:
    """An `sdk.ApiClient` signed in to the local platform as its first user."""
    from sdk import ApiClient

    with ApiClient(**_isolated(local_platform)) as client:
        yield client


@pytest.fixture
def async_api_client(local_platform: LocalPlatform) -> AsyncApiClientFactory:
    """A factory of `sdk.aio.ApiClient`s signed in to the local platform.

    Use each client in the test's event loop with `async with`, which also closes it:

        async def scenario(async_api_client):
            async with async_api_client() as client:
                profile = await sdk.aio.UsersApi(client).get_my_profile()
    """
    from sdk import aio

    def make(**overrides: Any) -> AsyncApiClient:
        return aio.ApiClient(**_isolated(local_platform, **overrides))

    return make

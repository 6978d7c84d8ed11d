"""Fixtures for the SDK tests: flavours (sync and async), users of their own, clean settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sdk_testkit import Flavor, Listener, new_account

import sdk
from sdk.testing import LocalPlatform


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> Flavor:
    """Each test that takes it runs twice: with `sdk` and with `sdk.aio`."""
    return Flavor(request.param)


@pytest.fixture(scope="module")
def account(platform: LocalPlatform, request: pytest.FixtureRequest) -> dict[str, Any]:
    """A user of the shared platform for this test module alone."""
    return new_account(platform, request.module.__name__.removeprefix("test_sdk_"))


@pytest.fixture(scope="module")
def sleeper_input(account: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sleeper's `input_1` file, uploaded once for the module's user."""
    path = tmp_path_factory.mktemp("input") / "single_number.txt"
    path.write_text("3\n")
    with sdk.ApiClient(**account) as client:
        return sdk.FilesApi(client).upload_file(path)


@pytest.fixture
def no_osparc_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No credentials from the environment or the user's config file."""
    for name in (
        "OSPARC_API_HOST",
        "OSPARC_API_BASE_URL",
        "OSPARC_API_KEY",
        "OSPARC_API_SECRET",
        "OSPARC_API_AUTH",
        "OSPARC_PROFILE",
        "OSPARC_CA_BUNDLE",
        "OSPARC_ASYNC_TRANSPORT",
        "OSPARC_SYNC_TRANSPORT",
        "OSPARC_JOB_CREATION_TIMEOUT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OSPARC_CONFIG_FILE", str(tmp_path / "no-such-config.toml"))


@pytest.fixture
def closing_server() -> Iterator[Listener]:
    """A loopback server that drops every connection once it has read the request."""
    with Listener("close") as server:
        yield server


@pytest.fixture
def silent_server() -> Iterator[Listener]:
    """A loopback server that reads every request and never answers."""
    with Listener("silent") as server:
        yield server

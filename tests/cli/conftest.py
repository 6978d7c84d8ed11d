"""Fixtures for the command-line tool: a user of its own, a clean environment, a runner."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from cli_testkit import Invoke
from typer.testing import CliRunner, Result

from sdk.cli import app
from sdk.testing import LocalPlatform

OSPARC_VARS = (
    "OSPARC_API_HOST",
    "OSPARC_API_BASE_URL",
    "OSPARC_API_KEY",
    "OSPARC_API_SECRET",
    "OSPARC_API_AUTH",
    "OSPARC_PROFILE",
    "OSPARC_CA_BUNDLE",
    "OSPARC_CONFIG_FILE",
)


@pytest.fixture(scope="package")
def account(platform: LocalPlatform) -> dict[str, str]:
    key, secret = platform.add_user(f"cli-{uuid.uuid4().hex[:8]}@example.com")
    return {"host": platform.base_url, "api_key": key, "api_secret": secret}


@pytest.fixture
def credentials(account: dict[str, str]) -> dict[str, str]:
    return {
        "OSPARC_API_HOST": account["host"],
        "OSPARC_API_KEY": account["api_key"],
        "OSPARC_API_SECRET": account["api_secret"],
    }


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Nothing from the real environment or the user's config file; returns the config path."""
    for name in OSPARC_VARS:
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("OSPARC_CONFIG_FILE", str(config))
    return config


@pytest.fixture
def cli(credentials: dict[str, str]) -> Invoke:
    """`cli("solvers", "list")`: runs the app in-process, signed in as the test user."""

    def invoke(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> Result:
        merged = {**credentials, **(env or {})}
        return CliRunner().invoke(app, list(args), env=merged, **kwargs)

    return invoke


@pytest.fixture
def anonymous() -> Invoke:
    """The app with no credentials but what a test gives it."""

    def invoke(*args: str, **kwargs: Any) -> Result:
        return CliRunner().invoke(app, list(args), **kwargs)

    return invoke


@pytest.fixture(scope="package")
def number_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "single_number.txt"
    path.write_text("4\n")
    return path

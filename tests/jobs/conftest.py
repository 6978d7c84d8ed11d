"""Fixtures for the job layer: a user of its own on the shared platform, the sleeper release."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jobs_testkit import SLEEPER

import sdk
from sdk.testing import LocalPlatform


@pytest.fixture(scope="package")
def account(platform: LocalPlatform) -> dict[str, Any]:
    """A user for these tests alone, so listings see only their jobs."""
    key, secret = platform.add_user(f"jobs-{uuid.uuid4().hex[:8]}@example.com")
    return {"host": platform.base_url, "api_key": key, "api_secret": secret}


@pytest.fixture
def client(account: dict[str, Any]) -> Iterator[sdk.ApiClient]:
    with sdk.ApiClient(**account) as client:
        yield client


@pytest.fixture
def sleeper(client: sdk.ApiClient) -> sdk.SolverRelease:
    return sdk.SolverRelease.get(client, SLEEPER, "2.1.6")


@pytest.fixture(scope="package")
def number_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "single_number.txt"
    path.write_text("3\n")
    return path


@pytest.fixture
def tag() -> str:
    """A metadata value no other test uses."""
    return uuid.uuid4().hex[:12]

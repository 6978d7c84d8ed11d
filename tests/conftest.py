"""Fixtures shared by every test: a real reference platform on loopback, started once."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sdk.testing import LocalPlatform


@pytest.fixture(scope="session")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform(time_scale=0.01) as running:
        yield running


@pytest.fixture
def http(platform: LocalPlatform) -> Iterator[httpx.Client]:
    """A bare httpx client signed with the platform user's key (for server-level tests)."""
    with httpx.Client(
        base_url=platform.base_url,
        auth=(platform.api_key, platform.api_secret),
        timeout=30.0,
    ) as client:
        yield client

"""Fixtures for the server tests: a second user, and a slower platform for watching jobs run."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sdk.testing import LocalPlatform

# A job of the slow platform lasts 0.4 of its sleep: input_2=2 runs ~0.8 s (after a 0.2 s
# pending phase), long enough to watch each state; input_2=65 runs 26 s, which tests stop.
SLOW_TIME_SCALE = 0.4


@pytest.fixture(scope="session")
def other_user(platform: LocalPlatform) -> tuple[str, str]:
    """Key and secret of a second user of the shared platform."""
    return platform.add_user("other@osparc.local")


@pytest.fixture
def other_http(platform: LocalPlatform, other_user: tuple[str, str]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=platform.base_url, auth=other_user, timeout=30.0) as client:
        yield client


@pytest.fixture(scope="session")
def slow_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform(time_scale=SLOW_TIME_SCALE) as running:
        yield running


@pytest.fixture
def slow_http(slow_platform: LocalPlatform) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=slow_platform.base_url,
        auth=(slow_platform.api_key, slow_platform.api_secret),
        timeout=30.0,
    ) as client:
        yield client

"""Fixtures shared by every test: a real reference platform on loopback, started once.

The platform is the `local_platform` fixture of the package's own pytest plugin
(`sdk.pytest_plugin`, loaded through its `pytest11` entry point), so every run exercises the
plugin users get; `platform` is its name in this project's tests.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator

import httpx
import pytest

from sdk.testing import LocalPlatform


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("osparc_sdk"):
        raise pytest.UsageError(
            "the osparc_sdk pytest plugin is not loaded: install the project "
            "(pip install -e '.[dev]') and do not disable it (-p no:osparc_sdk)"
        )


@pytest.fixture(scope="session")
def platform(local_platform: LocalPlatform) -> LocalPlatform:
    """The shared platform (jobs 100x faster than real time: `local_platform_time_scale`)."""
    return local_platform


@pytest.fixture
def http(platform: LocalPlatform) -> Iterator[httpx.Client]:
    """A bare httpx client signed with the platform user's key (for server-level tests)."""
    with httpx.Client(
        base_url=platform.base_url,
        auth=(platform.api_key, platform.api_secret),
        timeout=30.0,
    ) as client:
        yield client


@pytest.fixture
def sigint_reaches_children() -> Iterator[None]:
    """Ctrl-C tests send SIGINT to a child process. A shell that starts the test run in the
    background without job control (`pytest &` in a script) sets SIGINT to ignored, and children
    inherit that, so they would never see the signal. While the test runs, SIGINT is handled
    here (as at a terminal), and a handled signal reaches a child's exec as the default."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)

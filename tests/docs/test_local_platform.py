"""`sdk.testing.LocalPlatform` when starting goes wrong: a port taken in the meantime, a start
that fails inside `with`. (Stopping, interrupted and killed sessions, and the atexit hook are
in test_pytest_plugin.py.)"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from sdk.testing import LocalPlatform, PlatformStartError


@contextmanager
def occupied(port: int) -> Iterator[None]:
    """Another program listening on `port` (of 127.0.0.1)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))
        sock.listen()
        yield


@pytest.mark.timeout(60)
def test_a_port_taken_before_the_start_is_replaced_by_a_free_one() -> None:
    platform = LocalPlatform()
    taken = platform.port
    with occupied(taken), platform:
        assert platform.port != taken
        assert httpx.get(f"{platform.base_url}/", timeout=5).status_code == 200
    assert not platform.data_dir.exists()


@pytest.mark.timeout(60)
def test_a_failed_start_inside_with_leaves_nothing_behind() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    platform = LocalPlatform(port=port)  # a port asked for is kept: no other is tried
    with occupied(port), pytest.raises(PlatformStartError, match="exited early"), platform:
        pytest.fail("the block must not run")
    assert not platform.running
    assert not platform.data_dir.exists()


@pytest.mark.timeout(60)
def test_async_with_starts_and_stops_in_the_callers_thread() -> None:
    async def scenario() -> tuple[int | None, LocalPlatform]:
        async with LocalPlatform() as platform:
            async with httpx.AsyncClient() as http:
                assert (await http.get(f"{platform.base_url}/")).status_code == 200
            return platform.pid, platform

    pid, platform = asyncio.run(scenario())
    assert pid is not None
    assert not platform.running
    assert not platform.data_dir.exists()

"""The pytest plugin (`sdk.pytest_plugin`, entry point `osparc_sdk`) as users get it, and the
promise of `sdk.testing.LocalPlatform` that no server outlives the session that started it.

Each test runs pytest on a generated test file in a subprocess, where the plugin is loaded
through its entry point alone, then looks for the server that session started: it must be
gone however the session ended (passed, failed, interrupted, killed).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from sdk.pytest_plugin import time_scale

pytest_plugins = ["pytester"]

RUN_TIMEOUT = 60.0

#: A conftest for the generated suites: every session records its platform for the checks.
RECORDING_CONFTEST = """
import json
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def record_platform(local_platform):
    Path("platform.json").write_text(json.dumps({
        "pid": local_platform.pid,
        "port": local_platform.port,
        "data_dir": str(local_platform.data_dir),
        "time_scale": local_platform.time_scale,
    }))
"""


def _recorded(pytester: pytest.Pytester) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / "platform.json").read_text())
    return data


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - the pid was reused by another user's process
        return False
    try:  # a zombie is dead, only not yet reaped by its new parent
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return True
    return fields[0] != "Z"


def _assert_gone(recorded: dict[str, Any], *, removed_data: bool = True) -> None:
    deadline = time.monotonic() + 10.0
    while _alive(recorded["pid"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(recorded["pid"]), f"the server {recorded['pid']} outlived its session"
    if removed_data:
        assert not Path(recorded["data_dir"]).exists(), "the temporary data was left behind"


@pytest.mark.timeout(90)
def test_the_fixtures_work_in_a_users_suite_and_stop_the_platform(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(RECORDING_CONFTEST)
    pytester.makeini("[pytest]\nlocal_platform_time_scale = 0.5\n")
    pytester.makepyfile(
        test_user_suite=textwrap.dedent(
            """
            import asyncio

            import sdk
            from sdk import aio


            def test_local_platform(local_platform):
                assert local_platform.running
                assert local_platform.base_url.startswith("http://127.0.0.1:")


            def test_api_client(api_client, local_platform):
                assert isinstance(api_client, sdk.ApiClient)
                assert api_client.settings.host == local_platform.base_url
                assert sdk.UsersApi(api_client).get_my_profile().login


            def test_async_api_client_without_an_async_plugin(async_api_client):
                async def scenario():
                    async with async_api_client() as client:
                        assert isinstance(client, aio.ApiClient)
                        return (await aio.MetaApi(client).get_service_metadata()).version

                assert asyncio.run(scenario())


            def test_async_api_client_overrides(async_api_client):
                async def scenario():
                    async with async_api_client(auth="token") as client:
                        assert client.settings.auth == "token"
                        return await aio.UsersApi(client).get_my_profile()

                assert asyncio.run(scenario()).login


            def test_a_failing_test_does_not_keep_the_platform(local_platform):
                assert False, "failing on purpose"
            """
        )
    )
    # The option wins over the ini setting.
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--local-platform-time-scale=0.05", timeout=RUN_TIMEOUT
    )
    result.assert_outcomes(passed=4, failed=1)
    recorded = _recorded(pytester)
    assert recorded["time_scale"] == 0.05
    _assert_gone(recorded)


@pytest.mark.timeout(90)
def test_an_interrupted_session_stops_the_platform(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(RECORDING_CONFTEST)
    pytester.makepyfile(
        test_interrupted="""
        def test_ctrl_c(local_platform):
            raise KeyboardInterrupt
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=RUN_TIMEOUT)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    recorded = _recorded(pytester)
    assert recorded["time_scale"] == 0.01  # the default
    _assert_gone(recorded)


@pytest.mark.timeout(90)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_session_takes_its_platform_along(pytester: pytest.Pytester) -> None:
    """SIGKILL runs no cleanup at all: the server must die with its parent on its own."""
    pytester.makeconftest(RECORDING_CONFTEST)
    pytester.makepyfile(
        test_killed="""
        import time

        def test_hangs(local_platform):
            time.sleep(60)
        """
    )
    session = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=pytester.path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while not (pytester.path / "platform.json").exists():
            assert session.poll() is None, "the session ended before its test started"
            assert time.monotonic() < deadline, "the session did not start its platform"
            time.sleep(0.05)
        recorded = _recorded(pytester)
        assert _alive(recorded["pid"])
        session.send_signal(signal.SIGKILL)
        session.wait(timeout=10)
    finally:
        if session.poll() is None:
            session.kill()
            session.wait()
    _assert_gone(recorded, removed_data=False)  # nobody was left to remove it
    shutil.rmtree(recorded["data_dir"], ignore_errors=True)


@pytest.mark.timeout(60)
def test_a_platform_never_closed_is_closed_at_exit(tmp_path: Path) -> None:
    script = (
        "import json\n"
        "from sdk.testing import LocalPlatform\n"
        "platform = LocalPlatform().start()\n"
        "print(json.dumps({'pid': platform.pid, 'data_dir': str(platform.data_dir)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=True,
    )
    # The data directory is removed by the atexit hook alone.
    _assert_gone(json.loads(done.stdout))


def test_the_time_scale_comes_from_the_option_or_the_ini(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nlocal_platform_time_scale = 0.25\n")
    assert time_scale(pytester.parseconfig()) == 0.25
    assert time_scale(pytester.parseconfig("--local-platform-time-scale=2")) == 2.0
    with pytest.raises(pytest.UsageError, match="positive number"):
        time_scale(pytester.parseconfig("--local-platform-time-scale=-1"))
    with pytest.raises(pytest.UsageError, match="positive number"):
        time_scale(pytester.parseconfig("--local-platform-time-scale=fast"))


def test_the_plugin_is_registered_through_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("osparc_sdk")
    assert plugin is not None
    assert plugin.__name__ == "sdk.pytest_plugin"

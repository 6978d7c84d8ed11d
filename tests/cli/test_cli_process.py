"""`python -m sdk.cli` as a real process: stdout holds only JSON, exit codes, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from cli_testkit import LONG_WALK

import sdk


def osparc_sdk(credentials: dict[str, str], *args: str, config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, **credentials, "OSPARC_CONFIG_FILE": str(config)}
    return subprocess.Popen(
        [sys.executable, "-m", "sdk.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_json_only_on_stdout(
    credentials: dict[str, str], number_file: Path, clean_env: Path
) -> None:
    process = osparc_sdk(
        credentials, "run", "sleeper", f"input_1=@{number_file}", "-o", "json", config=clean_env
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert json.loads(out)["state"] == "SUCCESS"

    failing = osparc_sdk(
        credentials,
        "jobs",
        "inspect",
        f"solvers/simcore/services/comp/itis/sleeper/releases/2.1.6/jobs/{uuid.uuid4()}",
        config=clean_env,
    )
    out, err = failing.communicate(timeout=60)
    assert failing.returncode == 4
    assert out == ""
    assert err.startswith("error: 404")
    assert "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT as Ctrl-C is POSIX")
@pytest.mark.usefixtures("sigint_reaches_children")
def test_ctrl_c_stops_the_job_and_exits_130(
    credentials: dict[str, str], account: dict[str, str], number_file: Path, clean_env: Path
) -> None:
    process = osparc_sdk(
        credentials, "run", "sleeper", f"input_1=@{number_file}", LONG_WALK, config=clean_env
    )
    assert process.stderr is not None
    line = process.stderr.readline()  # "started <job name>" once the job runs
    assert line.startswith("started "), line
    name = line.split()[-1]
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert f"interrupted: stopped {name}" in err
    with sdk.ApiClient(**account) as client:
        assert sdk.JobHandle.from_name(client, name).status().state is sdk.RunningState.ABORTED

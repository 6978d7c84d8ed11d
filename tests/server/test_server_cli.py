"""`platform-server` as a person runs it: every option explained with its default, and a busy
port refused in one line before anything is created or announced."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest


def osparc_platform_server(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PLATFORM_")}
    return subprocess.run(
        [sys.executable, "-m", "osparc_platform_server", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env={**clean, **(env or {}), "COLUMNS": "100"},
    )


def options_of(help_text: str) -> dict[str, str]:
    """`--name` -> its help text, from argparse's options section."""
    section = help_text.split("options:", 1)[1]
    found: dict[str, str] = {}
    current = ""
    for line in section.splitlines():
        match = re.match(r"\s{2}(-\w, )?(--[\w-]+)( [A-Z_{},a-z]+)?\s*(.*)", line)
        if match:
            current = match.group(2)
            found[current] = match.group(4)
        elif current:
            found[current] += " " + line.strip()
    return {name: " ".join(text.split()) for name, text in found.items()}


@pytest.mark.parametrize("command", [[], ["add-user"]])
def test_every_option_has_help(command: list[str], tmp_path: Path) -> None:
    result = osparc_platform_server(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    options = options_of(result.stdout)
    assert "--data-dir" in options
    assert "--api-key" in options
    for name, text in options.items():
        assert text, f"{name} has no help"
        assert "None" not in text, (name, text)


def test_serve_help_shows_the_defaults_but_never_a_secret(tmp_path: Path) -> None:
    secret = "s3cr3t-from-the-environment"
    result = osparc_platform_server("--help", cwd=tmp_path, env={"PLATFORM_API_SECRET": secret})
    options = options_of(result.stdout)
    assert "default 127.0.0.1" in options["--host"]
    assert "default 8000" in options["--port"]
    assert "default user@osparc.local" in options["--login"]
    assert "default warning" in options["--log-level"]
    assert "default 1" in options["--time-scale"]
    assert "PLATFORM_API_SECRET" in options["--api-secret"]
    assert secret not in result.stdout


def test_a_busy_port_fails_in_one_line_before_any_side_effect(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = osparc_platform_server(
            "--port", str(port), "--data-dir", str(data), "--time-scale", "0.01", cwd=tmp_path
        )
    assert result.returncode == 1
    assert result.stdout == ""  # no "Created user", no "Serving ..."
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: cannot listen on 127.0.0.1:{port}")
    assert "--port" in lines[0]
    assert not data.exists() or not any(data.iterdir())  # no database, no user


def test_the_access_log_is_written_at_info(tmp_path: Path) -> None:
    """Each request is logged at `--log-level info` (below it uvicorn is told not to format
    the lines it would drop)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "server.log"
    data = str(tmp_path / "data")
    command = ["-m", "osparc_platform_server", "--port", str(port), "--data-dir", data]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PLATFORM_")}
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, *command, "--log-level", "info"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=clean,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v0/meta", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        assert answer.status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert '"GET /v0/meta HTTP/1.1" 200' in log.read_text()

"""A local platform for tests and demos: the reference server in its own process.

    with LocalPlatform() as platform:
        with ApiClient(**platform.client_kwargs()) as client:
            ...

The server runs on a free loopback port with a temporary data directory and a known key; it
is stopped when the block ends (even on error or Ctrl-C), and on Linux it also dies with the
process that started it, so no server is ever left behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

__all__ = ["LocalPlatform", "PlatformStartError"]

_STARTUP_TIMEOUT = 30.0


class PlatformStartError(RuntimeError):
    """The local platform did not come up; the message holds the end of its log."""


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LocalPlatform:
    """Starts, restarts and stops a reference platform server on loopback."""

    def __init__(
        self,
        *,
        data_dir: str | os.PathLike[str] | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        time_scale: float = 0.01,
        host: str = "127.0.0.1",
        port: int | None = None,
        workers: int = 1,
        env: dict[str, str] | None = None,
    ) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self.api_key = api_key or f"test_{secrets.token_hex(6)}"
        self.api_secret = api_secret or secrets.token_urlsafe(18)
        self.time_scale = time_scale
        self.workers = workers
        self._env = dict(env or {})
        self._owns_dir = data_dir is None
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="local-platform-"))
        self._process: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<LocalPlatform {self.base_url} {state}>"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.data_dir / "server.log"

    def client_kwargs(self) -> dict[str, Any]:
        """Arguments for `ApiClient(...)` that point it at this platform."""
        return {"host": self.base_url, "api_key": self.api_key, "api_secret": self.api_secret}

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Self:
        if self.running:
            return self
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            **self._env,
            "PLATFORM_API_KEY": self.api_key,
            "PLATFORM_API_SECRET": self.api_secret,
            "PLATFORM_TIME_SCALE": str(self.time_scale),
        }
        command = [
            sys.executable,
            "-m",
            "platform_server",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--workers",
            str(self.workers),
        ]
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise PlatformStartError(f"the platform server exited early:\n{self._log_tail()}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.base_url}/", timeout=1.0).status_code == 200:
                    return
            time.sleep(0.05)
        raise PlatformStartError(
            f"the platform server did not answer within {_STARTUP_TIMEOUT:.0f} s:\n"
            f"{self._log_tail()}"
        )

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def restart(self) -> Self:
        """Stop and start again on the same port and data directory: state must survive."""
        self.stop()
        return self.start()

    def close(self) -> None:
        self.stop()
        if self._owns_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def add_user(
        self, login: str, api_key: str | None = None, api_secret: str | None = None
    ) -> tuple[str, str]:
        """Register another user (works while the server runs); returns its key and secret."""
        key = api_key or f"test_{secrets.token_hex(6)}"
        secret = api_secret or secrets.token_urlsafe(18)
        subprocess.run(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-m",
                "platform_server",
                "add-user",
                f"--data-dir={self.data_dir}",
                # `=` joins each value to its option: a secret may start with "-".
                f"--login={login}",
                f"--api-key={key}",
                f"--api-secret={secret}",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return key, secret

    # -- context managers -----------------------------------------------------------------------
    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        import asyncio

        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        import asyncio

        await asyncio.to_thread(self.close)

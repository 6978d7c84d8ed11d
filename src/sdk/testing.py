"""A local platform for tests and demos: the reference server in its own process.

    with LocalPlatform() as platform:
        with ApiClient(**platform.client_kwargs()) as client:
            ...

The server runs on a free loopback port with a temporary data directory and a known key; it
is stopped when the block ends (even on error or Ctrl-C). No server is ever left behind:

- the server runs in a process group of its own, and stopping it stops the whole group
  (uvicorn's worker processes too), first politely (SIGTERM), then with SIGKILL;
- platforms still running when the interpreter exits (a test that forgot `close()`, a script
  that ended early) are stopped by an `atexit` hook, and their temporary data removed;
- on Linux, a server started from the main thread also dies with its parent
  (`PR_SET_PDEATHSIG`), so even a parent killed with SIGKILL leaves no server (`async with`
  starts it in the caller's thread, not in a worker thread of the event loop).

With pytest, the `local_platform`, `api_client` and `async_api_client` fixtures of the
`osparc_sdk` plugin (`sdk.pytest_plugin`, installed with the package) start one for you.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

import httpx

__all__ = ["LocalPlatform", "PlatformStartError"]

_STARTUP_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0
#: Starts on a port another process took between `_free_port` and the bind are tried again.
_PORT_ATTEMPTS = 3
_POSIX = os.name == "posix"
_LINUX = sys.platform.startswith("linux")

#: Platforms that may still need cleaning up (started, or owning a temporary data directory),
#: for the atexit hook. A platform leaves the set when it is closed.
_LIVE: set[LocalPlatform] = set()
_LIVE_LOCK = threading.Lock()


class PlatformStartError(RuntimeError):
    """The local platform did not come up; the message holds the end of its log."""


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent(parent_pid: int) -> None:  # pragma: no cover - in the child, before exec
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    # The parent may have died between fork and prctl: then nobody would send the signal.
    if os.getppid() != parent_pid:
        os._exit(1)


def _close_all_at_exit() -> None:
    with _LIVE_LOCK:
        live = list(_LIVE)
    for platform in live:
        if platform._owner_pid == os.getpid():  # not in a forked child: its parent owns them
            with contextlib.suppress(Exception):
                platform.close()


atexit.register(_close_all_at_exit)


class LocalPlatform:
    """Starts, restarts and stops a reference platform server on loopback.

    `time_scale` multiplies every simulated duration (0.01: a 2 s sleeper job takes 20 ms);
    `env` adds `PLATFORM_*` settings of the server (e.g. `PLATFORM_UPLOAD_CHUNK_SIZE`).
    `ignore_idempotency_keys=True` makes it behave like the real platform, which creates a new
    job for every creation request whatever its `Idempotency-Key`.
    Without `data_dir`, a temporary directory is used and removed by `close()`.

    Attributes:
        host: The loopback address the server listens on.
        port: Its port (a free one unless given).
        api_key: The key of the platform's first user (random unless given).
        api_secret: That user's secret.
        data_dir: Where the server keeps its database, files and `server.log`.
        ignore_idempotency_keys: Whether it ignores `Idempotency-Key`, like the real platform.
    """

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
        ignore_idempotency_keys: bool = False,
    ) -> None:
        self.host = host
        self._pick_port = port is None
        self.port = port or _free_port(host)
        self.api_key = api_key or f"test_{secrets.token_hex(6)}"
        self.api_secret = api_secret or secrets.token_urlsafe(18)
        self.time_scale = time_scale
        self.workers = workers
        self._env = dict(env or {})
        self.ignore_idempotency_keys = ignore_idempotency_keys
        self._owns_dir = data_dir is None
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="local-platform-"))
        self._process: subprocess.Popen[bytes] | None = None
        self._owner_pid = os.getpid()
        if self._owns_dir:
            self._track()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<LocalPlatform {self.base_url} {state}>"

    @property
    def base_url(self) -> str:
        """`http://HOST:PORT`, the `host` of a client for this platform."""
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        """True while the server process runs."""
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs (it leads its own process group)."""
        return self._process.pid if self.running and self._process is not None else None

    @property
    def log_path(self) -> Path:
        """The server's log (its output), the first place to look when it misbehaves."""
        return self.data_dir / "server.log"

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        """Arguments for `ApiClient(...)` (or `sdk.aio.ApiClient`) that point it at this
        platform, plus any `overrides` (e.g. `auth="token"`, `retry=...`)."""
        return {
            "host": self.base_url,
            "api_key": self.api_key,
            "api_secret": self.api_secret,
            **overrides,
        }

    def environ(self) -> dict[str, str]:
        """`OSPARC_API_HOST`, `OSPARC_API_KEY` and `OSPARC_API_SECRET` for this platform, e.g.
        for `subprocess.run(..., env={**os.environ, **platform.environ()})`."""
        return {
            "OSPARC_API_HOST": self.base_url,
            "OSPARC_API_KEY": self.api_key,
            "OSPARC_API_SECRET": self.api_secret,
        }

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Self:
        """Start the server and wait until it answers (`PlatformStartError` if it does not)."""
        for attempt in range(1, _PORT_ATTEMPTS + 1):
            if self.running:
                return self
            log_offset = self._spawn()
            try:
                self._wait_until_ready()
            except PlatformStartError:
                self.stop()
                if attempt < _PORT_ATTEMPTS and self._port_was_taken(log_offset):
                    self.port = _free_port(self.host)
                    continue
                raise
            except BaseException:
                self.stop()
                raise
            self._pick_port = False  # restarts keep the port: clients know it
            break
        return self

    def _track(self) -> None:
        with _LIVE_LOCK:
            _LIVE.add(self)

    def _spawn(self) -> int:
        """Start the server process (not waiting for it); returns where its log starts."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._track()
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
            "osparc_platform_server",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--workers",
            str(self.workers),
        ]
        if self.ignore_idempotency_keys:
            command.append("--ignore-idempotency-keys")
        with self.log_path.open("ab") as log:
            offset = log.tell()
            self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                # A group of its own: stopping it reaches uvicorn's workers, and a Ctrl-C at
                # the terminal reaches only us, who then stop the server in order.
                start_new_session=_POSIX,
                preexec_fn=self._child_setup(),
            )
        return offset

    @staticmethod
    def _child_setup() -> Callable[[], None] | None:
        # PR_SET_PDEATHSIG fires when the *thread* that started the child ends. From the main
        # thread that is the process's end; from another thread (a pool's worker) it could be
        # any time, so there the atexit hook alone cleans up.
        if _LINUX and threading.current_thread() is threading.main_thread():
            return functools.partial(_die_with_parent, os.getpid())
        return None

    def _check_alive(self) -> None:
        if self._process is not None and self._process.poll() is not None:
            raise PlatformStartError(f"the platform server exited early:\n{self._log_tail()}")

    def _timed_out(self) -> PlatformStartError:
        return PlatformStartError(
            f"the platform server did not answer within {_STARTUP_TIMEOUT:.0f} s:\n"
            f"{self._log_tail()}"
        )

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        # trust_env=False: a proxy configured in the environment must not see loopback calls.
        with httpx.Client(trust_env=False, timeout=1.0) as http:
            while time.monotonic() < deadline:
                self._check_alive()
                with contextlib.suppress(httpx.TransportError):
                    if http.get(f"{self.base_url}/").status_code == 200:
                        return
                time.sleep(0.05)
        raise self._timed_out()

    async def _await_ready(self) -> None:
        import asyncio

        deadline = time.monotonic() + _STARTUP_TIMEOUT
        async with httpx.AsyncClient(trust_env=False, timeout=1.0) as http:
            while time.monotonic() < deadline:
                self._check_alive()
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get(f"{self.base_url}/")).status_code == 200:
                        return
                await asyncio.sleep(0.05)
        raise self._timed_out()

    def _port_was_taken(self, log_offset: int) -> bool:
        if not self._pick_port:
            return False
        try:
            with self.log_path.open("rb") as log:
                log.seek(log_offset)
                text = log.read().decode(errors="replace").lower()
        except OSError:
            return False
        return "address already in use" in text

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Stop the server and every process of its group; the data directory stays."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            self._signal(process, signal.SIGTERM)
            try:
                process.wait(timeout=_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._kill(process)
            except BaseException:  # interrupted while waiting: no mercy, then go on
                self._kill(process)
                raise
        if self.workers > 1:
            # Workers outlive their supervisor only if it was killed: sweep the group. Its id
            # cannot have been reused while any member is alive.
            self._signal(process, signal.SIGKILL if _POSIX else signal.SIGTERM)

    @classmethod
    def _kill(cls, process: subprocess.Popen[bytes]) -> None:
        cls._signal(process, signal.SIGKILL if _POSIX else signal.SIGTERM)
        process.wait(timeout=_STOP_TIMEOUT)

    @staticmethod
    def _signal(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if _POSIX:
                os.killpg(process.pid, sig)
            elif process.poll() is None:
                process.send_signal(sig)

    def restart(self) -> Self:
        """Stop and start again on the same port and data directory: state must survive."""
        self.stop()
        return self.start()

    def close(self) -> None:
        """Stop the server and remove the data directory if it is a temporary one."""
        try:
            self.stop()
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self)
            if self._owns_dir:
                shutil.rmtree(self.data_dir, ignore_errors=True)

    def add_user(
        self, login: str, api_key: str | None = None, api_secret: str | None = None
    ) -> tuple[str, str]:
        """Register another user (works while the server runs); returns its key and secret."""
        key = api_key or f"test_{secrets.token_hex(6)}"
        secret = api_secret or secrets.token_urlsafe(18)
        # Key and secret travel in the environment: never in the process list.
        subprocess.run(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-m",
                "osparc_platform_server",
                "add-user",
                f"--data-dir={self.data_dir}",
                f"--login={login}",  # `=` joins the value to its option, whatever it starts with
            ],
            env={**os.environ, "PLATFORM_API_KEY": key, "PLATFORM_API_SECRET": secret},
            check=True,
            capture_output=True,
            timeout=60,
        )
        return key, secret

    # -- context managers -----------------------------------------------------------------------
    def __enter__(self) -> Self:
        try:
            return self.start()
        except BaseException:
            self.close()  # no `with` block runs, so no __exit__: remove the data here
            raise

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        import asyncio

        for attempt in range(1, _PORT_ATTEMPTS + 1):
            if self.running:
                return self
            # Spawned here, in the caller's thread: on Linux the server dies with the thread
            # that started it, and a worker thread of the event loop may end first.
            log_offset = self._spawn()
            try:
                await self._await_ready()
            except PlatformStartError:
                await asyncio.to_thread(self.stop)
                if attempt < _PORT_ATTEMPTS and self._port_was_taken(log_offset):
                    self.port = _free_port(self.host)
                    continue
                self.close()
                raise
            except BaseException:
                self.close()
                raise
            self._pick_port = False
            break
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        import asyncio

        await asyncio.to_thread(self.close)

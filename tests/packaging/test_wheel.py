"""The wheel as a user gets it: built, installed without extras into a new virtualenv, used.

What a core install must be: three runtime dependencies (httpx, attrs, platformdirs, with
their own), every console script answering without a traceback (a missing extra is named),
and the SDK's types visible to the user's `mypy --strict` (py.typed in every package).

The wheel is built and installed once per session, with pip configured as CI's is and the
versions of constraints.txt, so no test here needs more of the network than CI's install.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORE = {"httpx", "attrs", "platformdirs"}
PACKAGES = {"sdk", "osparc_sdk_generated", "osparc_sdk_patches", "osparc_platform_server"}
# Optional dependencies that must stay out of a core install.
EXTRAS_ONLY = {
    *("typer", "rich", "click", "pydantic", "fastapi", "starlette", "uvicorn"),
    *("aiohttp", "httpx-aiohttp"),
}


@dataclass(frozen=True)
class BareInstall:
    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def run(self, *args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OSPARC_", "PYTHON"))}
        return subprocess.run(
            [str(a) for a in args], capture_output=True, text=True, timeout=240, cwd=cwd, env=env
        )


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="session")
def bare(tmp_path_factory: pytest.TempPathFactory) -> BareInstall:
    """The wheel built from this checkout, installed with no extra into a pip-less venv."""
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", work / "dist", REPO],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("osparc_sdk-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, timeout=120)
    constraints = REPO / "constraints.txt"
    target = venv / "bin" / "python"
    installed = subprocess.run(
        [*pip, "--python", target, "install", "--quiet", "--constraint", constraints, wheel],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    return BareInstall(wheel, venv)


def test_the_wheel_requires_three_distributions_without_extras(bare: BareInstall) -> None:
    with zipfile.ZipFile(bare.wheel) as wheel:
        (metadata,) = (n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        lines = wheel.read(metadata).decode().splitlines()
    field = "Requires-Dist:"
    requires = [line[len(field) :].strip() for line in lines if line.startswith(field)]
    unconditional = [r for r in requires if ";" not in r]
    names = {_normalise(re.split(r"[\s<>=!~\[;]", r, maxsplit=1)[0]) for r in unconditional}
    assert names == CORE
    # Ranges, not pins: a library must leave its users room to resolve.
    assert not [r for r in unconditional if "==" in r]
    assert {"cli", "server", "docs", "aiohttp", "dev"} <= {
        line.split(":", 1)[1].strip() for line in lines if line.startswith("Provides-Extra:")
    }


def test_a_core_install_holds_the_three_and_their_own_dependencies_only(
    bare: BareInstall,
) -> None:
    # Everything in the venv must be reachable from osparc-sdk through unconditional
    # requirements, and none of the extras' packages may be there.
    script = textwrap.dedent(
        """
        import json, re
        from importlib import metadata
        def norm(n): return re.sub(r"[-_.]+", "-", n).lower()
        dists = {norm(d.metadata["Name"]): d for d in metadata.distributions()}
        def deps(name):
            out = set()
            for req in dists[name].requires or []:
                head, _, marker = req.partition(";")
                if "extra ==" in marker:
                    continue
                dep = norm(re.split(r"[\\s<>=!~\\[(]", head.strip(), maxsplit=1)[0])
                if dep in dists:
                    out.add(dep)
            return out
        seen, todo = set(), ["osparc-sdk"]
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(deps(name))
        print(json.dumps({"installed": sorted(dists), "reachable": sorted(seen),
                          "direct": sorted(deps("osparc-sdk"))}))
        """
    )
    result = bare.run(bare.python, "-c", script)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert set(found["direct"]) == CORE
    assert found["installed"] == found["reachable"], "installed but required by nothing"
    assert not EXTRAS_ONLY & set(found["installed"])
    # httpx brings anyio, certifi, httpcore, h11, idna (and anyio typing_extensions): today
    # eleven distributions in all. Bounded, so that a heavy transitive addition is noticed.
    assert len(found["installed"]) <= 14, found["installed"]


def test_every_package_is_shipped_typed_and_imports_without_extras(bare: BareInstall) -> None:
    with zipfile.ZipFile(bare.wheel) as wheel:
        names = wheel.namelist()
    top_level = {n.split("/", 1)[0] for n in names if "/" in n and ".dist-info" not in n}
    assert top_level == PACKAGES
    for package in PACKAGES:
        assert f"{package}/py.typed" in names
    result = bare.run(
        bare.python, "-c", "import sdk, sdk.aio, sdk.models, sdk.testing; print(sdk.ApiClient)"
    )
    assert result.returncode == 0, result.stderr


def test_no_installed_command_crashes_and_each_names_its_extra(bare: BareInstall) -> None:
    with zipfile.ZipFile(bare.wheel) as wheel:
        (entry_points,) = (n for n in wheel.namelist() if n.endswith("entry_points.txt"))
        text = wheel.read(entry_points).decode()
    section = text.split("[console_scripts]", 1)[1].split("[", 1)[0]
    commands = [line.split("=", 1)[0].strip() for line in section.splitlines() if "=" in line]
    assert sorted(commands) == ["osparc-sdk", "platform-server"]
    extra_of = {"osparc-sdk": "cli", "platform-server": "server"}
    for command in commands:
        for args in ([], ["--help"]):
            result = bare.run(bare.venv / "bin" / command, *args)
            assert result.returncode != 0, (command, args, result.stdout)
            assert "Traceback" not in result.stderr + result.stdout
            assert f"pip install 'osparc-sdk[{extra_of[command]}]'" in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_progress_bars_without_rich_name_the_cli_extra(bare: BareInstall) -> None:
    script = (
        "import sdk\n"
        "try:\n"
        "    sdk.TransferProgress('upload')\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = bare.run(bare.python, "-c", script)
    assert result.returncode == 0, result.stderr
    assert "pip install 'osparc-sdk[cli]'" in result.stdout
    # A bar that is switched off needs nothing.
    off = bare.run(bare.python, "-c", "import sdk; sdk.TransferProgress('x', enabled=False)")
    assert off.returncode == 0, off.stderr


# A loopback server answering every request with a profile, and a finder at the head of
# sys.meta_path that counts the searches for sniffio: httpcore imports it on every async request,
# and without sniffio installed (as in a core install) each import would search sys.path again.
TRANSPORTS_SCRIPT = """
import asyncio, json, sys

class Count:
    searches = 0

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == "sniffio":
            cls.searches += 1
        return None

sys.meta_path.insert(0, Count)
import sdk
from sdk import aio

BODY = json.dumps({"id": 1, "login": "a@b.c", "role": "USER"}).encode()

async def answer(reader, writer):
    while not reader.at_eof():
        try:
            await reader.readuntil(b"\\r\\n\\r\\n")
        except asyncio.IncompleteReadError:
            return
        writer.write(b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\n"
                     b"content-length: %d\\r\\n\\r\\n%b" % (len(BODY), BODY))
        await writer.drain()

def blocking(host):
    with sdk.ApiClient(host=host, api_key="k", api_secret="s", token_cache=False) as client:
        login = sdk.UsersApi(client).get_my_profile().login
        inner = client.http._transport._inner.pool  # made by the first request
        return login, type(getattr(inner, "fast", inner))

async def main():
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    host = "http://127.0.0.1:%d" % server.sockets[0].getsockname()[1]
    used, logins = [], []
    for transport in (None, "httpx"):  # the default, then httpx's own pool (httpcore)
        async with aio.ApiClient(host=host, api_key="k", api_secret="s", token_cache=False,
                                 async_transport=transport) as client:
            logins += [(await aio.UsersApi(client).get_my_profile()).login for _ in range(20)]
            inner = client.http._transport._inner
            pool = getattr(inner, "pool", inner)  # made by the first request
            used.append(type(getattr(pool, "fast", pool)).__name__)
    login, sync_used = await asyncio.to_thread(blocking, host)
    print(json.dumps({"logins": sorted(set(logins + [login])), "async": used,
                      "sync": sync_used.__name__, "searches": Count.searches}))

asyncio.run(main())
"""


def test_a_core_install_calls_sync_and_async_without_searching_for_sniffio(
    bare: BareInstall,
) -> None:
    result = bare.run(bare.python, "-c", TRANSPORTS_SCRIPT)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["logins"] == ["a@b.c"]
    # asyncio with the SDK's own pool by default; httpx's own pool when asked for
    assert found["async"] == ["AsyncStdlibTransport", "AsyncHTTPTransport"]
    assert found["sync"] == "StdlibTransport"  # the standard library's sockets
    # anyio's import looks once, the first async client once more; without the SDK recording
    # the absence, httpcore would search four times per request (80 more here).
    assert found["searches"] <= 2, found


GOOD = """\
from uuid import UUID

from sdk import ApiClient, FileMeta, FilesApi, RetryPolicy, Solver, SolversApi, aio


def release_version(client: ApiClient, key: str) -> str:
    release: Solver = SolversApi(client).get_solver_release(key, "2.1.6")
    return release.version


def file_name(client: ApiClient, file_id: UUID) -> str:
    meta: FileMeta = FilesApi(client).get_file(file_id)
    return meta.filename


async def solver_keys(client: aio.ApiClient) -> list[str]:
    return [solver.id async for solver in aio.SolversApi(client).iter_solvers()]


def patient() -> ApiClient:
    return ApiClient(retry=RetryPolicy(), timeout=30.0)
"""

BAD = """\
from sdk import ApiClient, FilesApi


def file_name(client: ApiClient) -> str:
    return FilesApi(client).get_file("3b87f1c2-0000-0000-0000-000000000000").filename
"""


def test_users_strict_mypy_sees_the_sdk_types(bare: BareInstall, tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    (tmp_path / "mypy.ini").write_text("[mypy]\n")  # none of this repository's settings
    result = bare.run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-executable",
        bare.python,
        "--cache-dir",
        tmp_path / ".mypy_cache",
        "--config-file",
        tmp_path / "mypy.ini",
        "good.py",
        "bad.py",
        cwd=tmp_path,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    # good.py type-checks: no "missing library stubs or py.typed marker", no Any leaking.
    assert not [e for e in errors if e.startswith("good.py")], result.stdout
    # bad.py passes a str where the SDK declares a UUID: mypy knows the signature.
    assert len(errors) == 1, result.stdout
    assert errors[0].startswith("bad.py:5: error:")
    for part in ('"get_file"', '"UUID"', "[arg-type]"):
        assert part in errors[0], errors[0]
    assert result.returncode == 1

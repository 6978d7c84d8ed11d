"""End to end: a server change, regeneration, and the breaking-change gate, in a clone.

The clone is of the repository's HEAD (a committed, consistent state: server, spec, generated
code, patches), with the working tree's `scripts/` laid over it so that the gate under test is
the current one; in-progress edits elsewhere in the working tree cannot make this test flaky.
The clone's spec and generated code are regenerated once and committed on `main` (the base),
then each test works on a branch off it, so `scripts/check_breaking.sh` finds its base by
itself (the merge base with `main`). The code generator's virtualenv is the main repository's
(the clone's `.cache` is a symlink to it, made here first with `regen.sh --tools-only`, so a
fresh checkout where nothing ran before works too); the spec is exported with the
interpreter running these tests.

mypy runs as CI runs it (`mypy --strict src/sdk patches` with the clone's pyproject settings),
with errors inside `osparc_sdk_generated` silenced: in the main repository the editable install
already makes mypy treat generated/ as an installed package (errors not reported).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS_EXIT_CODE = 3  # regen.sh: the generator's tools could not be installed
FILES_SCHEMA = Path("server/osparc_platform_server/schemas/files.py")
CHECKSUM_LINE = "    checksum: str | None = Field(default=None, pattern=SHA256)\n"
E_TAG_LINE = "    e_tag: str | None = None\n"
GENERATED_FILE_MODEL = Path("generated/osparc_sdk_generated/models/file_meta.py")

pytestmark = pytest.mark.slow


def project_python() -> str:
    venv_python = REPO / ".venv" / "bin" / "python"
    return str(venv_python) if venv_python.exists() else sys.executable


def run(
    args: list[str], cwd: Path, timeout: float = 60, check: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHON": project_python(),
        "GIT_AUTHOR_NAME": "gate test",
        "GIT_AUTHOR_EMAIL": "gate@test.invalid",
        "GIT_COMMITTER_NAME": "gate test",
        "GIT_COMMITTER_EMAIL": "gate@test.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    proc = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def git(repo: Path, *args: str) -> str:
    return run(["git", "-c", "commit.gpgsign=false", *args], cwd=repo).stdout


def regen(repo: Path, *args: str) -> None:
    proc = run(["scripts/regen.sh", *args], cwd=repo, timeout=300, check=False)
    if proc.returncode == TOOLS_EXIT_CODE:
        pytest.skip(f"the code generator's tools could not be installed:\n{proc.stderr[-2000:]}")
    assert proc.returncode == 0, proc.stderr


def gate(repo: Path) -> subprocess.CompletedProcess[str]:
    return run(["scripts/check_breaking.sh"], cwd=repo, check=False)


def write_mypy_config(repo: Path) -> Path:
    """The clone's [tool.mypy] settings as an ini file, plus silence inside osparc_sdk_generated."""
    settings = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    lines = ["[mypy]"]
    for key, value in settings.items():
        if isinstance(value, list):
            value = ",".join(map(str, value))
        lines.append(f"{key} = {value}")
    lines += ["", "[mypy-osparc_sdk_generated.*]", "ignore_errors = True", ""]
    config = repo / ".gate-mypy.ini"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def mypy(repo: Path) -> subprocess.CompletedProcess[str]:
    config = write_mypy_config(repo)
    return run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--strict",
            "src/sdk",
            "patches",
        ],
        cwd=repo,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("gate") / "repo"
    run(["git", "clone", "--quiet", str(REPO), str(repo)], cwd=REPO)
    git(repo, "checkout", "--quiet", "-B", "main")
    git(repo, "remote", "remove", "origin")  # the base is this clone's `main`, nothing else
    with (repo / ".git" / "info" / "exclude").open("a", encoding="utf-8") as exclude:
        exclude.write(".cache\n.gate-mypy.ini\n")
    # The shared tool virtualenv must exist before the link to it: a link to a missing
    # directory makes the clone's `mkdir -p .cache` fail ("File exists").
    regen(REPO, "--tools-only")
    (repo / ".cache").symlink_to(REPO / ".cache", target_is_directory=True)
    shutil.copytree(
        REPO / "scripts",
        repo / "scripts",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    regen(repo)
    git(repo, "add", "--all", "scripts", "openapi.json", "generated")
    git(repo, "commit", "--quiet", "--allow-empty", "-m", "base: current gate, regenerated")
    return repo


@pytest.fixture
def branch(clone: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A fresh branch off the base `main` for one test; everything else is reset."""
    git(clone, "checkout", "--quiet", "--force", "-B", request.node.name[:40], "main")
    git(clone, "clean", "-fdq")
    yield clone
    git(clone, "checkout", "--quiet", "--force", "main")


def edit(repo: Path, relative: Path, old: str, new: str) -> None:
    path = repo / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{relative} no longer contains {old!r}: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_removing_a_field_the_patches_use_fails_the_gate(branch: Path) -> None:
    repo = branch
    edit(repo, FILES_SCHEMA, CHECKSUM_LINE, "")
    regen(repo)
    assert "checksum" not in (repo / GENERATED_FILE_MODEL).read_text(encoding="utf-8")
    git(repo, "commit", "--quiet", "--all", "-m", "drop File.checksum")  # as in a pull request

    proc = gate(repo)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "comparing openapi.json at " in proc.stdout
    assert "with the working tree (merge base with main)" in proc.stdout
    assert "FAILED:" in proc.stderr
    assert "GET /v0/files/{file_id} response 200 .checksum: removed" in proc.stderr
    breaking = [line for line in proc.stderr.splitlines() if line.startswith("  BREAKING ")]
    assert breaking
    assert all(line.endswith(".checksum: removed") for line in breaking), proc.stderr

    # The hand-written layer no longer fits the regenerated client (if it uses the field).
    uses_field = any(
        ".checksum" in path.read_text(encoding="utf-8") for path in (repo / "patches").rglob("*.py")
    )
    if uses_field:
        typed = mypy(repo)
        assert typed.returncode == 1, typed.stdout + typed.stderr
        assert '"FileMeta" has no attribute "checksum"' in typed.stdout, typed.stdout
        assert "patches/osparc_sdk_patches/" in typed.stdout

    # A major version bump is what lets a breaking change through.
    version = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    major = int(version.split(".")[0])
    edit(repo, Path("pyproject.toml"), f'version = "{version}"', f'version = "{major + 1}.0.0"')
    allowed = gate(repo)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert f"allowed by the major version bump {version} -> {major + 1}.0.0" in allowed.stdout
    assert "BREAKING GET /v0/files/{file_id} response 200 .checksum: removed" in allowed.stdout


def test_adding_an_optional_field_passes_the_gate(branch: Path) -> None:
    repo = branch
    edit(repo, FILES_SCHEMA, E_TAG_LINE, E_TAG_LINE + "    size: int | None = None\n")
    regen(repo)
    assert "size" in (repo / GENERATED_FILE_MODEL).read_text(encoding="utf-8")

    proc = gate(repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "with the working tree (merge base with main)" in proc.stdout
    assert "COMPATIBLE GET /v0/files/{file_id} response 200 .size: added" in proc.stdout
    assert "BREAKING" not in proc.stdout + proc.stderr
    assert "OK: no breaking change to the API" in proc.stdout

    typed = mypy(repo)
    assert typed.returncode == 0, typed.stdout + typed.stderr

"""scripts/check_breaking.sh: how it finds its base, and when it fails, on tiny git repositories.

Each repository holds only the gate (the working tree's scripts/api_diff.py, the package
scripts/api_diff/ with the pipeline's name normaliser it uses, and scripts/check_breaking.sh),
a small openapi.json and a pyproject.toml.
No network, no server.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
Spec = dict[str, Any]

SPEC: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "0"},
    "paths": {
        "/v0/files/{file_id}": {
            "get": {
                "operationId": "get_file",
                "parameters": [
                    {
                        "in": "path",
                        "name": "file_id",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/File"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "File": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "checksum": {"type": "string"}},
                "required": ["id"],
            }
        }
    },
}
CHECKSUM_REMOVED = "GET /v0/files/{file_id} response 200 .checksum: removed"


def without_checksum() -> Spec:
    spec = copy.deepcopy(SPEC)
    del spec["components"]["schemas"]["File"]["properties"]["checksum"]
    return spec


def with_size() -> Spec:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["File"]["properties"]["size"] = {"type": "integer"}
    return spec


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "PYTHON": sys.executable,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@test.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@test.invalid",
            "GIT_CONFIG_NOSYSTEM": "1",
        }
        return subprocess.run(
            list(args),
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def git(self, *args: str) -> str:
        proc = self.run("git", "-c", "commit.gpgsign=false", *args)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    def write(self, spec: Spec | None = None, version: str | None = None) -> None:
        if spec is not None:
            (self.root / "openapi.json").write_text(json.dumps(spec, indent=2) + "\n")
        if version is not None:
            (self.root / "pyproject.toml").write_text(
                f'[project]\nname = "t"\nversion = "{version}"\n'
            )

    def commit(self, message: str) -> None:
        self.git("add", "--all")
        self.git("commit", "--quiet", "-m", message)

    def gate(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("scripts/check_breaking.sh", *args)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    for name in ("api_diff.py", "check_breaking.sh"):
        shutil.copy2(REPO / "scripts" / name, root / "scripts" / name)
    shutil.copytree(
        REPO / "scripts" / "api_diff",
        root / "scripts" / "api_diff",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (root / "scripts" / "codegen").mkdir()
    for name in ("spec_names.py", "operation-aliases.txt"):  # the pipeline's names
        shutil.copy2(REPO / "scripts" / "codegen" / name, root / "scripts" / "codegen" / name)
    result = Repo(root)
    result.git("init", "--quiet", "--initial-branch=main")
    result.write(SPEC, "0.1.0")
    result.commit("first")
    return result


def test_nothing_to_compare_on_main_without_changes(repo: Repo) -> None:
    repo.write(version="0.2.0")
    repo.commit("a change elsewhere")
    proc = repo.gate()
    assert proc.returncode == 0, proc.stderr
    assert "nothing to compare" in proc.stdout


def test_working_tree_change_on_main_is_compared_with_head(repo: Repo) -> None:
    repo.write(without_checksum())
    proc = repo.gate()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "comparing openapi.json at HEAD (" in proc.stdout
    assert ") with the working tree (the working tree changed openapi.json)" in proc.stdout
    assert f"  BREAKING {CHECKSUM_REMOVED}" in proc.stderr
    assert "FAILED: 1 breaking change(s)" in proc.stderr


def test_head_commit_that_changed_the_spec_is_compared_with_its_parent(repo: Repo) -> None:
    repo.write(without_checksum())
    repo.commit("drop checksum")
    proc = repo.gate()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "comparing openapi.json at HEAD~1 (" in proc.stdout
    assert CHECKSUM_REMOVED in proc.stderr


def test_last_release_tag_is_the_base_on_main(repo: Repo) -> None:
    repo.git("tag", "v0.1.0")
    repo.write(without_checksum())
    repo.commit("drop checksum")
    repo.write(with_size())  # also restores checksum in the working tree
    repo.commit("add size")
    proc = repo.gate()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "comparing openapi.json at v0.1.0 (" in proc.stdout
    assert ") with the working tree (last release tag)" in proc.stdout
    assert "COMPATIBLE GET /v0/files/{file_id} response 200 .size: added" in proc.stdout


def test_branch_is_compared_with_its_merge_base(repo: Repo) -> None:
    base = repo.git("rev-parse", "--short", "HEAD").strip()
    repo.git("checkout", "--quiet", "-b", "feature")
    repo.write(without_checksum())
    repo.commit("drop checksum")
    repo.git("checkout", "--quiet", "main")
    repo.write(with_size())
    repo.commit("main moves on")
    repo.git("checkout", "--quiet", "feature")
    proc = repo.gate()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    expected = f"comparing openapi.json at {base} with the working tree (merge base with main)"
    assert expected in proc.stdout
    assert CHECKSUM_REMOVED in proc.stderr
    assert "size" not in proc.stdout + proc.stderr  # main's later change is not ours


def test_major_version_bump_allows_a_breaking_change(repo: Repo) -> None:
    repo.git("checkout", "--quiet", "-b", "feature")
    repo.write(without_checksum(), "1.0.0")
    proc = repo.gate()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "allowed by the major version bump 0.1.0 -> 1.0.0" in proc.stdout
    assert f"BREAKING {CHECKSUM_REMOVED}" in proc.stdout
    repo.write(version="0.2.0")  # a minor bump is not enough
    assert repo.gate().returncode == 1


def test_base_can_be_forced(repo: Repo) -> None:
    repo.write(without_checksum())
    repo.commit("drop checksum")
    repo.write(with_size())
    repo.commit("add size, checksum back")
    forced = repo.gate("--base", "HEAD~1")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert "comparing openapi.json at HEAD~1 (" in forced.stdout
    assert "with the working tree (given with --base)" in forced.stdout
    assert "COMPATIBLE GET /v0/files/{file_id} response 200 .checksum: added" in forced.stdout


def test_usage_errors_exit_2(repo: Repo) -> None:
    assert repo.gate("--base", "no-such-ref").returncode == 2
    assert repo.gate("--frobnicate").returncode == 2
    assert repo.gate("--base").returncode == 2
    help_text = repo.gate("--help")
    assert help_text.returncode == 0
    assert "--base REF" in help_text.stdout

"""Every example of the documentation runs against the local platform, so it cannot drift.

Each guide (docs/*.md) runs as one test: its blocks in order, Python in one namespace, shell
blocks with bash, in a temporary working directory (and home), signed in through
OSPARC_API_HOST / OSPARC_API_KEY / OSPARC_API_SECRET as a new user of the session's platform.
The conventions (what runs, `<!-- skip: reason -->`, files written from titled blocks) are in
docs_blocks.py. Every script in examples/ runs too, as a subprocess with a timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from docs_blocks import Block, page_blocks, parse

from sdk.testing import LocalPlatform

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
EXAMPLES = REPO / "examples"
PAGES = sorted(DOCS.rglob("*.md"))
RUNNABLE = ("python", "shell", "console", "file")
#: How long one shell block or example script may take.
COMMAND_TIMEOUT = 60.0
#: Settings of the developer's own that must not reach the examples.
CLEARED = (
    "OSPARC_API_BASE_URL",
    "OSPARC_API_AUTH",
    "OSPARC_PROFILE",
    "OSPARC_CA_BUNDLE",
    "OSPARC_CONFIG_FILE",
    "OSPARC_SDK_LOG",
    "PYTEST_ADDOPTS",
)


def _pages_with_examples() -> list[Path]:
    return [page for page in PAGES if any(b.kind in RUNNABLE for b in page_blocks(page, REPO))]


def _new_user(platform: LocalPlatform, name: str) -> dict[str, str]:
    key, secret = platform.add_user(f"docs-{name}-{uuid.uuid4().hex[:8]}@example.com")
    return {
        "OSPARC_API_HOST": platform.base_url,
        "OSPARC_API_KEY": key,
        "OSPARC_API_SECRET": secret,
    }


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory and a home of their own; nothing from the developer's settings."""
    work, home = tmp_path / "work", tmp_path / "home"
    work.mkdir()
    home.mkdir()
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    # The project's interpreter and its console scripts (osparc-sdk, pytest) come first.
    monkeypatch.setenv(
        "PATH", os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    )
    monkeypatch.chdir(work)
    return work


def _run_shell(block: Block, cwd: Path) -> None:
    script = "set -euo pipefail\n" + block.shell_script()
    try:
        done = subprocess.run(
            ["bash", "-c", script],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{block.where}: still running after {COMMAND_TIMEOUT:.0f} s\n{error.output}")
    if done.returncode != 0:
        pytest.fail(
            f"{block.where}: exit status {done.returncode}\n"
            f"--- script\n{script}--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    sys.stdout.write(done.stdout)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("page", _pages_with_examples(), ids=lambda p: str(p.relative_to(DOCS)))
def test_guide_examples_run(
    page: Path, platform: LocalPlatform, sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _new_user(platform, page.stem).items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, object] = {"__name__": "__main__"}
    for block in page_blocks(page, REPO):
        if block.kind not in RUNNABLE or block.skip:
            continue
        cwd = REPO if block.directives.get("cwd") == "repo" else sandbox
        if block.kind == "file":
            assert block.title is not None
            (sandbox / block.title).write_text(block.code, encoding="utf-8")
        elif block.kind == "python":
            exec(compile(block.python_source(), str(DOCS.parent / block.source), "exec"), namespace)
        else:
            _run_shell(block, cwd)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_script_runs(script: Path, platform: LocalPlatform, sandbox: Path) -> None:
    """examples/*.py read OSPARC_API_*; demo.py starts a platform of its own."""
    env = {**os.environ, **_new_user(platform, script.stem)}
    try:
        done = subprocess.run(
            [sys.executable, str(script)],
            cwd=sandbox,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{script.name} still running after {COMMAND_TIMEOUT:.0f} s\n{error.output}")
    assert done.returncode == 0, (
        f"{script.name} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    )


# -- the conventions ----------------------------------------------------------------------------
def test_every_skip_says_why_and_skips_stay_rare() -> None:
    blocks = [b for page in PAGES for b in page_blocks(page, REPO)]
    runnable = [b for b in blocks if b.kind in RUNNABLE]
    skipped = [b for b in runnable if b.skip is not None]
    assert len(runnable) >= 40, "the guides are expected to hold runnable examples"
    for block in skipped:
        assert len(block.skip or "") >= 10, f"{block.where}: say why the block does not run"
    assert len(skipped) <= len(runnable) // 4, [b.where for b in skipped]
    for block in runnable:
        assert block.directives.get("cwd", "repo") == "repo", (
            f"{block.where}: cwd is repo or absent"
        )


def test_blocks_are_parsed_with_their_directives() -> None:
    page = """# Page

```python
x = 1
```

<!-- skip: needs credentials of your own -->

```console
$ osparc-sdk check
Signed in
$ osparc-sdk solvers \\
    list
```

```python title="test_it.py"
def test_it(): ...
```

Text between.

    ```bash
    echo indented
    ```
"""
    blocks = parse(page, "page.md")
    assert [(b.kind, b.line) for b in blocks] == [
        ("python", 3),
        ("console", 9),
        ("file", 16),
        ("shell", 22),
    ]
    assert blocks[0].directives == {}
    assert blocks[1].skip == "needs credentials of your own"
    assert blocks[1].shell_script() == "osparc-sdk check\nosparc-sdk solvers \\\n    list\n"
    assert blocks[2].title == "test_it.py"
    assert blocks[3].code == "echo indented\n"
    assert blocks[0].python_source().count("\n") == 3 + 1
    with pytest.raises(ValueError, match="unknown directive"):
        parse("<!-- skipp: typo -->\n```python\n```\n", "typo.md")
    with pytest.raises(ValueError, match="never closed"):
        parse("```python\nx = 1\n", "open.md")


@pytest.mark.timeout(90)
def test_the_site_builds_strictly(tmp_path: Path) -> None:
    """Broken links, unknown references and docstrings that do not render fail the build."""
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-4000:]

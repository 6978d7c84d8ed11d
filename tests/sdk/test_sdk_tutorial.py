"""The tutorial examples, blocking and awaitable, run end to end against the local platform."""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sdk_testkit import REPO


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", REPO / "examples" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def credentials_in_env(
    account: dict[str, Any], monkeypatch: pytest.MonkeyPatch, no_osparc_env: None
) -> None:
    """What a tutorial reader does: export the three variables."""
    monkeypatch.setenv("OSPARC_API_HOST", account["host"])
    monkeypatch.setenv("OSPARC_API_KEY", account["api_key"])
    monkeypatch.setenv("OSPARC_API_SECRET", account["api_secret"])


@pytest.mark.parametrize("example", ["tutorial", "tutorial_async"])
def test_the_tutorial_runs_to_success(
    example: str,
    credentials_in_env: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    main = load_example(example).main
    if example == "tutorial_async":
        assert inspect.iscoroutinefunction(main)
        state = asyncio.run(main(tmp_path))
    else:
        state = main(tmp_path)
    assert state == "SUCCESS"

    out = capsys.readouterr().out
    # The models print short: what a reader needs, none of the wire detail.
    assert "Signed in: Profile(login='" in out
    assert (
        "Solver 'Sleeper': Solver(id='simcore/services/comp/itis/sleeper', version='2.1.6')" in out
    )
    assert "Uploaded FileMeta(filename='single_number.txt', id=" in out
    assert "Job finished: JobStatus(state=SUCCESS, progress=100)" in out
    for detail in ("additional_properties", "checksum", "e_tag", "UNSET"):
        assert detail not in out
    number = (tmp_path / "outputs" / "single_number.txt").read_text().strip()
    assert 1 <= int(number) <= 9
    assert f"output_1 holds {number}" in out
    assert "log " in out
    assert (tmp_path / "logs.zip").stat().st_size > 0


def test_the_two_tutorials_take_the_same_steps() -> None:
    """tutorial_async.py mirrors tutorial.py: the same output lines, in the same order."""

    def printed(name: str) -> list[str]:
        source = (REPO / "examples" / f"{name}.py").read_text()
        return [line.strip() for line in source.splitlines() if line.strip().startswith("print(")]

    assert printed("tutorial_async") == printed("tutorial")

"""Make the scripts/api_diff package importable as `api_diff` in this directory's tests, and
give tests the pinned generator (`generate_sdk`) to check the differ against real output.

The package is loaded by path and registered in sys.modules (scripts/ is not put on sys.path,
so nothing else in scripts/ can shadow a module of another test).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "scripts" / "api_diff"
TOOLS_EXIT_CODE = 3  # scripts/regen.sh: the generator's tools could not be installed

if "api_diff" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "api_diff", PACKAGE / "__init__.py", submodule_search_locations=[str(PACKAGE)]
    )
    assert _spec is not None
    assert _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["api_diff"] = _module
    _spec.loader.exec_module(_module)

GenerateSdk = Callable[[dict[str, Any], str], Path]


@pytest.fixture
def generate_sdk(tmp_path: Path) -> GenerateSdk:
    """`generate_sdk(spec, name)`: the package scripts/regen.sh writes for `spec`.

    The generator's virtualenv (.cache/codegen-venv) is made on first use, as regen.sh always
    does; the test is skipped only when its tools cannot be installed at all.
    """

    def generate(spec: dict[str, Any], name: str) -> Path:
        workdir = tmp_path / name
        workdir.mkdir()
        spec_file = workdir / "openapi.json"
        spec_file.write_text(json.dumps(spec, indent=2), encoding="utf-8")
        venv_python = REPO / ".venv" / "bin" / "python"
        python = str(venv_python) if venv_python.exists() else sys.executable
        proc = subprocess.run(
            ["scripts/regen.sh", "--spec", str(spec_file), "--out", str(workdir)],
            cwd=REPO,
            env={**os.environ, "PYTHON": python},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if proc.returncode == TOOLS_EXIT_CODE:
            pytest.skip(
                f"the code generator's tools could not be installed:\n{proc.stderr[-2000:]}"
            )
        assert proc.returncode == 0, proc.stderr
        return workdir / "osparc_sdk_generated"

    return generate

"""Make the scripts/api_diff package importable as `api_diff` in this directory's tests.

Loaded by path and registered in sys.modules (scripts/ is not put on sys.path, so nothing else
in scripts/ can shadow a module of another test).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "scripts" / "api_diff"

if "api_diff" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "api_diff", PACKAGE / "__init__.py", submodule_search_locations=[str(PACKAGE)]
    )
    assert _spec is not None
    assert _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["api_diff"] = _module
    _spec.loader.exec_module(_module)

"""Fixtures of the code generation tests: the tool virtualenv, the spec, generated packages."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from codegen_kit import (
    GENERATED,
    PACKAGE,
    SPEC,
    TOOLS_EXIT_CODE,
    Variant,
    Variants,
    run_regen,
)


@pytest.fixture(scope="session")
def codegen_tools() -> None:
    """Create (or reuse) the pinned tool virtualenv once for the session."""
    proc = run_regen("--tools-only", timeout=280)
    if proc.returncode == TOOLS_EXIT_CODE:
        pytest.skip(
            "the code generator's tools could not be installed with pip (network or registry"
            f" unavailable):\n{proc.stderr[-2000:]}"
        )
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    assert SPEC.is_file(), "openapi.json is missing at the repository root"
    result: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return result


@pytest.fixture(scope="session")
def generated_on_path() -> Iterator[None]:
    """Make `osparc_sdk_generated` importable from generated/."""
    assert (GENERATED / PACKAGE / "__init__.py").is_file(), (
        "generated/osparc_sdk_generated is missing"
    )
    sys.path.insert(0, str(GENERATED))
    try:
        yield
    finally:
        sys.path.remove(str(GENERATED))


@pytest.fixture(scope="session")
def variants(codegen_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Variants:
    return Variants(tmp_path_factory.mktemp("platform-variants"))


@pytest.fixture(scope="session")
def platform_variant(variants: Variants) -> Variant:
    """The 0.16-style variant (FastAPI's long operationIds, no extensions, object defaults)."""
    return variants("0.16")

"""Helpers for the code generation tests: running scripts/regen.sh, the generator's naming rules."""

from __future__ import annotations

import builtins
import importlib.util
import json
import keyword
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
REGEN = REPO / "scripts" / "regen.sh"
SPEC = REPO / "openapi.json"
GENERATED = REPO / "generated"
PACKAGE = "osparc_sdk_generated"
TOOLS_EXIT_CODE = 3  # regen.sh: the tools could not be installed
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ERROR_MODELS = ("ErrorGet", "HTTPValidationError")
CODEGEN = REPO / "scripts" / "codegen"
MAKE_VARIANT = CODEGEN / "make_platform_variant.py"


def load_codegen_module(name: str) -> ModuleType:
    """A module of scripts/codegen (they import each other by name, as scripts do)."""
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(CODEGEN))
    try:
        spec = importlib.util.spec_from_file_location(name, CODEGEN / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(CODEGEN))
    return module


@dataclass(frozen=True)
class Variant:
    """A platform-style document and the package generated from it (`path / PACKAGE`)."""

    spec: dict[str, Any]
    path: Path
    log: str


def run_regen(
    *args: str, cwd: Path = REPO, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    # The spec export runs the server with the interpreter that runs these tests.
    env = {**os.environ, "PYTHON": os.environ.get("PYTHON", sys.executable)}
    return subprocess.run(
        [str(cwd / "scripts" / "regen.sh"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


# The generator's own naming rules (openapi_python_client.strings.PythonIdentifier), so that
# the test finds tag packages (`credits` -> `credits_`) and methods without importing it.
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def python_identifier(value: str) -> str:
    safe = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in safe):
        safe = " ".join(re.split("([A-Z]?[a-z]+)", safe))
    name = "_".join(re.findall(r"[^. _-]+", safe)).lower()
    if name in _RESERVED or keyword.iskeyword(name):
        name += "_"
    assert name.isidentifier(), value
    return name


def class_stem(tag_package: str) -> str:
    """`solvers` -> `Solvers` (class SolversApi), `credits_` -> `Credits`."""
    return "".join(word.capitalize() for word in tag_package.strip("_").split("_"))


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def operations_by_tag(spec: dict[str, Any]) -> dict[str, set[str]]:
    by_tag: dict[str, set[str]] = {}
    for _method, _path, operation in operations(spec):
        tag = (operation.get("tags") or ["default"])[0]
        by_tag.setdefault(python_identifier(tag), set()).add(
            python_identifier(operation["operationId"])
        )
    return by_tag


def public_methods(cls: type) -> set[str]:
    return {
        name for name, value in vars(cls).items() if callable(value) and not name.startswith("_")
    }


class Variants:
    """Platform-style variants of our openapi.json (make_platform_variant.py) and the clients
    generated from them, each built once per session (a generation takes a few seconds)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[str, Variant] = {}

    def __call__(self, style: str) -> Variant:
        if style not in self._made:
            root = self._root / style
            root.mkdir()
            document = root / "variant.json"
            subprocess.run(
                [sys.executable, str(MAKE_VARIANT), "--style", style, str(SPEC), str(document)],
                check=True,
                timeout=60,
            )
            proc = run_regen("--spec", str(document), "--out", str(root / "out"))
            assert proc.returncode == 0, proc.stderr
            self._made[style] = Variant(
                spec=json.loads(document.read_text(encoding="utf-8")),
                path=root / "out",
                log=proc.stderr,
            )
        return self._made[style]

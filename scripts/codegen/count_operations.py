"""Fail when the generated package lacks an operation of the spec it was generated from.

Usage: python count_operations.py SPEC.json PACKAGE_DIR

The generator leaves an operation out with only a warning, and a warning can be on the allowed
list for another reason, so the operations are counted: every (method, path) of SPEC must have
a module under PACKAGE_DIR/api/<tag>/ that sends that request, and the tag's `<Tag>Api` and
`Async<Tag>Api` classes (endpoint_init.py.jinja) must each have a method of the module's name.
Prints "N of N operations generated", or names every operation missing and exits 1.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_operations(spec: dict[str, object]) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> operationId."""
    found: dict[tuple[str, str], str] = {}
    paths = spec.get("paths", {})
    assert isinstance(paths, dict)
    for path, item in paths.items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found[(method.upper(), path)] = str(operation.get("operationId", "?"))
    return found


def _request_of(module: ast.Module) -> tuple[str, str] | None:
    """(METHOD, path) of the `_kwargs` dict that `_get_kwargs` builds."""
    for node in ast.walk(module):
        if not isinstance(node, ast.Dict):
            continue
        entries = {
            key.value: value
            for key, value in zip(node.keys, node.values, strict=True)
            if isinstance(key, ast.Constant)
        }
        method, url = entries.get("method"), entries.get("url")
        if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
            url = url.func.value  # "/v0/...{id}".format(...)
        if isinstance(method, ast.Constant) and isinstance(url, ast.Constant):
            return str(method.value).upper(), str(url.value)
    return None


def _methods_of(init: Path) -> dict[str, set[str]]:
    """Class name -> method names, for the classes of a tag package's __init__.py."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return {
        node.name: {
            item.name
            for item in node.body
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }


def generated_operations(package: Path) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> module name, for modules reachable as sync and async methods."""
    found: dict[tuple[str, str], str] = {}
    for init in sorted((package / "api").glob("*/__init__.py")):
        classes = _methods_of(init)
        sync = [m for name, m in classes.items() if not name.startswith("Async")]
        async_ = [m for name, m in classes.items() if name.startswith("Async")]
        for module in sorted(init.parent.glob("*.py")):
            if module.name == "__init__.py":
                continue
            request = _request_of(ast.parse(module.read_text(encoding="utf-8")))
            name = module.stem
            if request and any(name in m for m in sync) and any(name in m for m in async_):
                found[request] = name
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    wanted = spec_operations(spec)
    have = generated_operations(Path(argv[1]))
    missing = sorted(set(wanted) - set(have), key=lambda key: (key[1], key[0]))
    if missing:
        print(
            f"count_operations: {len(wanted) - len(missing)} of {len(wanted)} operations"
            f" generated; {len(missing)} dropped by the generator:",
            file=sys.stderr,
        )
        for method, path in missing:
            print(f"  - {wanted[(method, path)]} ({method} {path})", file=sys.stderr)
        return 1
    print(f"count_operations: {len(wanted)} of {len(wanted)} operations generated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

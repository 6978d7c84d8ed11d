"""The code generation pipeline: scripts/regen.sh, its templates and edits, what it generates.

Uses only the repository and subprocesses. The tool virtualenv (.cache/codegen-venv) is created
on first use, which needs pip and the package registry; these tests are skipped only when that
installation fails (regen.sh exit code 3), never for any other reason.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from codegen_kit import (
    ERROR_MODELS,
    GENERATED,
    PACKAGE,
    REPO,
    SPEC,
    class_stem,
    operations,
    operations_by_tag,
    public_methods,
    python_identifier,
    run_regen,
    tree_bytes,
)


@pytest.mark.slow
@pytest.mark.usefixtures("codegen_tools")
def test_check_passes_on_the_committed_tree() -> None:
    proc = run_regen("--check")
    assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr}"
    assert "generated/ is up to date" in proc.stdout


@pytest.mark.slow
@pytest.mark.usefixtures("codegen_tools")
def test_check_names_every_stale_extra_and_missing_file(tmp_path: Path) -> None:
    # A copy of just what --check --spec needs, so the repository itself is never touched.
    copy = tmp_path / "repo"
    shutil.copytree(
        REPO / "scripts", copy / "scripts", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(GENERATED, copy / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(SPEC, copy / "openapi.json")
    (copy / ".cache").symlink_to(REPO / ".cache", target_is_directory=True)

    package = copy / "generated" / PACKAGE
    models = sorted(p for p in (package / "models").glob("*.py") if p.name != "__init__.py")
    stale, missing = models[0], models[1]
    stale.write_text(stale.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    missing.unlink()
    (package / "api" / "leftover.py").write_text("", encoding="utf-8")

    proc = run_regen("--check", "--spec", "openapi.json", cwd=copy)
    assert proc.returncode == 1, f"{proc.stdout}\n{proc.stderr}"
    lines = set(proc.stdout.splitlines())
    rel = f"generated/{PACKAGE}"
    assert f"stale: {rel}/models/{stale.name}" in lines
    assert f"missing: {rel}/models/{missing.name}" in lines
    assert f"extra: {rel}/api/leftover.py" in lines
    assert any("run scripts/regen.sh" in line for line in lines)
    assert len([line for line in lines if line.split(":")[0] in {"stale", "extra", "missing"}]) == 3


@pytest.mark.slow
@pytest.mark.usefixtures("codegen_tools")
def test_two_generations_are_byte_identical(tmp_path: Path) -> None:
    trees = []
    for name in ("first", "second"):
        proc = run_regen("--spec", str(SPEC), "--out", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
        trees.append(tree_bytes(tmp_path / name / PACKAGE))
    first, second = trees
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    assert "py.typed" in first
    assert not any(b"UntrustedString object at" in content for content in first.values())


@pytest.mark.usefixtures("generated_on_path")
def test_every_operation_has_a_sync_and_an_async_method(spec: dict[str, Any]) -> None:
    by_tag = operations_by_tag(spec)
    assert by_tag, "openapi.json has no operations"
    for tag_package, expected in sorted(by_tag.items()):
        module = importlib.import_module(f"{PACKAGE}.api.{tag_package}")
        stem = class_stem(tag_package)
        sync_cls = getattr(module, f"{stem}Api")
        async_cls = getattr(module, f"Async{stem}Api")
        assert public_methods(sync_cls) == expected, tag_package
        assert public_methods(async_cls) == expected, tag_package
        for name in sorted(expected):
            operation: ModuleType = importlib.import_module(f"{PACKAGE}.api.{tag_package}.{name}")
            assert not inspect.iscoroutinefunction(getattr(sync_cls, name)), name
            assert inspect.iscoroutinefunction(getattr(async_cls, name)), name
            # Same parameters as the operation module's functions, minus `client`.
            wanted = [
                p
                for p in inspect.signature(operation.sync_detailed).parameters.values()
                if p.name != "client"
            ]
            for cls in (sync_cls, async_cls):
                # The class names its types for type checkers only (they load on first use):
                # evaluated among the operation module's names, they are the same objects.
                method = getattr(cls, name)
                signature = inspect.signature(method, locals=vars(operation), eval_str=True)
                assert list(signature.parameters.values())[1:] == wanted, f"{cls.__name__}.{name}"
                returned = str(signature.return_annotation)
                assert not any(error in returned for error in ERROR_MODELS), (
                    f"{cls.__name__}.{name}"
                )


@pytest.mark.usefixtures("generated_on_path")
def test_each_tag_package_says_in_its_own_words_what_it_holds(spec: dict[str, Any]) -> None:
    """The per-tag `__init__.py` docstring is ours (endpoint_init.py.jinja), not the
    generator's stock sentence: it names the operations' group and both classes."""
    for tag_package in sorted(operations_by_tag(spec)):
        module = importlib.import_module(f"{PACKAGE}.api.{tag_package}")
        stem = class_stem(tag_package)
        doc = " ".join((module.__doc__ or "").split())
        assert doc.startswith(f"The `{tag_package.strip('_')}` operations, one module each"), doc
        assert f"{stem}Api (blocking) and Async{stem}Api (awaitable)" in doc, doc
        assert "Contains endpoint functions" not in doc


@pytest.mark.usefixtures("generated_on_path")
def test_multipart_upload_lets_httpx_choose_the_boundary(spec: dict[str, Any]) -> None:
    multipart = [
        (path, operation)
        for _method, path, operation in operations(spec)
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
    ]
    assert any(operation["operationId"] == "upload_file" for _path, operation in multipart)
    types = importlib.import_module(f"{PACKAGE}.types")
    for _path, operation in multipart:
        tag_package = python_identifier((operation.get("tags") or ["default"])[0])
        name = python_identifier(operation["operationId"])
        module = importlib.import_module(f"{PACKAGE}.api.{tag_package}.{name}")
        if name != "upload_file":
            source = inspect.getsource(module)
            assert "+++" not in source, name
            continue
        body_cls = inspect.signature(module._get_kwargs).parameters["body"].annotation
        payload = b"first line\r\n--+++\r\nContent-Disposition: form-data\r\n\r\nnot a part"
        body = body_cls(file=types.File(payload=io.BytesIO(payload), file_name="data.bin"))
        kwargs = module._get_kwargs(body=body)
        assert "+++" not in json.dumps(kwargs.get("headers", {}))

        request = httpx.Request(
            kwargs.pop("method"), "http://testserver" + kwargs.pop("url"), **kwargs
        )
        content_type = request.headers["content-type"]
        boundary = content_type.partition("boundary=")[2]
        assert content_type.startswith("multipart/form-data; boundary=")
        assert boundary
        assert boundary != "+++"
        content = request.read()
        # One file part (with a filename: a file, not a text field), the payload intact.
        parts = content.split(b"--" + boundary.encode())
        assert len(parts) == 3, content
        assert b'name="file"; filename="data.bin"' in parts[1]
        assert parts[1].endswith(b"\r\n\r\n" + payload + b"\r\n")

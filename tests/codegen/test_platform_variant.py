"""Regenerating from a document shaped like the platform's own 0.16.0 one gives the same client.

The document is our openapi.json rewritten by scripts/codegen/make_platform_variant.py (the
platform's files are not in the repository). The client generated from it must have the same
modules, classes and methods as generated/, type-check with patches/ and src/sdk, and pass the
SDK's operation tests. What each reshaped quirk then does over HTTP is in
test_generator_quirks.py.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from codegen_kit import GENERATED, HTTP_METHODS, PACKAGE, REPO, Variant, Variants, operations

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"
PYTEST = (sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", "-p", "no:cacheprovider")
CHECKED = ("src/sdk", "patches")
#: The newest document's style, and the oldest one's (0.15.0's shapes, fewer operations).
STYLES = ("0.16", "0.13-client")
EXTRA_0_16_MODELS = {
    "response_format_json_schema_type.py",
    "response_format_text.py",
    "response_format_text_type.py",
    "text_param.py",
    "text_response_format_json_schema.py",
    "text_response_format_json_schema_schema.py",
}


def tag_classes(package: Path) -> dict[str, dict[str, list[str]]]:
    """tag package -> class -> method names, read from api/<tag>/__init__.py."""
    found: dict[str, dict[str, list[str]]] = {}
    for init in sorted((package / "api").glob("*/__init__.py")):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        found[init.parent.name] = {
            node.name: sorted(
                item.name
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            )
            for node in tree.body
            if isinstance(node, ast.ClassDef)
        }
    return found


def files(root: Path, pattern: str) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.glob(pattern)}


def env_with(variant: Variant) -> dict[str, str]:
    """The environment of a process that imports the variant instead of generated/."""
    path = [str(variant.path), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}


# -- the document ---------------------------------------------------------------------------------
def test_every_operation_is_generated_and_counted(variants: Variants) -> None:
    newest = variants("0.16")
    count = sum(1 for _ in operations(newest.spec)) + 3  # + the token endpoints
    assert f"count_operations: {count} of {count} operations generated" in newest.log
    # The official client's 0.13.0 document also lacks nine platform operations that the
    # hand-written layers call (listings, programs, responses): they are added (from our
    # document) before generation.
    older = variants("0.13-client")
    count = sum(1 for _ in operations(older.spec)) + 3 + 9
    assert f"count_operations: {count} of {count} operations generated" in older.log
    assert "9 operation(s) added" not in older.log  # the 3 + 9 are added in one step
    assert (
        "12 operation(s) added: batch_get_jobs_custom_metadata, create_response, create_token,"
        in older.log
    )


# -- the same client ------------------------------------------------------------------------------
def test_same_modules_classes_and_methods(platform_variant: Variant) -> None:
    ours, theirs = GENERATED / PACKAGE, platform_variant.path / PACKAGE
    assert files(theirs, "api/**/*.py") == files(ours, "api/**/*.py")
    assert tag_classes(theirs) == tag_classes(ours)
    # Only 0.16.0's TextParam family is new (where there is a CreateResponseRequest to carry it).
    models = files(theirs, "models/*.py") - files(ours, "models/*.py")
    assert models <= {f"models/{name}" for name in EXTRA_0_16_MODELS}
    assert files(ours, "models/*.py") <= files(theirs, "models/*.py")
    assert max(len(Path(name).stem) for name in files(theirs, "**/*.py")) <= 80


@pytest.mark.parametrize("style", STYLES)
def test_every_public_name_imports_from_it(variants: Variants, style: str) -> None:
    platform_variant = variants(style)
    script = (
        "import sdk, sdk.aio, osparc_sdk_generated\n"
        "for module in (sdk, sdk.aio):\n"
        "    for name in module.__all__:\n"
        "        getattr(module, name)\n"
        "print(osparc_sdk_generated.__file__)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        env=env_with(platform_variant),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(platform_variant.path / PACKAGE / "__init__.py")


@pytest.mark.slow
@pytest.mark.parametrize("style", STYLES)
def test_the_hand_written_layers_type_check_against_it(
    variants: Variants, style: str, tmp_path: Path
) -> None:
    platform_variant = variants(style)
    env = {**os.environ, "MYPYPATH": str(platform_variant.path)}
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), *CHECKED],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success: no issues found" in proc.stdout


@pytest.mark.slow
def test_the_sdk_operation_tests_pass_against_it(platform_variant: Variant) -> None:
    proc = subprocess.run(
        [*PYTEST, "tests/sdk/test_sdk_operations.py"],
        cwd=REPO,
        env=env_with(platform_variant),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout


def test_count_names_every_dropped_operation(tmp_path: Path, platform_variant: Variant) -> None:
    """count_operations.py fails when the generator leaves an operation out."""
    package = tmp_path / PACKAGE
    shutil.copytree(platform_variant.path / PACKAGE, package)
    (package / "api" / "meta" / "get_service_metadata.py").unlink()
    script = REPO / "scripts" / "codegen" / "count_operations.py"
    document = tmp_path / "variant.json"
    document.write_text(json.dumps(platform_variant.spec), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), str(document), str(package)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    total = sum(
        1
        for method in HTTP_METHODS
        for item in platform_variant.spec["paths"].values()
        if method in item
    )
    assert f"{total - 1} of {total} operations generated; 1 dropped" in proc.stderr
    assert "  - get_service_metadata_v0_meta_get (GET /v0/meta)\n" in proc.stderr

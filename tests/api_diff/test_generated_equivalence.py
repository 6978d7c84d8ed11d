"""Two documents whose generated code is identical: the differ must find nothing breaking.

Each no-op kind below rewrites the repository's openapi.json in a way the generated SDK does
not see (issue 13 lists the ones the platform's own history contains). Every kind is checked
on its own (fast, exact), and all of them together are regenerated with the pinned generator
to prove the premise: the two generated packages are byte-identical.
"""

from __future__ import annotations

import copy
import filecmp
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import api_diff
import pytest

REPO = Path(__file__).resolve().parents[2]
Spec = dict[str, Any]
GenerateSdk = Callable[[Spec, str], Path]  # the `generate_sdk` fixture (conftest.py)
JOBS = "/v0/solvers/{solver_key}/releases/{version}/jobs"


@pytest.fixture(scope="module")
def spec() -> Spec:
    document: Spec = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    return document


def schemas(doc: Spec) -> Spec:
    result: Spec = doc["components"]["schemas"]
    return result


def prop(doc: Spec, model: str, name: str) -> Spec:
    """A property of a schema, by the schema's name or the start of it (body models)."""
    found = next(key for key in schemas(doc) if key == model or key.startswith(model + "_"))
    result: Spec = schemas(doc)[found]["properties"][name]
    return result


def each_operation(doc: Spec) -> list[tuple[str, str, Spec]]:
    return [
        (method, path, op) for path, item in doc["paths"].items() for method, op in item.items()
    ]


# --- the no-op kinds ------------------------------------------------------------------------


def string_formats_the_generator_ignores(doc: Spec) -> None:
    """`uri`, `email`, `password`, `path` added or removed: every one is still a `str`."""
    del prop(doc, "Meta", "docs_url")["format"]  # response, format removed
    prop(doc, "Solver", "maintainer")["format"] = "email"  # response, added
    prop(doc, "Solver", "url")["anyOf"][0]["format"] = "uri"  # response, nullable
    prop(doc, "UserFile", "filename")["format"] = "path"  # request, added
    prop(doc, "RefreshRequest", "refresh_token")["format"] = "password"  # request
    prop(doc, "Page_File_", "total")["format"] = "int64"  # integers are `int` whatever


def binary_as_format_instead_of_content_media_type(doc: Spec) -> None:
    """The upload field spelled the OpenAPI 3.0 way: the same `File` either way."""
    field = prop(doc, "Body_upload_file", "file")
    del field["contentMediaType"]
    field["format"] = "binary"


def uuid_through_a_string_component(doc: Spec) -> None:
    """Job ids as `$ref JobID` (a string component: no class of its own) instead of inline."""
    schemas(doc)["JobID"] = {"format": "uuid", "type": "string"}
    for model in ("JobStatus", "JobOutputs", "JobMetadata"):
        schemas(doc)[model]["properties"]["job_id"] = {"$ref": "#/components/schemas/JobID"}
    for _, _, op in each_operation(doc):
        for parameter in op.get("parameters", []):
            if parameter["name"] == "job_id":
                parameter["schema"] = {"$ref": "#/components/schemas/JobID"}


def components_without_a_class(doc: Spec) -> None:
    """Components that never become a generated class, used by nothing."""
    schemas(doc)["Checksum"] = {"pattern": "^[a-f0-9]{64}$", "type": "string"}
    schemas(doc)["Tags"] = {"items": {"type": "string"}, "type": "array"}


def one_of_instead_of_any_of(doc: Spec) -> None:
    prop(doc, "Job", "url")["oneOf"] = prop(doc, "Job", "url").pop("anyOf")


GENERATED_THE_SAME: list[Callable[[Spec], None]] = [
    string_formats_the_generator_ignores,
    binary_as_format_instead_of_content_media_type,
    uuid_through_a_string_component,
    components_without_a_class,
    one_of_instead_of_any_of,
]


def fastapi_default_operation_ids(doc: Spec) -> None:
    """The platform's 0.16 style: `<short id><path with \\W as _>_<method>`, and its alias."""
    for method, path, op in each_operation(doc):
        if op["operationId"] == "list_jobs_paginated":
            op["operationId"] = "get_jobs_page"  # 0.16 renamed this one, with no suffix
        else:
            op["operationId"] += re.sub(r"\W", "_", path) + "_" + method


def camel_case_operation_ids(doc: Spec) -> None:
    """`getFile` and `get_file` are the same generated function. (Not where a request body
    model is named after the id: the pipeline would no longer find and shorten its name.)"""
    for _, _, op in each_operation(doc):
        if "requestBody" in op:
            continue
        head, *rest = op["operationId"].split("_")
        op["operationId"] = head + "".join(word.capitalize() for word in rest)


# Normalised by the pipeline before generation (scripts/codegen), so checked here without it.
SAME_NAMES_AFTER_NORMALISATION: list[Callable[[Spec], None]] = [
    fastapi_default_operation_ids,
    camel_case_operation_ids,
]


def applied(spec: Spec, *kinds: Callable[[Spec], None]) -> Spec:
    doc = copy.deepcopy(spec)
    for kind in kinds:
        kind(doc)
    return doc


@pytest.mark.parametrize(
    "kind",
    GENERATED_THE_SAME + SAME_NAMES_AFTER_NORMALISATION,
    ids=lambda kind: kind.__name__,
)
def test_a_no_op_kind_breaks_nothing_either_way(spec: Spec, kind: Callable[[Spec], None]) -> None:
    changed = applied(spec, kind)
    assert changed != spec  # the kind did rewrite something
    for old, new in ((spec, changed), (changed, spec)):
        report = api_diff.diff(old, new)
        assert report.breaking == [], "\n".join(map(str, report.breaking))
        assert report.exit_code == 0


def test_what_no_op_kinds_still_report(spec: Spec) -> None:
    """Formats are reported (as compatible); ids, aliases, classless components are not."""
    lines = {
        f"{change.severity.value} {change.rule} {change}"
        for change in api_diff.diff(spec, applied(spec, *GENERATED_THE_SAME)).changes
    }
    assert (
        "compatible format-changed GET /v0/meta response 200 .docs_url:"
        " format uri removed (generated type unchanged: str)"
    ) in lines
    assert (
        "compatible format-changed PUT /v0/files/content request body (multipart/form-data)"
        " .file: format binary added (generated type unchanged: File)"
    ) in lines
    assert all(" format-changed " in line for line in lines), "\n".join(sorted(lines))
    renamed = applied(spec, *SAME_NAMES_AFTER_NORMALISATION[:1])
    assert api_diff.diff(spec, renamed).changes == ()


@pytest.mark.slow
def test_identical_generated_code_means_no_breaking_change(
    spec: Spec, generate_sdk: GenerateSdk
) -> None:
    changed = applied(spec, *GENERATED_THE_SAME)
    before, after = generate_sdk(spec, "old"), generate_sdk(changed, "new")
    differences = _tree_differences(before, after)
    assert differences == [], f"the premise fails: generated code differs in {differences}"
    for old, new in ((spec, changed), (changed, spec)):
        assert api_diff.diff(old, new).breaking == []


def _tree_differences(left: Path, right: Path) -> list[str]:
    files = {
        str(path.relative_to(root))
        for root in (left, right)
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    return sorted(
        name
        for name in files
        if not ((left / name).is_file() and (right / name).is_file())
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )

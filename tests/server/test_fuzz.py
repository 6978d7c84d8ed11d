"""Property-based tests of every operation with schemathesis: generated requests, valid and
invalid, against a live server of its own. No 5xx, responses conform to the spec, valid data is
accepted and invalid data rejected.

The schema is the committed openapi.json (test_spec.py checks that it is what the server
serves). Schemathesis' lazy `from_fixture` loader does not work with this pytest, so the
credentials are chosen here, at import, and the base URL is passed at call time.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis import checks
from schemathesis.config import HealthCheck
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"
KEY = f"fuzz_{secrets.token_hex(6)}"
SECRET = secrets.token_urlsafe(18)
SLEEPER = "simcore/services/comp/itis/sleeper"


def with_path_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec, with examples for the solver path parameters (in memory only).

    Schemathesis never puts a slash in a path parameter unless an example shows one, so without
    an example for `solver_key` no valid request to a solver operation can be generated at all
    (and the search for one is slow). The examples also make the examples phase call the
    operations of a release that exists.
    """
    examples = {"solver_key": SLEEPER, "version": "2.1.6"}
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "path" and parameter["name"] in examples:
                    parameter["example"] = examples[parameter["name"]]
    return spec


SPEC = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
# Headers an operation requires: those must be sent even when their value is "null".
REQUIRED_HEADERS = {
    (path, parameter["name"])
    for path, item in SPEC["paths"].items()
    for operation in item.values()
    for parameter in operation.get("parameters", [])
    if parameter["in"] == "header" and parameter.get("required")
}
schema = schemathesis.openapi.from_dict(with_path_examples(SPEC))
schema.config.seed = 20240601
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=25,  # per operation and mode
    deterministic=True,
)
schema.config.update(
    basic_auth=(KEY, SECRET),
    # Patterns on path parameters (solver keys, semver) leave Hypothesis filtering many draws.
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
# The platform caps file sizes (PLATFORM_MAX_UPLOAD_BYTES) below what `filesize` allows; 413 is
# the documented answer to a valid request for a bigger file.
positive = schema.config.checks.positive_data_acceptance
positive.expected_statuses = [*positive.expected_statuses, "413"]

# Checks left out for one operation, with the reason.
EXCLUDED_CHECKS = {
    # "Unimplemented routes return 501" is the platform's contract for this one.
    "GET /v0/studies/{study_id}/jobs/{job_id}": [checks.not_a_server_error],
    # A binary form field is bytes: the "null" or "0" schemathesis puts in the `file` part to
    # break `format: binary` is a perfectly good (4- or 1-byte) file.
    "PUT /v0/files/content": [checks.negative_data_rejection],
    # Job inputs are checked against the solver's ports (required `input_1`, bounds, types),
    # which the schema's free-form `values` cannot state; test_jobs.py covers those 422s.
    "POST /v0/solvers/{solver_key}/releases/{version}/jobs": [checks.positive_data_acceptance],
    # `function_class` picks the member of these unions: the schema makes it optional (a
    # constant with a default), but a body without it matches no member, as on the platform.
    "POST /v0/functions": [checks.positive_data_acceptance],
    "POST /v0/function_jobs": [checks.positive_data_acceptance],
    # `model` is untyped in the schema (as on the platform); the chatbot knows four names and
    # answers 422 for any other (tested in test_responses.py).
    "POST /v0/responses": [checks.positive_data_acceptance],
}

_UNSAFE_NAME = re.compile(r"[/\\\x00-\x1f]")

SESSION = requests.Session()


def as_platform_would_send(case: schemathesis.Case) -> None:
    """Valid (positive) data the schema allows but the platform cannot receive as such."""
    components = case.meta.components if case.meta else {}
    header = components.get(ParameterLocation.HEADER)
    if case.headers and header is not None and header.mode == GenerationMode.POSITIVE:
        # Optional headers are `anyOf[uuid, null]`; a header cannot carry JSON null, and the text
        # "null" is no UUID. Leaving the header out is how null is sent. (The required lineage
        # headers of :run and :map take the text "null" itself.)
        for name in [n for n, v in case.headers.items() if v is None or v == "null"]:
            if (case.path, name) not in REQUIRED_HEADERS:
                del case.headers[name]
    body = components.get(ParameterLocation.BODY)
    if (
        isinstance(case.body, dict)
        and body is not None
        and body.mode == GenerationMode.POSITIVE
        and isinstance(case.body.get("filename"), str)
    ):
        # A file name must be one plain path component of at most 255 characters (tested in
        # test_uploads.py), a rule the platform's schema (a plain string) does not state.
        name = _UNSAFE_NAME.sub("_", case.body["filename"])[:255]
        case.body["filename"] = "dot_" if name in (".", "..") else name


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[LocalPlatform]:
    with LocalPlatform(api_key=KEY, api_secret=SECRET) as running:
        yield running


@schema.parametrize()
def test_operation(case: schemathesis.Case, fuzzed: LocalPlatform) -> None:
    as_platform_would_send(case)
    case.call_and_validate(
        base_url=fuzzed.base_url,
        session=SESSION,
        excluded_checks=EXCLUDED_CHECKS.get(f"{case.method} {case.path}", []),
    )

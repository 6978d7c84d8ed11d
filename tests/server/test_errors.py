"""The error envelope (ErrorGet) on every kind of failure, method handling, and rate limiting."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from helpers import JOBS, RELEASE, assert_error, assert_validation_error, client, job_path

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)

NOBODY = "00000000-0000-4000-8000-000000000000"  # an id no resource has
JOB = job_path(NOBODY)


@pytest.mark.parametrize("path", ["/v0/nothing", "/v1/meta", "/v0/solvers/x/y/z", "/storage/x"])
def test_unknown_routes_are_404_error_get(http: httpx.Client, path: str) -> None:
    assert assert_error(http.get(path), 404) == ["Not Found"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("POST", "/v0/meta", "GET"),
        ("DELETE", "/v0/me", "GET, PUT"),
        ("PATCH", "/v0/files/content", "POST, PUT"),
        # Literal routes are not shadowed by templates with parameters...
        ("GET", "/v0/files/content", "POST, PUT"),
        ("DELETE", f"{JOBS}/page", "GET"),
        ("DELETE", "/v0/solvers/-/releases/-/jobs/metadata:batchGet", "GET"),
        ("POST", "/v0/solvers/-/releases/-/jobs", "GET"),
        # ...and `Allow` names the methods of the resource, not of a shorter template.
        ("OPTIONS", f"{JOB}:inspect", "POST"),
        ("GET", f"{JOB}:start", "POST"),
        ("OPTIONS", JOB, "DELETE, GET"),
        ("PUT", f"{JOB}/metadata", "GET, PATCH"),
        ("OPTIONS", f"/v0/studies/{NOBODY}/jobs/{NOBODY}:stop", "POST"),
        ("DELETE", "/v0/wallets/default", "GET"),
    ],
)
def test_method_not_allowed(http: httpx.Client, method: str, path: str, allow: str) -> None:
    response = http.request(method, path)
    assert assert_error(response, 405) == ["Method Not Allowed"]
    assert response.headers["Allow"] == allow


def test_allowed_methods_still_reach_their_routes(http: httpx.Client) -> None:
    assert http.get(f"{JOBS}/page").status_code == 200
    assert http.get("/v0/solvers/-/releases/-/jobs").status_code == 200
    assert_error(http.delete(JOB), 404)
    assert_error(http.post(f"{JOB}:inspect"), 404)


def test_validation_errors_use_errors_not_detail(http: httpx.Client) -> None:
    response = http.get("/v0/studies", params={"limit": "abc", "offset": -1})
    errors = assert_validation_error(response)
    assert "detail" not in response.json()
    assert sorted(e["loc"][-1] for e in errors) == ["limit", "offset"]
    for error in errors:
        assert error["loc"][0] == "query"
        assert isinstance(error["msg"], str)
        assert isinstance(error["type"], str)


@pytest.mark.parametrize(
    "content",
    [b"{bad json", b'{"values": {"input_2": 1}', b"\xff\xfe\x00{", b"[1, 2", b"null"],
    ids=["malformed", "truncated", "not-utf8", "unclosed-array", "null"],
)
def test_malformed_json_is_422(http: httpx.Client, content: bytes) -> None:
    response = http.post(JOBS, content=content, headers={"content-type": "application/json"})
    assert_validation_error(response)
    assert "detail" not in response.json()


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/v0/files:search", {"params": {"limit": "1.5"}}),
        ("GET", "/v0/wallets/abc", {}),
        ("POST", f"{RELEASE}/jobs", {"json": {"values": "not a mapping"}}),
        ("PUT", "/v0/me", {"json": ["a", "list"]}),
        ("POST", "/v0/files/content", {"json": {"filename": 1, "filesize": 1}}),
        ("POST", f"{JOB}:start", {"params": {"cluster_id": "x"}}),
        (
            "POST",
            f"/v0/studies/{NOBODY}/jobs",
            {"json": {"values": {}}, "headers": {"x-simcore-parent-node-id": "nope"}},
        ),
    ],
)
def test_wrong_types_are_422(
    http: httpx.Client, method: str, path: str, kwargs: dict[str, object]
) -> None:
    assert_validation_error(http.request(method, path, **kwargs))  # type: ignore[arg-type]


def test_server_errors_would_carry_a_support_id(http: httpx.Client) -> None:
    # No route fails on purpose; the 501 route shows the envelope of a 5xx.
    response = http.get(f"/v0/studies/{NOBODY}/jobs/{NOBODY}")
    assert_error(response, 501)
    assert response.json()["support_id"].startswith("OEC:")


# -- rate limiting --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def limited() -> Iterator[LocalPlatform]:
    env = {"PLATFORM_RATE_LIMIT": "2", "PLATFORM_RATE_BURST": "3"}
    with LocalPlatform(env=env) as running:
        yield running


def test_rate_limit(limited: LocalPlatform) -> None:
    with client(limited) as http:
        statuses = []
        response = http.get("/v0/me")
        while response.status_code == 200 and len(statuses) < 20:
            statuses.append(response.status_code)
            response = http.get("/v0/me")
        assert 3 <= len(statuses) < 20, statuses  # a burst of 3, plus what refilled meanwhile
        assert_error(response, 429, "Too many requests")
        retry_after = response.headers["Retry-After"]
        assert retry_after.isdigit()
        assert int(retry_after) >= 1
        assert "X-RateLimit-Limit" not in response.headers

        # Requests without credentials are not counted against the user.
        assert httpx.get(f"{limited.base_url}/v0/meta").status_code == 200
        # Each user has a bucket of their own.
        with client(limited, *limited.add_user("busy@osparc.local")) as other:
            assert other.get("/v0/me").status_code == 200

        deadline = time.monotonic() + int(retry_after) + 5
        while (response := http.get("/v0/me")).status_code == 429:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert response.status_code == 200

"""solvers: the catalog (lists, pages, releases, latest, ports, pricing plan), with solver keys
sent both percent-encoded (generated clients) and with literal slashes."""

from __future__ import annotations

import re

import httpx
import pytest
from helpers import (
    SLEEPER,
    SLEEPER_ENCODED,
    VERSION,
    assert_error,
    assert_page,
    assert_validation_error,
)

pytestmark = pytest.mark.timeout(30)

RELEASES = ["2.0.2", "2.1.4", "2.1.6", "2.2.1"]
LATEST = RELEASES[-1]
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
SOLVER_FIELDS = {"id", "version", "title", "description", "url", "maintainer", "version_display"}


def assert_solver(solver: dict[str, object], version: str) -> None:
    assert set(solver) == SOLVER_FIELDS, solver
    assert solver["id"] == SLEEPER
    assert solver["version"] == version
    assert isinstance(solver["title"], str)
    assert 0 < len(solver["title"]) <= 100
    assert isinstance(solver["maintainer"], str)
    assert solver["maintainer"]


@pytest.fixture(params=[SLEEPER, SLEEPER_ENCODED], ids=["literal", "percent-encoded"])
def key(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_list_solvers(http: httpx.Client) -> None:
    response = http.get("/v0/solvers")
    assert response.status_code == 200
    solvers = response.json()
    assert isinstance(solvers, list)
    assert [s["id"] for s in solvers] == [SLEEPER]
    assert_solver(solvers[0], LATEST)


def test_list_solvers_releases(http: httpx.Client) -> None:
    response = http.get("/v0/solvers/releases")
    assert response.status_code == 200
    assert [s["version"] for s in response.json()] == RELEASES
    for solver, version in zip(response.json(), RELEASES, strict=True):
        assert_solver(solver, version)


def test_solvers_page(http: httpx.Client) -> None:
    body = http.get("/v0/solvers/page").json()
    items = assert_page(body, total=1, limit=20, offset=0)
    assert_solver(items[0], LATEST)
    assert body["links"]["self"] == "/v0/solvers/page?limit=20&offset=0"
    assert body["links"]["next"] is None
    body = http.get("/v0/solvers/page", params={"solver_id": "simcore/services/comp/other"}).json()
    assert assert_page(body, total=0, limit=20, offset=0) == []
    body = http.get("/v0/solvers/page", params={"version_display": f"Sleeper {LATEST}"}).json()
    assert len(body["items"]) == 1
    body = http.get("/v0/solvers/page", params={"offset": 5}).json()
    assert assert_page(body, total=1, limit=20, offset=5) == []


def test_latest(http: httpx.Client, key: str) -> None:
    response = http.get(f"/v0/solvers/{key}/latest")
    assert response.status_code == 200, response.text
    assert_solver(response.json(), LATEST)


def test_releases(http: httpx.Client, key: str) -> None:
    response = http.get(f"/v0/solvers/{key}/releases")
    assert response.status_code == 200, response.text
    assert [s["version"] for s in response.json()] == RELEASES


def test_releases_page(http: httpx.Client, key: str) -> None:
    body = http.get(f"/v0/solvers/{key}/releases/page", params={"limit": 3}).json()
    items = assert_page(body, total=4, limit=3, offset=0)
    assert [s["version"] for s in items] == RELEASES[:3]
    assert body["links"]["next"] == f"/v0/solvers/{SLEEPER}/releases/page?limit=3&offset=3"
    body = http.get(body["links"]["next"]).json()
    assert [s["version"] for s in assert_page(body, total=4, limit=3, offset=3)] == RELEASES[3:]
    assert body["links"]["next"] is None
    assert body["links"]["prev"] == f"/v0/solvers/{SLEEPER}/releases/page?limit=3&offset=0"


def test_release(http: httpx.Client, key: str) -> None:
    response = http.get(f"/v0/solvers/{key}/releases/{VERSION}")
    assert response.status_code == 200, response.text
    assert_solver(response.json(), VERSION)
    assert response.json()["version_display"] == f"Sleeper {VERSION}"


def test_ports(http: httpx.Client, key: str) -> None:
    response = http.get(f"/v0/solvers/{key}/releases/{VERSION}/ports")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"]) == 6
    ports = {p["key"]: p for p in body["items"]}
    assert [(k, p["kind"]) for k, p in ports.items()] == [
        ("input_1", "input"),
        ("input_2", "input"),
        ("input_3", "input"),
        ("input_4", "input"),
        ("output_1", "output"),
        ("output_2", "output"),
    ]
    for port_key in ports:
        assert re.match(r"^[^_\W0-9]\w*$", port_key)
    assert ports["input_1"]["content_schema"]["x_file"]["filename"] == "single_number.txt"
    assert ports["output_1"]["content_schema"]["x_file"]["mimetype"] == "text/plain"
    sleep = ports["input_2"]["content_schema"]
    assert (sleep["type"], sleep["minimum"], sleep["maximum"], sleep["default"]) == (
        "integer",
        0,
        65,
        2,
    )
    assert ports["input_3"]["content_schema"]["type"] == "boolean"
    assert ports["output_2"]["content_schema"]["type"] == "number"
    assert "x_file" not in ports["input_2"]["content_schema"]


def test_pricing_plan(http: httpx.Client, key: str) -> None:
    response = http.get(f"/v0/solvers/{key}/releases/{VERSION}/pricing_plan")
    assert response.status_code == 200, response.text
    plan = response.json()
    assert plan["pricingPlanId"] > 0
    assert plan["classification"] in ("TIER", "LICENSE")
    units = plan["pricingUnits"]
    assert units
    assert sum(u["default"] for u in units) == 1
    for unit in units:
        assert {"CPU", "RAM", "VRAM"} <= set(unit["unitExtraInfo"])
        assert unit["currentCostPerUnit"] >= 0


@pytest.mark.parametrize(
    "path",
    [
        "/v0/solvers/simcore/services/comp/unknown/latest",
        "/v0/solvers/simcore/services/comp/unknown/releases",
        "/v0/solvers/simcore/services/comp/unknown/releases/page",
        "/v0/solvers/simcore/services/comp/unknown/releases/1.0.0",
        f"/v0/solvers/{SLEEPER}/releases/9.9.9",
        f"/v0/solvers/{SLEEPER}/releases/9.9.9/ports",
        f"/v0/solvers/{SLEEPER}/releases/9.9.9/pricing_plan",
        f"/v0/solvers/{SLEEPER}/releases/9.9.9/jobs",
        f"/v0/solvers/{SLEEPER}/releases/9.9.9/jobs/page",
    ],
)
def test_unknown_solver_or_version_is_404(http: httpx.Client, path: str) -> None:
    assert_error(http.get(path), 404)


@pytest.mark.parametrize(
    ("path", "loc"),
    [
        (f"/v0/solvers/{SLEEPER}/releases/2.1", ["path", "version"]),
        (f"/v0/solvers/{SLEEPER}/releases/latest/ports", ["path", "version"]),
        ("/v0/solvers/not-a-solver/latest", ["path", "solver_key"]),
        ("/v0/solvers/simcore/services/dynamic/jupyter/releases", ["path", "solver_key"]),
    ],
)
def test_malformed_key_or_version_is_422(http: httpx.Client, path: str, loc: list[str]) -> None:
    assert_validation_error(http.get(path), loc=loc)


def test_catalog_needs_credentials(http: httpx.Client) -> None:
    anonymous = httpx.get(f"{http.base_url}/v0/solvers")
    assert_error(anonymous, 401)

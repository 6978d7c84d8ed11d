"""Every answer carries an X-Request-Id; a start reads the pricing headers as the platform
does (used only when both are there and positive integers)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from sdk.testing import LocalPlatform

REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
RELEASE = "/v0/solvers/simcore/services/comp/itis/sleeper/releases/2.1.6"


def test_every_answer_has_its_own_request_id(http: httpx.Client, platform: LocalPlatform) -> None:
    answers = [
        http.get("/v0/me"),
        http.get("/v0/files/00000000-0000-4000-8000-000000000000"),  # 404 from a handler
        http.post(f"{RELEASE}/jobs", json={"values": {"input_2": "x"}}),  # 422
        http.delete("/v0/meta"),  # 405 from the method guard
        http.get("/"),
        httpx.get(f"{platform.base_url}/v0/me"),  # 401: no credentials
    ]
    assert [a.status_code for a in answers] == [200, 404, 422, 405, 200, 401]
    ids = [a.headers.get("x-request-id", "") for a in answers]
    assert all(REQUEST_ID.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids)


def test_a_request_id_sent_by_the_client_is_not_echoed(http: httpx.Client) -> None:
    answer = http.get("/v0/me", headers={"X-Request-Id": "mine"})
    assert answer.headers.get_list("x-request-id") != ["mine"]
    assert len(answer.headers.get_list("x-request-id")) == 1


def _unit_after_start(http: httpx.Client, headers: dict[str, str]) -> Any:
    upload = http.put("/v0/files/content", files={"file": ("n.txt", b"3\n", "text/plain")})
    job = http.post(f"{RELEASE}/jobs", json={"values": {"input_1": upload.json()}})
    assert job.status_code == 201, job.text
    started = http.post(f"{RELEASE}/jobs/{job.json()['id']}:start", headers=headers)
    if started.status_code >= 400:
        return started.status_code
    return http.get(f"{RELEASE}/jobs/{job.json()['id']}/pricing_unit").json()["unitName"]


@pytest.mark.parametrize(
    ("headers", "unit"),
    [
        ({"x-pricing-plan": "1", "x-pricing-unit": "2"}, "LARGE"),
        ({}, "SMALL"),
        ({"x-pricing-plan": "1"}, "SMALL"),  # one alone is ignored
        ({"x-pricing-plan": "1", "x-pricing-unit": "two"}, "SMALL"),  # not an int: ignored
        ({"x-pricing-plan": "1", "x-pricing-unit": "0"}, "SMALL"),  # not positive: ignored
        ({"x-pricing-plan": "7", "x-pricing-unit": "2"}, 422),  # no such plan for the solver
    ],
)
def test_pricing_headers_on_start(http: httpx.Client, headers: dict[str, str], unit: Any) -> None:
    assert _unit_after_start(http, headers) == unit


def test_the_pricing_headers_stay_out_of_the_api_document(http: httpx.Client) -> None:
    # Undeclared on the platform too: declaring them would change the generated client.
    spec = http.get("/openapi.json")
    assert spec.status_code == 200
    assert "/v0/solvers/{solver_key}/releases/{version}/jobs/{job_id}:start" in spec.text
    assert "x-pricing" not in spec.text.lower()

"""Function jobs and collections: registering them as given, listing with filters and with
statuses, the collection's views of its jobs, and deleting."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from function_helpers import (
    NO_PARENT,
    register,
    run,
    solver_function,
    wait_for_function_job,
)
from helpers import UUID_RE, assert_error, assert_page, assert_validation_error, number_file

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def mapped(platform: Any) -> dict[str, Any]:
    """A function mapped over three inputs, all finished: the function and the collection."""
    with httpx.Client(
        base_url=platform.base_url, auth=(platform.api_key, platform.api_secret), timeout=30
    ) as http:
        function = register(http, solver_function())
        file = number_file(http)
        inputs = [{"input_1": file, "input_2": n} for n in (0, 1, 0)]
        inputs[2]["input_3"] = True  # this one fails after its sleep
        collection = http.post(
            f"/v0/functions/{function['uid']}:map", json=inputs, headers=NO_PARENT
        ).json()
        for job_id in collection["job_ids"]:
            wait_for_function_job(http, job_id)
    return {"function": function, "collection": collection}


def test_register_function_job_as_given(http: httpx.Client) -> None:
    function_uid = str(uuid.uuid4())  # references are not checked, as on the platform
    body = {
        "function_class": "PYTHON_CODE",
        "title": "by hand",
        "function_uid": function_uid,
        "inputs": {"x": 1},
        "outputs": {"y": 2},
    }
    response = http.post("/v0/function_jobs", json=body)
    assert response.status_code == 200, response.text
    job = response.json()
    assert {k: job[k] for k in body} == body
    assert job["description"] == ""
    assert UUID_RE.match(job["uid"])
    assert "solver_job_id" not in job
    assert http.get(f"/v0/function_jobs/{job['uid']}").json() == job
    # Stored outputs are answered as they are.
    assert http.get(f"/v0/function_jobs/{job['uid']}/outputs").json() == {"y": 2}
    del body["function_class"]
    assert_validation_error(http.post("/v0/function_jobs", json=body))


def test_list_function_jobs_with_filters(http: httpx.Client, mapped: dict[str, Any]) -> None:
    job_ids = mapped["collection"]["job_ids"]
    by_function = http.get(
        "/v0/function_jobs", params={"function_id": mapped["function"]["uid"]}
    ).json()
    assert [j["uid"] for j in assert_page(by_function, total=3, limit=20, offset=0)] == job_ids
    assert all("status" not in j for j in by_function["items"])

    chosen = http.get("/v0/function_jobs", params={"function_job_ids": job_ids[1:]}).json()
    assert [j["uid"] for j in chosen["items"]] == job_ids[1:]
    in_collection = http.get(
        "/v0/function_jobs",
        params={
            "function_job_collection_id": mapped["collection"]["uid"],
            "function_job_ids": [job_ids[0], str(uuid.uuid4())],
        },
    ).json()
    assert [j["uid"] for j in in_collection["items"]] == job_ids[:1]  # all filters apply
    paged = http.get(
        "/v0/function_jobs",
        params={"function_id": mapped["function"]["uid"], "limit": 2, "offset": 2},
    ).json()
    assert [j["uid"] for j in assert_page(paged, total=3, limit=2, offset=2)] == job_ids[2:]
    assert paged["links"]["prev"] is not None
    assert "function_id=" in paged["links"]["prev"]


def test_list_function_jobs_with_their_status(http: httpx.Client, mapped: dict[str, Any]) -> None:
    listed = http.get(
        "/v0/function_jobs",
        params={"function_id": mapped["function"]["uid"], "include_status": True},
    ).json()["items"]
    assert [j["status"] for j in listed] == [
        {"status": "SUCCESS"},
        {"status": "SUCCESS"},
        {"status": "FAILED"},
    ]
    assert set(listed[0]["outputs"]) == {"output_1", "output_2"}  # filled in on SUCCESS
    assert listed[2]["outputs"] is None


def test_a_collections_views_of_its_jobs(http: httpx.Client, mapped: dict[str, Any]) -> None:
    collection = mapped["collection"]
    url = f"/v0/function_job_collections/{collection['uid']}"
    assert http.get(url).json() == collection
    as_list = http.get(f"{url}/function_jobs").json()
    assert [j["uid"] for j in as_list] == collection["job_ids"]
    assert http.get(f"{url}/function_jobs/list").json() == as_list
    page = http.get(f"{url}/function_jobs/page", params={"limit": 2, "offset": 1}).json()
    assert assert_page(page, total=3, limit=2, offset=1) == as_list[1:]
    status = http.get(f"{url}/status").json()
    assert status == {"status": ["SUCCESS", "SUCCESS", "FAILED"]}


def test_list_collections_by_function(http: httpx.Client, mapped: dict[str, Any]) -> None:
    function_uid = mapped["function"]["uid"]
    listed = http.get(
        "/v0/function_job_collections", params={"has_function_id": function_uid, "limit": 50}
    ).json()
    assert [c["uid"] for c in assert_page(listed, total=1, limit=50, offset=0)] == [
        mapped["collection"]["uid"]
    ]
    none = http.get(
        "/v0/function_job_collections", params={"has_function_id": str(uuid.uuid4())}
    ).json()
    assert none["items"] == []
    bad = http.get("/v0/function_job_collections", params={"has_function_id": "nope"})
    assert_validation_error(bad)
    everything = http.get("/v0/function_job_collections", params={"limit": 50}).json()
    assert mapped["collection"]["uid"] in {c["uid"] for c in everything["items"]}


def test_register_and_delete_a_collection(http: httpx.Client, mapped: dict[str, Any]) -> None:
    response = http.post("/v0/function_job_collections", json={})
    assert response.status_code == 200, response.text
    empty = response.json()
    assert (empty["title"], empty["description"], empty["job_ids"]) == ("", "", [])
    assert http.get(f"/v0/function_job_collections/{empty['uid']}/status").json() == {"status": []}
    ids = mapped["collection"]["job_ids"][:2]
    mine = http.post("/v0/function_job_collections", json={"title": "two", "job_ids": ids}).json()
    assert mine["job_ids"] == ids
    url = f"/v0/function_job_collections/{mine['uid']}"
    deleted = http.delete(url)
    assert (deleted.status_code, deleted.content) == (200, b"null")
    assert_error(http.get(url), 404)
    assert_error(http.delete(url), 404)
    assert_error(http.get(f"{url}/status"), 404)
    assert_error(http.get(f"{url}/function_jobs"), 404)
    for job_id in ids:  # the jobs stay
        assert http.get(f"/v0/function_jobs/{job_id}").status_code == 200


def test_unknown_ids_are_404(http: httpx.Client) -> None:
    unknown = uuid.uuid4()
    for path in [
        f"/v0/function_jobs/{unknown}",
        f"/v0/function_jobs/{unknown}/status",
        f"/v0/function_jobs/{unknown}/outputs",
        f"/v0/function_job_collections/{unknown}",
        f"/v0/function_job_collections/{unknown}/function_jobs/page",
    ]:
        assert_error(http.get(path), 404, str(unknown))
    assert_error(http.post(f"/v0/function_jobs/{unknown}/log"), 404)
    assert http.get("/v0/function_jobs/123").status_code == 404


def test_function_jobs_of_another_user_are_404(
    other_http: httpx.Client, mapped: dict[str, Any]
) -> None:
    job_id = mapped["collection"]["job_ids"][0]
    assert_error(other_http.get(f"/v0/function_jobs/{job_id}"), 404)
    assert_error(other_http.delete(f"/v0/function_jobs/{job_id}"), 404)
    assert_error(other_http.get(f"/v0/function_job_collections/{mapped['collection']['uid']}"), 404)
    listed = other_http.get("/v0/function_jobs", params={"function_job_ids": [job_id]}).json()
    assert listed["items"] == []


def test_a_run_without_credits_leaves_no_solver_job(platform: Any) -> None:
    key, secret = platform.add_user(f"broke-{uuid.uuid4().hex[:8]}@osparc.local")
    with httpx.Client(base_url=platform.base_url, auth=(key, secret), timeout=30) as http:
        function = register(http, solver_function())
        wallet = http.get("/v0/wallets/default").json()
        # Spend every credit on licensed-item seats (for a program job that is running).
        program = "simcore/services/dynamic/jupyter-math"
        run_id = http.post(f"/v0/programs/{program}/releases/3.0.5/jobs").json()["id"]
        items = http.get("/v0/licensed-items").json()["items"]
        item = next(i for i in items if i["key"] == "Duke")
        credits = wallet["availableCredits"]
        seats = int(credits // 20)
        checkout = http.post(
            f"/v0/wallets/{wallet['walletId']}/licensed-items/{item['licensed_item_id']}/checkout",
            json={"number_of_seats": seats, "service_run_id": run_id},
        )
        assert checkout.status_code == 200, checkout.text
        assert http.get("/v0/wallets/default").json()["availableCredits"] == 0
        job = run(http, function["uid"], {"input_1": number_file(http)})
        status, _ = wait_for_function_job(http, job["uid"])
        assert status == "JOB_TASK_RUN_STATUS_FAILURE"
        assert_error(http.get(f"/v0/tasks/{job['job_creation_task_id']}/result"), 503, "credits")
        jobs = http.get("/v0/solvers/-/releases/-/jobs").json()
        assert jobs["total"] == 0
        http.post(
            f"/v0/licensed-items/{item['licensed_item_id']}/checked-out-items/"
            f"{checkout.json()['licensed_item_checkout_id']}/release"
        )

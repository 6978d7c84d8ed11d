"""Lazy listings over every page: complete, in order, without duplicates, and only on demand."""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from osparc_sdk_generated.models import BodyCloneStudy
from pytest_httpx import HTTPXMock
from sdk_testkit import (
    MOCK_CREDENTIALS,
    MOCK_HOST,
    SLEEPER,
    SLEEPER_RELEASES,
    Flavor,
    Traffic,
    collect,
    do,
    first_n,
)

import sdk

VERSION = "2.0.2"
JOB_COUNT = 120
PAGE = re.compile(r"/jobs/page$")


@pytest.fixture(scope="module")
def jobs(account: dict[str, Any], sleeper_input: Any) -> list[Any]:
    """120 jobs of one release (created, not started), oldest first; three carry metadata."""
    with sdk.ApiClient(**account) as client:
        solvers = sdk.SolversApi(client)
        created = [
            solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input, "input_2": n % 60})
            for n in range(JOB_COUNT)
        ]
        tags = {0: {"kind": "first", "batch": "b1"}, 1: {"kind": "pair"}, 2: {"kind": "pair"}}
        for index, metadata in tags.items():
            update = sdk.JobMetadataUpdate.from_dict({"metadata": metadata})
            solvers.replace_job_custom_metadata(SLEEPER, VERSION, created[index].id, body=update)
    return created


def test_iter_jobs_yields_every_job_in_order_a_page_at_a_time(
    flavor: Flavor, account: dict[str, Any], jobs: list[Any]
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> list[Any]:
        pager = flavor.ns.SolversApi(client).iter_jobs(SLEEPER, VERSION, page_size=7)
        return await collect(pager)

    listed = flavor.run(scenario, traffic=traffic, **account)
    ids = [job.id for job in listed]
    assert ids == [job.id for job in jobs]
    assert len(set(ids)) == JOB_COUNT
    pages = traffic.matching("GET", PAGE)
    assert len(pages) == math.ceil(JOB_COUNT / 7)
    assert [(r.url.params["limit"], r.url.params["offset"]) for r in pages[:3]] == [
        ("7", "0"),
        ("7", "7"),
        ("7", "14"),
    ]


def test_a_pager_fetches_nothing_until_iterated_then_one_page_at_a_time(
    flavor: Flavor, account: dict[str, Any], jobs: list[Any]
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        pager = flavor.ns.SolversApi(client).iter_jobs(SLEEPER, VERSION, page_size=7)
        assert traffic.count() == 0
        iterator = aiter(pager) if flavor.is_async else iter(pager)
        assert traffic.count() == 0  # still nothing: the generator has not started
        first = await anext(iterator) if flavor.is_async else next(iterator)
        assert first.id == jobs[0].id
        assert traffic.count("GET", PAGE) == 1
        for _ in range(6):  # the rest of the first page
            await anext(iterator) if flavor.is_async else next(iterator)
        assert traffic.count("GET", PAGE) == 1
        eighth = await anext(iterator) if flavor.is_async else next(iterator)
        assert eighth.id == jobs[7].id
        assert traffic.count("GET", PAGE) == 2

    flavor.run(scenario, traffic=traffic, **account)


def test_first_count_collect_and_get_only(
    flavor: Flavor, account: dict[str, Any], jobs: list[Any]
) -> None:
    traffic = Traffic()

    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        assert (await do(solvers.iter_jobs(SLEEPER, VERSION).first())).id == jobs[0].id
        assert await do(solvers.iter_jobs(SLEEPER, VERSION).count()) == JOB_COUNT
        assert [r.url.params["limit"] for r in traffic.matching("GET", PAGE)] == ["1", "1"]

        only = await do(solvers.iter_all_jobs(metadata_all=["kind:first", "batch:b1"]).get_only())
        assert only.id == jobs[0].id
        pair = solvers.iter_all_jobs(metadata_any=["kind:pair"], page_size=1)
        assert [j.id for j in await do(pair.collect())] == [jobs[1].id, jobs[2].id]
        assert await do(pair.count()) == 2
        assert (await do(pair.first())).id == jobs[1].id
        with pytest.raises(sdk.MultipleResultsError):
            await do(pair.get_only())
        nothing = solvers.iter_all_jobs(metadata_any=[f"kind:{uuid.uuid4().hex}"])
        with pytest.raises(sdk.NoResultsError):
            await do(nothing.get_only())
        assert await do(nothing.first()) is None
        assert await do(nothing.collect()) == []
        tagged = solvers.iter_all_jobs(metadata_any=["kind:*"])
        assert {j.id for j in await collect(tagged)} == {j.id for j in jobs[:3]}

    flavor.run(scenario, traffic=traffic, **account)


def test_iter_files_by_checksum_and_by_id(
    flavor: Flavor, account: dict[str, Any], tmp_path: Path
) -> None:
    content = f"twice {flavor.name} {uuid.uuid4()}".encode()
    sha256 = hashlib.sha256(content).hexdigest()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(content)

    async def scenario(client: Any) -> None:
        files = flavor.ns.FilesApi(client)
        uploaded = [await do(files.upload_file(tmp_path / n)) for n in ("a.txt", "b.txt", "c.txt")]
        assert len({f.id for f in uploaded}) == 3  # same content, different names
        found = await collect(files.iter_files(sha256_checksum=sha256, page_size=2))
        assert [f.id for f in found] == [f.id for f in uploaded]
        by_id = files.iter_files(file_id=uploaded[1].id)
        assert (await do(by_id.get_only())).filename == "b.txt"
        assert await do(files.iter_files(sha256_checksum="0" * 64).count()) == 0

    flavor.run(scenario, **account)


def test_iter_studies_and_iter_study_jobs(flavor: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        studies = flavor.ns.StudiesApi(client)
        template = await do(studies.iter_studies().first())
        before = await collect(studies.iter_studies(page_size=1))
        assert before[0].uid == template.uid
        copies = [
            await do(studies.clone_study(template.uid, body=BodyCloneStudy(title=f"copy {n}")))
            for n in range(3)
        ]
        after = await collect(studies.iter_studies(page_size=2))
        assert [s.uid for s in after] == [s.uid for s in before] + [c.uid for c in copies]
        assert await do(studies.iter_studies().count()) == len(before) + 3

        study = copies[0].uid
        empty = sdk.JobInputs.from_dict({"values": {}})
        created = [await do(studies.create_study_job(study, body=empty)) for _ in range(5)]
        listed = await collect(studies.iter_study_jobs(study, page_size=2))
        assert [j.id for j in listed] == [j.id for j in created]

    flavor.run(scenario, **account)


def test_iter_solvers_and_iter_releases(flavor: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        latest = await collect(solvers.iter_solvers(page_size=1))
        assert [(s.id, s.version) for s in latest if s.id == SLEEPER] == [
            (SLEEPER, SLEEPER_RELEASES[-1])
        ]
        releases = await collect(solvers.iter_releases(SLEEPER, page_size=1))
        assert [r.version for r in releases] == SLEEPER_RELEASES
        assert await do(solvers.iter_releases(SLEEPER).count()) == len(SLEEPER_RELEASES)

    flavor.run(scenario, **account)


def test_a_page_size_below_one_is_refused(flavor: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ValueError, match="page_size"):
            flavor.ns.SolversApi(client).iter_solvers(page_size=0)

    flavor.run(scenario, **account)


# -- pytest-httpx: pages are fetched only as they are consumed ----------------------------------
STUDIES = f"{MOCK_HOST}/v0/studies"


def study_page(offset: int, total: int, limit: int) -> dict[str, Any]:
    items = [{"uid": str(uuid.UUID(int=n + 1)), "title": f"s{n}"} for n in range(offset, total)]
    links = dict.fromkeys(("first", "last", "next", "prev", "self"))
    return {
        "items": items[:limit],
        "total": total,
        "limit": limit,
        "offset": offset,
        "links": links,
    }


def test_pages_are_requested_only_as_items_are_consumed(
    flavor: Flavor, httpx_mock: HTTPXMock, no_osparc_env: None
) -> None:
    # Eight studies in pages of three; the pager is walked twice (partly, then fully).
    for offset in (0, 0, 0, 3, 3, 6):
        httpx_mock.add_response(
            url=f"{STUDIES}?limit=3&offset={offset}", json=study_page(offset, 8, 3)
        )

    def offsets() -> list[str]:
        return [r.url.params["offset"] for r in httpx_mock.get_requests()]

    async def scenario(client: Any) -> None:
        pager = flavor.ns.StudiesApi(client).iter_studies(page_size=3)
        assert offsets() == []
        assert [s.title for s in await first_n(pager, 3)] == ["s0", "s1", "s2"]
        assert offsets() == ["0"]
        assert [s.title for s in await first_n(pager, 4)] == ["s0", "s1", "s2", "s3"]
        assert offsets() == ["0", "0", "3"]
        assert [s.title for s in await collect(pager)] == [f"s{n}" for n in range(8)]
        assert offsets() == ["0", "0", "3", "0", "3", "6"]

    flavor.run(scenario, **MOCK_CREDENTIALS)

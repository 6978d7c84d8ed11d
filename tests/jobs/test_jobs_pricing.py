"""`SolverRelease.submit/run/run_many(pricing=...)`: the jobs start on the chosen unit of the
solver's pricing plan, as the server records it; sync and async, against the real server."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from jobs_testkit import SLEEPER

import sdk
from sdk import aio

VERSION = "2.1.6"


def large_unit(plan: Any) -> sdk.Pricing:
    unit = next(u for u in plan.pricing_units if not u.default)
    return sdk.Pricing(plan=plan.pricing_plan_id, unit=unit.pricing_unit_id)


def test_run_and_submit_start_jobs_on_the_chosen_pricing_unit(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    solvers = sdk.SolversApi(client)
    chosen = large_unit(solvers.get_solver_pricing_plan(SLEEPER, VERSION))
    ran = sleeper.run({"input_1": number_file, "input_2": 0}, pricing=chosen, timeout=60)
    assert ran.ok, ran.error
    submitted = sleeper.submit({"input_1": number_file, "input_2": 0}, pricing=chosen)
    default = sleeper.submit({"input_1": number_file, "input_2": 0})
    batch = sleeper.run_many(
        [{"input_1": number_file, "input_4": n} for n in range(2)], pricing=chosen, timeout=60
    )
    assert all(r.ok for r in batch), [r.error for r in batch]
    units = [
        solvers.get_job_pricing_unit(SLEEPER, VERSION, job_id).unit_name
        for job_id in (ran.job_id, submitted.id, default.id, *(r.job_id for r in batch))
    ]
    assert units == ["LARGE", "LARGE", "SMALL", "LARGE", "LARGE"]


def test_a_pricing_that_is_not_a_pricing_creates_no_job(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    solvers = sdk.SolversApi(client)
    before = solvers.list_jobs_paginated(SLEEPER, VERSION, limit=1).total
    with pytest.raises(sdk.InvalidInputError, match=r"pricing must be a Pricing"):
        sleeper.run({"input_1": number_file}, pricing=(1, 2))  # type: ignore[arg-type]
    with pytest.raises(sdk.ValidationError, match="pricing unit 99 of plan 1"):
        sleeper.submit({"input_1": number_file}, pricing=sdk.Pricing(1, 99))
    # The unknown unit is the server's to refuse at the start: the job exists, not started.
    assert solvers.list_jobs_paginated(SLEEPER, VERSION, limit=1).total == before + 1


def test_the_awaitable_run_and_submit_take_a_pricing_unit(
    account: dict[str, Any], number_file: Path
) -> None:
    async def main() -> list[str]:
        async with aio.ApiClient(**account) as client:
            solvers = aio.SolversApi(client)
            chosen = large_unit(await solvers.get_solver_pricing_plan(SLEEPER, VERSION))
            sleeper = await aio.SolverRelease.get(client, SLEEPER, VERSION)
            ran = await sleeper.run(
                {"input_1": number_file, "input_2": 0}, pricing=chosen, timeout=60
            )
            assert ran.ok, ran.error
            submitted = await sleeper.submit({"input_1": number_file}, pricing=chosen)
            default = await sleeper.submit({"input_1": number_file})
            batch = await sleeper.run_many(
                [{"input_1": number_file, "input_4": 7}], pricing=chosen, timeout=60
            )
            return [
                (await solvers.get_job_pricing_unit(SLEEPER, VERSION, job_id)).unit_name
                for job_id in (ran.job_id, submitted.id, default.id, batch[0].job_id)
            ]

    assert asyncio.run(main()) == ["LARGE", "LARGE", "SMALL", "LARGE"]


def test_study_jobs_take_no_pricing_unit(client: sdk.ApiClient) -> None:
    studies = sdk.StudiesApi(client)
    study = sdk.StudyRunner.get(client, next(iter(studies.iter_studies())).uid)
    before = len(list(studies.iter_study_jobs(study.id)))
    with pytest.raises(sdk.InvalidInputError, match="take no pricing unit"):
        study.run({}, pricing=sdk.Pricing(1, 2))
    with pytest.raises(sdk.InvalidInputError, match="take no pricing unit"):
        study.run_many([{}, {}], pricing=sdk.Pricing(1, 2))
    assert len(list(studies.iter_study_jobs(study.id))) == before  # refused before creating
    handle = study.submit({}, start=False)
    with pytest.raises(sdk.InvalidInputError, match="take no pricing unit"):
        handle.start(pricing=sdk.Pricing(1, 2))
    handle.delete()

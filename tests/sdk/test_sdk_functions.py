"""Functions, function jobs, collections and tasks through the SDK's helpers, over HTTP.

`Function` runs through the job layer (a third kind of job next to solver and study jobs), so
these tests check what that layer promises for it: results with outputs, order, per-item errors,
progress, and the wrapped solver job seen the same way through the solvers API. Each test runs
with `sdk` and with `sdk.aio`.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osparc_sdk_generated.models import FunctionJobCollection, SolverFunction, SolverFunctionJob
from sdk_testkit import SLEEPER, Flavor, collect, do, new_account

import sdk
from sdk.testing import LocalPlatform

VERSION = "2.1.6"
JUPYTER = "simcore/services/dynamic/jupyter-math"


@pytest.fixture(scope="module")
def slow_account(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A user of a platform whose tasks take a while (a log export: 1 s), so that a task
    can be seen running, time out and be cancelled; with the sleeper's input file."""
    with LocalPlatform(time_scale=1.0) as running:
        account = new_account(running, "slow")
        path = tmp_path_factory.mktemp("slow") / "single_number.txt"
        path.write_text("3\n")
        with sdk.ApiClient(**account) as client:
            uploaded = sdk.FilesApi(client).upload_file(path)
        yield {**account, "sleeper_input": uploaded}


def _client_args(account: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in account.items() if k != "sleeper_input"}


async def _sleeper(ns: Any, client: Any, sleeper_input: Any, **extra: Any) -> Any:
    """A new function of the sleeper (its own, so earlier successes are not reused)."""
    return await do(
        ns.Function.register_solver(
            client,
            SLEEPER,
            VERSION,
            title=f"sleeper {uuid.uuid4().hex[:6]}",
            default_inputs={"input_1": sleeper_input, "input_2": 0},
            **extra,
        )
    )


def test_run_returns_outputs_and_the_solver_job_it_wraps_agrees(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> None:
        ns = flavor.ns
        function = await _sleeper(ns, client, sleeper_input)
        assert isinstance(function, ns.Function)
        prefix = "aio." if flavor.is_async else ""
        assert repr(function) == f"<{prefix}Function {function.id} {function.title!r}>"
        assert function.inputs["input_1"].required is False  # a default input of the function
        assert function.inputs["input_2"].default == 0

        result = await do(function.run({"input_4": 1}, timeout=60))
        assert result.ok, result.error
        assert result.state == sdk.RunningState.SUCCESS
        assert isinstance(result.outputs["output_1"], sdk.FileMeta)
        assert 1 <= float(result.outputs["output_2"]) <= 9

        # The function job is the job of the result; it names the solver job it runs.
        record = await do(ns.FunctionJobsApi(client).get_function_job(result.job_id))
        assert record.function_uid == function.id
        assert record.inputs.to_dict()["input_4"] == 1
        solver_job_id = record.solver_job_id
        solvers = ns.SolversApi(client)
        solver_job = await do(solvers.get_job(SLEEPER, VERSION, solver_job_id))
        assert solver_job.id == solver_job_id
        solver_status = await do(solvers.inspect_job(SLEEPER, VERSION, solver_job_id))
        assert solver_status.state == result.state
        assert result.status.stopped_at == solver_status.stopped_at
        solver_outputs = await do(solvers.get_job_outputs(SLEEPER, VERSION, solver_job_id))
        assert solver_outputs.results["output_2"] == result.outputs["output_2"]
        assert solver_outputs.results["output_1"].id == result.outputs["output_1"].id

        # A handle from the function job's name: the same job, its logs are the solver job's.
        handle = ns.JobHandle.from_name(client, f"functions/{function.id}/jobs/{result.job_id}")
        assert (await do(handle.status())).state == sdk.RunningState.SUCCESS
        archive = await do(handle._ops.log_archive(handle.id))
        wrapped_archive = await do(solvers.get_job_output_logfile(SLEEPER, VERSION, solver_job_id))
        assert archive == wrapped_archive

        # Running the same inputs again reuses the job that succeeded.
        again = await do(function.run({"input_4": 1}, timeout=60))
        assert again.job_id == result.job_id

    flavor.run(scenario, **account)


def test_inputs_are_checked_before_anything_is_sent(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> None:
        function = await _sleeper(flavor.ns, client, sleeper_input)
        with pytest.raises(sdk.InvalidInputError, match="input_2"):
            await do(function.run({"input_2": 999}))
        with pytest.raises(sdk.InvalidInputError, match="unknown input port"):
            await do(function.submit({"no_such_port": 1}))
        jobs = await collect(flavor.ns.FunctionsApi(client).iter_function_jobs(function.id))
        assert jobs == []

    flavor.run(scenario, **account)


def test_the_platform_checks_the_functions_json_schema(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    """A schema stricter than the solver's ports: the platform refuses, as a typed error."""

    async def scenario(client: Any) -> None:
        schema = {"type": "object", "properties": {"input_4": {"type": "integer", "maximum": 5}}}
        function = await _sleeper(flavor.ns, client, sleeper_input, input_schema=schema)
        with pytest.raises(sdk.ValidationError, match="validation failed"):
            await do(function.run({"input_4": 6}))

    flavor.run(scenario, **account)


def test_map_keeps_order_and_reports_each_item(
    flavor: Flavor,
    account: dict[str, Any],
    sleeper_input: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    inputs: list[dict[str, Any]] = [
        {"input_4": 0},
        {"input_4": 1, "input_3": True},  # the sleeper fails after sleeping
        {"input_2": 999},  # out of range: refused before anything is sent
        {"input_4": 3},
    ]

    async def scenario(client: Any) -> None:
        function = await _sleeper(flavor.ns, client, sleeper_input)
        results = await do(function.map(inputs, concurrency=2, timeout=60, progress=True))
        assert [r.ok for r in results] == [True, False, False, True]
        assert [r.inputs for r in results] == inputs
        assert results[1].state == sdk.RunningState.FAILED
        assert results[1].job_id is not None
        assert results[2].job_id is None
        assert results[2].state is None
        assert isinstance(results[2].exception, sdk.InvalidInputError)
        jobs = flavor.ns.FunctionJobsApi(client)
        for index in (0, 1, 3):
            record = await do(jobs.get_function_job(results[index].job_id))
            assert record.inputs.to_dict()["input_4"] == inputs[index]["input_4"]
        assert all(
            isinstance(r.outputs["output_1"], sdk.FileMeta) for r in (results[0], results[3])
        )
        with pytest.raises(sdk.JobFailedError, match="FAILED"):
            results[1].raise_for_state()

    flavor.run(scenario, **account)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "jobs" in captured.err  # the batch's progress, on stderr


def test_submit_map_returns_a_collection_followed_to_completion(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario(client: Any) -> None:
        ns = flavor.ns
        function = await _sleeper(ns, client, sleeper_input)
        inputs = [{"input_4": n} for n in (5, 6, 7)]
        collection = await do(function.submit_map(inputs))
        assert isinstance(collection, ns.JobCollection)
        assert len(collection.job_ids) == 3
        results = await do(collection.wait(timeout=60))
        assert [r.job_id for r in results] == collection.job_ids
        assert all(r.ok for r in results)
        assert await do(collection.statuses()) == ["SUCCESS"] * 3
        same = await do(ns.JobCollection.get(client, collection.id))
        assert same.job_ids == collection.job_ids
        jobs = ns.FunctionJobsApi(client)
        for job_id, given in zip(collection.job_ids, inputs, strict=True):
            record = await do(jobs.get_function_job(job_id))
            assert record.inputs.to_dict()["input_4"] == given["input_4"]
        with pytest.raises(sdk.InvalidInputError, match="1 to 50"):
            await do(function.submit_map([]))

        # A function with jobs cannot be deleted; without them it can.
        with pytest.raises(sdk.ConflictError):
            await do(function.delete())
        await do(collection.delete())
        for handle in await collect(function.iter_jobs()):
            await do(handle.delete())
        await do(function.delete())
        with pytest.raises(sdk.NotFoundError):
            await do(ns.Function.get(client, function.id))

    flavor.run(scenario, **account)


def test_metadata_and_stop_wait_for_the_job_the_function_runs(
    flavor: Flavor, slow_account: dict[str, Any]
) -> None:
    """`:run` answers before the platform has created the solver job a function job runs (its
    task takes 0.5 s on this platform). Metadata given to `submit` is that job's, and stopping
    acts on it: both once it exists, where metadata was refused and a stop did nothing (the
    job then ran to its end)."""

    async def scenario(client: Any) -> None:
        ns = flavor.ns
        function = await _sleeper(ns, client, slow_account["sleeper_input"])
        tag = uuid.uuid4().hex[:10]
        handle = await do(function.submit({"input_4": 0}, metadata={"tag": tag}))
        assert await do(handle.metadata()) == {"tag": tag}
        record = await do(ns.FunctionJobsApi(client).get_function_job(handle.id))
        solvers = ns.SolversApi(client)
        wrapped = await do(solvers.get_job_custom_metadata(SLEEPER, VERSION, record.solver_job_id))
        assert wrapped.metadata.to_dict() == {"tag": tag}
        assert (await do(handle.wait(timeout=60))).ok

        long = await do(function.submit({"input_4": 1, "input_2": 30}))
        await do(long.stop())
        record = await do(ns.FunctionJobsApi(client).get_function_job(long.id))
        status = await do(solvers.inspect_job(SLEEPER, VERSION, record.solver_job_id))
        assert status.state == sdk.RunningState.ABORTED

    flavor.run(scenario, **_client_args(slow_account))


def test_the_wait_for_the_job_a_function_runs_is_a_client_setting(
    flavor: Flavor, slow_account: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`job_creation_timeout` (default 60 s) bounds how long logs, metadata and stop wait for
    the platform to create the job a function job runs (0.5 s on this platform): with 0, the
    metadata of a job just submitted is refused at once, naming why."""
    args = _client_args(slow_account)
    sleeper_input = slow_account["sleeper_input"]

    async def impatient(client: Any) -> None:
        assert client.settings.job_creation_timeout == 0
        function = await _sleeper(flavor.ns, client, sleeper_input)
        handle = await do(function.submit({"input_4": 0}))
        with pytest.raises(sdk.InvalidInputError, match="has not created the job it runs"):
            await do(handle.metadata())
        assert (await do(handle.wait(timeout=60))).ok

    flavor.run(impatient, job_creation_timeout=0, **args)
    monkeypatch.setenv("OSPARC_JOB_CREATION_TIMEOUT", "0")
    flavor.run(impatient, **args)

    async def from_the_environment(client: Any) -> None:
        assert client.settings.job_creation_timeout == 12.5

    monkeypatch.setenv("OSPARC_JOB_CREATION_TIMEOUT", "12.5")
    flavor.run(from_the_environment, **args)
    for bad in ("soon", "-1", "nan"):
        monkeypatch.setenv("OSPARC_JOB_CREATION_TIMEOUT", bad)
        with pytest.raises(sdk.ConfigurationError, match="job_creation_timeout must be a number"):
            flavor.run(from_the_environment, **args)
    monkeypatch.delenv("OSPARC_JOB_CREATION_TIMEOUT")
    with sdk.ApiClient(**args) as client:
        assert client.settings.job_creation_timeout == 60


def test_a_collection_is_waited_for_concurrently_within_its_bound(
    flavor: Flavor, slow_account: dict[str, Any]
) -> None:
    """`JobCollection.wait(concurrency=2)` follows two jobs at a time (each slot taken in
    turn), so results end in the order the jobs end, not the collection's: the short job 1
    before the long job 0 (one job after another, job 1 was polled only once job 0 had
    ended), and the short job 3 after job 0 (it had no slot before one ended).
    The map runs all four at once. Job 0 ends 2 s after the short ones, more than two gaps
    between polls of the default schedule at that point (0.5 and 0.76 s), and job 2 (which
    takes the first free slot) ends 3 s after job 0: a slow runner on a busy machine changes
    none of these orders."""

    async def scenario(client: Any) -> None:
        function = await _sleeper(flavor.ns, client, slow_account["sleeper_input"])
        short = {"input_2": 0}  # the sleeper takes at least 1 s
        inputs = [{"input_2": 3}, {**short, "input_4": 1}, {"input_2": 6}, {**short, "input_4": 3}]
        collection = await do(function.submit_map(inputs))
        ended: list[int] = []
        results = await do(
            collection.wait(timeout=60, concurrency=2, on_result=lambda i, _: ended.append(i))
        )
        assert [r.job_id for r in results] == collection.job_ids
        assert all(r.ok for r in results), [r.error for r in results]
        assert sorted(ended) == [0, 1, 2, 3]
        assert ended.index(1) < ended.index(0) < ended.index(3), ended
        with pytest.raises(sdk.InvalidInputError, match="concurrency must be at least 1"):
            await do(collection.wait(concurrency=0))

    flavor.run(scenario, **_client_args(slow_account))


def test_a_task_is_followed_with_progress_to_its_result(
    flavor: Flavor, slow_account: dict[str, Any], tmp_path: Path
) -> None:
    async def scenario(client: Any) -> None:
        ns = flavor.ns
        function = await _sleeper(ns, client, slow_account["sleeper_input"])
        result = await do(function.run({"input_4": 0}, timeout=60))
        task = await do(ns.Task.for_function_job_logs(client, result.job_id))
        assert isinstance(task, ns.Task)
        seen: list[tuple[float, bool]] = []
        exported = await do(
            task.wait(
                timeout=30,
                on_progress=lambda s: seen.append((s.task_progress.percent, s.done)),
            )
        )
        assert seen[-1] == (1.0, True)
        assert [p for p, _ in seen] == sorted(p for p, _ in seen)
        assert any(not done for _, done in seen), "the export takes a while: seen running"
        assert exported["filename"].endswith("_logs.zip")
        # The result is a file of the user's: the log archive.
        target = await do(ns.FilesApi(client).download_file(uuid.UUID(exported["id"]), tmp_path))
        with zipfile.ZipFile(io.BytesIO(Path(target).read_bytes())) as archive:
            assert archive.namelist()
        assert task.id in {t.id for t in await do(ns.Task.list_tasks(client))}

    flavor.run(scenario, **_client_args(slow_account))


def test_a_cancelled_task_has_no_result_and_a_short_timeout_says_so(
    flavor: Flavor, slow_account: dict[str, Any]
) -> None:
    async def scenario(client: Any) -> None:
        ns = flavor.ns
        function = await _sleeper(ns, client, slow_account["sleeper_input"])
        result = await do(function.run({"input_4": 0}, timeout=60))
        slow = await do(ns.Task.for_function_job_logs(client, result.job_id))
        with pytest.raises(sdk.TaskTimeoutError, match=slow.id) as timed_out:
            await do(slow.wait(timeout=0.01))
        assert isinstance(timed_out.value, TimeoutError)
        await do(slow.cancel())
        final = await do(slow.wait_done(timeout=10))
        assert final.done
        assert "cancelled" in final.task_progress.message
        with pytest.raises(sdk.NotFoundError, match="cancelled"):
            await do(slow.result())
        with pytest.raises(sdk.NotFoundError):
            await do(ns.Task(client, uuid.uuid4()).status())
        with pytest.raises(sdk.InvalidInputError, match="task id"):
            ns.Task(client, "not-a-task")

    flavor.run(scenario, **_client_args(slow_account))


def test_every_paginated_listing_of_the_new_tags_has_an_iter_helper(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    async def scenario(client: Any) -> None:
        ns = flavor.ns
        functions, jobs = ns.FunctionsApi(client), ns.FunctionJobsApi(client)
        collections = ns.FunctionJobCollectionsApi(client)
        registered = []
        for n in range(3):
            body = SolverFunction.from_dict(
                {
                    "function_class": "SOLVER",
                    "title": f"listed {n}",
                    "input_schema": {"schema_class": "application/schema+json"},
                    "output_schema": {"schema_class": "application/schema+json"},
                    "default_inputs": None,
                    "solver_key": SLEEPER,
                    "solver_version": VERSION,
                }
            )
            registered.append(await do(functions.register_function(body=body)))
        target = registered[0].uid
        job_ids = []
        for _ in range(3):
            body = SolverFunctionJob.from_dict(
                {
                    "function_class": "SOLVER",
                    "function_uid": str(target),
                    "inputs": None,
                    "outputs": None,
                    "solver_job_id": None,
                    "job_creation_task_id": None,
                }
            )
            job_ids.append((await do(jobs.register_function_job(body=body))).uid)
        mine = await do(
            collections.register_function_job_collection(
                body=FunctionJobCollection(title="listed", job_ids=job_ids[::-1])
            )
        )

        listed = [f.uid for f in await collect(functions.iter_functions(page_size=1))]
        assert [f.uid for f in registered] == [
            u for u in listed if u in {f.uid for f in registered}
        ]
        by_function = await collect(functions.iter_function_jobs(target, page_size=2))
        assert [j.uid for j in by_function] == job_ids
        filtered = await collect(jobs.iter_function_jobs(function_id=target, page_size=2))
        assert [j.uid for j in filtered] == job_ids
        picked = jobs.iter_function_jobs(function_job_ids=job_ids[1:], include_status=True)
        picked_jobs = await collect(picked)
        assert [j.uid for j in picked_jobs] == job_ids[1:]
        assert all(j.status.status for j in picked_jobs)
        in_collection = jobs.iter_function_jobs(function_job_collection_id=mine.uid)
        assert sorted(j.uid for j in await collect(in_collection)) == sorted(job_ids)
        found = await collect(collections.iter_collections(has_function_id=target, page_size=1))
        assert [c.uid for c in found] == [mine.uid]
        assert mine.uid in {c.uid for c in await collect(collections.iter_collections())}
        members = await collect(collections.iter_collection_jobs(mine.uid, page_size=2))
        assert [j.uid for j in members] == job_ids[::-1]

        programs = ns.ProgramsApi(client)
        latest = await collect(programs.iter_programs(page_size=1))
        assert JUPYTER in {p.id for p in latest}
        assert len(latest) == (await do(programs.list_programs(limit=50))).total
        releases = await collect(programs.iter_program_releases(JUPYTER, page_size=1))
        history = await do(programs.list_program_history(JUPYTER, limit=50))
        assert [r.version for r in releases] == [r.version for r in history.items]

        market = await collect(ns.LicensedItemsApi(client).iter_licensed_items(page_size=1))
        assert len(market) == (await do(ns.LicensedItemsApi(client).get_licensed_items())).total
        wallets = ns.WalletsApi(client)
        wallet = await do(wallets.get_default_wallet())
        usable = await collect(wallets.iter_available_licensed_items(wallet.wallet_id, page_size=1))
        page = await do(wallets.get_available_licensed_items_for_wallet(wallet.wallet_id, limit=50))
        assert [i.licensed_item_id for i in usable] == [i.licensed_item_id for i in page.items]
        assert len(usable) == page.total > 1

    flavor.run(scenario, **account)

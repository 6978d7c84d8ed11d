"""Functions that read like the science: a registered function is run like a solver release.

    sleeper = await aio.Function.register_solver(client, SLEEPER, "2.1.6", title="sleep")
    result = await sleeper.run({"input_2": 3})          # a JobResult with outputs
    results = await sleeper.map([{"input_2": s} for s in range(10)], concurrency=4)

`Function` is a runner of the job layer (`AsyncRunner`): its jobs are function jobs
(`AsyncFunctionJobs`), so `run`, `run_many`/`map`, handles, waiting, progress, per-item errors
and interruption are the ones solver and study jobs have. Its inputs are checked against the
ports of what it runs (the solver release or the study), with the function's default inputs
making those ports optional. `submit_map` uses the platform's own `:map` instead and returns
the `JobCollection`, which `wait` follows to completion.

Written once, awaitable; `scripts/unasync.py` writes the blocking twin (`sdk.Function`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from osparc_sdk_generated.models import (
    FunctionJobCollection,
    MapFunctionBodyItemType0,
    ProjectFunction,
    PythonCodeFunction,
    RegisteredFunctionJobCollection,
    SolverFunction,
)
from osparc_sdk_patches.api.function_job_collections import AsyncFunctionJobCollectionsApi
from osparc_sdk_patches.api.functions import AsyncFunctionsApi, RegisteredFunction
from osparc_sdk_patches.api.solvers import AsyncSolversApi
from osparc_sdk_patches.api.studies import AsyncStudiesApi
from osparc_sdk_patches.errors import InvalidInputError

from sdk._async import batch, primitives
from sdk._async.jobs import AsyncFunctionJobs, AsyncJobHandle, AsyncRecordRunner
from sdk._function_data import function_inputs
from sdk._job_core import JobResult
from sdk._job_data import Inputs, as_uuid, jsonable, text_or_empty
from sdk._job_targets import FunctionTarget, Target
from sdk._ports import PortInfo, ports_from_models

if TYPE_CHECKING:
    from sdk._client import AsyncApiClient

__all__ = ["AsyncFunction", "AsyncJobCollection"]

#: The most inputs one `:map` call takes.
MAP_LIMIT = 50
JSON_SCHEMA = "application/schema+json"
FunctionBody = ProjectFunction | PythonCodeFunction | SolverFunction


class AsyncFunction(AsyncRecordRunner[RegisteredFunction]):
    """A registered function: `check`, `submit`, `run`, `map` (= `run_many`), `submit_map`."""

    def _keep(self, function: RegisteredFunction) -> tuple[Target, str, str]:
        self.function = function
        self.id, self.title = function.uid, text_or_empty(function.title)
        self.description = text_or_empty(function.description)
        label = f"function {self.title or self.id}"
        return FunctionTarget(self.id), label, f"{self.id} {self.title!r}"

    @classmethod
    async def get(cls, client: AsyncApiClient, function_id: UUID | str) -> AsyncFunction:
        """The registered function `function_id`, with the ports of what it runs."""
        api = AsyncFunctionsApi(client)
        return await cls._of(client, await api.get_function(as_uuid(function_id, "function id")))

    @classmethod
    async def register(cls, client: AsyncApiClient, body: FunctionBody) -> AsyncFunction:
        """Register a function (any class) and return it."""
        return await cls._of(client, await AsyncFunctionsApi(client).register_function(body=body))

    @classmethod
    async def register_solver(
        cls,
        client: AsyncApiClient,
        solver_key: str,
        version: str,
        *,
        title: str = "",
        description: str = "",
        default_inputs: Mapping[str, object] | None = None,
        input_schema: Mapping[str, Any] | None = None,
        output_schema: Mapping[str, Any] | None = None,
    ) -> AsyncFunction:
        """Register a solver release as a function; `input_schema` (a JSON Schema) is what
        the platform checks the inputs of every run against."""
        body = SolverFunction.from_dict(
            {
                "function_class": "SOLVER",
                "title": title,
                "description": description,
                "solver_key": solver_key,
                "solver_version": version,
                "default_inputs": jsonable(default_inputs) if default_inputs else None,
                "input_schema": _schema(input_schema),
                "output_schema": _schema(output_schema),
            }
        )
        return await cls.register(client, body)

    @classmethod
    async def _of(cls, client: AsyncApiClient, function: RegisteredFunction) -> AsyncFunction:
        ports: dict[str, PortInfo] = {}
        outputs: dict[str, PortInfo] = {}
        if function.function_class == "SOLVER":
            solvers = AsyncSolversApi(client)
            found = await solvers.list_solver_ports(function.solver_key, function.solver_version)
            ports, outputs = ports_from_models(found.items)
        elif function.function_class == "PROJECT":
            found_ports = await AsyncStudiesApi(client).list_study_ports(function.project_id)
            ports, outputs = ports_from_models(found_ports.items)
        return cls(client, function, function_inputs(function, ports), outputs)

    #: `run_many` by the name a function's users look for: one job per inputs mapping, at most
    #: `concurrency` at a time; the results keep the order of `inputs`, and an item that fails
    #: is a result with `error`.
    map = AsyncRecordRunner.run_many

    async def submit_map(self, inputs: Sequence[Inputs]) -> AsyncJobCollection:
        """Run the function on every inputs mapping with the platform's `:map` (at most 50,
        checked first): returns the collection of their jobs, in the order of `inputs`."""
        if not 0 < len(inputs) <= MAP_LIMIT:
            _too_many(len(inputs))
        for each in inputs:
            self.check(each)
        body: list[MapFunctionBodyItemType0 | None] = [
            MapFunctionBodyItemType0.from_dict(jsonable(each)) for each in inputs
        ]
        collection = await AsyncFunctionsApi(self._client).map_function(self.id, body=body)
        return AsyncJobCollection(self._client, collection)

    async def iter_jobs(self) -> AsyncIterator[AsyncJobHandle]:
        """This function's jobs."""
        async for job in AsyncFunctionsApi(self._client).iter_function_jobs(self.id):
            yield self._handle(job.uid)

    async def delete(self) -> None:
        """Delete the function (`ConflictError` while it still has jobs)."""
        await AsyncFunctionsApi(self._client).delete_function(self.id)


def _schema(content: Mapping[str, Any] | None) -> dict[str, Any]:
    return {"schema_class": JSON_SCHEMA, "schema_content": dict(content or {})}


def _too_many(count: int) -> None:
    raise InvalidInputError(f"a map takes 1 to {MAP_LIMIT} inputs, not {count}")


class AsyncJobCollection:
    """A collection of function jobs (what `:map` creates, or one registered by hand)."""

    def __init__(self, client: AsyncApiClient, record: RegisteredFunctionJobCollection) -> None:
        self._client = client
        self._api = AsyncFunctionJobCollectionsApi(client)
        self.record = record
        self.id = record.uid
        self.job_ids: list[UUID] = list(record.job_ids) if isinstance(record.job_ids, list) else []

    def __repr__(self) -> str:
        return f"<{primitives.PREFIX}JobCollection {self.id} ({len(self.job_ids)} jobs)>"

    @classmethod
    async def get(cls, client: AsyncApiClient, collection_id: UUID | str) -> AsyncJobCollection:
        api = AsyncFunctionJobCollectionsApi(client)
        uid = as_uuid(collection_id, "collection id")
        return cls(client, await api.get_function_job_collection(uid))

    @classmethod
    async def register(
        cls, client: AsyncApiClient, job_ids: Sequence[UUID], *, title: str = ""
    ) -> AsyncJobCollection:
        """Group function jobs into a new collection."""
        body = FunctionJobCollection(title=title, job_ids=list(job_ids))
        api = AsyncFunctionJobCollectionsApi(client)
        return cls(client, await api.register_function_job_collection(body=body))

    async def statuses(self) -> list[str]:
        """The platform's status of each job, in the collection's order."""
        return list((await self._api.function_job_collection_status(self.id)).status)

    async def handles(self) -> list[AsyncJobHandle]:
        """A handle on each job, in the collection's order."""
        jobs = await self._api.function_job_collection_list_function_jobs(self.id)
        by_id = {job.uid: job.function_uid for job in jobs}
        ops: dict[UUID, AsyncFunctionJobs] = {}
        handles = []
        for job_id in self.job_ids:
            function_id = by_id[job_id]
            if function_id not in ops:
                ops[function_id] = AsyncFunctionJobs(self._client, FunctionTarget(function_id))
            handles.append(AsyncJobHandle(ops[function_id], job_id))
        return handles

    async def wait(
        self,
        timeout: float | None = None,
        *,
        progress: bool = False,
        concurrency: int = 8,
        on_result: Callable[[int, JobResult], None] | None = None,
    ) -> list[JobResult]:
        """Wait for every job (they run at the same time on the platform), following at most
        `concurrency` of them at once; their results in the collection's order. A job that
        failed, or did not finish within `timeout` seconds (for the whole collection), is a
        result with `error`. `on_result(index, result)` is called as each job ends.

        The blocking form follows the jobs in an event loop of its own (as `run_many` does)."""
        if concurrency < 1:
            raise InvalidInputError(f"concurrency must be at least 1, not {concurrency}")
        return await batch.wait_jobs(self, timeout, progress, concurrency, on_result)

    async def delete(self) -> None:
        """Delete the collection (its jobs stay)."""
        await self._api.delete_function_job_collection(self.id)

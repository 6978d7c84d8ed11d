"""`SolversApi`: solver releases and their jobs, with lazy listings over every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack, cast
from uuid import UUID

from osparc_sdk_generated.api import solvers as _generated
from osparc_sdk_generated.types import UNSET, Unset

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import checked_uuid
from osparc_sdk_patches.types import ASYNC, DEFAULT_PAGE_SIZE, SYNC, AsyncPager, Helpers, Pager

# Models and the modules of the patched operations load on first use (a method imports what it
# runs), so that `SolversApi(client)` costs little; the type parameters below are text for the
# same reason.
if TYPE_CHECKING:
    from osparc_sdk_generated.models import (
        Job,
        JobEncryptionInputs,
        JobInputs,
        JobLog,
        JobStatus,
        Solver,
    )

    from osparc_sdk_patches.api.solvers.create_solver_job import CreationOptions
    from osparc_sdk_patches.api.solvers.start_job import Pricing
    from osparc_sdk_patches.models.job_inputs import InputValue

__all__ = ["AsyncSolversApi", "SolversApi"]


SolverPages = TypeVar("SolverPages", "Pager[Solver]", "AsyncPager[Solver]")
JobPages = TypeVar("JobPages", "Pager[Job]", "AsyncPager[Job]")
CreatedJob = TypeVar("CreatedJob", "Job", "Coroutine[Any, Any, Job]")
StartedJob = TypeVar("StartedJob", "JobStatus", "Coroutine[Any, Any, JobStatus]")


Archive = TypeVar("Archive", bytes, Coroutine[Any, Any, bytes])


class SolverHelpers(
    ApiFacade, Helpers, Generic[SolverPages, JobPages, CreatedJob, StartedJob, Archive]
):
    """Written once for both classes: lazy listings over every page (`Pager`s in `SolversApi`,
    `AsyncPager`s for `async for` in `AsyncSolversApi`), `create_job`, `create_solver_job`,
    `start_job` and `get_job_output_logfile` (awaited with `AsyncSolversApi`)."""

    _awaited = ("create_job", "create_solver_job", "start_job", "get_job_output_logfile")

    def start_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
        *,
        body: JobEncryptionInputs | Unset | None = UNSET,
        cluster_id: int | Unset | None = UNSET,
        pricing: Pricing | None = None,
    ) -> StartedJob:
        """Start a job; `pricing` picks a unit of the solver's pricing plan (its default unit
        without one)."""
        from osparc_sdk_patches.api.solvers.start_job import started

        form = _generated.AsyncSolversApi if self._awaitable else _generated.SolversApi
        io = ASYNC if self._awaitable else SYNC
        flow = started(
            lambda job: form.start_job(
                self,  # type: ignore[arg-type]  # the class's own form: sync, or async
                solver_key,
                version,
                job,
                body=body,
                cluster_id=cluster_id,
            ),
            job_id,
            pricing,
        )
        return cast(StartedJob, io.run(flow))

    def get_job_output_logfile(self, solver_key: str, version: str, job_id: UUID) -> Archive:
        """The job's log archive (a zip), fetched again while it arrives damaged."""
        from osparc_sdk_patches.api.solvers.get_job_output_logfile import log_archive

        job_id = checked_uuid("get_job_output_logfile", "job_id", job_id)
        form = _generated.AsyncSolversApi if self._awaitable else _generated.SolversApi
        fetch = form.get_job_output_logfile
        io = ASYNC if self._awaitable else SYNC
        flow = log_archive(
            lambda: fetch(self, solver_key, version, job_id),  # type: ignore[arg-type]
            job_id,
            self._retry_policy,
        )
        return cast(Archive, io.run(flow))

    def create_job(
        self,
        solver_key: str,
        version: str,
        job_inputs: JobInputs | Mapping[str, InputValue],
        *,
        hidden: bool = True,
    ) -> CreatedJob:
        """Create a job from inputs or a plain mapping (the official client's `create_job`)."""
        from osparc_sdk_patches.models.job_inputs import as_job_inputs

        body = as_job_inputs(job_inputs)
        return self.create_solver_job(solver_key, version, body=body, hidden=hidden)

    def iter_solvers(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> SolverPages:
        """The latest release of every solver."""
        return cast(SolverPages, self._listing("list_all_solvers_paginated", page_size))

    def iter_releases(self, solver_key: str, *, page_size: int = DEFAULT_PAGE_SIZE) -> SolverPages:
        """Every release of one solver."""
        pages = self._listing("list_solver_releases_paginated", page_size, solver_key)
        return cast(SolverPages, pages)

    def iter_jobs(
        self, solver_key: str, version: str, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> JobPages:
        """The jobs of one solver release, oldest first."""
        pages = self._listing("list_jobs_paginated", page_size, solver_key, version)
        return cast(JobPages, pages)

    def iter_all_jobs(
        self,
        *,
        metadata_any: list[str] | None = None,
        metadata_all: list[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> JobPages:
        """Jobs of every solver, filtered by `key:glob` metadata patterns."""
        pages = self._listing(
            "list_all_solvers_jobs",
            page_size,
            metadata_any=metadata_any,
            metadata_all=metadata_all,
        )
        return cast(JobPages, pages)

    def create_solver_job(
        self, solver_key: str, version: str, *, body: JobInputs, **options: Unpack[CreationOptions]
    ) -> CreatedJob:
        """Create a job of this release (not started); never two, even when answers are lost
        and the server ignores `idempotency_key` (see the errors guide)."""
        from osparc_sdk_patches.api.solvers.create_solver_job import (
            acreate_solver_job,
            create_solver_job,
        )

        create = acreate_solver_job if self._awaitable else create_solver_job
        # the class's own form, sync or async:
        created = create(self, solver_key, version, body=body, **options)  # type: ignore[arg-type]
        return cast(CreatedJob, created)


class SolversApi(
    SolverHelpers["Pager[Solver]", "Pager[Job]", "Job", "JobStatus", bytes], _generated.SolversApi
):
    """Operations tagged `solvers`, plus `iter_*` listings and the tutorial's `create_job`."""

    # Names of these operations before the server took the platform's operationIds
    # (deprecated: calling one warns, then runs the operation).
    get_solvers_page = _generated.SolversApi.list_all_solvers_paginated
    get_solver_releases_page = _generated.SolversApi.list_solver_releases_paginated
    batch_get_jobs_metadata = _generated.SolversApi.batch_get_jobs_custom_metadata

    def iter_job_logs(self, solver_key: str, version: str, job_id: UUID) -> Iterator[JobLog]:
        """The job's log lines as they are written, until the job ends (its log stream)."""
        from osparc_sdk_patches.api.solvers.get_log_stream import iter_job_logs

        return iter_job_logs(self._client.get_httpx_client(), solver_key, version, job_id)


class AsyncSolversApi(
    SolverHelpers[
        "AsyncPager[Solver]",
        "AsyncPager[Job]",
        "Coroutine[Any, Any, Job]",
        "Coroutine[Any, Any, JobStatus]",
        Coroutine[Any, Any, bytes],
    ],
    _generated.AsyncSolversApi,
    awaitable=True,
):
    """Operations tagged `solvers`, awaitable, plus `iter_*` listings for `async for`."""

    # Names of these operations before the server took the platform's operationIds
    # (deprecated: calling one warns, then runs the operation).
    get_solvers_page = _generated.AsyncSolversApi.list_all_solvers_paginated
    get_solver_releases_page = _generated.AsyncSolversApi.list_solver_releases_paginated
    batch_get_jobs_metadata = _generated.AsyncSolversApi.batch_get_jobs_custom_metadata

    def iter_job_logs(self, solver_key: str, version: str, job_id: UUID) -> AsyncIterator[JobLog]:
        """The job's log lines as they are written, until the job ends (its log stream)."""
        from osparc_sdk_patches.api.solvers.get_log_stream import aiter_job_logs

        return aiter_job_logs(self._client.get_async_httpx_client(), solver_key, version, job_id)

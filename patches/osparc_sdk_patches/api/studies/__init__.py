"""`StudiesApi`: studies and their jobs, with lazy listings over every page."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack, cast
from uuid import UUID

from osparc_sdk_generated.api import studies as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

# Models and the job-creation module (asyncio, threads) load on first use, so that
# `StudiesApi(client)` costs little; the type parameters below are text for the same reason.
if TYPE_CHECKING:
    from osparc_sdk_generated.models import Job, JobInputs, Study

    from osparc_sdk_patches.api.solvers.create_solver_job import CreationOptions

__all__ = ["AsyncStudiesApi", "StudiesApi"]


StudyPages = TypeVar("StudyPages", "Pager[Study]", "AsyncPager[Study]")
JobPages = TypeVar("JobPages", "Pager[Job]", "AsyncPager[Job]")
CreatedJob = TypeVar("CreatedJob", "Job", "Coroutine[Any, Any, Job]")


class StudyHelpers(ApiFacade, Helpers, Generic[StudyPages, JobPages, CreatedJob]):
    """Written once for both classes: the lazy listings over every page (`Pager`s in
    `StudiesApi`, `AsyncPager`s for `async for` in `AsyncStudiesApi`), and `create_study_job`
    (awaited with `AsyncStudiesApi`)."""

    _awaited = ("create_study_job",)

    def iter_studies(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> StudyPages:
        """Every study of the user."""
        return cast(StudyPages, self._listing("list_studies", page_size))

    def iter_study_jobs(self, study_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE) -> JobPages:
        """The jobs of one study, oldest first."""
        return cast(JobPages, self._listing("list_study_jobs", page_size, study_id))

    def create_study_job(
        self, study_id: UUID, *, body: JobInputs, **options: Unpack[CreationOptions]
    ) -> CreatedJob:
        """Create a job of the study (not started); never two, even when answers are lost and
        the server ignores `idempotency_key` (see the errors guide)."""
        from osparc_sdk_patches.api.studies import create_study_job as creating

        create = creating.acreate_study_job if self._awaitable else creating.create_study_job
        # the class's own form, sync or async:
        created = create(self, study_id, body=body, **options)  # type: ignore[arg-type]
        return cast(CreatedJob, created)


class StudiesApi(StudyHelpers["Pager[Study]", "Pager[Job]", "Job"], _generated.StudiesApi):
    """Operations tagged `studies`, plus `iter_*` listings."""


class AsyncStudiesApi(
    StudyHelpers["AsyncPager[Study]", "AsyncPager[Job]", "Coroutine[Any, Any, Job]"],
    _generated.AsyncStudiesApi,
    awaitable=True,
):
    """Operations tagged `studies`, awaitable, plus `iter_*` listings for `async for`."""

"""`StudiesApi`: studies and their jobs, with lazy listings over every page."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import studies as _generated
from osparc_sdk_generated.types import UNSET, Unset

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

# Models and the job-creation module (asyncio, threads) load on first use, so that
# `StudiesApi(client)` costs little; the type parameters below are text for the same reason.
if TYPE_CHECKING:
    from osparc_sdk_generated.models import Job, JobInputs, Study

__all__ = ["AsyncStudiesApi", "StudiesApi"]


StudyPages = TypeVar("StudyPages", "Pager[Study]", "AsyncPager[Study]")
JobPages = TypeVar("JobPages", "Pager[Job]", "AsyncPager[Job]")
CreatedJob = TypeVar("CreatedJob", "Job", "Coroutine[Any, Any, Job]")


class StudyHelpers(Helpers, Generic[StudyPages, JobPages, CreatedJob]):
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
        self,
        study_id: UUID,
        *,
        body: JobInputs,
        hidden: bool | Unset = True,
        x_simcore_parent_project_uuid: Unset | UUID | None = UNSET,
        x_simcore_parent_node_id: Unset | UUID | None = UNSET,
        idempotency_key: str | Unset | None = UNSET,
    ) -> CreatedJob:
        """Create a job of the study (not started); never two, even when answers are lost and
        the server ignores `idempotency_key` (see the errors guide)."""
        from osparc_sdk_patches.api.solvers.create_solver_job import creation_options
        from osparc_sdk_patches.api.studies.create_study_job import (
            acreate_study_job,
            create_study_job,
        )

        create = acreate_study_job if self._awaitable else create_study_job
        options = creation_options(
            hidden, x_simcore_parent_project_uuid, x_simcore_parent_node_id, idempotency_key
        )
        # the class's own form, sync or async:
        created = create(self, study_id, body=body, **options)  # type: ignore[arg-type]
        return cast(CreatedJob, created)


@translating_errors
class StudiesApi(
    ApiFacade, StudyHelpers["Pager[Study]", "Pager[Job]", "Job"], _generated.StudiesApi
):
    """Operations tagged `studies`, plus `iter_*` listings."""


@translating_errors
class AsyncStudiesApi(
    ApiFacade,
    StudyHelpers["AsyncPager[Study]", "AsyncPager[Job]", "Coroutine[Any, Any, Job]"],
    _generated.AsyncStudiesApi,
    awaitable=True,
):
    """Operations tagged `studies`, awaitable, plus `iter_*` listings for `async for`."""

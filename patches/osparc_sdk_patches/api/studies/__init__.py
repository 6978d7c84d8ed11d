"""`StudiesApi`: studies and their jobs, with lazy listings over every page."""

from __future__ import annotations

from typing import Generic, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import studies as _generated
from osparc_sdk_generated.models import Job, Study

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

__all__ = ["AsyncStudiesApi", "StudiesApi"]


StudyPages = TypeVar("StudyPages", Pager[Study], AsyncPager[Study])
JobPages = TypeVar("JobPages", Pager[Job], AsyncPager[Job])


class StudyHelpers(Helpers, Generic[StudyPages, JobPages]):
    """The lazy listings over every page: `Pager`s in `StudiesApi`, `AsyncPager`s (for
    `async for`) in `AsyncStudiesApi`."""

    def iter_studies(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> StudyPages:
        """Every study of the user."""
        return cast(StudyPages, self._listing("list_studies", page_size))

    def iter_study_jobs(self, study_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE) -> JobPages:
        """The jobs of one study, oldest first."""
        return cast(JobPages, self._listing("list_study_jobs", page_size, study_id))


@translating_errors
class StudiesApi(ApiFacade, _generated.StudiesApi, StudyHelpers[Pager[Study], Pager[Job]]):
    """Operations tagged `studies`, plus `iter_*` listings."""


@translating_errors
class AsyncStudiesApi(
    ApiFacade, _generated.AsyncStudiesApi, StudyHelpers[AsyncPager[Study], AsyncPager[Job]]
):
    """Operations tagged `studies`, awaitable, plus `iter_*` listings for `async for`."""

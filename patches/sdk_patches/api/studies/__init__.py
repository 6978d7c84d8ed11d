"""`StudiesApi`: studies and their jobs, with lazy listings over every page."""

from __future__ import annotations

from uuid import UUID

from sdk_generated.api import studies as _generated
from sdk_generated.models import Job, Study

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors
from sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Pager

__all__ = ["AsyncStudiesApi", "StudiesApi"]


@translating_errors
class StudiesApi(ApiFacade, _generated.StudiesApi):
    """Operations tagged `studies`, plus `iter_*` listings."""

    def iter_studies(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> Pager[Study]:
        """Every study of the user."""
        return Pager(
            lambda limit, offset: self.list_studies(limit=limit, offset=offset),
            page_size=page_size,
        )

    def iter_study_jobs(self, study_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE) -> Pager[Job]:
        """The jobs of one study, oldest first."""
        return Pager(
            lambda limit, offset: self.list_study_jobs(study_id, limit=limit, offset=offset),
            page_size=page_size,
        )


@translating_errors
class AsyncStudiesApi(ApiFacade, _generated.AsyncStudiesApi):
    """Operations tagged `studies`, awaitable, plus `iter_*` listings for `async for`."""

    def iter_studies(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncPager[Study]:
        """Every study of the user."""
        return AsyncPager(
            lambda limit, offset: self.list_studies(limit=limit, offset=offset),
            page_size=page_size,
        )

    def iter_study_jobs(
        self, study_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPager[Job]:
        """The jobs of one study, oldest first."""
        return AsyncPager(
            lambda limit, offset: self.list_study_jobs(study_id, limit=limit, offset=offset),
            page_size=page_size,
        )

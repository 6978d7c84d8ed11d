"""`FunctionJobCollectionsApi`: collections of function jobs, with lazy listings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import function_job_collections as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

if TYPE_CHECKING:  # the models load with the first page; the type parameters are text
    from osparc_sdk_generated.models import RegisteredFunctionJobCollection as Collection

    from osparc_sdk_patches.api.functions import RegisteredFunctionJob

__all__ = ["AsyncFunctionJobCollectionsApi", "FunctionJobCollectionsApi"]

CollectionPages = TypeVar("CollectionPages", "Pager[Collection]", "AsyncPager[Collection]")
JobPages = TypeVar("JobPages", "Pager[RegisteredFunctionJob]", "AsyncPager[RegisteredFunctionJob]")


class CollectionHelpers(Helpers, Generic[CollectionPages, JobPages]):
    """The lazy listings over every page, written once for both classes."""

    def iter_collections(
        self, *, has_function_id: UUID | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> CollectionPages:
        """The user's collections; with `has_function_id`, those holding a job of it."""
        if has_function_id is None:
            return cast(CollectionPages, self._listing("list_function_job_collections", page_size))
        pages = self._listing(
            "list_function_job_collections", page_size, has_function_id=str(has_function_id)
        )
        return cast(CollectionPages, pages)

    def iter_collection_jobs(
        self, collection_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> JobPages:
        """The jobs of one collection, in its order."""
        pages = self._listing(
            "function_job_collection_list_function_jobs_page", page_size, collection_id
        )
        return cast(JobPages, pages)


@translating_errors
class FunctionJobCollectionsApi(
    ApiFacade,
    _generated.FunctionJobCollectionsApi,
    CollectionHelpers["Pager[Collection]", "Pager[RegisteredFunctionJob]"],
):
    """Operations tagged `function_job_collections`, plus `iter_*` listings."""


@translating_errors
class AsyncFunctionJobCollectionsApi(
    ApiFacade,
    _generated.AsyncFunctionJobCollectionsApi,
    CollectionHelpers["AsyncPager[Collection]", "AsyncPager[RegisteredFunctionJob]"],
):
    """Operations tagged `function_job_collections`, awaitable, plus `iter_*` listings."""

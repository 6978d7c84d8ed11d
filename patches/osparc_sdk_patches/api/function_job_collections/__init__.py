"""`FunctionJobCollectionsApi`: collections of function jobs, with lazy listings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import function_job_collections as _generated

from osparc_sdk_patches.api.functions import FunctionJobPages
from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

if TYPE_CHECKING:  # the models load with the first page; the type parameters are text
    from osparc_sdk_generated.models import RegisteredFunctionJobCollection as Collection

    # named in the class bases below, as text (which the linter does not read)
    from osparc_sdk_patches.api.functions import RegisteredFunctionJob  # noqa: F401

__all__ = ["AsyncFunctionJobCollectionsApi", "FunctionJobCollectionsApi"]

CollectionPages = TypeVar("CollectionPages", "Pager[Collection]", "AsyncPager[Collection]")


class CollectionHelpers(ApiFacade, Helpers, Generic[CollectionPages, FunctionJobPages]):
    """The lazy listings over every page, written once for both classes."""

    def iter_collections(
        self, *, has_function_id: UUID | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> CollectionPages:
        """The user's collections; with `has_function_id`, those holding a job of it."""
        only = {} if has_function_id is None else {"has_function_id": str(has_function_id)}
        pages = self._listing("list_function_job_collections", page_size, **only)
        return cast(CollectionPages, pages)

    def iter_collection_jobs(
        self, collection_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> FunctionJobPages:
        """The jobs of one collection, in its order."""
        pages = self._listing(
            "function_job_collection_list_function_jobs_page", page_size, collection_id
        )
        return cast(FunctionJobPages, pages)


class FunctionJobCollectionsApi(
    CollectionHelpers["Pager[Collection]", "Pager[RegisteredFunctionJob]"],
    _generated.FunctionJobCollectionsApi,
):
    """Operations tagged `function_job_collections`, plus `iter_*` listings."""


class AsyncFunctionJobCollectionsApi(
    CollectionHelpers["AsyncPager[Collection]", "AsyncPager[RegisteredFunctionJob]"],
    _generated.AsyncFunctionJobCollectionsApi,
):
    """Operations tagged `function_job_collections`, awaitable, plus `iter_*` listings."""

"""`FunctionJobsApi`: function jobs, their status and outputs, with a lazy, filtered listing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import function_jobs as _generated
from osparc_sdk_generated.types import UNSET

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.models import lazy_unions
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

__all__ = ["AsyncFunctionJobsApi", "FunctionJobsApi", "ListedFunctionJob"]

if TYPE_CHECKING:
    from osparc_sdk_generated.models import (
        RegisteredProjectFunctionJob,
        RegisteredProjectFunctionJobWithStatus,
        RegisteredPythonCodeFunctionJob,
        RegisteredPythonCodeFunctionJobWithStatus,
        RegisteredSolverFunctionJob,
        RegisteredSolverFunctionJobWithStatus,
    )

    #: An item of `list_function_jobs`: a function job, with its status when it was asked for.
    ListedFunctionJob: TypeAlias = (
        RegisteredProjectFunctionJob
        | RegisteredProjectFunctionJobWithStatus
        | RegisteredPythonCodeFunctionJob
        | RegisteredPythonCodeFunctionJobWithStatus
        | RegisteredSolverFunctionJob
        | RegisteredSolverFunctionJobWithStatus
    )

# The union (and its models) is made on first use, so that `FunctionJobsApi(client)` costs
# little; the type parameters below are text for the same reason.
if not TYPE_CHECKING:  # type checkers see the alias above, and no other name
    __getattr__ = lazy_unions(
        __name__,
        ListedFunctionJob="RegisteredProjectFunctionJob | RegisteredProjectFunctionJobWithStatus"
        " | RegisteredPythonCodeFunctionJob | RegisteredPythonCodeFunctionJobWithStatus"
        " | RegisteredSolverFunctionJob | RegisteredSolverFunctionJobWithStatus",
    )

JobPages = TypeVar("JobPages", "Pager[ListedFunctionJob]", "AsyncPager[ListedFunctionJob]")


class FunctionJobHelpers(ApiFacade, Helpers, Generic[JobPages]):
    """The lazy listing over every page, written once for both classes."""

    def iter_function_jobs(
        self,
        *,
        function_id: UUID | None = None,
        function_job_ids: Sequence[UUID] | None = None,
        function_job_collection_id: UUID | None = None,
        include_status: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> JobPages:
        """The user's function jobs; the filters given all apply."""
        pages = self._listing(
            "list_function_jobs",
            page_size,
            include_status=include_status,
            function_id=function_id if function_id is not None else UNSET,
            function_job_ids=list(function_job_ids) if function_job_ids is not None else UNSET,
            function_job_collection_id=(
                function_job_collection_id if function_job_collection_id is not None else UNSET
            ),
        )
        return cast(JobPages, pages)


class FunctionJobsApi(FunctionJobHelpers["Pager[ListedFunctionJob]"], _generated.FunctionJobsApi):
    """Operations tagged `function_jobs`, plus `iter_function_jobs`."""


class AsyncFunctionJobsApi(
    FunctionJobHelpers["AsyncPager[ListedFunctionJob]"], _generated.AsyncFunctionJobsApi
):
    """Operations tagged `function_jobs`, awaitable, plus `iter_function_jobs`."""

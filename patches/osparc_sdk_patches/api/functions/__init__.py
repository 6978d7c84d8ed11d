"""`FunctionsApi`: registered functions and their jobs, with lazy listings over every page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import functions as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.models import lazy_unions
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

__all__ = ["AsyncFunctionsApi", "FunctionsApi", "RegisteredFunction", "RegisteredFunctionJob"]

if TYPE_CHECKING:
    from osparc_sdk_generated.models import (
        RegisteredProjectFunction,
        RegisteredProjectFunctionJob,
        RegisteredPythonCodeFunction,
        RegisteredPythonCodeFunctionJob,
        RegisteredSolverFunction,
        RegisteredSolverFunctionJob,
    )

    #: A function as the platform answers it (one member per `function_class`).
    RegisteredFunction: TypeAlias = (
        RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
    )
    #: A function job as the platform answers it (one member per `function_class`).
    RegisteredFunctionJob: TypeAlias = (
        RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
    )

# The unions (and their models) are made on first use, so that `FunctionsApi(client)` costs
# little; the type parameters below are text for the same reason.
if not TYPE_CHECKING:  # type checkers see the aliases above, and no other name
    __getattr__ = lazy_unions(
        __name__,
        RegisteredFunction="RegisteredProjectFunction | RegisteredPythonCodeFunction"
        " | RegisteredSolverFunction",
        RegisteredFunctionJob="RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob"
        " | RegisteredSolverFunctionJob",
    )

FunctionPages = TypeVar(
    "FunctionPages", "Pager[RegisteredFunction]", "AsyncPager[RegisteredFunction]"
)
#: A listing of function jobs, in the form of the class listing them (also used by collections).
FunctionJobPages = TypeVar(
    "FunctionJobPages", "Pager[RegisteredFunctionJob]", "AsyncPager[RegisteredFunctionJob]"
)


class FunctionHelpers(ApiFacade, Helpers, Generic[FunctionPages, FunctionJobPages]):
    """The lazy listings over every page, written once for both classes."""

    def iter_functions(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> FunctionPages:
        """Every function the user can read."""
        return cast(FunctionPages, self._listing("list_functions", page_size))

    def iter_function_jobs(
        self, function_id: UUID, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> FunctionJobPages:
        """The jobs of one function."""
        pages = self._listing("list_function_jobs_for_functionid", page_size, function_id)
        return cast(FunctionJobPages, pages)


class FunctionsApi(
    FunctionHelpers["Pager[RegisteredFunction]", "Pager[RegisteredFunctionJob]"],
    _generated.FunctionsApi,
):
    """Operations tagged `functions`, plus `iter_*` listings."""


class AsyncFunctionsApi(
    FunctionHelpers["AsyncPager[RegisteredFunction]", "AsyncPager[RegisteredFunctionJob]"],
    _generated.AsyncFunctionsApi,
):
    """Operations tagged `functions`, awaitable, plus `iter_*` listings for `async for`."""

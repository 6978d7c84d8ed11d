"""`ProgramsApi`: programs (interactive services) and their releases, with lazy listings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from osparc_sdk_generated.api import programs as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

if TYPE_CHECKING:  # the model loads with the first page; the type parameters are text
    from osparc_sdk_generated.models import Program

__all__ = ["AsyncProgramsApi", "ProgramsApi"]

ProgramPages = TypeVar("ProgramPages", "Pager[Program]", "AsyncPager[Program]")


class ProgramHelpers(ApiFacade, Helpers, Generic[ProgramPages]):
    """The lazy listings over every page, written once for both classes."""

    def iter_programs(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> ProgramPages:
        """The latest release of every program."""
        return cast(ProgramPages, self._listing("list_programs", page_size))

    def iter_program_releases(
        self, program_key: str, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> ProgramPages:
        """Every release of one program."""
        return cast(ProgramPages, self._listing("list_program_history", page_size, program_key))


class ProgramsApi(ProgramHelpers["Pager[Program]"], _generated.ProgramsApi):
    """Operations tagged `programs`, plus `iter_*` listings."""


class AsyncProgramsApi(ProgramHelpers["AsyncPager[Program]"], _generated.AsyncProgramsApi):
    """Operations tagged `programs`, awaitable, plus `iter_*` listings for `async for`."""

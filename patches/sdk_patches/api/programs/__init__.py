"""`ProgramsApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from sdk_generated.api import programs as _generated

from sdk_patches.client import ApiFacade
from sdk_patches.errors import translating_errors

__all__ = ["AsyncProgramsApi", "ProgramsApi"]


@translating_errors
class ProgramsApi(ApiFacade, _generated.ProgramsApi):
    """Operations tagged `programs`."""


@translating_errors
class AsyncProgramsApi(ApiFacade, _generated.AsyncProgramsApi):
    """Operations tagged `programs`, awaitable."""

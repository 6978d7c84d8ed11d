"""`TasksApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import tasks as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import translating_errors

__all__ = ["AsyncTasksApi", "TasksApi"]


@translating_errors
class TasksApi(ApiFacade, _generated.TasksApi):
    """Operations tagged `tasks`."""


@translating_errors
class AsyncTasksApi(ApiFacade, _generated.AsyncTasksApi):
    """Operations tagged `tasks`, awaitable."""

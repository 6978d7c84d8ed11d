"""`TasksApi`: the generated operations, taking the SDK's ApiClient and raising typed errors."""

from __future__ import annotations

from osparc_sdk_generated.api import tasks as _generated

from osparc_sdk_patches.client import ApiFacade

__all__ = ["AsyncTasksApi", "TasksApi"]


class TasksApi(ApiFacade, _generated.TasksApi):
    """Operations tagged `tasks`."""


class AsyncTasksApi(ApiFacade, _generated.AsyncTasksApi):
    """Operations tagged `tasks`, awaitable."""

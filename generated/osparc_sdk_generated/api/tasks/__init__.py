"""The `tasks` operations, one module each, and the classes that call
them: TasksApi (blocking) and AsyncTasksApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.api_server_envelopelist_task_get import ApiServerEnvelopelistTaskGet
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.task_result import TaskResult
    from ...models.task_status import TaskStatus
    from . import cancel_task, get_task_result, get_task_status, list_tasks
else:
    cancel_task = OperationModule(__name__ + ".cancel_task")
    get_task_result = OperationModule(__name__ + ".get_task_result")
    get_task_status = OperationModule(__name__ + ".get_task_status")
    list_tasks = OperationModule(__name__ + ".list_tasks")

__all__ = ["AsyncTasksApi", "TasksApi"]


class TasksApi:
    """Operations tagged `tasks` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def cancel_task(
        self,
        task_uuid: UUID,
    ) -> None:
        """Cancel Task

        Cancel a task that has not finished (a finished one is left as it is).

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = cancel_task.sync_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    def get_task_result(
        self,
        task_uuid: UUID,
    ) -> TaskResult:
        """Get Task Result

        The task's result once it is done; 404 before (or if it was cancelled), 503 if it
        failed.

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskResult
        """
        response = get_task_result.sync_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_task_result.ErrorGet, get_task_result.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_task_status(
        self,
        task_uuid: UUID,
    ) -> TaskStatus:
        """Get Task Status

        Whether the task is done, and its progress (0 to 1).

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskStatus
        """
        response = get_task_status.sync_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_task_status.ErrorGet, get_task_status.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_tasks(
        self,
    ) -> ApiServerEnvelopelistTaskGet:
        """List Tasks

        The user's tasks, oldest first.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ApiServerEnvelopelistTaskGet
        """
        response = list_tasks.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_tasks.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncTasksApi:
    """Operations tagged `tasks` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def cancel_task(
        self,
        task_uuid: UUID,
    ) -> None:
        """Cancel Task

        Cancel a task that has not finished (a finished one is left as it is).

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = await cancel_task.asyncio_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    async def get_task_result(
        self,
        task_uuid: UUID,
    ) -> TaskResult:
        """Get Task Result

        The task's result once it is done; 404 before (or if it was cancelled), 503 if it
        failed.

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskResult
        """
        response = await get_task_result.asyncio_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_task_result.ErrorGet, get_task_result.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_task_status(
        self,
        task_uuid: UUID,
    ) -> TaskStatus:
        """Get Task Status

        Whether the task is done, and its progress (0 to 1).

        Args:
            task_uuid (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskStatus
        """
        response = await get_task_status.asyncio_detailed(
            task_uuid=task_uuid,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_task_status.ErrorGet, get_task_status.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_tasks(
        self,
    ) -> ApiServerEnvelopelistTaskGet:
        """List Tasks

        The user's tasks, oldest first.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ApiServerEnvelopelistTaskGet
        """
        response = await list_tasks.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_tasks.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

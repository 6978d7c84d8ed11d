"""The `function_jobs` operations, one module each, and the classes that call
them: FunctionJobsApi (blocking) and AsyncFunctionJobsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.function_job_outputs_response_200_type_0 import FunctionJobOutputsResponse200Type0
    from ...models.function_job_status import FunctionJobStatus
    from ...models.http_validation_error import HTTPValidationError
    from ...models.page_registered_function_job_withor_without_status import (
        PageRegisteredFunctionJobWithorWithoutStatus,
    )
    from ...models.project_function_job import ProjectFunctionJob
    from ...models.python_code_function_job import PythonCodeFunctionJob
    from ...models.registered_project_function_job import RegisteredProjectFunctionJob
    from ...models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
    from ...models.registered_solver_function_job import RegisteredSolverFunctionJob
    from ...models.solver_function_job import SolverFunctionJob
    from ...models.task_get import TaskGet
    from . import (
        delete_function_job,
        function_job_outputs,
        function_job_status,
        get_function_job,
        get_function_job_logs_task,
        list_function_jobs,
        register_function_job,
    )
else:
    delete_function_job = OperationModule(__name__ + ".delete_function_job")
    function_job_outputs = OperationModule(__name__ + ".function_job_outputs")
    function_job_status = OperationModule(__name__ + ".function_job_status")
    get_function_job = OperationModule(__name__ + ".get_function_job")
    get_function_job_logs_task = OperationModule(__name__ + ".get_function_job_logs_task")
    list_function_jobs = OperationModule(__name__ + ".list_function_jobs")
    register_function_job = OperationModule(__name__ + ".register_function_job")

__all__ = ["AsyncFunctionJobsApi", "FunctionJobsApi"]


class FunctionJobsApi:
    """Operations tagged `function_jobs` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def delete_function_job(
        self,
        function_job_id: UUID,
    ) -> Any:
        """Delete Function Job

        Delete a function job (its solver or study job stays, under the solvers or studies API).

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = delete_function_job.sync_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_function_job.ErrorGet, delete_function_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_outputs(
        self,
        function_job_id: UUID,
    ) -> FunctionJobOutputsResponse200Type0 | None:
        """Function Job Outputs

        The job's outputs once it has succeeded (files as File objects); null until then.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobOutputsResponse200Type0 | None
        """
        response = function_job_outputs.sync_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (function_job_outputs.ErrorGet, function_job_outputs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_status(
        self,
        function_job_id: UUID,
    ) -> FunctionJobStatus:
        """Function Job Status

        The state of the task creating the underlying job, then the underlying job's state.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobStatus
        """
        response = function_job_status.sync_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (function_job_status.ErrorGet, function_job_status.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function_job(
        self,
        function_job_id: UUID,
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Get Function Job

        One function job.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        response = get_function_job.sync_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_function_job.ErrorGet, get_function_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function_job_logs_task(
        self,
        function_job_id: UUID,
    ) -> TaskGet:
        """Get Function Job Logs Task

        Start exporting the logs of the job's solver or study job: follow the task, its result
        is the archive (a file).

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskGet
        """
        response = get_function_job_logs_task.sync_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_job_logs_task.ErrorGet, get_function_job_logs_task.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_function_jobs(
        self,
        *,
        include_status: bool | Unset = False,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        function_id: None | Unset | UUID = UNSET,
        function_job_ids: list[UUID] | None | Unset = UNSET,
        function_job_collection_id: None | Unset | UUID = UNSET,
    ) -> PageRegisteredFunctionJobWithorWithoutStatus:
        """List Function Jobs

        The user's function jobs, filtered (all filters apply), with their status if asked.

        Args:
            include_status (bool | Unset):  Default: False.
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            function_id (None | Unset | UUID):
            function_job_ids (list[UUID] | None | Unset):
            function_job_collection_id (None | Unset | UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJobWithorWithoutStatus
        """
        response = list_function_jobs.sync_detailed(
            include_status=include_status,
            limit=limit,
            offset=offset,
            function_id=function_id,
            function_job_ids=function_job_ids,
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_function_jobs.ErrorGet, list_function_jobs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def register_function_job(
        self,
        *,
        body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Register Function Job

        Record a function job as given (run_function creates and runs one instead).

        Args:
            body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        response = register_function_job.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (register_function_job.ErrorGet, register_function_job.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncFunctionJobsApi:
    """Operations tagged `function_jobs` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def delete_function_job(
        self,
        function_job_id: UUID,
    ) -> Any:
        """Delete Function Job

        Delete a function job (its solver or study job stays, under the solvers or studies API).

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = await delete_function_job.asyncio_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_function_job.ErrorGet, delete_function_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_outputs(
        self,
        function_job_id: UUID,
    ) -> FunctionJobOutputsResponse200Type0 | None:
        """Function Job Outputs

        The job's outputs once it has succeeded (files as File objects); null until then.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobOutputsResponse200Type0 | None
        """
        response = await function_job_outputs.asyncio_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (function_job_outputs.ErrorGet, function_job_outputs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_status(
        self,
        function_job_id: UUID,
    ) -> FunctionJobStatus:
        """Function Job Status

        The state of the task creating the underlying job, then the underlying job's state.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobStatus
        """
        response = await function_job_status.asyncio_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (function_job_status.ErrorGet, function_job_status.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function_job(
        self,
        function_job_id: UUID,
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Get Function Job

        One function job.

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        response = await get_function_job.asyncio_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_function_job.ErrorGet, get_function_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function_job_logs_task(
        self,
        function_job_id: UUID,
    ) -> TaskGet:
        """Get Function Job Logs Task

        Start exporting the logs of the job's solver or study job: follow the task, its result
        is the archive (a file).

        Args:
            function_job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            TaskGet
        """
        response = await get_function_job_logs_task.asyncio_detailed(
            function_job_id=function_job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_job_logs_task.ErrorGet, get_function_job_logs_task.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_function_jobs(
        self,
        *,
        include_status: bool | Unset = False,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        function_id: None | Unset | UUID = UNSET,
        function_job_ids: list[UUID] | None | Unset = UNSET,
        function_job_collection_id: None | Unset | UUID = UNSET,
    ) -> PageRegisteredFunctionJobWithorWithoutStatus:
        """List Function Jobs

        The user's function jobs, filtered (all filters apply), with their status if asked.

        Args:
            include_status (bool | Unset):  Default: False.
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            function_id (None | Unset | UUID):
            function_job_ids (list[UUID] | None | Unset):
            function_job_collection_id (None | Unset | UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJobWithorWithoutStatus
        """
        response = await list_function_jobs.asyncio_detailed(
            include_status=include_status,
            limit=limit,
            offset=offset,
            function_id=function_id,
            function_job_ids=function_job_ids,
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_function_jobs.ErrorGet, list_function_jobs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def register_function_job(
        self,
        *,
        body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Register Function Job

        Record a function job as given (run_function creates and runs one instead).

        Args:
            body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        response = await register_function_job.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (register_function_job.ErrorGet, register_function_job.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

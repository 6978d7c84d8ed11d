"""Contains endpoint functions for accessing the API, and the classes FunctionsApi and AsyncFunctionsApi"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.json_function_input_schema import JSONFunctionInputSchema
    from ...models.map_function_body_item_type_0 import MapFunctionBodyItemType0
    from ...models.page_registered_function import PageRegisteredFunction
    from ...models.page_registered_function_job import PageRegisteredFunctionJob
    from ...models.project_function import ProjectFunction
    from ...models.python_code_function import PythonCodeFunction
    from ...models.registered_function_job_collection import RegisteredFunctionJobCollection
    from ...models.registered_project_function import RegisteredProjectFunction
    from ...models.registered_project_function_job import RegisteredProjectFunctionJob
    from ...models.registered_python_code_function import RegisteredPythonCodeFunction
    from ...models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
    from ...models.registered_solver_function import RegisteredSolverFunction
    from ...models.registered_solver_function_job import RegisteredSolverFunctionJob
    from ...models.run_function_body_type_0 import RunFunctionBodyType0
    from ...models.solver_function import SolverFunction
    from ...models.validate_function_inputs_body_type_0 import ValidateFunctionInputsBodyType0

__all__ = ["AsyncFunctionsApi", "FunctionsApi"]


class FunctionsApi:
    """Operations tagged `functions` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def delete_function(
        self,
        function_id: UUID,
    ) -> Any:
        """Delete Function

        Delete a function; one that still has jobs cannot be deleted (409).

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        from .delete_function import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function(
        self,
        function_id: UUID,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Get Function

        One function.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .get_function import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function_inputschema(
        self,
        function_id: UUID,
    ) -> JSONFunctionInputSchema:
        """Get Function Inputschema

        The JSON Schema of the function's inputs.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JSONFunctionInputSchema
        """
        from .get_function_inputschema import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function_outputschema(
        self,
        function_id: UUID,
    ) -> JSONFunctionInputSchema:
        """Get Function Outputschema

        The JSON Schema of the function's outputs.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JSONFunctionInputSchema
        """
        from .get_function_outputschema import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_function_jobs_for_functionid(
        self,
        function_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunctionJob:
        """List Function Jobs For Functionid

        The jobs of one function, oldest first, a page at a time.

        Args:
            function_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJob
        """
        from .list_function_jobs_for_functionid import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_functions(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunction:
        """List Functions

        The user's functions, oldest first, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunction
        """
        from .list_functions import sync_detailed

        response = sync_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def map_function(
        self,
        function_id: UUID,
        *,
        body: list[MapFunctionBodyItemType0 | None],
        x_simcore_parent_project_uuid: str | Unset = "null",
        x_simcore_parent_node_id: str | Unset = "null",
    ) -> RegisteredFunctionJobCollection:
        """Map Function

        Run the function once per entry, concurrently: returns the collection of their jobs, in
        the order of the inputs.

        Args:
            function_id (UUID):
            x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default:
                'null'.
            x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
            body (list[MapFunctionBodyItemType0 | None]):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        from .map_function import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def register_function(
        self,
        *,
        body: ProjectFunction | PythonCodeFunction | SolverFunction,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Register Function

        Register a function: a solver release or a study, with JSON Schemas for its inputs and
        outputs and default inputs.

        Args:
            body (ProjectFunction | PythonCodeFunction | SolverFunction):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .register_function import sync_detailed

        response = sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def run_function(
        self,
        function_id: UUID,
        *,
        body: None | RunFunctionBodyType0,
        x_simcore_parent_project_uuid: str | Unset = "null",
        x_simcore_parent_node_id: str | Unset = "null",
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Run Function

        Run the function on its default inputs overridden by these: returns its function job at
        once (a job that already succeeded with the same inputs is returned instead of a new one).

        Args:
            function_id (UUID):
            x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default:
                'null'.
            x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
            body (None | RunFunctionBodyType0):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        from .run_function import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def update_function_description(
        self,
        function_id: UUID,
        *,
        description: str,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Update Function Description

        Change the function's description.

        Args:
            function_id (UUID):
            description (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .update_function_description import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            description=description,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def update_function_title(
        self,
        function_id: UUID,
        *,
        title: str,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Update Function Title

        Change the function's title.

        Args:
            function_id (UUID):
            title (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .update_function_title import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            title=title,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def validate_function_inputs(
        self,
        function_id: UUID,
        *,
        body: None | ValidateFunctionInputsBodyType0,
    ) -> list[bool | str]:
        """Validate Function Inputs

        Check inputs (as sent: no default inputs added) against the function's input schema.

        Args:
            function_id (UUID):
            body (None | ValidateFunctionInputsBodyType0):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[bool | str]
        """
        from .validate_function_inputs import sync_detailed

        response = sync_detailed(
            function_id=function_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return cast("list[bool | str]", parsed)


class AsyncFunctionsApi:
    """Operations tagged `functions` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def delete_function(
        self,
        function_id: UUID,
    ) -> Any:
        """Delete Function

        Delete a function; one that still has jobs cannot be deleted (409).

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        from .delete_function import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function(
        self,
        function_id: UUID,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Get Function

        One function.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .get_function import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function_inputschema(
        self,
        function_id: UUID,
    ) -> JSONFunctionInputSchema:
        """Get Function Inputschema

        The JSON Schema of the function's inputs.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JSONFunctionInputSchema
        """
        from .get_function_inputschema import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function_outputschema(
        self,
        function_id: UUID,
    ) -> JSONFunctionInputSchema:
        """Get Function Outputschema

        The JSON Schema of the function's outputs.

        Args:
            function_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JSONFunctionInputSchema
        """
        from .get_function_outputschema import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_function_jobs_for_functionid(
        self,
        function_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunctionJob:
        """List Function Jobs For Functionid

        The jobs of one function, oldest first, a page at a time.

        Args:
            function_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJob
        """
        from .list_function_jobs_for_functionid import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_functions(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunction:
        """List Functions

        The user's functions, oldest first, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunction
        """
        from .list_functions import asyncio_detailed

        response = await asyncio_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def map_function(
        self,
        function_id: UUID,
        *,
        body: list[MapFunctionBodyItemType0 | None],
        x_simcore_parent_project_uuid: str | Unset = "null",
        x_simcore_parent_node_id: str | Unset = "null",
    ) -> RegisteredFunctionJobCollection:
        """Map Function

        Run the function once per entry, concurrently: returns the collection of their jobs, in
        the order of the inputs.

        Args:
            function_id (UUID):
            x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default:
                'null'.
            x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
            body (list[MapFunctionBodyItemType0 | None]):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        from .map_function import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def register_function(
        self,
        *,
        body: ProjectFunction | PythonCodeFunction | SolverFunction,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Register Function

        Register a function: a solver release or a study, with JSON Schemas for its inputs and
        outputs and default inputs.

        Args:
            body (ProjectFunction | PythonCodeFunction | SolverFunction):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .register_function import asyncio_detailed

        response = await asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def run_function(
        self,
        function_id: UUID,
        *,
        body: None | RunFunctionBodyType0,
        x_simcore_parent_project_uuid: str | Unset = "null",
        x_simcore_parent_node_id: str | Unset = "null",
    ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
        """Run Function

        Run the function on its default inputs overridden by these: returns its function job at
        once (a job that already succeeded with the same inputs is returned instead of a new one).

        Args:
            function_id (UUID):
            x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default:
                'null'.
            x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
            body (None | RunFunctionBodyType0):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
        """
        from .run_function import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def update_function_description(
        self,
        function_id: UUID,
        *,
        description: str,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Update Function Description

        Change the function's description.

        Args:
            function_id (UUID):
            description (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .update_function_description import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            description=description,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def update_function_title(
        self,
        function_id: UUID,
        *,
        title: str,
    ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
        """Update Function Title

        Change the function's title.

        Args:
            function_id (UUID):
            title (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
        """
        from .update_function_title import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            title=title,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def validate_function_inputs(
        self,
        function_id: UUID,
        *,
        body: None | ValidateFunctionInputsBodyType0,
    ) -> list[bool | str]:
        """Validate Function Inputs

        Check inputs (as sent: no default inputs added) against the function's input schema.

        Args:
            function_id (UUID):
            body (None | ValidateFunctionInputsBodyType0):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[bool | str]
        """
        from .validate_function_inputs import asyncio_detailed

        response = await asyncio_detailed(
            function_id=function_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return cast("list[bool | str]", parsed)

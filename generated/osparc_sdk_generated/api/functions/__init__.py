"""The `functions` operations, one module each, and the classes that call
them: FunctionsApi (blocking) and AsyncFunctionsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

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
    from . import (
        delete_function,
        get_function,
        get_function_inputschema,
        get_function_outputschema,
        list_function_jobs_for_functionid,
        list_functions,
        map_function,
        register_function,
        run_function,
        update_function_description,
        update_function_title,
        validate_function_inputs,
    )
else:
    delete_function = OperationModule(__name__ + ".delete_function")
    get_function = OperationModule(__name__ + ".get_function")
    get_function_inputschema = OperationModule(__name__ + ".get_function_inputschema")
    get_function_outputschema = OperationModule(__name__ + ".get_function_outputschema")
    list_function_jobs_for_functionid = OperationModule(__name__ + ".list_function_jobs_for_functionid")
    list_functions = OperationModule(__name__ + ".list_functions")
    map_function = OperationModule(__name__ + ".map_function")
    register_function = OperationModule(__name__ + ".register_function")
    run_function = OperationModule(__name__ + ".run_function")
    update_function_description = OperationModule(__name__ + ".update_function_description")
    update_function_title = OperationModule(__name__ + ".update_function_title")
    validate_function_inputs = OperationModule(__name__ + ".validate_function_inputs")

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
        response = delete_function.sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_function.ErrorGet, delete_function.HTTPValidationError)):
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
        response = get_function.sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_function.ErrorGet, get_function.HTTPValidationError)):
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
        response = get_function_inputschema.sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_inputschema.ErrorGet, get_function_inputschema.HTTPValidationError)
        ):
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
        response = get_function_outputschema.sync_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_outputschema.ErrorGet, get_function_outputschema.HTTPValidationError)
        ):
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
        response = list_function_jobs_for_functionid.sync_detailed(
            function_id=function_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_function_jobs_for_functionid.ErrorGet, list_function_jobs_for_functionid.HTTPValidationError)
        ):
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
        response = list_functions.sync_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_functions.ErrorGet, list_functions.HTTPValidationError)):
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
        response = map_function.sync_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (map_function.ErrorGet, map_function.HTTPValidationError)):
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
        response = register_function.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (register_function.ErrorGet, register_function.HTTPValidationError)):
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
        response = run_function.sync_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (run_function.ErrorGet, run_function.HTTPValidationError)):
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
        response = update_function_description.sync_detailed(
            function_id=function_id,
            description=description,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (update_function_description.ErrorGet, update_function_description.HTTPValidationError)
        ):
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
        response = update_function_title.sync_detailed(
            function_id=function_id,
            title=title,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (update_function_title.ErrorGet, update_function_title.HTTPValidationError)
        ):
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
        response = validate_function_inputs.sync_detailed(
            function_id=function_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (validate_function_inputs.ErrorGet, validate_function_inputs.HTTPValidationError)
        ):
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
        response = await delete_function.asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_function.ErrorGet, delete_function.HTTPValidationError)):
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
        response = await get_function.asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_function.ErrorGet, get_function.HTTPValidationError)):
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
        response = await get_function_inputschema.asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_inputschema.ErrorGet, get_function_inputschema.HTTPValidationError)
        ):
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
        response = await get_function_outputschema.asyncio_detailed(
            function_id=function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_outputschema.ErrorGet, get_function_outputschema.HTTPValidationError)
        ):
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
        response = await list_function_jobs_for_functionid.asyncio_detailed(
            function_id=function_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_function_jobs_for_functionid.ErrorGet, list_function_jobs_for_functionid.HTTPValidationError)
        ):
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
        response = await list_functions.asyncio_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_functions.ErrorGet, list_functions.HTTPValidationError)):
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
        response = await map_function.asyncio_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (map_function.ErrorGet, map_function.HTTPValidationError)):
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
        response = await register_function.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (register_function.ErrorGet, register_function.HTTPValidationError)):
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
        response = await run_function.asyncio_detailed(
            function_id=function_id,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (run_function.ErrorGet, run_function.HTTPValidationError)):
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
        response = await update_function_description.asyncio_detailed(
            function_id=function_id,
            description=description,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (update_function_description.ErrorGet, update_function_description.HTTPValidationError)
        ):
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
        response = await update_function_title.asyncio_detailed(
            function_id=function_id,
            title=title,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (update_function_title.ErrorGet, update_function_title.HTTPValidationError)
        ):
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
        response = await validate_function_inputs.asyncio_detailed(
            function_id=function_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (validate_function_inputs.ErrorGet, validate_function_inputs.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return cast("list[bool | str]", parsed)

"""The `function_job_collections` operations, one module each, and the classes that call
them: FunctionJobCollectionsApi (blocking) and AsyncFunctionJobCollectionsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.error_get import ErrorGet
    from ...models.function_job_collection import FunctionJobCollection
    from ...models.function_job_collection_status import FunctionJobCollectionStatus
    from ...models.http_validation_error import HTTPValidationError
    from ...models.page_registered_function_job import PageRegisteredFunctionJob
    from ...models.page_registered_function_job_collection import PageRegisteredFunctionJobCollection
    from ...models.registered_function_job_collection import RegisteredFunctionJobCollection
    from ...models.registered_project_function_job import RegisteredProjectFunctionJob
    from ...models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
    from ...models.registered_solver_function_job import RegisteredSolverFunctionJob
    from . import (
        delete_function_job_collection,
        function_job_collection_list_function_jobs,
        function_job_collection_list_function_jobs_list,
        function_job_collection_list_function_jobs_page,
        function_job_collection_status,
        get_function_job_collection,
        list_function_job_collections,
        register_function_job_collection,
    )
else:
    delete_function_job_collection = OperationModule(__name__ + ".delete_function_job_collection")
    function_job_collection_list_function_jobs = OperationModule(
        __name__ + ".function_job_collection_list_function_jobs"
    )
    function_job_collection_list_function_jobs_list = OperationModule(
        __name__ + ".function_job_collection_list_function_jobs_list"
    )
    function_job_collection_list_function_jobs_page = OperationModule(
        __name__ + ".function_job_collection_list_function_jobs_page"
    )
    function_job_collection_status = OperationModule(__name__ + ".function_job_collection_status")
    get_function_job_collection = OperationModule(__name__ + ".get_function_job_collection")
    list_function_job_collections = OperationModule(__name__ + ".list_function_job_collections")
    register_function_job_collection = OperationModule(__name__ + ".register_function_job_collection")

__all__ = ["AsyncFunctionJobCollectionsApi", "FunctionJobCollectionsApi"]


class FunctionJobCollectionsApi:
    """Operations tagged `function_job_collections` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def delete_function_job_collection(
        self,
        function_job_collection_id: UUID,
    ) -> Any:
        """Delete Function Job Collection

        Delete a collection (its jobs stay).

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = delete_function_job_collection.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(
            parsed, (delete_function_job_collection.ErrorGet, delete_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_collection_list_function_jobs(
        self,
        function_job_collection_id: UUID,
    ) -> list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]:
        """Function Job Collection List Function Jobs

        The collection's jobs, in its order.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
        """
        response = function_job_collection_list_function_jobs.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs.ErrorGet,
                function_job_collection_list_function_jobs.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_collection_list_function_jobs_list(
        self,
        function_job_collection_id: UUID,
    ) -> list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]:
        """Function Job Collection List Function Jobs List

        The collection's jobs, in its order (the same as /function_jobs).

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
        """
        response = function_job_collection_list_function_jobs_list.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs_list.ErrorGet,
                function_job_collection_list_function_jobs_list.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_collection_list_function_jobs_page(
        self,
        function_job_collection_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunctionJob:
        """Function Job Collection List Function Jobs Page

        The collection's jobs, in its order, a page at a time.

        Args:
            function_job_collection_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJob
        """
        response = function_job_collection_list_function_jobs_page.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs_page.ErrorGet,
                function_job_collection_list_function_jobs_page.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def function_job_collection_status(
        self,
        function_job_collection_id: UUID,
    ) -> FunctionJobCollectionStatus:
        """Function Job Collection Status

        The status of each job of the collection, in its order.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobCollectionStatus
        """
        response = function_job_collection_status.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (function_job_collection_status.ErrorGet, function_job_collection_status.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_function_job_collection(
        self,
        function_job_collection_id: UUID,
    ) -> RegisteredFunctionJobCollection:
        """Get Function Job Collection

        One collection.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        response = get_function_job_collection.sync_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_job_collection.ErrorGet, get_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_function_job_collections(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        has_function_id: None | str | Unset = UNSET,
    ) -> PageRegisteredFunctionJobCollection:
        """List Function Job Collections

        The user's collections; with has_function_id, those holding a job of that function.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            has_function_id (None | str | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJobCollection
        """
        response = list_function_job_collections.sync_detailed(
            limit=limit,
            offset=offset,
            has_function_id=has_function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_function_job_collections.ErrorGet, list_function_job_collections.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def register_function_job_collection(
        self,
        *,
        body: FunctionJobCollection,
    ) -> RegisteredFunctionJobCollection:
        """Register Function Job Collection

        Record a collection of function jobs.

        Args:
            body (FunctionJobCollection):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        response = register_function_job_collection.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (register_function_job_collection.ErrorGet, register_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncFunctionJobCollectionsApi:
    """Operations tagged `function_job_collections` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def delete_function_job_collection(
        self,
        function_job_collection_id: UUID,
    ) -> Any:
        """Delete Function Job Collection

        Delete a collection (its jobs stay).

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = await delete_function_job_collection.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(
            parsed, (delete_function_job_collection.ErrorGet, delete_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_collection_list_function_jobs(
        self,
        function_job_collection_id: UUID,
    ) -> list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]:
        """Function Job Collection List Function Jobs

        The collection's jobs, in its order.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
        """
        response = await function_job_collection_list_function_jobs.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs.ErrorGet,
                function_job_collection_list_function_jobs.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_collection_list_function_jobs_list(
        self,
        function_job_collection_id: UUID,
    ) -> list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]:
        """Function Job Collection List Function Jobs List

        The collection's jobs, in its order (the same as /function_jobs).

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
        """
        response = await function_job_collection_list_function_jobs_list.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs_list.ErrorGet,
                function_job_collection_list_function_jobs_list.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_collection_list_function_jobs_page(
        self,
        function_job_collection_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageRegisteredFunctionJob:
        """Function Job Collection List Function Jobs Page

        The collection's jobs, in its order, a page at a time.

        Args:
            function_job_collection_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJob
        """
        response = await function_job_collection_list_function_jobs_page.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed,
            (
                function_job_collection_list_function_jobs_page.ErrorGet,
                function_job_collection_list_function_jobs_page.HTTPValidationError,
            ),
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def function_job_collection_status(
        self,
        function_job_collection_id: UUID,
    ) -> FunctionJobCollectionStatus:
        """Function Job Collection Status

        The status of each job of the collection, in its order.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FunctionJobCollectionStatus
        """
        response = await function_job_collection_status.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (function_job_collection_status.ErrorGet, function_job_collection_status.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_function_job_collection(
        self,
        function_job_collection_id: UUID,
    ) -> RegisteredFunctionJobCollection:
        """Get Function Job Collection

        One collection.

        Args:
            function_job_collection_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        response = await get_function_job_collection.asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_function_job_collection.ErrorGet, get_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_function_job_collections(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        has_function_id: None | str | Unset = UNSET,
    ) -> PageRegisteredFunctionJobCollection:
        """List Function Job Collections

        The user's collections; with has_function_id, those holding a job of that function.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            has_function_id (None | str | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageRegisteredFunctionJobCollection
        """
        response = await list_function_job_collections.asyncio_detailed(
            limit=limit,
            offset=offset,
            has_function_id=has_function_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_function_job_collections.ErrorGet, list_function_job_collections.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def register_function_job_collection(
        self,
        *,
        body: FunctionJobCollection,
    ) -> RegisteredFunctionJobCollection:
        """Register Function Job Collection

        Record a collection of function jobs.

        Args:
            body (FunctionJobCollection):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            RegisteredFunctionJobCollection
        """
        response = await register_function_job_collection.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (register_function_job_collection.ErrorGet, register_function_job_collection.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

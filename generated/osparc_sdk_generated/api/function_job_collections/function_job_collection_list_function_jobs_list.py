from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.registered_project_function_job import RegisteredProjectFunctionJob
from ...models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
from ...models.registered_solver_function_job import RegisteredSolverFunctionJob
from ...types import Response


def _get_kwargs(
    function_job_collection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/function_job_collections/{function_job_collection_id}/function_jobs/list".format(
            function_job_collection_id=quote(str(function_job_collection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = RegisteredProjectFunctionJob.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_1 = RegisteredPythonCodeFunctionJob.from_dict(data)

                    return response_200_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_2 = RegisteredSolverFunctionJob.from_dict(data)

                return response_200_item_type_2

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorGet.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorGet.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorGet.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorGet.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorGet.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorGet.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    function_job_collection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
]:
    """Function Job Collection List Function Jobs List

     The collection's jobs, in its order (the same as /function_jobs).

    Args:
        function_job_collection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]]
    """

    kwargs = _get_kwargs(
        function_job_collection_id=function_job_collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    function_job_collection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    | None
):
    """Function Job Collection List Function Jobs List

     The collection's jobs, in its order (the same as /function_jobs).

    Args:
        function_job_collection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    """

    return sync_detailed(
        function_job_collection_id=function_job_collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    function_job_collection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
]:
    """Function Job Collection List Function Jobs List

     The collection's jobs, in its order (the same as /function_jobs).

    Args:
        function_job_collection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]]
    """

    kwargs = _get_kwargs(
        function_job_collection_id=function_job_collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    function_job_collection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    ErrorGet
    | HTTPValidationError
    | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    | None
):
    """Function Job Collection List Function Jobs List

     The collection's jobs, in its order (the same as /function_jobs).

    Args:
        function_job_collection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | list[RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    """

    return (
        await asyncio_detailed(
            function_job_collection_id=function_job_collection_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.project_function_job import ProjectFunctionJob
from ...models.python_code_function_job import PythonCodeFunctionJob
from ...models.registered_project_function_job import RegisteredProjectFunctionJob
from ...models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
from ...models.registered_solver_function_job import RegisteredSolverFunctionJob
from ...models.solver_function_job import SolverFunctionJob
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/function_jobs",
    }

    if isinstance(body, ProjectFunctionJob) or isinstance(body, PythonCodeFunctionJob):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RegisteredProjectFunctionJob.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = RegisteredPythonCodeFunctionJob.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = RegisteredSolverFunctionJob.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

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
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
) -> Response[
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
]:
    """Register Function Job

     Record a function job as given (run_function creates and runs one instead).

    Args:
        body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
) -> (
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
    | None
):
    """Register Function Job

     Record a function job as given (run_function creates and runs one instead).

    Args:
        body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
) -> Response[
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
]:
    """Register Function Job

     Record a function job as given (run_function creates and runs one instead).

    Args:
        body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob,
) -> (
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunctionJob
    | RegisteredPythonCodeFunctionJob
    | RegisteredSolverFunctionJob
    | None
):
    """Register Function Job

     Record a function job as given (run_function creates and runs one instead).

    Args:
        body (ProjectFunctionJob | PythonCodeFunctionJob | SolverFunctionJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredProjectFunctionJob | RegisteredPythonCodeFunctionJob | RegisteredSolverFunctionJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.project_function import ProjectFunction
from ...models.python_code_function import PythonCodeFunction
from ...models.registered_project_function import RegisteredProjectFunction
from ...models.registered_python_code_function import RegisteredPythonCodeFunction
from ...models.registered_solver_function import RegisteredSolverFunction
from ...models.solver_function import SolverFunction
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectFunction | PythonCodeFunction | SolverFunction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/functions",
    }

    if isinstance(body, ProjectFunction) or isinstance(body, PythonCodeFunction):
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
    | RegisteredProjectFunction
    | RegisteredPythonCodeFunction
    | RegisteredSolverFunction
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RegisteredProjectFunction.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = RegisteredPythonCodeFunction.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = RegisteredSolverFunction.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

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
    ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
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
    body: ProjectFunction | PythonCodeFunction | SolverFunction,
) -> Response[
    ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
]:
    """Register Function

     Register a function: a solver release or a study, with JSON Schemas for its inputs and
    outputs and default inputs.

    Args:
        body (ProjectFunction | PythonCodeFunction | SolverFunction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction]
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
    body: ProjectFunction | PythonCodeFunction | SolverFunction,
) -> (
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunction
    | RegisteredPythonCodeFunction
    | RegisteredSolverFunction
    | None
):
    """Register Function

     Register a function: a solver release or a study, with JSON Schemas for its inputs and
    outputs and default inputs.

    Args:
        body (ProjectFunction | PythonCodeFunction | SolverFunction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectFunction | PythonCodeFunction | SolverFunction,
) -> Response[
    ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
]:
    """Register Function

     Register a function: a solver release or a study, with JSON Schemas for its inputs and
    outputs and default inputs.

    Args:
        body (ProjectFunction | PythonCodeFunction | SolverFunction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectFunction | PythonCodeFunction | SolverFunction,
) -> (
    ErrorGet
    | HTTPValidationError
    | RegisteredProjectFunction
    | RegisteredPythonCodeFunction
    | RegisteredSolverFunction
    | None
):
    """Register Function

     Register a function: a solver release or a study, with JSON Schemas for its inputs and
    outputs and default inputs.

    Args:
        body (ProjectFunction | PythonCodeFunction | SolverFunction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredProjectFunction | RegisteredPythonCodeFunction | RegisteredSolverFunction
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

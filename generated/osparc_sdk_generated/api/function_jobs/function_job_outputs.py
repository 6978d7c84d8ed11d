from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.function_job_outputs_response_200_type_0 import FunctionJobOutputsResponse200Type0
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    function_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/function_jobs/{function_job_id}/outputs".format(
            function_job_id=quote(str(function_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FunctionJobOutputsResponse200Type0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FunctionJobOutputsResponse200Type0.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionJobOutputsResponse200Type0 | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorGet.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorGet.from_dict(response.json())

        return response_409

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
) -> Response[ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError]:
    """Function Job Outputs

     The job's outputs once it has succeeded (files as File objects); null until then.

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        function_job_id=function_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError:
    """Function Job Outputs

     The job's outputs once it has succeeded (files as File objects); null until then.

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError
    """

    return sync_detailed(
        function_job_id=function_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError]:
    """Function Job Outputs

     The job's outputs once it has succeeded (files as File objects); null until then.

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        function_job_id=function_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError:
    """Function Job Outputs

     The job's outputs once it has succeeded (files as File objects); null until then.

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | FunctionJobOutputsResponse200Type0 | None | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            function_job_id=function_job_id,
            client=client,
        )
    ).parsed

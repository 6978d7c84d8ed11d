from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_file_upload_data import ClientFileUploadData
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.user_file import UserFile
from ...models.user_file_to_program_job import UserFileToProgramJob
from ...types import Response


def _get_kwargs(
    *,
    body: UserFile | UserFileToProgramJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/files/content",
    }

    if isinstance(body, UserFileToProgramJob):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientFileUploadData | ErrorGet | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ClientFileUploadData.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorGet.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorGet.from_dict(response.json())

        return response_413

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
) -> Response[ClientFileUploadData | ErrorGet | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserFile | UserFileToProgramJob,
) -> Response[ClientFileUploadData | ErrorGet | HTTPValidationError]:
    """Get Upload Links

     Open a multipart upload: one link per part, and the links to complete or abort it.

    With a UserFileToProgramJob the file goes into that program job's workspace, which must
    exist (404).

    Args:
        body (UserFile | UserFileToProgramJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientFileUploadData | ErrorGet | HTTPValidationError]
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
    body: UserFile | UserFileToProgramJob,
) -> ClientFileUploadData | ErrorGet | HTTPValidationError | None:
    """Get Upload Links

     Open a multipart upload: one link per part, and the links to complete or abort it.

    With a UserFileToProgramJob the file goes into that program job's workspace, which must
    exist (404).

    Args:
        body (UserFile | UserFileToProgramJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientFileUploadData | ErrorGet | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserFile | UserFileToProgramJob,
) -> Response[ClientFileUploadData | ErrorGet | HTTPValidationError]:
    """Get Upload Links

     Open a multipart upload: one link per part, and the links to complete or abort it.

    With a UserFileToProgramJob the file goes into that program job's workspace, which must
    exist (404).

    Args:
        body (UserFile | UserFileToProgramJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientFileUploadData | ErrorGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserFile | UserFileToProgramJob,
) -> ClientFileUploadData | ErrorGet | HTTPValidationError | None:
    """Get Upload Links

     Open a multipart upload: one link per part, and the links to complete or abort it.

    With a UserFileToProgramJob the file goes into that program job's workspace, which must
    exist (404).

    Args:
        body (UserFile | UserFileToProgramJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientFileUploadData | ErrorGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

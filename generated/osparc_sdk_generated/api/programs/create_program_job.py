from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_program_job import BodyCreateProgramJob
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.job import Job
from ...types import UNSET, Response, Unset


def _get_kwargs(
    program_key: str,
    version: str,
    *,
    body: BodyCreateProgramJob | None | Unset = UNSET,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_simcore_parent_project_uuid, Unset) and x_simcore_parent_project_uuid is not None:
        headers["x-simcore-parent-project-uuid"] = str(x_simcore_parent_project_uuid)

    if not isinstance(x_simcore_parent_node_id, Unset) and x_simcore_parent_node_id is not None:
        headers["x-simcore-parent-node-id"] = str(x_simcore_parent_node_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/programs/{program_key}/releases/{version}/jobs".format(
            program_key=quote(str(program_key), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    if isinstance(body, BodyCreateProgramJob):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    if body is UNSET:
        _kwargs.pop("json", None)
        headers.pop("Content-Type", None)
    if _kwargs.get("json", UNSET) is None:
        del _kwargs["json"]
        _kwargs["content"] = b"null"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | Job | None:
    if response.status_code == 201:
        response_201 = Job.from_dict(response.json())

        return response_201

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
) -> Response[ErrorGet | HTTPValidationError | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    program_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateProgramJob | None | Unset = UNSET,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Job]:
    """Create Program Job

     Create a job of this program release, with an empty workspace that files can be
    uploaded into (POST /v0/files/content with a UserFileToProgramJob).

    Args:
        program_key (str): e.g. simcore/services/dynamic/jupyter-math
        version (str):
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCreateProgramJob | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        program_key=program_key,
        version=version,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    program_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateProgramJob | None | Unset = UNSET,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | Job | None:
    """Create Program Job

     Create a job of this program release, with an empty workspace that files can be
    uploaded into (POST /v0/files/content with a UserFileToProgramJob).

    Args:
        program_key (str): e.g. simcore/services/dynamic/jupyter-math
        version (str):
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCreateProgramJob | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Job
    """

    return sync_detailed(
        program_key=program_key,
        version=version,
        client=client,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    ).parsed


async def asyncio_detailed(
    program_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateProgramJob | None | Unset = UNSET,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Job]:
    """Create Program Job

     Create a job of this program release, with an empty workspace that files can be
    uploaded into (POST /v0/files/content with a UserFileToProgramJob).

    Args:
        program_key (str): e.g. simcore/services/dynamic/jupyter-math
        version (str):
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCreateProgramJob | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        program_key=program_key,
        version=version,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    program_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateProgramJob | None | Unset = UNSET,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | Job | None:
    """Create Program Job

     Create a job of this program release, with an empty workspace that files can be
    uploaded into (POST /v0/files/content with a UserFileToProgramJob).

    Args:
        program_key (str): e.g. simcore/services/dynamic/jupyter-math
        version (str):
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCreateProgramJob | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Job
    """

    return (
        await asyncio_detailed(
            program_key=program_key,
            version=version,
            client=client,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
        )
    ).parsed

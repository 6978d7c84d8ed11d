from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_clone_study import BodyCloneStudy
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.study import Study
from ...types import UNSET, Response, Unset


def _get_kwargs(
    study_id: UUID,
    *,
    body: BodyCloneStudy | Unset = UNSET,
    hidden: bool | Unset = False,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_simcore_parent_project_uuid, Unset) and x_simcore_parent_project_uuid is not None:
        headers["x-simcore-parent-project-uuid"] = str(x_simcore_parent_project_uuid)

    if not isinstance(x_simcore_parent_node_id, Unset) and x_simcore_parent_node_id is not None:
        headers["x-simcore-parent-node-id"] = str(x_simcore_parent_node_id)

    params: dict[str, Any] = {}

    params["hidden"] = hidden

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/studies/{study_id}:clone".format(
            study_id=quote(str(study_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if body is UNSET:
        _kwargs.pop("json", None)
        headers.pop("Content-Type", None)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | Study | None:
    if response.status_code == 201:
        response_201 = Study.from_dict(response.json())

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
) -> Response[ErrorGet | HTTPValidationError | Study]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCloneStudy | Unset = UNSET,
    hidden: bool | Unset = False,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Study]:
    """Clone Study

     Copy a study; the copy gets its own id and its own port keys.

    Args:
        study_id (UUID):
        hidden (bool | Unset):  Default: False.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCloneStudy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Study]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCloneStudy | Unset = UNSET,
    hidden: bool | Unset = False,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | Study | None:
    """Clone Study

     Copy a study; the copy gets its own id and its own port keys.

    Args:
        study_id (UUID):
        hidden (bool | Unset):  Default: False.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCloneStudy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Study
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    ).parsed


async def asyncio_detailed(
    study_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCloneStudy | Unset = UNSET,
    hidden: bool | Unset = False,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Study]:
    """Clone Study

     Copy a study; the copy gets its own id and its own port keys.

    Args:
        study_id (UUID):
        hidden (bool | Unset):  Default: False.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCloneStudy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Study]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCloneStudy | Unset = UNSET,
    hidden: bool | Unset = False,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | Study | None:
    """Clone Study

     Copy a study; the copy gets its own id and its own port keys.

    Args:
        study_id (UUID):
        hidden (bool | Unset):  Default: False.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        body (BodyCloneStudy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Study
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
        )
    ).parsed

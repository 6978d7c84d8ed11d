from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.map_function_body_item_type_0 import MapFunctionBodyItemType0
from ...models.registered_function_job_collection import RegisteredFunctionJobCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    function_id: UUID,
    *,
    body: list[MapFunctionBodyItemType0 | None],
    x_simcore_parent_project_uuid: str | Unset = "null",
    x_simcore_parent_node_id: str | Unset = "null",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_simcore_parent_project_uuid, Unset) and x_simcore_parent_project_uuid is not None:
        headers["x-simcore-parent-project-uuid"] = str(x_simcore_parent_project_uuid)

    if not isinstance(x_simcore_parent_node_id, Unset) and x_simcore_parent_node_id is not None:
        headers["x-simcore-parent-node-id"] = str(x_simcore_parent_node_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/functions/{function_id}:map".format(
            function_id=quote(str(function_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item: dict[str, Any] | None
        if isinstance(body_item_data, MapFunctionBodyItemType0):
            body_item = body_item_data.to_dict()
        else:
            body_item = body_item_data
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    if _kwargs.get("json", UNSET) is None:
        del _kwargs["json"]
        _kwargs["content"] = b"null"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection | None:
    if response.status_code == 200:
        response_200 = RegisteredFunctionJobCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGet.from_dict(response.json())

        return response_400

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
) -> Response[ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[MapFunctionBodyItemType0 | None],
    x_simcore_parent_project_uuid: str | Unset = "null",
    x_simcore_parent_node_id: str | Unset = "null",
) -> Response[ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection]:
    """Map Function

     Run the function once per entry, concurrently: returns the collection of their jobs, in
    the order of the inputs.

    Args:
        function_id (UUID):
        x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default: 'null'.
        x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
        body (list[MapFunctionBodyItemType0 | None]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection]
    """

    kwargs = _get_kwargs(
        function_id=function_id,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[MapFunctionBodyItemType0 | None],
    x_simcore_parent_project_uuid: str | Unset = "null",
    x_simcore_parent_node_id: str | Unset = "null",
) -> ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection | None:
    """Map Function

     Run the function once per entry, concurrently: returns the collection of their jobs, in
    the order of the inputs.

    Args:
        function_id (UUID):
        x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default: 'null'.
        x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
        body (list[MapFunctionBodyItemType0 | None]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection
    """

    return sync_detailed(
        function_id=function_id,
        client=client,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    ).parsed


async def asyncio_detailed(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[MapFunctionBodyItemType0 | None],
    x_simcore_parent_project_uuid: str | Unset = "null",
    x_simcore_parent_node_id: str | Unset = "null",
) -> Response[ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection]:
    """Map Function

     Run the function once per entry, concurrently: returns the collection of their jobs, in
    the order of the inputs.

    Args:
        function_id (UUID):
        x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default: 'null'.
        x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
        body (list[MapFunctionBodyItemType0 | None]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection]
    """

    kwargs = _get_kwargs(
        function_id=function_id,
        body=body,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[MapFunctionBodyItemType0 | None],
    x_simcore_parent_project_uuid: str | Unset = "null",
    x_simcore_parent_node_id: str | Unset = "null",
) -> ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection | None:
    """Map Function

     Run the function once per entry, concurrently: returns the collection of their jobs, in
    the order of the inputs.

    Args:
        function_id (UUID):
        x_simcore_parent_project_uuid (str | Unset): A UUID, or "null" for none Default: 'null'.
        x_simcore_parent_node_id (str | Unset): A UUID, or "null" for none Default: 'null'.
        body (list[MapFunctionBodyItemType0 | None]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | RegisteredFunctionJobCollection
    """

    return (
        await asyncio_detailed(
            function_id=function_id,
            client=client,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.validate_function_inputs_body_type_0 import ValidateFunctionInputsBodyType0
from ...types import UNSET, Response


def _get_kwargs(
    function_id: UUID,
    *,
    body: None | ValidateFunctionInputsBodyType0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/functions/{function_id}:validate_inputs".format(
            function_id=quote(str(function_id), safe=""),
        ),
    }

    if isinstance(body, ValidateFunctionInputsBodyType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    if _kwargs.get("json", UNSET) is None:
        del _kwargs["json"]
        _kwargs["content"] = b"null"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGet | HTTPValidationError | list[bool | str] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> bool | str:
                return cast(bool | str, data)

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
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
) -> Response[Any | ErrorGet | HTTPValidationError | list[bool | str]]:
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
    body: None | ValidateFunctionInputsBodyType0,
) -> Response[Any | ErrorGet | HTTPValidationError | list[bool | str]]:
    """Validate Function Inputs

     Check inputs (as sent: no default inputs added) against the function's input schema.

    Args:
        function_id (UUID):
        body (None | ValidateFunctionInputsBodyType0):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGet | HTTPValidationError | list[bool | str]]
    """

    kwargs = _get_kwargs(
        function_id=function_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | ValidateFunctionInputsBodyType0,
) -> Any | ErrorGet | HTTPValidationError | list[bool | str] | None:
    """Validate Function Inputs

     Check inputs (as sent: no default inputs added) against the function's input schema.

    Args:
        function_id (UUID):
        body (None | ValidateFunctionInputsBodyType0):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGet | HTTPValidationError | list[bool | str]
    """

    return sync_detailed(
        function_id=function_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | ValidateFunctionInputsBodyType0,
) -> Response[Any | ErrorGet | HTTPValidationError | list[bool | str]]:
    """Validate Function Inputs

     Check inputs (as sent: no default inputs added) against the function's input schema.

    Args:
        function_id (UUID):
        body (None | ValidateFunctionInputsBodyType0):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGet | HTTPValidationError | list[bool | str]]
    """

    kwargs = _get_kwargs(
        function_id=function_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    function_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | ValidateFunctionInputsBodyType0,
) -> Any | ErrorGet | HTTPValidationError | list[bool | str] | None:
    """Validate Function Inputs

     Check inputs (as sent: no default inputs added) against the function's input schema.

    Args:
        function_id (UUID):
        body (None | ValidateFunctionInputsBodyType0):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGet | HTTPValidationError | list[bool | str]
    """

    return (
        await asyncio_detailed(
            function_id=function_id,
            client=client,
            body=body,
        )
    ).parsed

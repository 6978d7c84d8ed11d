from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.licensed_item_checkout_get import LicensedItemCheckoutGet
from ...types import Response


def _get_kwargs(
    licensed_item_id: UUID,
    licensed_item_checkout_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/licensed-items/{licensed_item_id}/checked-out-items/{licensed_item_checkout_id}/release".format(
            licensed_item_id=quote(str(licensed_item_id), safe=""),
            licensed_item_checkout_id=quote(str(licensed_item_checkout_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | LicensedItemCheckoutGet | None:
    if response.status_code == 200:
        response_200 = LicensedItemCheckoutGet.from_dict(response.json())

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
) -> Response[ErrorGet | HTTPValidationError | LicensedItemCheckoutGet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    licensed_item_id: UUID,
    licensed_item_checkout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | LicensedItemCheckoutGet]:
    """Release Licensed Item

     Give the seats of a checkout back; its record gets `stopped_at`.

    Args:
        licensed_item_id (UUID):
        licensed_item_checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | LicensedItemCheckoutGet]
    """

    kwargs = _get_kwargs(
        licensed_item_id=licensed_item_id,
        licensed_item_checkout_id=licensed_item_checkout_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    licensed_item_id: UUID,
    licensed_item_checkout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | LicensedItemCheckoutGet | None:
    """Release Licensed Item

     Give the seats of a checkout back; its record gets `stopped_at`.

    Args:
        licensed_item_id (UUID):
        licensed_item_checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | LicensedItemCheckoutGet
    """

    return sync_detailed(
        licensed_item_id=licensed_item_id,
        licensed_item_checkout_id=licensed_item_checkout_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    licensed_item_id: UUID,
    licensed_item_checkout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | LicensedItemCheckoutGet]:
    """Release Licensed Item

     Give the seats of a checkout back; its record gets `stopped_at`.

    Args:
        licensed_item_id (UUID):
        licensed_item_checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | LicensedItemCheckoutGet]
    """

    kwargs = _get_kwargs(
        licensed_item_id=licensed_item_id,
        licensed_item_checkout_id=licensed_item_checkout_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    licensed_item_id: UUID,
    licensed_item_checkout_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | LicensedItemCheckoutGet | None:
    """Release Licensed Item

     Give the seats of a checkout back; its record gets `stopped_at`.

    Args:
        licensed_item_id (UUID):
        licensed_item_checkout_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | LicensedItemCheckoutGet
    """

    return (
        await asyncio_detailed(
            licensed_item_id=licensed_item_id,
            licensed_item_checkout_id=licensed_item_checkout_id,
            client=client,
        )
    ).parsed

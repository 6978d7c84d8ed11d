from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.page_solver import PageSolver
from ...types import UNSET, Response, Unset


def _get_kwargs(
    solver_key: str,
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/solvers/{solver_key}/releases/page".format(
            solver_key=quote(str(solver_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | PageSolver | None:
    if response.status_code == 200:
        response_200 = PageSolver.from_dict(response.json())

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
) -> Response[ErrorGet | HTTPValidationError | PageSolver]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    solver_key: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ErrorGet | HTTPValidationError | PageSolver]:
    """List Solver Releases Paginated

     Every release of one solver, a page at a time.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageSolver]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solver_key: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> ErrorGet | HTTPValidationError | PageSolver | None:
    """List Solver Releases Paginated

     Every release of one solver, a page at a time.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageSolver
    """

    return sync_detailed(
        solver_key=solver_key,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    solver_key: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ErrorGet | HTTPValidationError | PageSolver]:
    """List Solver Releases Paginated

     Every release of one solver, a page at a time.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageSolver]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solver_key: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> ErrorGet | HTTPValidationError | PageSolver | None:
    """List Solver Releases Paginated

     Every release of one solver, a page at a time.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageSolver
    """

    return (
        await asyncio_detailed(
            solver_key=solver_key,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed

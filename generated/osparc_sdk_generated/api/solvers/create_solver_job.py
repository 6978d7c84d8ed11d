from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.job import Job
from ...models.job_inputs import JobInputs
from ...types import UNSET, Response, Unset


def _get_kwargs(
    solver_key: str,
    version: str,
    *,
    body: JobInputs,
    hidden: bool | Unset = True,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_simcore_parent_project_uuid, Unset) and x_simcore_parent_project_uuid is not None:
        headers["x-simcore-parent-project-uuid"] = str(x_simcore_parent_project_uuid)

    if not isinstance(x_simcore_parent_node_id, Unset) and x_simcore_parent_node_id is not None:
        headers["x-simcore-parent-node-id"] = str(x_simcore_parent_node_id)

    if not isinstance(idempotency_key, Unset) and idempotency_key is not None:
        headers["Idempotency-Key"] = str(idempotency_key)

    params: dict[str, Any] = {}

    params["hidden"] = hidden

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/solvers/{solver_key}/releases/{version}/jobs".format(
            solver_key=quote(str(solver_key), safe=""),
            version=quote(str(version), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 402:
        response_402 = ErrorGet.from_dict(response.json())

        return response_402

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
    solver_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: JobInputs,
    hidden: bool | Unset = True,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Job]:
    """Create Solver Job

     Create a job of this release with the given inputs; it does not start until asked.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        hidden (bool | Unset):  Default: True.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        idempotency_key (None | str | Unset): Retries with the same key return the job created by
            the first attempt
        body (JobInputs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solver_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: JobInputs,
    hidden: bool | Unset = True,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | Job | None:
    """Create Solver Job

     Create a job of this release with the given inputs; it does not start until asked.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        hidden (bool | Unset):  Default: True.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        idempotency_key (None | str | Unset): Retries with the same key return the job created by
            the first attempt
        body (JobInputs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Job
    """

    return sync_detailed(
        solver_key=solver_key,
        version=version,
        client=client,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    solver_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: JobInputs,
    hidden: bool | Unset = True,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | Job]:
    """Create Solver Job

     Create a job of this release with the given inputs; it does not start until asked.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        hidden (bool | Unset):  Default: True.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        idempotency_key (None | str | Unset): Retries with the same key return the job created by
            the first attempt
        body (JobInputs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | Job]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        body=body,
        hidden=hidden,
        x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
        x_simcore_parent_node_id=x_simcore_parent_node_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solver_key: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: JobInputs,
    hidden: bool | Unset = True,
    x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
    x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | Job | None:
    """Create Solver Job

     Create a job of this release with the given inputs; it does not start until asked.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        hidden (bool | Unset):  Default: True.
        x_simcore_parent_project_uuid (None | Unset | UUID):
        x_simcore_parent_node_id (None | Unset | UUID):
        idempotency_key (None | str | Unset): Retries with the same key return the job created by
            the first attempt
        body (JobInputs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | Job
    """

    return (
        await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=client,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            idempotency_key=idempotency_key,
        )
    ).parsed

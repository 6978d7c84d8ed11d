from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.job_encryption_inputs import JobEncryptionInputs
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    body: JobEncryptionInputs | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_cluster_id: int | None | Unset
    if isinstance(cluster_id, Unset):
        json_cluster_id = UNSET
    else:
        json_cluster_id = cluster_id
    params["cluster_id"] = json_cluster_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/solvers/{solver_key}/releases/{version}/jobs/{job_id}:start".format(
            solver_key=quote(str(solver_key), safe=""),
            version=quote(str(version), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, JobEncryptionInputs):
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
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    if response.status_code == 200:
        response_200 = JobStatus.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = JobStatus.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorGet.from_dict(response.json())

        return response_402

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
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobEncryptionInputs | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    """Start Job

     Start a job: 202 when this call started it, 200 when it had already been started.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):
        cluster_id (int | None | Unset):
        body (JobEncryptionInputs | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | JobStatus]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
        body=body,
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobEncryptionInputs | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    """Start Job

     Start a job: 202 when this call started it, 200 when it had already been started.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):
        cluster_id (int | None | Unset):
        body (JobEncryptionInputs | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | JobStatus
    """

    return sync_detailed(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
        client=client,
        body=body,
        cluster_id=cluster_id,
    ).parsed


async def asyncio_detailed(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobEncryptionInputs | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    """Start Job

     Start a job: 202 when this call started it, 200 when it had already been started.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):
        cluster_id (int | None | Unset):
        body (JobEncryptionInputs | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | JobStatus]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
        body=body,
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JobEncryptionInputs | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    """Start Job

     Start a job: 202 when this call started it, 200 when it had already been started.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):
        cluster_id (int | None | Unset):
        body (JobEncryptionInputs | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | JobStatus
    """

    return (
        await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=client,
            body=body,
            cluster_id=cluster_id,
        )
    ).parsed

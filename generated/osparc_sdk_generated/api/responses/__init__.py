"""The `responses` operations, one module each, and the classes that call
them: ResponsesApi (blocking) and AsyncResponsesApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.create_response_request import CreateResponseRequest
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.response_object import ResponseObject
    from . import create_response, get_response
else:
    create_response = OperationModule(__name__ + ".create_response")
    get_response = OperationModule(__name__ + ".get_response")

__all__ = ["AsyncResponsesApi", "ResponsesApi"]


class ResponsesApi:
    """Operations tagged `responses` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create_response(
        self,
        *,
        body: CreateResponseRequest,
    ) -> ResponseObject:
        """Create Response

        Queue a response to the conversation; follow it with get_response.

        Args:
            body (CreateResponseRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ResponseObject
        """
        response = create_response.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_response.ErrorGet, create_response.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_response(
        self,
        response_id: str,
    ) -> ResponseObject:
        """Get Response

        The response: in progress, then completed with its output (or failed, or cancelled).

        Args:
            response_id (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ResponseObject
        """
        response = get_response.sync_detailed(
            response_id=response_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_response.ErrorGet, get_response.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncResponsesApi:
    """Operations tagged `responses` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create_response(
        self,
        *,
        body: CreateResponseRequest,
    ) -> ResponseObject:
        """Create Response

        Queue a response to the conversation; follow it with get_response.

        Args:
            body (CreateResponseRequest):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ResponseObject
        """
        response = await create_response.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_response.ErrorGet, create_response.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_response(
        self,
        response_id: str,
    ) -> ResponseObject:
        """Get Response

        The response: in progress, then completed with its output (or failed, or cancelled).

        Args:
            response_id (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ResponseObject
        """
        response = await get_response.asyncio_detailed(
            response_id=response_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_response.ErrorGet, get_response.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

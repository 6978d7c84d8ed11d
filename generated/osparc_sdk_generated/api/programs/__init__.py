"""The `programs` operations, one module each, and the classes that call
them: ProgramsApi (blocking) and AsyncProgramsApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.body_create_program_job import BodyCreateProgramJob
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.job import Job
    from ...models.page_program import PageProgram
    from ...models.program import Program
    from . import create_program_job, get_program_release, list_program_history, list_programs
else:
    create_program_job = OperationModule(__name__ + ".create_program_job")
    get_program_release = OperationModule(__name__ + ".get_program_release")
    list_program_history = OperationModule(__name__ + ".list_program_history")
    list_programs = OperationModule(__name__ + ".list_programs")

__all__ = ["AsyncProgramsApi", "ProgramsApi"]


class ProgramsApi:
    """Operations tagged `programs` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create_program_job(
        self,
        program_key: str,
        version: str,
        *,
        body: BodyCreateProgramJob | None | Unset = UNSET,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    ) -> Job:
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
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        response = create_program_job.sync_detailed(
            program_key=program_key,
            version=version,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_program_job.ErrorGet, create_program_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_program_release(
        self,
        program_key: str,
        version: str,
    ) -> Program:
        """Get Program Release

        One release of a program.

        Args:
            program_key (str): e.g. simcore/services/dynamic/jupyter-math
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Program
        """
        response = get_program_release.sync_detailed(
            program_key=program_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_program_release.ErrorGet, get_program_release.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_program_history(
        self,
        program_key: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageProgram:
        """List Program History

        Every release of one program, oldest first, a page at a time.

        Args:
            program_key (str): e.g. simcore/services/dynamic/jupyter-math
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageProgram
        """
        response = list_program_history.sync_detailed(
            program_key=program_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_program_history.ErrorGet, list_program_history.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_programs(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageProgram:
        """List Programs

        The latest release of every program, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageProgram
        """
        response = list_programs.sync_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_programs.ErrorGet, list_programs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncProgramsApi:
    """Operations tagged `programs` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create_program_job(
        self,
        program_key: str,
        version: str,
        *,
        body: BodyCreateProgramJob | None | Unset = UNSET,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    ) -> Job:
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
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        response = await create_program_job.asyncio_detailed(
            program_key=program_key,
            version=version,
            body=body,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_program_job.ErrorGet, create_program_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_program_release(
        self,
        program_key: str,
        version: str,
    ) -> Program:
        """Get Program Release

        One release of a program.

        Args:
            program_key (str): e.g. simcore/services/dynamic/jupyter-math
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Program
        """
        response = await get_program_release.asyncio_detailed(
            program_key=program_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_program_release.ErrorGet, get_program_release.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_program_history(
        self,
        program_key: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageProgram:
        """List Program History

        Every release of one program, oldest first, a page at a time.

        Args:
            program_key (str): e.g. simcore/services/dynamic/jupyter-math
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageProgram
        """
        response = await list_program_history.asyncio_detailed(
            program_key=program_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_program_history.ErrorGet, list_program_history.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_programs(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageProgram:
        """List Programs

        The latest release of every program, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageProgram
        """
        response = await list_programs.asyncio_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_programs.ErrorGet, list_programs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

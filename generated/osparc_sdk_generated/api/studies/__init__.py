"""The `studies` operations, one module each, and the classes that call
them: StudiesApi (blocking) and AsyncStudiesApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.body_clone_study import BodyCloneStudy
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.job import Job
    from ...models.job_inputs import JobInputs
    from ...models.job_logs_map import JobLogsMap
    from ...models.job_metadata import JobMetadata
    from ...models.job_metadata_update import JobMetadataUpdate
    from ...models.job_outputs import JobOutputs
    from ...models.job_status import JobStatus
    from ...models.one_page_study_port import OnePageStudyPort
    from ...models.page_job import PageJob
    from ...models.page_study import PageStudy
    from ...models.study import Study
    from . import (
        clone_study,
        create_study_job,
        delete_study_job,
        get_study,
        get_study_job,
        get_study_job_custom_metadata,
        get_study_job_output_logfile,
        get_study_job_outputs,
        inspect_study_job,
        list_studies,
        list_study_jobs,
        list_study_ports,
        replace_study_job_custom_metadata,
        start_study_job,
        stop_study_job,
    )
else:
    clone_study = OperationModule(__name__ + ".clone_study")
    create_study_job = OperationModule(__name__ + ".create_study_job")
    delete_study_job = OperationModule(__name__ + ".delete_study_job")
    get_study = OperationModule(__name__ + ".get_study")
    get_study_job = OperationModule(__name__ + ".get_study_job")
    get_study_job_custom_metadata = OperationModule(__name__ + ".get_study_job_custom_metadata")
    get_study_job_output_logfile = OperationModule(__name__ + ".get_study_job_output_logfile")
    get_study_job_outputs = OperationModule(__name__ + ".get_study_job_outputs")
    inspect_study_job = OperationModule(__name__ + ".inspect_study_job")
    list_studies = OperationModule(__name__ + ".list_studies")
    list_study_jobs = OperationModule(__name__ + ".list_study_jobs")
    list_study_ports = OperationModule(__name__ + ".list_study_ports")
    replace_study_job_custom_metadata = OperationModule(__name__ + ".replace_study_job_custom_metadata")
    start_study_job = OperationModule(__name__ + ".start_study_job")
    stop_study_job = OperationModule(__name__ + ".stop_study_job")

__all__ = ["AsyncStudiesApi", "StudiesApi"]


class StudiesApi:
    """Operations tagged `studies` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def clone_study(
        self,
        study_id: UUID,
        *,
        body: BodyCloneStudy | Unset = UNSET,
        hidden: bool | Unset = False,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    ) -> Study:
        """Clone Study

        Copy a study; the copy gets its own id and its own port keys.

        Args:
            study_id (UUID):
            hidden (bool | Unset):  Default: False.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            body (BodyCloneStudy | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Study
        """
        response = clone_study.sync_detailed(
            study_id=study_id,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (clone_study.ErrorGet, clone_study.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def create_study_job(
        self,
        study_id: UUID,
        *,
        body: JobInputs,
        hidden: bool | Unset = True,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
        idempotency_key: None | str | Unset = UNSET,
    ) -> Job:
        """Create Study Job

        Create a job of the study with values for its input ports (keys are node ids).

        Args:
            study_id (UUID):
            hidden (bool | Unset):  Default: True.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            idempotency_key (None | str | Unset):
            body (JobInputs):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        response = create_study_job.sync_detailed(
            study_id=study_id,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            idempotency_key=idempotency_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_study_job.ErrorGet, create_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def delete_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> None:
        """Delete Study Job

        Delete a study job with its outputs and logs.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = delete_study_job.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    def get_study(
        self,
        study_id: UUID,
    ) -> Study:
        """Get Study

        One study.

        Args:
            study_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Study
        """
        response = get_study.sync_detailed(
            study_id=study_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_study.ErrorGet, get_study.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> Any:
        """Get Study Job

        Not implemented on the platform either.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = get_study_job.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, get_study_job.HTTPValidationError):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_study_job_custom_metadata(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobMetadata:
        """Get Study Job Custom Metadata

        The study job's custom metadata.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        response = get_study_job_custom_metadata.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_custom_metadata.ErrorGet, get_study_job_custom_metadata.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_study_job_output_logfile(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobLogsMap:
        """Get Study Job Output Logfile

        Links to the log archive of each node of the study job.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobLogsMap
        """
        response = get_study_job_output_logfile.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_output_logfile.ErrorGet, get_study_job_output_logfile.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_study_job_outputs(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobOutputs:
        """Get Study Job Outputs

        The study job's results, keyed by output node id.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobOutputs
        """
        response = get_study_job_outputs.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_outputs.ErrorGet, get_study_job_outputs.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def inspect_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobStatus:
        """Inspect Study Job

        The study job's state and progress.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = inspect_study_job.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (inspect_study_job.ErrorGet, inspect_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_studies(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageStudy:
        """List Studies

        The user's studies, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageStudy
        """
        response = list_studies.sync_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_studies.ErrorGet, list_studies.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_study_jobs(
        self,
        study_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageJob:
        """List Study Jobs

        The jobs of a study, oldest first, a page at a time.

        Args:
            study_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        response = list_study_jobs.sync_detailed(
            study_id=study_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_study_jobs.ErrorGet, list_study_jobs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_study_ports(
        self,
        study_id: UUID,
    ) -> OnePageStudyPort:
        """List Study Ports

        The study's inputs and outputs; a port's key is the id of its node.

        Args:
            study_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            OnePageStudyPort
        """
        response = list_study_ports.sync_detailed(
            study_id=study_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_study_ports.ErrorGet, list_study_ports.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def replace_study_job_custom_metadata(
        self,
        study_id: UUID,
        job_id: UUID,
        *,
        body: JobMetadataUpdate,
    ) -> JobMetadata:
        """Replace Study Job Custom Metadata

        Replace the study job's custom metadata with the given mapping.

        Args:
            study_id (UUID):
            job_id (UUID):
            body (JobMetadataUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        response = replace_study_job_custom_metadata.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (replace_study_job_custom_metadata.ErrorGet, replace_study_job_custom_metadata.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def start_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
        *,
        cluster_id: int | None | Unset = UNSET,
    ) -> JobStatus:
        """Start Study Job

        Start a study job: 202 when this call started it, 200 when it had already been started.

        Args:
            study_id (UUID):
            job_id (UUID):
            cluster_id (int | None | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = start_study_job.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            cluster_id=cluster_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (start_study_job.ErrorGet, start_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def stop_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobStatus:
        """Stop Study Job

        Abort a study job that has not finished.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = stop_study_job.sync_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (stop_study_job.ErrorGet, stop_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncStudiesApi:
    """Operations tagged `studies` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def clone_study(
        self,
        study_id: UUID,
        *,
        body: BodyCloneStudy | Unset = UNSET,
        hidden: bool | Unset = False,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
    ) -> Study:
        """Clone Study

        Copy a study; the copy gets its own id and its own port keys.

        Args:
            study_id (UUID):
            hidden (bool | Unset):  Default: False.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            body (BodyCloneStudy | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Study
        """
        response = await clone_study.asyncio_detailed(
            study_id=study_id,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (clone_study.ErrorGet, clone_study.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def create_study_job(
        self,
        study_id: UUID,
        *,
        body: JobInputs,
        hidden: bool | Unset = True,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
        idempotency_key: None | str | Unset = UNSET,
    ) -> Job:
        """Create Study Job

        Create a job of the study with values for its input ports (keys are node ids).

        Args:
            study_id (UUID):
            hidden (bool | Unset):  Default: True.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            idempotency_key (None | str | Unset):
            body (JobInputs):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        response = await create_study_job.asyncio_detailed(
            study_id=study_id,
            body=body,
            hidden=hidden,
            x_simcore_parent_project_uuid=x_simcore_parent_project_uuid,
            x_simcore_parent_node_id=x_simcore_parent_node_id,
            idempotency_key=idempotency_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (create_study_job.ErrorGet, create_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def delete_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> None:
        """Delete Study Job

        Delete a study job with its outputs and logs.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        response = await delete_study_job.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    async def get_study(
        self,
        study_id: UUID,
    ) -> Study:
        """Get Study

        One study.

        Args:
            study_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Study
        """
        response = await get_study.asyncio_detailed(
            study_id=study_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_study.ErrorGet, get_study.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> Any:
        """Get Study Job

        Not implemented on the platform either.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = await get_study_job.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=self._client,
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, get_study_job.HTTPValidationError):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_study_job_custom_metadata(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobMetadata:
        """Get Study Job Custom Metadata

        The study job's custom metadata.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        response = await get_study_job_custom_metadata.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_custom_metadata.ErrorGet, get_study_job_custom_metadata.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_study_job_output_logfile(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobLogsMap:
        """Get Study Job Output Logfile

        Links to the log archive of each node of the study job.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobLogsMap
        """
        response = await get_study_job_output_logfile.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_output_logfile.ErrorGet, get_study_job_output_logfile.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_study_job_outputs(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobOutputs:
        """Get Study Job Outputs

        The study job's results, keyed by output node id.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobOutputs
        """
        response = await get_study_job_outputs.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_study_job_outputs.ErrorGet, get_study_job_outputs.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def inspect_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobStatus:
        """Inspect Study Job

        The study job's state and progress.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = await inspect_study_job.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (inspect_study_job.ErrorGet, inspect_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_studies(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageStudy:
        """List Studies

        The user's studies, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageStudy
        """
        response = await list_studies.asyncio_detailed(
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_studies.ErrorGet, list_studies.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_study_jobs(
        self,
        study_id: UUID,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageJob:
        """List Study Jobs

        The jobs of a study, oldest first, a page at a time.

        Args:
            study_id (UUID):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        response = await list_study_jobs.asyncio_detailed(
            study_id=study_id,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_study_jobs.ErrorGet, list_study_jobs.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_study_ports(
        self,
        study_id: UUID,
    ) -> OnePageStudyPort:
        """List Study Ports

        The study's inputs and outputs; a port's key is the id of its node.

        Args:
            study_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            OnePageStudyPort
        """
        response = await list_study_ports.asyncio_detailed(
            study_id=study_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_study_ports.ErrorGet, list_study_ports.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def replace_study_job_custom_metadata(
        self,
        study_id: UUID,
        job_id: UUID,
        *,
        body: JobMetadataUpdate,
    ) -> JobMetadata:
        """Replace Study Job Custom Metadata

        Replace the study job's custom metadata with the given mapping.

        Args:
            study_id (UUID):
            job_id (UUID):
            body (JobMetadataUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        response = await replace_study_job_custom_metadata.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (replace_study_job_custom_metadata.ErrorGet, replace_study_job_custom_metadata.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def start_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
        *,
        cluster_id: int | None | Unset = UNSET,
    ) -> JobStatus:
        """Start Study Job

        Start a study job: 202 when this call started it, 200 when it had already been started.

        Args:
            study_id (UUID):
            job_id (UUID):
            cluster_id (int | None | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = await start_study_job.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            cluster_id=cluster_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (start_study_job.ErrorGet, start_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def stop_study_job(
        self,
        study_id: UUID,
        job_id: UUID,
    ) -> JobStatus:
        """Stop Study Job

        Abort a study job that has not finished.

        Args:
            study_id (UUID):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        response = await stop_study_job.asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (stop_study_job.ErrorGet, stop_study_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

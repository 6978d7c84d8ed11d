"""Contains endpoint functions for accessing the API, and the classes SolversApi and AsyncSolversApi"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.batch_get_job_metadata_response import BatchGetJobMetadataResponse
    from ...models.error_get import ErrorGet
    from ...models.http_validation_error import HTTPValidationError
    from ...models.job import Job
    from ...models.job_encryption_inputs import JobEncryptionInputs
    from ...models.job_inputs import JobInputs
    from ...models.job_metadata import JobMetadata
    from ...models.job_metadata_update import JobMetadataUpdate
    from ...models.job_outputs import JobOutputs
    from ...models.job_status import JobStatus
    from ...models.one_page_solver_port import OnePageSolverPort
    from ...models.page_job import PageJob
    from ...models.page_solver import PageSolver
    from ...models.pricing_unit_get_legacy import PricingUnitGetLegacy
    from ...models.service_pricing_plan_get_legacy import ServicePricingPlanGetLegacy
    from ...models.solver import Solver
    from ...models.wallet_get_with_available_credits_legacy import WalletGetWithAvailableCreditsLegacy

__all__ = ["AsyncSolversApi", "SolversApi"]


class SolversApi:
    """Operations tagged `solvers` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def batch_get_jobs_custom_metadata(
        self,
        *,
        job_ids: list[UUID],
    ) -> BatchGetJobMetadataResponse:
        """Batch Get Jobs Custom Metadata

        The custom metadata of several jobs in one call.

        Args:
            job_ids (list[UUID]):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            BatchGetJobMetadataResponse
        """
        from .batch_get_jobs_custom_metadata import sync_detailed

        response = sync_detailed(
            job_ids=job_ids,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def create_solver_job(
        self,
        solver_key: str,
        version: str,
        *,
        body: JobInputs,
        hidden: bool | Unset = True,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
        idempotency_key: None | str | Unset = UNSET,
    ) -> Job:
        """Create Solver Job

        Create a job of this release with the given inputs; it does not start until asked.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            hidden (bool | Unset):  Default: True.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            idempotency_key (None | str | Unset): Retries with the same key return the job created
                by the first attempt
            body (JobInputs):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        from .create_solver_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
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
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def delete_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Delete Job

        Delete a job, stopping it first if it runs, with its outputs and logs.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .delete_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    def delete_job_assets(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Delete Job Assets

        Delete a finished job's outputs and logs but keep the job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .delete_job_assets import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    def get_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> Job:
        """Get Job

        One job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        from .get_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_job_custom_metadata(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobMetadata:
        """Get Job Custom Metadata

        The job's custom metadata.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        from .get_job_custom_metadata import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_job_output_logfile(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> bytes:
        """Get Job Output Logfile

        Redirects to the job's log archive (a zip with one .logs file per service).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            bytes
        """
        from .get_job_output_logfile import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return response.content

    def get_job_outputs(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobOutputs:
        """Get Job Outputs

        The job's results: values, and File objects for file outputs (null until it succeeds).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobOutputs
        """
        from .get_job_outputs import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_job_pricing_unit(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> PricingUnitGetLegacy:
        """Get Job Pricing Unit

        The pricing unit this job is billed with.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PricingUnitGetLegacy
        """
        from .get_job_pricing_unit import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_job_wallet(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Job Wallet

        The wallet that pays for this job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        from .get_job_wallet import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_log_stream(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Get Log Stream

        Follow a job: its progress as log lines, one JSON object per line, until it finishes.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .get_log_stream import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    def get_solver(
        self,
        solver_key: str,
    ) -> Solver:
        """Get Solver

        The latest release of a solver.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Solver
        """
        from .get_solver import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_solver_pricing_plan(
        self,
        solver_key: str,
        version: str,
    ) -> ServicePricingPlanGetLegacy:
        """Get Solver Pricing Plan

        The pricing plan that applies to jobs of this release.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ServicePricingPlanGetLegacy
        """
        from .get_solver_pricing_plan import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_solver_release(
        self,
        solver_key: str,
        version: str,
    ) -> Solver:
        """Get Solver Release

        One release of a solver.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Solver
        """
        from .get_solver_release import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def inspect_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobStatus:
        """Inspect Job

        The job's state and progress.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .inspect_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_all_solvers_jobs(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        metadata_any: list[str] | None | Unset = UNSET,
        metadata_all: list[str] | None | Unset = UNSET,
    ) -> PageJob:
        """List All Solvers Jobs

        Jobs of every solver, optionally filtered by their custom metadata.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            metadata_any (list[str] | None | Unset): key:glob filters; a job matches any of them
            metadata_all (list[str] | None | Unset): key:glob filters; a job matches all of them

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        from .list_all_solvers_jobs import sync_detailed

        response = sync_detailed(
            limit=limit,
            offset=offset,
            metadata_any=metadata_any,
            metadata_all=metadata_all,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_all_solvers_paginated(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        solver_id: None | str | Unset = UNSET,
        version_display: None | str | Unset = UNSET,
    ) -> PageSolver:
        """List All Solvers Paginated

        The latest release of every solver, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            solver_id (None | str | Unset):
            version_display (None | str | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageSolver
        """
        from .list_all_solvers_paginated import sync_detailed

        response = sync_detailed(
            limit=limit,
            offset=offset,
            solver_id=solver_id,
            version_display=version_display,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_jobs(
        self,
        solver_key: str,
        version: str,
    ) -> list[Job]:
        """List Jobs

        Every job of this release (deprecated: use list_jobs_paginated).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Job]
        """
        from .list_jobs import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_jobs_paginated(
        self,
        solver_key: str,
        version: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageJob:
        """List Jobs Paginated

        The jobs of this release, oldest first, a page at a time.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        from .list_jobs_paginated import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_solver_ports(
        self,
        solver_key: str,
        version: str,
    ) -> OnePageSolverPort:
        """List Solver Ports

        The input and output ports of a release, with a JSON Schema for each value.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            OnePageSolverPort
        """
        from .list_solver_ports import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_solver_releases(
        self,
        solver_key: str,
    ) -> list[Solver]:
        """List Solver Releases

        Every release of one solver, oldest first.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solver_releases import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_solver_releases_paginated(
        self,
        solver_key: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageSolver:
        """List Solver Releases Paginated

        Every release of one solver, a page at a time.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageSolver
        """
        from .list_solver_releases_paginated import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_solvers(
        self,
    ) -> list[Solver]:
        """List Solvers

        The latest release of every solver.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solvers import sync_detailed

        response = sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_solvers_releases(
        self,
    ) -> list[Solver]:
        """List Solvers Releases

        Every release of every solver.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solvers_releases import sync_detailed

        response = sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def replace_job_custom_metadata(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
        *,
        body: JobMetadataUpdate,
    ) -> JobMetadata:
        """Replace Job Custom Metadata

        Replace the job's custom metadata with the given mapping.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):
            body (JobMetadataUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        from .replace_job_custom_metadata import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def start_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
        *,
        body: JobEncryptionInputs | None | Unset = UNSET,
        cluster_id: int | None | Unset = UNSET,
    ) -> JobStatus:
        """Start Job

        Start a job: 202 when this call started it, 200 when it had already been started.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):
            cluster_id (int | None | Unset):
            body (JobEncryptionInputs | None | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .start_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            cluster_id=cluster_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def stop_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobStatus:
        """Stop Job

        Abort a job that has not finished; a finished job is left as it is.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .stop_job import sync_detailed

        response = sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncSolversApi:
    """Operations tagged `solvers` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def batch_get_jobs_custom_metadata(
        self,
        *,
        job_ids: list[UUID],
    ) -> BatchGetJobMetadataResponse:
        """Batch Get Jobs Custom Metadata

        The custom metadata of several jobs in one call.

        Args:
            job_ids (list[UUID]):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            BatchGetJobMetadataResponse
        """
        from .batch_get_jobs_custom_metadata import asyncio_detailed

        response = await asyncio_detailed(
            job_ids=job_ids,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def create_solver_job(
        self,
        solver_key: str,
        version: str,
        *,
        body: JobInputs,
        hidden: bool | Unset = True,
        x_simcore_parent_project_uuid: None | Unset | UUID = UNSET,
        x_simcore_parent_node_id: None | Unset | UUID = UNSET,
        idempotency_key: None | str | Unset = UNSET,
    ) -> Job:
        """Create Solver Job

        Create a job of this release with the given inputs; it does not start until asked.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            hidden (bool | Unset):  Default: True.
            x_simcore_parent_project_uuid (None | Unset | UUID):
            x_simcore_parent_node_id (None | Unset | UUID):
            idempotency_key (None | str | Unset): Retries with the same key return the job created
                by the first attempt
            body (JobInputs):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        from .create_solver_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
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
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def delete_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Delete Job

        Delete a job, stopping it first if it runs, with its outputs and logs.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .delete_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    async def delete_job_assets(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Delete Job Assets

        Delete a finished job's outputs and logs but keep the job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .delete_job_assets import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    async def get_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> Job:
        """Get Job

        One job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Job
        """
        from .get_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_job_custom_metadata(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobMetadata:
        """Get Job Custom Metadata

        The job's custom metadata.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        from .get_job_custom_metadata import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_job_output_logfile(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> bytes:
        """Get Job Output Logfile

        Redirects to the job's log archive (a zip with one .logs file per service).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            bytes
        """
        from .get_job_output_logfile import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return response.content

    async def get_job_outputs(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobOutputs:
        """Get Job Outputs

        The job's results: values, and File objects for file outputs (null until it succeeds).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobOutputs
        """
        from .get_job_outputs import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_job_pricing_unit(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> PricingUnitGetLegacy:
        """Get Job Pricing Unit

        The pricing unit this job is billed with.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PricingUnitGetLegacy
        """
        from .get_job_pricing_unit import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_job_wallet(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> WalletGetWithAvailableCreditsLegacy:
        """Get Job Wallet

        The wallet that pays for this job.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            WalletGetWithAvailableCreditsLegacy
        """
        from .get_job_wallet import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_log_stream(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> None:
        """Get Log Stream

        Follow a job: its progress as log lines, one JSON object per line, until it finishes.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            None
        """
        from .get_log_stream import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)

    async def get_solver(
        self,
        solver_key: str,
    ) -> Solver:
        """Get Solver

        The latest release of a solver.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Solver
        """
        from .get_solver import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_solver_pricing_plan(
        self,
        solver_key: str,
        version: str,
    ) -> ServicePricingPlanGetLegacy:
        """Get Solver Pricing Plan

        The pricing plan that applies to jobs of this release.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ServicePricingPlanGetLegacy
        """
        from .get_solver_pricing_plan import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_solver_release(
        self,
        solver_key: str,
        version: str,
    ) -> Solver:
        """Get Solver Release

        One release of a solver.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Solver
        """
        from .get_solver_release import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def inspect_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobStatus:
        """Inspect Job

        The job's state and progress.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .inspect_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_all_solvers_jobs(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        metadata_any: list[str] | None | Unset = UNSET,
        metadata_all: list[str] | None | Unset = UNSET,
    ) -> PageJob:
        """List All Solvers Jobs

        Jobs of every solver, optionally filtered by their custom metadata.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            metadata_any (list[str] | None | Unset): key:glob filters; a job matches any of them
            metadata_all (list[str] | None | Unset): key:glob filters; a job matches all of them

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        from .list_all_solvers_jobs import asyncio_detailed

        response = await asyncio_detailed(
            limit=limit,
            offset=offset,
            metadata_any=metadata_any,
            metadata_all=metadata_all,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_all_solvers_paginated(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        solver_id: None | str | Unset = UNSET,
        version_display: None | str | Unset = UNSET,
    ) -> PageSolver:
        """List All Solvers Paginated

        The latest release of every solver, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            solver_id (None | str | Unset):
            version_display (None | str | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageSolver
        """
        from .list_all_solvers_paginated import asyncio_detailed

        response = await asyncio_detailed(
            limit=limit,
            offset=offset,
            solver_id=solver_id,
            version_display=version_display,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_jobs(
        self,
        solver_key: str,
        version: str,
    ) -> list[Job]:
        """List Jobs

        Every job of this release (deprecated: use list_jobs_paginated).

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Job]
        """
        from .list_jobs import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_jobs_paginated(
        self,
        solver_key: str,
        version: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageJob:
        """List Jobs Paginated

        The jobs of this release, oldest first, a page at a time.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageJob
        """
        from .list_jobs_paginated import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_solver_ports(
        self,
        solver_key: str,
        version: str,
    ) -> OnePageSolverPort:
        """List Solver Ports

        The input and output ports of a release, with a JSON Schema for each value.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            OnePageSolverPort
        """
        from .list_solver_ports import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_solver_releases(
        self,
        solver_key: str,
    ) -> list[Solver]:
        """List Solver Releases

        Every release of one solver, oldest first.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solver_releases import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_solver_releases_paginated(
        self,
        solver_key: str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PageSolver:
        """List Solver Releases Paginated

        Every release of one solver, a page at a time.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageSolver
        """
        from .list_solver_releases_paginated import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_solvers(
        self,
    ) -> list[Solver]:
        """List Solvers

        The latest release of every solver.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solvers import asyncio_detailed

        response = await asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_solvers_releases(
        self,
    ) -> list[Solver]:
        """List Solvers Releases

        Every release of every solver.

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[Solver]
        """
        from .list_solvers_releases import asyncio_detailed

        response = await asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet

        if parsed is None or isinstance(parsed, ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def replace_job_custom_metadata(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
        *,
        body: JobMetadataUpdate,
    ) -> JobMetadata:
        """Replace Job Custom Metadata

        Replace the job's custom metadata with the given mapping.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):
            body (JobMetadataUpdate):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobMetadata
        """
        from .replace_job_custom_metadata import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def start_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
        *,
        body: JobEncryptionInputs | None | Unset = UNSET,
        cluster_id: int | None | Unset = UNSET,
    ) -> JobStatus:
        """Start Job

        Start a job: 202 when this call started it, 200 when it had already been started.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):
            cluster_id (int | None | Unset):
            body (JobEncryptionInputs | None | Unset):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .start_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            cluster_id=cluster_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def stop_job(
        self,
        solver_key: str,
        version: str,
        job_id: UUID,
    ) -> JobStatus:
        """Stop Job

        Abort a job that has not finished; a finished job is left as it is.

        Args:
            solver_key (str): e.g. simcore/services/comp/itis/sleeper
            version (str):
            job_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            JobStatus
        """
        from .stop_job import asyncio_detailed

        response = await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if parsed is None or isinstance(parsed, (ErrorGet, HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

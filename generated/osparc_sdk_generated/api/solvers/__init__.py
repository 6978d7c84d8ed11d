"""The `solvers` operations, one module each, and the classes that call
them: SolversApi (blocking) and AsyncSolversApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

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
    from . import (
        batch_get_jobs_custom_metadata,
        create_solver_job,
        delete_job,
        delete_job_assets,
        get_job,
        get_job_custom_metadata,
        get_job_output_logfile,
        get_job_outputs,
        get_job_pricing_unit,
        get_job_wallet,
        get_log_stream,
        get_solver,
        get_solver_pricing_plan,
        get_solver_release,
        inspect_job,
        list_all_solvers_jobs,
        list_all_solvers_paginated,
        list_jobs,
        list_jobs_paginated,
        list_solver_ports,
        list_solver_releases,
        list_solver_releases_paginated,
        list_solvers,
        list_solvers_releases,
        replace_job_custom_metadata,
        start_job,
        stop_job,
    )
else:
    batch_get_jobs_custom_metadata = OperationModule(__name__ + ".batch_get_jobs_custom_metadata")
    create_solver_job = OperationModule(__name__ + ".create_solver_job")
    delete_job = OperationModule(__name__ + ".delete_job")
    delete_job_assets = OperationModule(__name__ + ".delete_job_assets")
    get_job = OperationModule(__name__ + ".get_job")
    get_job_custom_metadata = OperationModule(__name__ + ".get_job_custom_metadata")
    get_job_output_logfile = OperationModule(__name__ + ".get_job_output_logfile")
    get_job_outputs = OperationModule(__name__ + ".get_job_outputs")
    get_job_pricing_unit = OperationModule(__name__ + ".get_job_pricing_unit")
    get_job_wallet = OperationModule(__name__ + ".get_job_wallet")
    get_log_stream = OperationModule(__name__ + ".get_log_stream")
    get_solver = OperationModule(__name__ + ".get_solver")
    get_solver_pricing_plan = OperationModule(__name__ + ".get_solver_pricing_plan")
    get_solver_release = OperationModule(__name__ + ".get_solver_release")
    inspect_job = OperationModule(__name__ + ".inspect_job")
    list_all_solvers_jobs = OperationModule(__name__ + ".list_all_solvers_jobs")
    list_all_solvers_paginated = OperationModule(__name__ + ".list_all_solvers_paginated")
    list_jobs = OperationModule(__name__ + ".list_jobs")
    list_jobs_paginated = OperationModule(__name__ + ".list_jobs_paginated")
    list_solver_ports = OperationModule(__name__ + ".list_solver_ports")
    list_solver_releases = OperationModule(__name__ + ".list_solver_releases")
    list_solver_releases_paginated = OperationModule(__name__ + ".list_solver_releases_paginated")
    list_solvers = OperationModule(__name__ + ".list_solvers")
    list_solvers_releases = OperationModule(__name__ + ".list_solvers_releases")
    replace_job_custom_metadata = OperationModule(__name__ + ".replace_job_custom_metadata")
    start_job = OperationModule(__name__ + ".start_job")
    stop_job = OperationModule(__name__ + ".stop_job")

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
        response = batch_get_jobs_custom_metadata.sync_detailed(
            job_ids=job_ids,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (batch_get_jobs_custom_metadata.ErrorGet, batch_get_jobs_custom_metadata.HTTPValidationError)
        ):
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
        response = create_solver_job.sync_detailed(
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
        if parsed is None or isinstance(parsed, (create_solver_job.ErrorGet, create_solver_job.HTTPValidationError)):
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
        response = delete_job.sync_detailed(
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
        response = delete_job_assets.sync_detailed(
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
        response = get_job.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job.ErrorGet, get_job.HTTPValidationError)):
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
        response = get_job_custom_metadata.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_job_custom_metadata.ErrorGet, get_job_custom_metadata.HTTPValidationError)
        ):
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
        response = get_job_output_logfile.sync_detailed(
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
        response = get_job_outputs.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job_outputs.ErrorGet, get_job_outputs.HTTPValidationError)):
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
        response = get_job_pricing_unit.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_job_pricing_unit.ErrorGet, get_job_pricing_unit.HTTPValidationError)
        ):
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
        response = get_job_wallet.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job_wallet.ErrorGet, get_job_wallet.HTTPValidationError)):
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
        response = get_log_stream.sync_detailed(
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
        response = get_solver.sync_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_solver.ErrorGet, get_solver.HTTPValidationError)):
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
        response = get_solver_pricing_plan.sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_solver_pricing_plan.ErrorGet, get_solver_pricing_plan.HTTPValidationError)
        ):
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
        response = get_solver_release.sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_solver_release.ErrorGet, get_solver_release.HTTPValidationError)):
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
        response = inspect_job.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (inspect_job.ErrorGet, inspect_job.HTTPValidationError)):
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
        response = list_all_solvers_jobs.sync_detailed(
            limit=limit,
            offset=offset,
            metadata_any=metadata_any,
            metadata_all=metadata_all,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_all_solvers_jobs.ErrorGet, list_all_solvers_jobs.HTTPValidationError)
        ):
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
        response = list_all_solvers_paginated.sync_detailed(
            limit=limit,
            offset=offset,
            solver_id=solver_id,
            version_display=version_display,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_all_solvers_paginated.ErrorGet, list_all_solvers_paginated.HTTPValidationError)
        ):
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
        response = list_jobs.sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_jobs.ErrorGet, list_jobs.HTTPValidationError)):
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
        response = list_jobs_paginated.sync_detailed(
            solver_key=solver_key,
            version=version,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_jobs_paginated.ErrorGet, list_jobs_paginated.HTTPValidationError)
        ):
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
        response = list_solver_ports.sync_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_solver_ports.ErrorGet, list_solver_ports.HTTPValidationError)):
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
        response = list_solver_releases.sync_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_solver_releases.ErrorGet, list_solver_releases.HTTPValidationError)
        ):
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
        response = list_solver_releases_paginated.sync_detailed(
            solver_key=solver_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_solver_releases_paginated.ErrorGet, list_solver_releases_paginated.HTTPValidationError)
        ):
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
        response = list_solvers.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_solvers.ErrorGet):
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
        response = list_solvers_releases.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_solvers_releases.ErrorGet):
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
        response = replace_job_custom_metadata.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (replace_job_custom_metadata.ErrorGet, replace_job_custom_metadata.HTTPValidationError)
        ):
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
        response = start_job.sync_detailed(
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
        if parsed is None or isinstance(parsed, (start_job.ErrorGet, start_job.HTTPValidationError)):
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
        response = stop_job.sync_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (stop_job.ErrorGet, stop_job.HTTPValidationError)):
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
        response = await batch_get_jobs_custom_metadata.asyncio_detailed(
            job_ids=job_ids,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (batch_get_jobs_custom_metadata.ErrorGet, batch_get_jobs_custom_metadata.HTTPValidationError)
        ):
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
        response = await create_solver_job.asyncio_detailed(
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
        if parsed is None or isinstance(parsed, (create_solver_job.ErrorGet, create_solver_job.HTTPValidationError)):
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
        response = await delete_job.asyncio_detailed(
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
        response = await delete_job_assets.asyncio_detailed(
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
        response = await get_job.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job.ErrorGet, get_job.HTTPValidationError)):
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
        response = await get_job_custom_metadata.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_job_custom_metadata.ErrorGet, get_job_custom_metadata.HTTPValidationError)
        ):
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
        response = await get_job_output_logfile.asyncio_detailed(
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
        response = await get_job_outputs.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job_outputs.ErrorGet, get_job_outputs.HTTPValidationError)):
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
        response = await get_job_pricing_unit.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_job_pricing_unit.ErrorGet, get_job_pricing_unit.HTTPValidationError)
        ):
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
        response = await get_job_wallet.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_job_wallet.ErrorGet, get_job_wallet.HTTPValidationError)):
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
        response = await get_log_stream.asyncio_detailed(
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
        response = await get_solver.asyncio_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_solver.ErrorGet, get_solver.HTTPValidationError)):
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
        response = await get_solver_pricing_plan.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (get_solver_pricing_plan.ErrorGet, get_solver_pricing_plan.HTTPValidationError)
        ):
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
        response = await get_solver_release.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_solver_release.ErrorGet, get_solver_release.HTTPValidationError)):
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
        response = await inspect_job.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (inspect_job.ErrorGet, inspect_job.HTTPValidationError)):
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
        response = await list_all_solvers_jobs.asyncio_detailed(
            limit=limit,
            offset=offset,
            metadata_any=metadata_any,
            metadata_all=metadata_all,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_all_solvers_jobs.ErrorGet, list_all_solvers_jobs.HTTPValidationError)
        ):
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
        response = await list_all_solvers_paginated.asyncio_detailed(
            limit=limit,
            offset=offset,
            solver_id=solver_id,
            version_display=version_display,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_all_solvers_paginated.ErrorGet, list_all_solvers_paginated.HTTPValidationError)
        ):
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
        response = await list_jobs.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_jobs.ErrorGet, list_jobs.HTTPValidationError)):
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
        response = await list_jobs_paginated.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_jobs_paginated.ErrorGet, list_jobs_paginated.HTTPValidationError)
        ):
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
        response = await list_solver_ports.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (list_solver_ports.ErrorGet, list_solver_ports.HTTPValidationError)):
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
        response = await list_solver_releases.asyncio_detailed(
            solver_key=solver_key,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_solver_releases.ErrorGet, list_solver_releases.HTTPValidationError)
        ):
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
        response = await list_solver_releases_paginated.asyncio_detailed(
            solver_key=solver_key,
            limit=limit,
            offset=offset,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (list_solver_releases_paginated.ErrorGet, list_solver_releases_paginated.HTTPValidationError)
        ):
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
        response = await list_solvers.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_solvers.ErrorGet):
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
        response = await list_solvers_releases.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_solvers_releases.ErrorGet):
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
        response = await replace_job_custom_metadata.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (replace_job_custom_metadata.ErrorGet, replace_job_custom_metadata.HTTPValidationError)
        ):
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
        response = await start_job.asyncio_detailed(
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
        if parsed is None or isinstance(parsed, (start_job.ErrorGet, start_job.HTTPValidationError)):
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
        response = await stop_job.asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (stop_job.ErrorGet, stop_job.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

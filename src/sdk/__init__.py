"""A typed, fast Python SDK for the oSPARC public API.

    from sdk import ApiClient, SolversApi
    with ApiClient() as client:
        solvers = SolversApi(client)
        solver = solvers.get_solver_release("simcore/services/comp/itis/sleeper", "2.1.6")

Jobs that read like the science (see `sdk._job_core`):

    sleeper = SolverRelease.get(client, "simcore/services/comp/itis/sleeper", "2.1.6")
    result = sleeper.run({"input_1": Path("single_number.txt"), "input_2": 3})

The same classes, awaitable, are in `sdk.aio`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sdk._exports import api_classes, lazy
from sdk._httpx_cli import defer_httpx_cli
from sdk._version import __version__

defer_httpx_cli()

_TAGS = "osparc_sdk_patches.api"
_ERRORS = "osparc_sdk_patches.errors"
_MODELS = "osparc_sdk_generated.models"
_EXPORTS: dict[str, tuple[str, str]] = {
    "ApiClient": ("sdk._client", "ApiClient"),
    "ClientOptions": ("sdk._config", "ClientOptions"),
    **api_classes(""),
    "RetryPolicy": ("osparc_sdk_patches.types", "RetryPolicy"),
    "RawResponse": ("osparc_sdk_patches.client", "RawResponse"),
    "Pricing": (f"{_TAGS}.solvers.start_job", "Pricing"),
    "Pager": ("osparc_sdk_patches.types", "Pager"),
    "UploadOptions": (f"{_TAGS}.files.upload_file", "UploadOptions"),
    "DownloadOptions": (f"{_TAGS}.files.download_file", "DownloadOptions"),
    **{name: ("sdk._sync.jobs", name) for name in ("SolverRelease", "StudyRunner", "JobHandle")},
    "find_jobs": ("sdk._sync.jobs", "find_jobs"),
    **{name: ("sdk._sync.functions", name) for name in ("Function", "JobCollection")},
    "Task": ("sdk._sync.tasks", "Task"),
    **{
        name: ("sdk._job_core", name)
        for name in (
            "JobResult",
            "JobTimeoutError",
            "JobFailedError",
            "PollPolicy",
            "TaskTimeoutError",
        )
    },
    "PortInfo": ("sdk._ports", "PortInfo"),
    "TransferProgress": ("sdk._progress", "TransferProgress"),
    **{
        name: (_ERRORS, name)
        for name in (
            "SdkError",
            "ConfigurationError",
            "InvalidInputError",
            "TransferError",
            "UncertainJobCreationError",
            "UnexpectedResponseError",
            "ApiError",
            "BadRequestError",
            "AuthenticationError",
            "PaymentRequiredError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "ValidationError",
            "RateLimitedError",
            "ServerError",
            "ApiConnectionError",
            "ApiTimeoutError",
            "NoResultsError",
            "MultipleResultsError",
        )
    },
    **{
        name: (_MODELS, name)
        for name in (
            "FileMeta",
            "Job",
            "JobInputs",
            "JobOutputs",
            "JobStatus",
            "JobMetadataUpdate",
            "RunningState",
            "Solver",
            "SolverPort",
            "Study",
        )
    },
}

__all__ = [
    "ApiClient",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthApi",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "CreditsApi",
    "DownloadOptions",
    "FileMeta",
    "FilesApi",
    "Function",
    "FunctionJobCollectionsApi",
    "FunctionJobsApi",
    "FunctionsApi",
    "InvalidInputError",
    "Job",
    "JobCollection",
    "JobFailedError",
    "JobHandle",
    "JobInputs",
    "JobMetadataUpdate",
    "JobOutputs",
    "JobResult",
    "JobStatus",
    "JobTimeoutError",
    "LicensedItemsApi",
    "MetaApi",
    "MultipleResultsError",
    "NoResultsError",
    "NotFoundError",
    "Pager",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollPolicy",
    "PortInfo",
    "Pricing",
    "ProgramsApi",
    "RateLimitedError",
    "RawResponse",
    "ResponsesApi",
    "RetryPolicy",
    "RunningState",
    "SdkError",
    "ServerError",
    "Solver",
    "SolverPort",
    "SolverRelease",
    "SolversApi",
    "StudiesApi",
    "Study",
    "StudyRunner",
    "Task",
    "TaskTimeoutError",
    "TasksApi",
    "TransferError",
    "TransferProgress",
    "UncertainJobCreationError",
    "UnexpectedResponseError",
    "UploadOptions",
    "UsersApi",
    "ValidationError",
    "WalletsApi",
    "__version__",
    "find_jobs",
]
__getattr__ = lazy(globals(), _EXPORTS)

if TYPE_CHECKING:
    from osparc_sdk_generated.models import (
        FileMeta,
        Job,
        JobInputs,
        JobMetadataUpdate,
        JobOutputs,
        JobStatus,
        RunningState,
        Solver,
        SolverPort,
        Study,
    )
    from osparc_sdk_patches.api.auth import AuthApi
    from osparc_sdk_patches.api.credits_ import CreditsApi
    from osparc_sdk_patches.api.files import FilesApi
    from osparc_sdk_patches.api.files.download_file import DownloadOptions
    from osparc_sdk_patches.api.files.upload_file import UploadOptions
    from osparc_sdk_patches.api.function_job_collections import FunctionJobCollectionsApi
    from osparc_sdk_patches.api.function_jobs import FunctionJobsApi
    from osparc_sdk_patches.api.functions import FunctionsApi
    from osparc_sdk_patches.api.licensed_items import LicensedItemsApi
    from osparc_sdk_patches.api.meta import MetaApi
    from osparc_sdk_patches.api.programs import ProgramsApi
    from osparc_sdk_patches.api.responses import ResponsesApi
    from osparc_sdk_patches.api.solvers import SolversApi
    from osparc_sdk_patches.api.solvers.start_job import Pricing
    from osparc_sdk_patches.api.studies import StudiesApi
    from osparc_sdk_patches.api.tasks import TasksApi
    from osparc_sdk_patches.api.users import UsersApi
    from osparc_sdk_patches.api.wallets import WalletsApi
    from osparc_sdk_patches.client import RawResponse
    from osparc_sdk_patches.errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        InvalidInputError,
        MultipleResultsError,
        NoResultsError,
        NotFoundError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateLimitedError,
        SdkError,
        ServerError,
        TransferError,
        UncertainJobCreationError,
        UnexpectedResponseError,
        ValidationError,
    )
    from osparc_sdk_patches.types import Pager, RetryPolicy

    from sdk._client import ApiClient
    from sdk._config import ClientOptions
    from sdk._job_core import (
        JobFailedError,
        JobResult,
        JobTimeoutError,
        PollPolicy,
        TaskTimeoutError,
    )
    from sdk._ports import PortInfo
    from sdk._progress import TransferProgress
    from sdk._sync.functions import Function, JobCollection
    from sdk._sync.jobs import JobHandle, SolverRelease, StudyRunner, find_jobs
    from sdk._sync.tasks import Task

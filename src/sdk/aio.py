"""The SDK, awaitable: the same names as `sdk`, for `async with` and `await`.

    from sdk import aio
    async with aio.ApiClient() as client:
        job = await aio.SolversApi(client).create_job(key, version, {"input_2": 3})

Native async on httpx (no threads), so it runs inside Jupyter's event loop. The job layer too:

    sleeper = await aio.SolverRelease.get(client, "simcore/services/comp/itis/sleeper")
    results = await sleeper.run_many([{"input_1": Path("n.txt"), "input_2": s} for s in (1, 2)])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sdk._exports import api_classes, lazy

_EXPORTS: dict[str, tuple[str, str]] = {
    "ApiClient": ("sdk._client", "AsyncApiClient"),
    **api_classes("Async"),
    "Pager": ("osparc_sdk_patches.types", "AsyncPager"),
    **{
        name: ("sdk._async.jobs", f"Async{name}")
        for name in ("SolverRelease", "StudyRunner", "JobHandle")
    },
    "find_jobs": ("sdk._async.jobs", "afind_jobs"),
    **{name: ("sdk._async.functions", f"Async{name}") for name in ("Function", "JobCollection")},
    "Task": ("sdk._async.tasks", "AsyncTask"),
    **{
        name: ("sdk._job_core", name)
        for name in ("JobResult", "JobTimeoutError", "JobFailedError", "TaskTimeoutError")
    },
}

__all__ = [
    "ApiClient",
    "AuthApi",
    "CreditsApi",
    "FilesApi",
    "Function",
    "FunctionJobCollectionsApi",
    "FunctionJobsApi",
    "FunctionsApi",
    "JobCollection",
    "JobFailedError",
    "JobHandle",
    "JobResult",
    "JobTimeoutError",
    "LicensedItemsApi",
    "MetaApi",
    "Pager",
    "ProgramsApi",
    "ResponsesApi",
    "SolverRelease",
    "SolversApi",
    "StudiesApi",
    "StudyRunner",
    "Task",
    "TaskTimeoutError",
    "TasksApi",
    "UsersApi",
    "WalletsApi",
    "find_jobs",
]
__getattr__ = lazy(globals(), _EXPORTS)

if TYPE_CHECKING:
    from osparc_sdk_patches.api.auth import AsyncAuthApi as AuthApi
    from osparc_sdk_patches.api.credits_ import AsyncCreditsApi as CreditsApi
    from osparc_sdk_patches.api.files import AsyncFilesApi as FilesApi
    from osparc_sdk_patches.api.function_job_collections import (
        AsyncFunctionJobCollectionsApi as FunctionJobCollectionsApi,
    )
    from osparc_sdk_patches.api.function_jobs import AsyncFunctionJobsApi as FunctionJobsApi
    from osparc_sdk_patches.api.functions import AsyncFunctionsApi as FunctionsApi
    from osparc_sdk_patches.api.licensed_items import AsyncLicensedItemsApi as LicensedItemsApi
    from osparc_sdk_patches.api.meta import AsyncMetaApi as MetaApi
    from osparc_sdk_patches.api.programs import AsyncProgramsApi as ProgramsApi
    from osparc_sdk_patches.api.responses import AsyncResponsesApi as ResponsesApi
    from osparc_sdk_patches.api.solvers import AsyncSolversApi as SolversApi
    from osparc_sdk_patches.api.studies import AsyncStudiesApi as StudiesApi
    from osparc_sdk_patches.api.tasks import AsyncTasksApi as TasksApi
    from osparc_sdk_patches.api.users import AsyncUsersApi as UsersApi
    from osparc_sdk_patches.api.wallets import AsyncWalletsApi as WalletsApi
    from osparc_sdk_patches.types import AsyncPager as Pager

    from sdk._async.functions import AsyncFunction as Function
    from sdk._async.functions import AsyncJobCollection as JobCollection
    from sdk._async.jobs import AsyncJobHandle as JobHandle
    from sdk._async.jobs import AsyncSolverRelease as SolverRelease
    from sdk._async.jobs import AsyncStudyRunner as StudyRunner
    from sdk._async.jobs import afind_jobs as find_jobs
    from sdk._async.tasks import AsyncTask as Task
    from sdk._client import AsyncApiClient as ApiClient
    from sdk._job_core import JobFailedError, JobResult, JobTimeoutError, TaskTimeoutError

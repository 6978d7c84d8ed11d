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
    "Pager": ("sdk_patches.types", "AsyncPager"),
    **{
        name: ("sdk._async.jobs", f"Async{name}")
        for name in ("SolverRelease", "StudyRunner", "JobHandle")
    },
    "find_jobs": ("sdk._async.jobs", "afind_jobs"),
    **{
        name: ("sdk._job_core", name) for name in ("JobResult", "JobTimeoutError", "JobFailedError")
    },
}

__all__ = [
    "ApiClient",
    "AuthApi",
    "CreditsApi",
    "FilesApi",
    "JobFailedError",
    "JobHandle",
    "JobResult",
    "JobTimeoutError",
    "MetaApi",
    "Pager",
    "SolverRelease",
    "SolversApi",
    "StudiesApi",
    "StudyRunner",
    "UsersApi",
    "WalletsApi",
    "find_jobs",
]
__getattr__ = lazy(globals(), _EXPORTS)

if TYPE_CHECKING:
    from sdk_patches.api.auth import AsyncAuthApi as AuthApi
    from sdk_patches.api.credits_ import AsyncCreditsApi as CreditsApi
    from sdk_patches.api.files import AsyncFilesApi as FilesApi
    from sdk_patches.api.meta import AsyncMetaApi as MetaApi
    from sdk_patches.api.solvers import AsyncSolversApi as SolversApi
    from sdk_patches.api.studies import AsyncStudiesApi as StudiesApi
    from sdk_patches.api.users import AsyncUsersApi as UsersApi
    from sdk_patches.api.wallets import AsyncWalletsApi as WalletsApi
    from sdk_patches.types import AsyncPager as Pager

    from sdk._async.jobs import AsyncJobHandle as JobHandle
    from sdk._async.jobs import AsyncSolverRelease as SolverRelease
    from sdk._async.jobs import AsyncStudyRunner as StudyRunner
    from sdk._async.jobs import afind_jobs as find_jobs
    from sdk._client import AsyncApiClient as ApiClient
    from sdk._job_core import JobFailedError, JobResult, JobTimeoutError

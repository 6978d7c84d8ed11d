"""The SDK, awaitable: the same names as `sdk`, for `async with` and `await`.

    from sdk import aio
    async with aio.ApiClient() as client:
        job = await aio.SolversApi(client).create_job(key, version, {"input_2": 3})

Native async on httpx (no threads), so it runs inside Jupyter's event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sdk._exports import lazy

_TAGS = "sdk_patches.api"
_EXPORTS: dict[str, tuple[str, str]] = {
    "ApiClient": ("sdk._client", "AsyncApiClient"),
    "MetaApi": (f"{_TAGS}.meta", "AsyncMetaApi"),
    "UsersApi": (f"{_TAGS}.users", "AsyncUsersApi"),
    "FilesApi": (f"{_TAGS}.files", "AsyncFilesApi"),
    "SolversApi": (f"{_TAGS}.solvers", "AsyncSolversApi"),
    "StudiesApi": (f"{_TAGS}.studies", "AsyncStudiesApi"),
    "WalletsApi": (f"{_TAGS}.wallets", "AsyncWalletsApi"),
    "CreditsApi": (f"{_TAGS}.credits_", "AsyncCreditsApi"),
    "Pager": ("sdk_patches.types", "AsyncPager"),
}

__all__ = [
    "ApiClient",
    "CreditsApi",
    "FilesApi",
    "MetaApi",
    "Pager",
    "SolversApi",
    "StudiesApi",
    "UsersApi",
    "WalletsApi",
]
__getattr__ = lazy(globals(), _EXPORTS)

if TYPE_CHECKING:
    pass

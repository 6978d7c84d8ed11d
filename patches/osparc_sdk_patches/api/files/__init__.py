"""`FilesApi`: file metadata and search, plus whole-file uploads and downloads.

`upload_file(path)` and `download_file(file_id, destination)` replace the generated one-shot
operations of the same names with the platform's transfer protocols (see `upload_file.py` and
`download_file.py` beside this module), matching the official client's method names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast
from uuid import UUID

from osparc_sdk_generated.api import files as _generated

from osparc_sdk_patches.client import ApiFacade
from osparc_sdk_patches.errors import checked_path, checked_uuid
from osparc_sdk_patches.types import DEFAULT_PAGE_SIZE, AsyncPager, Helpers, Pager

# The transfer modules (asyncio, threads, hashing) and the models load on first use, so that
# `FilesApi(client)` costs little; the type parameters below are text for the same reason.
if TYPE_CHECKING:
    from osparc_sdk_generated.models import FileMeta

    from osparc_sdk_patches.api.files.download_file import DownloadOptions
    from osparc_sdk_patches.api.files.upload_file import UploadOptions

__all__ = ["AsyncFilesApi", "FilesApi"]

PathLike = str | os.PathLike[str]


FilePages = TypeVar("FilePages", "Pager[FileMeta]", "AsyncPager[FileMeta]")


class FileHelpers(ApiFacade, Helpers, Generic[FilePages]):
    """The lazy search over every page: a `Pager` in `FilesApi`, an `AsyncPager` (for
    `async for`) in `AsyncFilesApi`."""

    def iter_files(
        self,
        *,
        sha256_checksum: str | None = None,
        file_id: UUID | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> FilePages:
        """The user's files, optionally only those with a checksum or an id."""
        pages = self._listing(
            "search_files_page", page_size, sha256_checksum=sha256_checksum, file_id=file_id
        )
        return cast(FilePages, pages)


class FilesApi(FileHelpers["Pager[FileMeta]"], _generated.FilesApi):
    """Operations tagged `files`, plus transfers and a lazy search over every page."""

    def upload_file(  # type: ignore[override]  # a path, as in the official client
        self, file: PathLike, *, options: UploadOptions | None = None
    ) -> FileMeta:
        """Upload a local file (multipart, in parallel); an identical file is not sent again."""
        from osparc_sdk_patches.api.files import upload_file as _upload

        path = Path(checked_path("upload_file", "file", file))
        return _upload.upload(self, path, options or _upload.UploadOptions())

    def download_file(  # type: ignore[override]  # writes to disk instead of returning bytes
        self,
        file_id: UUID,
        destination: PathLike | None = None,
        *,
        options: DownloadOptions | None = None,
    ) -> Path:
        """Download a file into a directory (or to a file path); returns the path written."""
        from osparc_sdk_patches.api.files import download_file as _download

        return _download.download(
            self,
            checked_uuid("download_file", "file_id", file_id),
            Path(checked_path("download_file", "destination", destination or ".")),
            options or _download.DownloadOptions(),
        )


class AsyncFilesApi(FileHelpers["AsyncPager[FileMeta]"], _generated.AsyncFilesApi):
    """Operations tagged `files`, awaitable, plus transfers and `async for` over a search."""

    async def upload_file(  # type: ignore[override]  # a path, as in the official client
        self, file: PathLike, *, options: UploadOptions | None = None
    ) -> FileMeta:
        """Upload a local file (multipart, in parallel); an identical file is not sent again."""
        from osparc_sdk_patches.api.files import upload_file as _upload

        path = Path(checked_path("upload_file", "file", file))
        return await _upload.aupload(self, path, options or _upload.UploadOptions())

    async def download_file(  # type: ignore[override]  # writes to disk instead of bytes
        self,
        file_id: UUID,
        destination: PathLike | None = None,
        *,
        options: DownloadOptions | None = None,
    ) -> Path:
        """Download a file into a directory (or to a file path); returns the path written."""
        from osparc_sdk_patches.api.files import download_file as _download

        return await _download.adownload(
            self,
            checked_uuid("download_file", "file_id", file_id),
            Path(checked_path("download_file", "destination", destination or ".")),
            options or _download.DownloadOptions(),
        )

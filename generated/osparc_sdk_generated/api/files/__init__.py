"""The `files` operations, one module each, and the classes that call
them: FilesApi (blocking) and AsyncFilesApi (awaitable), a method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from .. import OperationModule

if TYPE_CHECKING:
    from ...models.body_abort_multipart_upload import BodyAbortMultipartUpload
    from ...models.body_complete_multipart_upload import BodyCompleteMultipartUpload
    from ...models.body_upload_file import BodyUploadFile
    from ...models.client_file_upload_data import ClientFileUploadData
    from ...models.error_get import ErrorGet
    from ...models.file_meta import FileMeta
    from ...models.http_validation_error import HTTPValidationError
    from ...models.page_file import PageFile
    from ...models.user_file import UserFile
    from ...models.user_file_to_program_job import UserFileToProgramJob
    from . import (
        abort_multipart_upload,
        complete_multipart_upload,
        delete_file,
        download_file,
        get_file,
        get_upload_links,
        list_files,
        search_files_page,
        upload_file,
    )
else:
    abort_multipart_upload = OperationModule(__name__ + ".abort_multipart_upload")
    complete_multipart_upload = OperationModule(__name__ + ".complete_multipart_upload")
    delete_file = OperationModule(__name__ + ".delete_file")
    download_file = OperationModule(__name__ + ".download_file")
    get_file = OperationModule(__name__ + ".get_file")
    get_upload_links = OperationModule(__name__ + ".get_upload_links")
    list_files = OperationModule(__name__ + ".list_files")
    search_files_page = OperationModule(__name__ + ".search_files_page")
    upload_file = OperationModule(__name__ + ".upload_file")

__all__ = ["AsyncFilesApi", "FilesApi"]


class FilesApi:
    """Operations tagged `files` (blocking)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def abort_multipart_upload(
        self,
        file_id: UUID,
        *,
        body: BodyAbortMultipartUpload,
    ) -> Any:
        """Abort Multipart Upload

        Abandon a multipart upload and discard the parts received.

        Args:
            file_id (UUID):
            body (BodyAbortMultipartUpload):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = abort_multipart_upload.sync_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (abort_multipart_upload.ErrorGet, abort_multipart_upload.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def complete_multipart_upload(
        self,
        file_id: UUID,
        *,
        body: BodyCompleteMultipartUpload,
    ) -> FileMeta:
        """Complete Multipart Upload

        Join the uploaded parts into the file, checking its size and SHA-256 checksum.

        Args:
            file_id (UUID):
            body (BodyCompleteMultipartUpload):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = complete_multipart_upload.sync_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (complete_multipart_upload.ErrorGet, complete_multipart_upload.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def delete_file(
        self,
        file_id: UUID,
    ) -> Any:
        """Delete File

        Delete a file and its content.

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = delete_file.sync_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_file.ErrorGet, delete_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def download_file(
        self,
        file_id: UUID,
    ) -> bytes:
        """Download File

        Redirects to a short-lived link that serves the content (with HTTP Range support).

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            bytes
        """
        response = download_file.sync_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return response.content

    def get_file(
        self,
        file_id: UUID,
    ) -> FileMeta:
        """Get File

        One file's metadata.

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = get_file.sync_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_file.ErrorGet, get_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def get_upload_links(
        self,
        *,
        body: UserFile | UserFileToProgramJob,
    ) -> ClientFileUploadData:
        """Get Upload Links

        Open a multipart upload: one link per part, and the links to complete or abort it.

        With a UserFileToProgramJob the file goes into that program job's workspace, which must
        exist (404).

        Args:
            body (UserFile | UserFileToProgramJob):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ClientFileUploadData
        """
        response = get_upload_links.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_upload_links.ErrorGet, get_upload_links.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def list_files(
        self,
    ) -> list[FileMeta]:
        """List Files

        All the user's files (deprecated: use search_files_page).

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[FileMeta]
        """
        response = list_files.sync_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_files.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def search_files_page(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sha256_checksum: None | str | Unset = UNSET,
        file_id: None | Unset | UUID = UNSET,
    ) -> PageFile:
        """Search Files Page

        Find files by checksum or id, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            sha256_checksum (None | str | Unset):
            file_id (None | Unset | UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageFile
        """
        response = search_files_page.sync_detailed(
            limit=limit,
            offset=offset,
            sha256_checksum=sha256_checksum,
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (search_files_page.ErrorGet, search_files_page.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    def upload_file(
        self,
        *,
        body: BodyUploadFile,
    ) -> FileMeta:
        """Upload File

        Upload a file in one multipart/form-data request (field `file`).

        Args:
            body (BodyUploadFile):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = upload_file.sync_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (upload_file.ErrorGet, upload_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed


class AsyncFilesApi:
    """Operations tagged `files` (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def abort_multipart_upload(
        self,
        file_id: UUID,
        *,
        body: BodyAbortMultipartUpload,
    ) -> Any:
        """Abort Multipart Upload

        Abandon a multipart upload and discard the parts received.

        Args:
            file_id (UUID):
            body (BodyAbortMultipartUpload):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = await abort_multipart_upload.asyncio_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (abort_multipart_upload.ErrorGet, abort_multipart_upload.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def complete_multipart_upload(
        self,
        file_id: UUID,
        *,
        body: BodyCompleteMultipartUpload,
    ) -> FileMeta:
        """Complete Multipart Upload

        Join the uploaded parts into the file, checking its size and SHA-256 checksum.

        Args:
            file_id (UUID):
            body (BodyCompleteMultipartUpload):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = await complete_multipart_upload.asyncio_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(
            parsed, (complete_multipart_upload.ErrorGet, complete_multipart_upload.HTTPValidationError)
        ):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def delete_file(
        self,
        file_id: UUID,
    ) -> Any:
        """Delete File

        Delete a file and its content.

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            Any
        """
        response = await delete_file.asyncio_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if isinstance(parsed, (delete_file.ErrorGet, delete_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def download_file(
        self,
        file_id: UUID,
    ) -> bytes:
        """Download File

        Redirects to a short-lived link that serves the content (with HTTP Range support).

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            bytes
        """
        response = await download_file.asyncio_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return response.content

    async def get_file(
        self,
        file_id: UUID,
    ) -> FileMeta:
        """Get File

        One file's metadata.

        Args:
            file_id (UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = await get_file.asyncio_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_file.ErrorGet, get_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def get_upload_links(
        self,
        *,
        body: UserFile | UserFileToProgramJob,
    ) -> ClientFileUploadData:
        """Get Upload Links

        Open a multipart upload: one link per part, and the links to complete or abort it.

        With a UserFileToProgramJob the file goes into that program job's workspace, which must
        exist (404).

        Args:
            body (UserFile | UserFileToProgramJob):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            ClientFileUploadData
        """
        response = await get_upload_links.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (get_upload_links.ErrorGet, get_upload_links.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def list_files(
        self,
    ) -> list[FileMeta]:
        """List Files

        All the user's files (deprecated: use search_files_page).

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            list[FileMeta]
        """
        response = await list_files.asyncio_detailed(
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, list_files.ErrorGet):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def search_files_page(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sha256_checksum: None | str | Unset = UNSET,
        file_id: None | Unset | UUID = UNSET,
    ) -> PageFile:
        """Search Files Page

        Find files by checksum or id, a page at a time.

        Args:
            limit (int | Unset): Maximum number of items in the page Default: 20.
            offset (int | Unset): Index of the first item of the page Default: 0.
            sha256_checksum (None | str | Unset):
            file_id (None | Unset | UUID):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            PageFile
        """
        response = await search_files_page.asyncio_detailed(
            limit=limit,
            offset=offset,
            sha256_checksum=sha256_checksum,
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (search_files_page.ErrorGet, search_files_page.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

    async def upload_file(
        self,
        *,
        body: BodyUploadFile,
    ) -> FileMeta:
        """Upload File

        Upload a file in one multipart/form-data request (field `file`).

        Args:
            body (BodyUploadFile):

        Raises:
            errors.UnexpectedStatus: If the response is not one of the documented successes.

        Returns:
            FileMeta
        """
        response = await upload_file.asyncio_detailed(
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        if parsed is None or isinstance(parsed, (upload_file.ErrorGet, upload_file.HTTPValidationError)):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        return parsed

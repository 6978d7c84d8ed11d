"""Contains endpoint functions for accessing the API, and the classes FilesApi and AsyncFilesApi"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

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
        from .abort_multipart_upload import sync_detailed

        response = sync_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .complete_multipart_upload import sync_detailed

        response = sync_detailed(
            file_id=file_id,
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
        from .delete_file import sync_detailed

        response = sync_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .download_file import sync_detailed

        response = sync_detailed(
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
        from .get_file import sync_detailed

        response = sync_detailed(
            file_id=file_id,
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
        from .get_upload_links import sync_detailed

        response = sync_detailed(
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
        from .list_files import sync_detailed

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
        from .search_files_page import sync_detailed

        response = sync_detailed(
            limit=limit,
            offset=offset,
            sha256_checksum=sha256_checksum,
            file_id=file_id,
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
        from .upload_file import sync_detailed

        response = sync_detailed(
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
        from .abort_multipart_upload import asyncio_detailed

        response = await asyncio_detailed(
            file_id=file_id,
            body=body,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .complete_multipart_upload import asyncio_detailed

        response = await asyncio_detailed(
            file_id=file_id,
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
        from .delete_file import asyncio_detailed

        response = await asyncio_detailed(
            file_id=file_id,
            client=cast(AuthenticatedClient, self._client),
        )
        if not 200 <= response.status_code <= 299:
            raise errors.UnexpectedStatus(response.status_code, response.content)
        parsed = response.parsed
        from ...models.error_get import ErrorGet
        from ...models.http_validation_error import HTTPValidationError

        if isinstance(parsed, (ErrorGet, HTTPValidationError)):
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
        from .download_file import asyncio_detailed

        response = await asyncio_detailed(
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
        from .get_file import asyncio_detailed

        response = await asyncio_detailed(
            file_id=file_id,
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
        from .get_upload_links import asyncio_detailed

        response = await asyncio_detailed(
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
        from .list_files import asyncio_detailed

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
        from .search_files_page import asyncio_detailed

        response = await asyncio_detailed(
            limit=limit,
            offset=offset,
            sha256_checksum=sha256_checksum,
            file_id=file_id,
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
        from .upload_file import asyncio_detailed

        response = await asyncio_detailed(
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

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, Field

from osparc_platform_server.schemas.common import JsonInt
from osparc_platform_server.schemas.meta import SEMVER

SHA256 = r"^[a-fA-F0-9]{64}$"
DYNAMIC_SERVICE_KEY = r"^simcore/services/dynamic/([a-z0-9][a-z0-9_.-]*/)*([a-z0-9-_]+[a-z0-9])$"


class File(BaseModel):
    """A file stored on the platform."""

    id: UUID
    filename: str
    content_type: str | None = None
    checksum: str | None = Field(default=None, pattern=SHA256)
    e_tag: str | None = None


class UserFile(BaseModel):
    filename: str = Field(min_length=1)
    filesize: JsonInt = Field(ge=0)
    sha256_checksum: str = Field(pattern=SHA256)


class UserFileToProgramJob(BaseModel):
    filename: str = Field(min_length=1)
    filesize: JsonInt = Field(ge=0)
    sha256_checksum: str = Field(pattern=SHA256)
    program_key: str = Field(pattern=DYNAMIC_SERVICE_KEY)
    program_version: str = Field(pattern=SEMVER)
    job_id: UUID
    workspace_path: str = Field(pattern=r"^workspace/")


ClientFile = UserFileToProgramJob | UserFile


class UploadLinks(BaseModel):
    abort_upload: str
    complete_upload: str


class FileUploadData(BaseModel):
    chunk_size: int = Field(ge=0)
    urls: list[str]
    links: UploadLinks


class ClientFileUploadData(BaseModel):
    file_id: UUID
    upload_schema: FileUploadData


class UploadedPart(BaseModel):
    number: JsonInt = Field(gt=0)
    e_tag: str


class FileUploadCompletionBody(BaseModel):
    parts: list[UploadedPart]

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserFileToProgramJob")


@_attrs_define
class UserFileToProgramJob:
    """
    Attributes:
        filename (str):
        filesize (int):
        job_id (UUID):
        program_key (str):
        program_version (str):
        sha256_checksum (str):
        workspace_path (str):
    """

    filename: str
    filesize: int
    job_id: UUID
    program_key: str
    program_version: str
    sha256_checksum: str
    workspace_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        filesize = self.filesize

        job_id = str(self.job_id)

        program_key = self.program_key

        program_version = self.program_version

        sha256_checksum = self.sha256_checksum

        workspace_path = self.workspace_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "filesize": filesize,
                "job_id": job_id,
                "program_key": program_key,
                "program_version": program_version,
                "sha256_checksum": sha256_checksum,
                "workspace_path": workspace_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        filesize = d.pop("filesize")

        job_id = UUID(d.pop("job_id"))

        program_key = d.pop("program_key")

        program_version = d.pop("program_version")

        sha256_checksum = d.pop("sha256_checksum")

        workspace_path = d.pop("workspace_path")

        user_file_to_program_job = cls(
            filename=filename,
            filesize=filesize,
            job_id=job_id,
            program_key=program_key,
            program_version=program_version,
            sha256_checksum=sha256_checksum,
            workspace_path=workspace_path,
        )

        user_file_to_program_job.additional_properties = d
        return user_file_to_program_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

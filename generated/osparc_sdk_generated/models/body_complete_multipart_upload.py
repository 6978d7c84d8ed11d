from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_upload_completion_body import FileUploadCompletionBody
    from ..models.user_file import UserFile
    from ..models.user_file_to_program_job import UserFileToProgramJob


T = TypeVar("T", bound="BodyCompleteMultipartUpload")


@_attrs_define
class BodyCompleteMultipartUpload:
    """
    Attributes:
        client_file (UserFile | UserFileToProgramJob):
        uploaded_parts (FileUploadCompletionBody):
    """

    client_file: UserFile | UserFileToProgramJob
    uploaded_parts: FileUploadCompletionBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_file_to_program_job import UserFileToProgramJob

        client_file: dict[str, Any]
        if isinstance(self.client_file, UserFileToProgramJob):
            client_file = self.client_file.to_dict()
        else:
            client_file = self.client_file.to_dict()

        uploaded_parts = self.uploaded_parts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_file": client_file,
                "uploaded_parts": uploaded_parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_upload_completion_body import FileUploadCompletionBody
        from ..models.user_file import UserFile
        from ..models.user_file_to_program_job import UserFileToProgramJob

        d = dict(src_dict)

        def _parse_client_file(data: object) -> UserFile | UserFileToProgramJob:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_file_type_0 = UserFileToProgramJob.from_dict(data)

                return client_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            client_file_type_1 = UserFile.from_dict(data)

            return client_file_type_1

        client_file = _parse_client_file(d.pop("client_file"))

        uploaded_parts = FileUploadCompletionBody.from_dict(d.pop("uploaded_parts"))

        body_complete_multipart_upload = cls(
            client_file=client_file,
            uploaded_parts=uploaded_parts,
        )

        body_complete_multipart_upload.additional_properties = d
        return body_complete_multipart_upload

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_upload_data import FileUploadData


T = TypeVar("T", bound="ClientFileUploadData")


@_attrs_define
class ClientFileUploadData:
    """
    Attributes:
        file_id (UUID):
        upload_schema (FileUploadData):
    """

    file_id: UUID
    upload_schema: FileUploadData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = str(self.file_id)

        upload_schema = self.upload_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "upload_schema": upload_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_upload_data import FileUploadData

        d = dict(src_dict)
        file_id = UUID(d.pop("file_id"))

        upload_schema = FileUploadData.from_dict(d.pop("upload_schema"))

        client_file_upload_data = cls(
            file_id=file_id,
            upload_schema=upload_schema,
        )

        client_file_upload_data.additional_properties = d
        return client_file_upload_data

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

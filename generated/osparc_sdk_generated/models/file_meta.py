from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="FileMeta")


@_attrs_define
class FileMeta:
    """A file stored on the platform.

    Attributes:
        filename (str):
        id (UUID):
        checksum (None | str | Unset):
        content_type (None | str | Unset):
        e_tag (None | str | Unset):
    """

    filename: str
    id: UUID
    checksum: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    e_tag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        id = str(self.id)

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        e_tag: None | str | Unset
        if isinstance(self.e_tag, Unset):
            e_tag = UNSET
        else:
            e_tag = self.e_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "id": id,
            }
        )
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if e_tag is not UNSET:
            field_dict["e_tag"] = e_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        id = UUID(d.pop("id"))

        checksum = d.pop("checksum", UNSET)

        content_type = d.pop("content_type", UNSET)

        e_tag = d.pop("e_tag", UNSET)

        file_meta = cls(
            filename=filename,
            id=id,
            checksum=checksum,
            content_type=content_type,
            e_tag=e_tag,
        )

        file_meta.additional_properties = d
        return file_meta

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

    def __repr__(self) -> str:
        return short_repr(self, "filename", "id")

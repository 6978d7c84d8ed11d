from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="UserFile")


@_attrs_define
class UserFile:
    """
    Attributes:
        filename (str):
        filesize (int):
        sha256_checksum (str):
    """

    filename: str
    filesize: int
    sha256_checksum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        filesize = self.filesize

        sha256_checksum = self.sha256_checksum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "filesize": filesize,
                "sha256_checksum": sha256_checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        filesize = d.pop("filesize")

        sha256_checksum = d.pop("sha256_checksum")

        user_file = cls(
            filename=filename,
            filesize=filesize,
            sha256_checksum=sha256_checksum,
        )

        user_file.additional_properties = d
        return user_file

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
        return short_repr(self, "filename", "filesize")

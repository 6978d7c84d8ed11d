from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_links import UploadLinks


T = TypeVar("T", bound="FileUploadData")


@_attrs_define
class FileUploadData:
    """
    Attributes:
        chunk_size (int):
        links (UploadLinks):
        urls (list[str]):
    """

    chunk_size: int
    links: UploadLinks
    urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk_size = self.chunk_size

        links = self.links.to_dict()

        urls = self.urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunk_size": chunk_size,
                "links": links,
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_links import UploadLinks

        d = dict(src_dict)
        chunk_size = d.pop("chunk_size")

        links = UploadLinks.from_dict(d.pop("links"))

        urls = cast(list[str], d.pop("urls"))

        file_upload_data = cls(
            chunk_size=chunk_size,
            links=links,
            urls=urls,
        )

        file_upload_data.additional_properties = d
        return file_upload_data

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

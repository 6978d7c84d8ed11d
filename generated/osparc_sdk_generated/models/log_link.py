from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="LogLink")


@_attrs_define
class LogLink:
    """
    Attributes:
        download_link (str):
        node_name (str):
    """

    download_link: str
    node_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_link = self.download_link

        node_name = self.node_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_link": download_link,
                "node_name": node_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        download_link = d.pop("download_link")

        node_name = d.pop("node_name")

        log_link = cls(
            download_link=download_link,
            node_name=node_name,
        )

        log_link.additional_properties = d
        return log_link

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
        return short_repr(self, "node_name")

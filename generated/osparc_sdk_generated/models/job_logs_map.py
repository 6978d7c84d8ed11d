from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.log_link import LogLink


T = TypeVar("T", bound="JobLogsMap")


@_attrs_define
class JobLogsMap:
    """
    Attributes:
        log_links (list[LogLink]):
    """

    log_links: list[LogLink]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_links = []
        for log_links_item_data in self.log_links:
            log_links_item = log_links_item_data.to_dict()
            log_links.append(log_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_links": log_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_link import LogLink

        d = dict(src_dict)
        log_links = []
        _log_links = d.pop("log_links")
        for log_links_item_data in _log_links:
            log_links_item = LogLink.from_dict(log_links_item_data)

            log_links.append(log_links_item)

        job_logs_map = cls(
            log_links=log_links,
        )

        job_logs_map.additional_properties = d
        return job_logs_map

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

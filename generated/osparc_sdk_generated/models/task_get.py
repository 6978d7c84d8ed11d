from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGet")


@_attrs_define
class TaskGet:
    """
    Attributes:
        abort_href (str):
        status_href (str):
        task_id (str):
        result_href (None | str | Unset):
        stream_href (None | str | Unset):
        task_name (str | Unset):
    """

    abort_href: str
    status_href: str
    task_id: str
    result_href: None | str | Unset = UNSET
    stream_href: None | str | Unset = UNSET
    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abort_href = self.abort_href

        status_href = self.status_href

        task_id = self.task_id

        result_href: None | str | Unset
        if isinstance(self.result_href, Unset):
            result_href = UNSET
        else:
            result_href = self.result_href

        stream_href: None | str | Unset
        if isinstance(self.stream_href, Unset):
            stream_href = UNSET
        else:
            stream_href = self.stream_href

        task_name = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abort_href": abort_href,
                "status_href": status_href,
                "task_id": task_id,
            }
        )
        if result_href is not UNSET:
            field_dict["result_href"] = result_href
        if stream_href is not UNSET:
            field_dict["stream_href"] = stream_href
        if task_name is not UNSET:
            field_dict["task_name"] = task_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        abort_href = d.pop("abort_href")

        status_href = d.pop("status_href")

        task_id = d.pop("task_id")

        result_href = d.pop("result_href", UNSET)

        stream_href = d.pop("stream_href", UNSET)

        task_name = d.pop("task_name", UNSET)

        task_get = cls(
            abort_href=abort_href,
            status_href=status_href,
            task_id=task_id,
            result_href=result_href,
            stream_href=stream_href,
            task_name=task_name,
        )

        task_get.additional_properties = d
        return task_get

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

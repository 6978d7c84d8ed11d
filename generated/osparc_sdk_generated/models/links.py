from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """
    Attributes:
        first (None | str):
        last (None | str):
        next_ (None | str):
        prev (None | str):
        self_ (None | str):
    """

    first: None | str
    last: None | str
    next_: None | str
    prev: None | str
    self_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first: None | str
        first = self.first

        last: None | str
        last = self.last

        next_: None | str
        next_ = self.next_

        prev: None | str
        prev = self.prev

        self_: None | str
        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first": first,
                "last": last,
                "next": next_,
                "prev": prev,
                "self": self_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        first = d.pop("first")

        last = d.pop("last")

        next_ = d.pop("next")

        prev = d.pop("prev")

        self_ = d.pop("self")

        links = cls(
            first=first,
            last=last,
            next_=next_,
            prev=prev,
            self_=self_,
        )

        links.additional_properties = d
        return links

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

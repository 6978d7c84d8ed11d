from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorGet")


@_attrs_define
class ErrorGet:
    """
    Attributes:
        errors (list[Any]):
        support_id (None | str | Unset):
    """

    errors: list[Any]
    support_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        support_id: None | str | Unset
        if isinstance(self.support_id, Unset):
            support_id = UNSET
        else:
            support_id = self.support_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if support_id is not UNSET:
            field_dict["support_id"] = support_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        errors = cast(list[Any], d.pop("errors"))

        support_id = d.pop("support_id", UNSET)

        error_get = cls(
            errors=errors,
            support_id=support_id,
        )

        error_get.additional_properties = d
        return error_get

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

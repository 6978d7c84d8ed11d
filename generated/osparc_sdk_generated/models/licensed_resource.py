from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.licensed_resource_source import LicensedResourceSource


T = TypeVar("T", bound="LicensedResource")


@_attrs_define
class LicensedResource:
    """
    Attributes:
        category_display (str):
        category_id (str):
        source (LicensedResourceSource):
        terms_of_use_url (None | str):
    """

    category_display: str
    category_id: str
    source: LicensedResourceSource
    terms_of_use_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_display = self.category_display

        category_id = self.category_id

        source = self.source.to_dict()

        terms_of_use_url: None | str
        terms_of_use_url = self.terms_of_use_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_display": category_display,
                "category_id": category_id,
                "source": source,
                "terms_of_use_url": terms_of_use_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensed_resource_source import LicensedResourceSource

        d = dict(src_dict)
        category_display = d.pop("category_display")

        category_id = d.pop("category_id")

        source = LicensedResourceSource.from_dict(d.pop("source"))

        terms_of_use_url = d.pop("terms_of_use_url")

        licensed_resource = cls(
            category_display=category_display,
            category_id=category_id,
            source=source,
            terms_of_use_url=terms_of_use_url,
        )

        licensed_resource.additional_properties = d
        return licensed_resource

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

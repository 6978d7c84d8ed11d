from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.licensed_resource_source_protection import LicensedResourceSourceProtection

if TYPE_CHECKING:
    from ..models.licensed_resource_source_features_dict import LicensedResourceSourceFeaturesDict


T = TypeVar("T", bound="LicensedResourceSource")


@_attrs_define
class LicensedResourceSource:
    """
    Attributes:
        available_from_url (None | str):
        description (str):
        doi (None | str):
        features (LicensedResourceSourceFeaturesDict):
        id (int):
        license_key (str):
        license_version (str):
        protection (LicensedResourceSourceProtection):
        thumbnail (str):
    """

    available_from_url: None | str
    description: str
    doi: None | str
    features: LicensedResourceSourceFeaturesDict
    id: int
    license_key: str
    license_version: str
    protection: LicensedResourceSourceProtection
    thumbnail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_from_url: None | str
        available_from_url = self.available_from_url

        description = self.description

        doi: None | str
        doi = self.doi

        features = self.features.to_dict()

        id = self.id

        license_key = self.license_key

        license_version = self.license_version

        protection = self.protection.value

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_from_url": available_from_url,
                "description": description,
                "doi": doi,
                "features": features,
                "id": id,
                "license_key": license_key,
                "license_version": license_version,
                "protection": protection,
                "thumbnail": thumbnail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensed_resource_source_features_dict import LicensedResourceSourceFeaturesDict

        d = dict(src_dict)

        available_from_url = d.pop("available_from_url")

        description = d.pop("description")

        doi = d.pop("doi")

        features = LicensedResourceSourceFeaturesDict.from_dict(d.pop("features"))

        id = d.pop("id")

        license_key = d.pop("license_key")

        license_version = d.pop("license_version")

        protection = LicensedResourceSourceProtection(d.pop("protection"))

        thumbnail = d.pop("thumbnail")

        licensed_resource_source = cls(
            available_from_url=available_from_url,
            description=description,
            doi=doi,
            features=features,
            id=id,
            license_key=license_key,
            license_version=license_version,
            protection=protection,
            thumbnail=thumbnail,
        )

        licensed_resource_source.additional_properties = d
        return licensed_resource_source

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

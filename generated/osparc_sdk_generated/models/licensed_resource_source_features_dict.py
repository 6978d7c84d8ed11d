from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicensedResourceSourceFeaturesDict")


@_attrs_define
class LicensedResourceSourceFeaturesDict:
    """
    Attributes:
        date (datetime.date):
        age (None | str | Unset):
        ethnicity (None | str | Unset):
        functionality (None | str | Unset):
        height (None | str | Unset):
        name (None | str | Unset):
        sex (None | str | Unset):
        species (None | str | Unset):
        version (None | str | Unset):
        weight (None | str | Unset):
    """

    date: datetime.date
    age: None | str | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    functionality: None | str | Unset = UNSET
    height: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    sex: None | str | Unset = UNSET
    species: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    weight: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        age: None | str | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        functionality: None | str | Unset
        if isinstance(self.functionality, Unset):
            functionality = UNSET
        else:
            functionality = self.functionality

        height: None | str | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        species: None | str | Unset
        if isinstance(self.species, Unset):
            species = UNSET
        else:
            species = self.species

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if age is not UNSET:
            field_dict["age"] = age
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if functionality is not UNSET:
            field_dict["functionality"] = functionality
        if height is not UNSET:
            field_dict["height"] = height
        if name is not UNSET:
            field_dict["name"] = name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if species is not UNSET:
            field_dict["species"] = species
        if version is not UNSET:
            field_dict["version"] = version
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        age = d.pop("age", UNSET)

        ethnicity = d.pop("ethnicity", UNSET)

        functionality = d.pop("functionality", UNSET)

        height = d.pop("height", UNSET)

        name = d.pop("name", UNSET)

        sex = d.pop("sex", UNSET)

        species = d.pop("species", UNSET)

        version = d.pop("version", UNSET)

        weight = d.pop("weight", UNSET)

        licensed_resource_source_features_dict = cls(
            date=date,
            age=age,
            ethnicity=ethnicity,
            functionality=functionality,
            height=height,
            name=name,
            sex=sex,
            species=species,
            version=version,
            weight=weight,
        )

        licensed_resource_source_features_dict.additional_properties = d
        return licensed_resource_source_features_dict

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

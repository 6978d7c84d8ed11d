from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="Solver")


@_attrs_define
class Solver:
    """A computational service (a release of it) that runs jobs.

    Attributes:
        id (str):
        maintainer (str):
        title (str):
        url (None | str):
        version (str):
        description (None | str | Unset):
        version_display (None | str | Unset):
    """

    id: str
    maintainer: str
    title: str
    url: None | str
    version: str
    description: None | str | Unset = UNSET
    version_display: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        maintainer = self.maintainer

        title = self.title

        url: None | str
        url = self.url

        version = self.version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        version_display: None | str | Unset
        if isinstance(self.version_display, Unset):
            version_display = UNSET
        else:
            version_display = self.version_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "maintainer": maintainer,
                "title": title,
                "url": url,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if version_display is not UNSET:
            field_dict["version_display"] = version_display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        maintainer = d.pop("maintainer")

        title = d.pop("title")

        url = d.pop("url")

        version = d.pop("version")

        description = d.pop("description", UNSET)

        version_display = d.pop("version_display", UNSET)

        solver = cls(
            id=id,
            maintainer=maintainer,
            title=title,
            url=url,
            version=version,
            description=description,
            version_display=version_display,
        )

        solver.additional_properties = d
        return solver

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
        return short_repr(self, "id", "version")

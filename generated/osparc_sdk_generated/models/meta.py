from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, short_repr

if TYPE_CHECKING:
    from ..models.meta_released_type_0 import MetaReleasedType0


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """
    Attributes:
        docs_dev_url (str):
        docs_url (str):
        name (str):
        version (str):
        released (MetaReleasedType0 | None | Unset):
    """

    docs_dev_url: str
    docs_url: str
    name: str
    version: str
    released: MetaReleasedType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meta_released_type_0 import MetaReleasedType0

        docs_dev_url = self.docs_dev_url

        docs_url = self.docs_url

        name = self.name

        version = self.version

        released: dict[str, Any] | None | Unset
        if isinstance(self.released, Unset):
            released = UNSET
        elif isinstance(self.released, MetaReleasedType0):
            released = self.released.to_dict()
        else:
            released = self.released

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docs_dev_url": docs_dev_url,
                "docs_url": docs_url,
                "name": name,
                "version": version,
            }
        )
        if released is not UNSET:
            field_dict["released"] = released

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_released_type_0 import MetaReleasedType0

        d = dict(src_dict)
        docs_dev_url = d.pop("docs_dev_url")

        docs_url = d.pop("docs_url")

        name = d.pop("name")

        version = d.pop("version")

        def _parse_released(data: object) -> MetaReleasedType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                released_type_0 = MetaReleasedType0.from_dict(data)

                return released_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetaReleasedType0 | None | Unset, data)

        released = _parse_released(d.pop("released", UNSET))

        meta = cls(
            docs_dev_url=docs_dev_url,
            docs_url=docs_url,
            name=name,
            version=version,
            released=released,
        )

        meta.additional_properties = d
        return meta

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
        return short_repr(self, "name", "version")

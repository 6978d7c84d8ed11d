from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitExtraInfo")


@_attrs_define
class UnitExtraInfo:
    """
    Attributes:
        cpu (int):
        ram (int):
        vram (int):
    """

    cpu: int
    ram: int
    vram: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        ram = self.ram

        vram = self.vram

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CPU": cpu,
                "RAM": ram,
                "VRAM": vram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cpu = d.pop("CPU")

        ram = d.pop("RAM")

        vram = d.pop("VRAM")

        unit_extra_info = cls(
            cpu=cpu,
            ram=ram,
            vram=vram,
        )

        unit_extra_info.additional_properties = d
        return unit_extra_info

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

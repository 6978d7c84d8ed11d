from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_extra_info import UnitExtraInfo


T = TypeVar("T", bound="PricingUnitGetLegacy")


@_attrs_define
class PricingUnitGetLegacy:
    """
    Attributes:
        current_cost_per_unit (float):
        default (bool):
        pricing_unit_id (int):
        unit_extra_info (UnitExtraInfo):
        unit_name (str):
    """

    current_cost_per_unit: float
    default: bool
    pricing_unit_id: int
    unit_extra_info: UnitExtraInfo
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_cost_per_unit = self.current_cost_per_unit

        default = self.default

        pricing_unit_id = self.pricing_unit_id

        unit_extra_info = self.unit_extra_info.to_dict()

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentCostPerUnit": current_cost_per_unit,
                "default": default,
                "pricingUnitId": pricing_unit_id,
                "unitExtraInfo": unit_extra_info,
                "unitName": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unit_extra_info import UnitExtraInfo

        d = dict(src_dict)
        current_cost_per_unit = d.pop("currentCostPerUnit")

        default = d.pop("default")

        pricing_unit_id = d.pop("pricingUnitId")

        unit_extra_info = UnitExtraInfo.from_dict(d.pop("unitExtraInfo"))

        unit_name = d.pop("unitName")

        pricing_unit_get_legacy = cls(
            current_cost_per_unit=current_cost_per_unit,
            default=default,
            pricing_unit_id=pricing_unit_id,
            unit_extra_info=unit_extra_info,
            unit_name=unit_name,
        )

        pricing_unit_get_legacy.additional_properties = d
        return pricing_unit_get_legacy

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

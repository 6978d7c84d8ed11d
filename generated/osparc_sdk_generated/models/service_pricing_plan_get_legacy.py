from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_classification import PricingPlanClassification

if TYPE_CHECKING:
    from ..models.pricing_unit_get_legacy import PricingUnitGetLegacy


T = TypeVar("T", bound="ServicePricingPlanGetLegacy")


@_attrs_define
class ServicePricingPlanGetLegacy:
    """
    Attributes:
        classification (PricingPlanClassification):
        created_at (datetime.datetime):
        description (str):
        display_name (str):
        pricing_plan_id (int):
        pricing_plan_key (str):
        pricing_units (list[PricingUnitGetLegacy]):
    """

    classification: PricingPlanClassification
    created_at: datetime.datetime
    description: str
    display_name: str
    pricing_plan_id: int
    pricing_plan_key: str
    pricing_units: list[PricingUnitGetLegacy]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classification = self.classification.value

        created_at = self.created_at.isoformat()

        description = self.description

        display_name = self.display_name

        pricing_plan_id = self.pricing_plan_id

        pricing_plan_key = self.pricing_plan_key

        pricing_units = []
        for pricing_units_item_data in self.pricing_units:
            pricing_units_item = pricing_units_item_data.to_dict()
            pricing_units.append(pricing_units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classification": classification,
                "createdAt": created_at,
                "description": description,
                "displayName": display_name,
                "pricingPlanId": pricing_plan_id,
                "pricingPlanKey": pricing_plan_key,
                "pricingUnits": pricing_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_unit_get_legacy import PricingUnitGetLegacy

        d = dict(src_dict)
        classification = PricingPlanClassification(d.pop("classification"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        display_name = d.pop("displayName")

        pricing_plan_id = d.pop("pricingPlanId")

        pricing_plan_key = d.pop("pricingPlanKey")

        pricing_units = []
        _pricing_units = d.pop("pricingUnits")
        for pricing_units_item_data in _pricing_units:
            pricing_units_item = PricingUnitGetLegacy.from_dict(pricing_units_item_data)

            pricing_units.append(pricing_units_item)

        service_pricing_plan_get_legacy = cls(
            classification=classification,
            created_at=created_at,
            description=description,
            display_name=display_name,
            pricing_plan_id=pricing_plan_id,
            pricing_plan_key=pricing_plan_key,
            pricing_units=pricing_units,
        )

        service_pricing_plan_get_legacy.additional_properties = d
        return service_pricing_plan_get_legacy

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LicensedItemCheckoutData")


@_attrs_define
class LicensedItemCheckoutData:
    """
    Attributes:
        number_of_seats (int):
        service_run_id (str): The id of a running service (a program job)
    """

    number_of_seats: int
    service_run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_seats = self.number_of_seats

        service_run_id = self.service_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number_of_seats": number_of_seats,
                "service_run_id": service_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number_of_seats = d.pop("number_of_seats")

        service_run_id = d.pop("service_run_id")

        licensed_item_checkout_data = cls(
            number_of_seats=number_of_seats,
            service_run_id=service_run_id,
        )

        licensed_item_checkout_data.additional_properties = d
        return licensed_item_checkout_data

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

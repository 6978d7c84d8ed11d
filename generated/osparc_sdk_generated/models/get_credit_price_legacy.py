from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCreditPriceLegacy")


@_attrs_define
class GetCreditPriceLegacy:
    """
    Attributes:
        min_payment_amount_usd (int | None):
        product_name (str):
        usd_per_credit (float | None):
    """

    min_payment_amount_usd: int | None
    product_name: str
    usd_per_credit: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_payment_amount_usd: int | None
        min_payment_amount_usd = self.min_payment_amount_usd

        product_name = self.product_name

        usd_per_credit: float | None
        usd_per_credit = self.usd_per_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minPaymentAmountUsd": min_payment_amount_usd,
                "productName": product_name,
                "usdPerCredit": usd_per_credit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        min_payment_amount_usd = d.pop("minPaymentAmountUsd")

        product_name = d.pop("productName")

        usd_per_credit = d.pop("usdPerCredit")

        get_credit_price_legacy = cls(
            min_payment_amount_usd=min_payment_amount_usd,
            product_name=product_name,
            usd_per_credit=usd_per_credit,
        )

        get_credit_price_legacy.additional_properties = d
        return get_credit_price_legacy

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LicensedItemCheckoutGet")


@_attrs_define
class LicensedItemCheckoutGet:
    """
    Attributes:
        key (str):
        licensed_item_checkout_id (UUID):
        licensed_item_id (UUID):
        num_of_seats (int):
        product_name (str):
        started_at (datetime.datetime):
        stopped_at (datetime.datetime | None):
        user_id (int):
        version (str):
        wallet_id (int):
    """

    key: str
    licensed_item_checkout_id: UUID
    licensed_item_id: UUID
    num_of_seats: int
    product_name: str
    started_at: datetime.datetime
    stopped_at: datetime.datetime | None
    user_id: int
    version: str
    wallet_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        licensed_item_checkout_id = str(self.licensed_item_checkout_id)

        licensed_item_id = str(self.licensed_item_id)

        num_of_seats = self.num_of_seats

        product_name = self.product_name

        started_at = self.started_at.isoformat()

        stopped_at: None | str
        if isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        user_id = self.user_id

        version = self.version

        wallet_id = self.wallet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "licensed_item_checkout_id": licensed_item_checkout_id,
                "licensed_item_id": licensed_item_id,
                "num_of_seats": num_of_seats,
                "product_name": product_name,
                "started_at": started_at,
                "stopped_at": stopped_at,
                "user_id": user_id,
                "version": version,
                "wallet_id": wallet_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        licensed_item_checkout_id = UUID(d.pop("licensed_item_checkout_id"))

        licensed_item_id = UUID(d.pop("licensed_item_id"))

        num_of_seats = d.pop("num_of_seats")

        product_name = d.pop("product_name")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_stopped_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at"))

        user_id = d.pop("user_id")

        version = d.pop("version")

        wallet_id = d.pop("wallet_id")

        licensed_item_checkout_get = cls(
            key=key,
            licensed_item_checkout_id=licensed_item_checkout_id,
            licensed_item_id=licensed_item_id,
            num_of_seats=num_of_seats,
            product_name=product_name,
            started_at=started_at,
            stopped_at=stopped_at,
            user_id=user_id,
            version=version,
            wallet_id=wallet_id,
        )

        licensed_item_checkout_get.additional_properties = d
        return licensed_item_checkout_get

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_status import WalletStatus
from ..types import UNSET, Unset, short_repr

T = TypeVar("T", bound="WalletGetWithAvailableCreditsLegacy")


@_attrs_define
class WalletGetWithAvailableCreditsLegacy:
    """
    Attributes:
        available_credits (float):
        created (datetime.datetime):
        modified (datetime.datetime):
        name (str):
        owner (int):
        status (WalletStatus):
        wallet_id (int):
        description (None | str | Unset):
        thumbnail (None | str | Unset):
    """

    available_credits: float
    created: datetime.datetime
    modified: datetime.datetime
    name: str
    owner: int
    status: WalletStatus
    wallet_id: int
    description: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_credits = self.available_credits

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        name = self.name

        owner = self.owner

        status = self.status.value

        wallet_id = self.wallet_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableCredits": available_credits,
                "created": created,
                "modified": modified,
                "name": name,
                "owner": owner,
                "status": status,
                "walletId": wallet_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        available_credits = d.pop("availableCredits")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        name = d.pop("name")

        owner = d.pop("owner")

        status = WalletStatus(d.pop("status"))

        wallet_id = d.pop("walletId")

        description = d.pop("description", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        wallet_get_with_available_credits_legacy = cls(
            available_credits=available_credits,
            created=created,
            modified=modified,
            name=name,
            owner=owner,
            status=status,
            wallet_id=wallet_id,
            description=description,
            thumbnail=thumbnail,
        )

        wallet_get_with_available_credits_legacy.additional_properties = d
        return wallet_get_with_available_credits_legacy

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
        return short_repr(self, "wallet_id", "name", "available_credits")

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.licensed_resource_type import LicensedResourceType

if TYPE_CHECKING:
    from ..models.licensed_resource import LicensedResource


T = TypeVar("T", bound="LicensedItemGet")


@_attrs_define
class LicensedItemGet:
    """
    Attributes:
        created_at (datetime.datetime):
        display_name (str):
        is_hidden_on_market (bool):
        key (str):
        licensed_item_id (UUID):
        licensed_resource_type (LicensedResourceType):
        licensed_resources (list[LicensedResource]):
        modified_at (datetime.datetime):
        pricing_plan_id (int):
        version (str):
    """

    created_at: datetime.datetime
    display_name: str
    is_hidden_on_market: bool
    key: str
    licensed_item_id: UUID
    licensed_resource_type: LicensedResourceType
    licensed_resources: list[LicensedResource]
    modified_at: datetime.datetime
    pricing_plan_id: int
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        is_hidden_on_market = self.is_hidden_on_market

        key = self.key

        licensed_item_id = str(self.licensed_item_id)

        licensed_resource_type = self.licensed_resource_type.value

        licensed_resources = []
        for licensed_resources_item_data in self.licensed_resources:
            licensed_resources_item = licensed_resources_item_data.to_dict()
            licensed_resources.append(licensed_resources_item)

        modified_at = self.modified_at.isoformat()

        pricing_plan_id = self.pricing_plan_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "is_hidden_on_market": is_hidden_on_market,
                "key": key,
                "licensed_item_id": licensed_item_id,
                "licensed_resource_type": licensed_resource_type,
                "licensed_resources": licensed_resources,
                "modified_at": modified_at,
                "pricing_plan_id": pricing_plan_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensed_resource import LicensedResource

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        is_hidden_on_market = d.pop("is_hidden_on_market")

        key = d.pop("key")

        licensed_item_id = UUID(d.pop("licensed_item_id"))

        licensed_resource_type = LicensedResourceType(d.pop("licensed_resource_type"))

        licensed_resources = []
        _licensed_resources = d.pop("licensed_resources")
        for licensed_resources_item_data in _licensed_resources:
            licensed_resources_item = LicensedResource.from_dict(licensed_resources_item_data)

            licensed_resources.append(licensed_resources_item)

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        pricing_plan_id = d.pop("pricing_plan_id")

        version = d.pop("version")

        licensed_item_get = cls(
            created_at=created_at,
            display_name=display_name,
            is_hidden_on_market=is_hidden_on_market,
            key=key,
            licensed_item_id=licensed_item_id,
            licensed_resource_type=licensed_resource_type,
            licensed_resources=licensed_resources,
            modified_at=modified_at,
            pricing_plan_id=pricing_plan_id,
            version=version,
        )

        licensed_item_get.additional_properties = d
        return licensed_item_get

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

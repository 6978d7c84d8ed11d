from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        inputs_checksum (str):
        name (str):
        outputs_url (None | str):
        runner_name (str):
        runner_url (None | str):
        url (None | str):
    """

    created_at: datetime.datetime
    id: UUID
    inputs_checksum: str
    name: str
    outputs_url: None | str
    runner_name: str
    runner_url: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        inputs_checksum = self.inputs_checksum

        name = self.name

        outputs_url: None | str
        outputs_url = self.outputs_url

        runner_name = self.runner_name

        runner_url: None | str
        runner_url = self.runner_url

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "inputs_checksum": inputs_checksum,
                "name": name,
                "outputs_url": outputs_url,
                "runner_name": runner_name,
                "runner_url": runner_url,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        inputs_checksum = d.pop("inputs_checksum")

        name = d.pop("name")

        outputs_url = d.pop("outputs_url")

        runner_name = d.pop("runner_name")

        runner_url = d.pop("runner_url")

        url = d.pop("url")

        job = cls(
            created_at=created_at,
            id=id,
            inputs_checksum=inputs_checksum,
            name=name,
            outputs_url=outputs_url,
            runner_name=runner_name,
            runner_url=runner_url,
            url=url,
        )

        job.additional_properties = d
        return job

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
        return short_repr(self, "id", "name")

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_metadata_update_metadata import JobMetadataUpdateMetadata


T = TypeVar("T", bound="JobMetadataUpdate")


@_attrs_define
class JobMetadataUpdate:
    """
    Attributes:
        metadata (JobMetadataUpdateMetadata | Unset):
    """

    metadata: JobMetadataUpdateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_metadata_update_metadata import JobMetadataUpdateMetadata

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: JobMetadataUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JobMetadataUpdateMetadata.from_dict(_metadata)

        job_metadata_update = cls(
            metadata=metadata,
        )

        job_metadata_update.additional_properties = d
        return job_metadata_update

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_encryption_inputs_input_port_to_file_id import JobEncryptionInputsInputPortToFileId


T = TypeVar("T", bound="JobEncryptionInputs")


@_attrs_define
class JobEncryptionInputs:
    """
    Attributes:
        root_key (str):
        input_port_to_file_id (JobEncryptionInputsInputPortToFileId | Unset):
    """

    root_key: str
    input_port_to_file_id: JobEncryptionInputsInputPortToFileId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_key = self.root_key

        input_port_to_file_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_port_to_file_id, Unset):
            input_port_to_file_id = self.input_port_to_file_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "root_key": root_key,
            }
        )
        if input_port_to_file_id is not UNSET:
            field_dict["input_port_to_file_id"] = input_port_to_file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_encryption_inputs_input_port_to_file_id import JobEncryptionInputsInputPortToFileId

        d = dict(src_dict)
        root_key = d.pop("root_key")

        _input_port_to_file_id = d.pop("input_port_to_file_id", UNSET)
        input_port_to_file_id: JobEncryptionInputsInputPortToFileId | Unset
        if isinstance(_input_port_to_file_id, Unset):
            input_port_to_file_id = UNSET
        else:
            input_port_to_file_id = JobEncryptionInputsInputPortToFileId.from_dict(_input_port_to_file_id)

        job_encryption_inputs = cls(
            root_key=root_key,
            input_port_to_file_id=input_port_to_file_id,
        )

        job_encryption_inputs.additional_properties = d
        return job_encryption_inputs

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_request_metadata_type_0 import CreateResponseRequestMetadataType0
    from ..models.input_message import InputMessage


T = TypeVar("T", bound="CreateResponseRequest")


@_attrs_define
class CreateResponseRequest:
    """
    Attributes:
        background (bool):
        input_ (list[InputMessage]):
        model (Any):
        temperature (float):
        metadata (CreateResponseRequestMetadataType0 | None | Unset):
    """

    background: bool
    input_: list[InputMessage]
    model: Any
    temperature: float
    metadata: CreateResponseRequestMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_response_request_metadata_type_0 import CreateResponseRequestMetadataType0

        background = self.background

        input_ = []
        for input_item_data in self.input_:
            input_item = input_item_data.to_dict()
            input_.append(input_item)

        model = self.model

        temperature = self.temperature

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateResponseRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "background": background,
                "input": input_,
                "model": model,
                "temperature": temperature,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_request_metadata_type_0 import CreateResponseRequestMetadataType0
        from ..models.input_message import InputMessage

        d = dict(src_dict)
        background = d.pop("background")

        input_ = []
        _input_ = d.pop("input")
        for input_item_data in _input_:
            input_item = InputMessage.from_dict(input_item_data)

            input_.append(input_item)

        model = d.pop("model")

        temperature = d.pop("temperature")

        def _parse_metadata(data: object) -> CreateResponseRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateResponseRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        create_response_request = cls(
            background=background,
            input_=input_,
            model=model,
            temperature=temperature,
            metadata=metadata,
        )

        create_response_request.additional_properties = d
        return create_response_request

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

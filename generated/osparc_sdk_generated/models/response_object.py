from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_object_type import ResponseObjectType
from ..models.response_status import ResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_message import OutputMessage
    from ..models.response_object_error_type_0 import ResponseObjectErrorType0


T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject:
    """
    Attributes:
        id (str):
        background (bool | None | Unset):
        error (None | ResponseObjectErrorType0 | Unset):
        model (None | str | Unset):
        object_ (ResponseObjectType | Unset):
        output (list[OutputMessage] | None | Unset):
        status (ResponseStatus | Unset):
    """

    id: str
    background: bool | None | Unset = UNSET
    error: None | ResponseObjectErrorType0 | Unset = UNSET
    model: None | str | Unset = UNSET
    object_: ResponseObjectType | Unset = UNSET
    output: list[OutputMessage] | None | Unset = UNSET
    status: ResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_object_error_type_0 import ResponseObjectErrorType0

        id = self.id

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseObjectErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        output: list[dict[str, Any]] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item = output_type_0_item_data.to_dict()
                output.append(output_type_0_item)

        else:
            output = self.output

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if error is not UNSET:
            field_dict["error"] = error
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_message import OutputMessage
        from ..models.response_object_error_type_0 import ResponseObjectErrorType0

        d = dict(src_dict)
        id = d.pop("id")

        background = d.pop("background", UNSET)

        def _parse_error(data: object) -> None | ResponseObjectErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponseObjectErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseObjectErrorType0 | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        model = d.pop("model", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: ResponseObjectType | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ResponseObjectType(_object_)

        def _parse_output(data: object) -> list[OutputMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = OutputMessage.from_dict(output_type_0_item_data)

                    output_type_0.append(output_type_0_item)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutputMessage] | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        _status = d.pop("status", UNSET)
        status: ResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponseStatus(_status)

        response_object = cls(
            id=id,
            background=background,
            error=error,
            model=model,
            object_=object_,
            output=output,
            status=status,
        )

        response_object.additional_properties = d
        return response_object

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

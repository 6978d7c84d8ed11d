from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_message_status import OutputMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_text_content import OutputTextContent


T = TypeVar("T", bound="OutputMessage")


@_attrs_define
class OutputMessage:
    """
    Attributes:
        content (list[OutputTextContent]):
        id (str):
        status (OutputMessageStatus):
        role (Literal['assistant'] | Unset):  Default: 'assistant'.
        type_ (Literal['message'] | Unset):  Default: 'message'.
    """

    content: list[OutputTextContent]
    id: str
    status: OutputMessageStatus
    role: Literal["assistant"] | Unset = "assistant"
    type_: Literal["message"] | Unset = "message"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        id = self.id

        status = self.status.value

        role = self.role

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "status": status,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.output_text_content import OutputTextContent

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = OutputTextContent.from_dict(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        status = OutputMessageStatus(d.pop("status"))

        role = cast(Literal["assistant"] | Unset, d.pop("role", UNSET))
        if role != "assistant" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        type_ = cast(Literal["message"] | Unset, d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        output_message = cls(
            content=content,
            id=id,
            status=status,
            role=role,
            type_=type_,
        )

        output_message.additional_properties = d
        return output_message

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

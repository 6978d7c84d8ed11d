from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_function_output_schema_schema_content import JSONFunctionOutputSchemaSchemaContent


T = TypeVar("T", bound="JSONFunctionOutputSchema")


@_attrs_define
class JSONFunctionOutputSchema:
    """
    Attributes:
        schema_class (Literal['application/schema+json'] | Unset):  Default: 'application/schema+json'.
        schema_content (JSONFunctionOutputSchemaSchemaContent | Unset): A JSON Schema document for the outputs
    """

    schema_class: Literal["application/schema+json"] | Unset = "application/schema+json"
    schema_content: JSONFunctionOutputSchemaSchemaContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_class = self.schema_class

        schema_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema_content, Unset):
            schema_content = self.schema_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_class is not UNSET:
            field_dict["schema_class"] = schema_class
        if schema_content is not UNSET:
            field_dict["schema_content"] = schema_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_function_output_schema_schema_content import JSONFunctionOutputSchemaSchemaContent

        d = dict(src_dict)
        schema_class = cast(Literal["application/schema+json"] | Unset, d.pop("schema_class", UNSET))
        if schema_class != "application/schema+json" and not isinstance(schema_class, Unset):
            raise ValueError(f"schema_class must match const 'application/schema+json', got '{schema_class}'")

        _schema_content = d.pop("schema_content", UNSET)
        schema_content: JSONFunctionOutputSchemaSchemaContent | Unset
        if isinstance(_schema_content, Unset):
            schema_content = UNSET
        else:
            schema_content = JSONFunctionOutputSchemaSchemaContent.from_dict(_schema_content)

        json_function_output_schema = cls(
            schema_class=schema_class,
            schema_content=schema_content,
        )

        json_function_output_schema.additional_properties = d
        return json_function_output_schema

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

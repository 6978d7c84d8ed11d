from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_function_input_schema import JSONFunctionInputSchema
    from ..models.json_function_output_schema import JSONFunctionOutputSchema
    from ..models.registered_project_function_default_inputs_type_0 import RegisteredProjectFunctionDefaultInputsType0


T = TypeVar("T", bound="RegisteredProjectFunction")


@_attrs_define
class RegisteredProjectFunction:
    """
    Attributes:
        created_at (datetime.datetime):
        default_inputs (None | RegisteredProjectFunctionDefaultInputsType0):
        function_class (Literal['PROJECT']):  Default: 'PROJECT'.
        input_schema (JSONFunctionInputSchema):
        modified_at (datetime.datetime):
        output_schema (JSONFunctionOutputSchema):
        project_id (UUID):
        uid (UUID):
        description (str | Unset):  Default: ''.
        title (str | Unset):  Default: ''.
    """

    created_at: datetime.datetime
    default_inputs: None | RegisteredProjectFunctionDefaultInputsType0
    input_schema: JSONFunctionInputSchema
    modified_at: datetime.datetime
    output_schema: JSONFunctionOutputSchema
    project_id: UUID
    uid: UUID
    function_class: Literal["PROJECT"] = "PROJECT"
    description: str | Unset = ""
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registered_project_function_default_inputs_type_0 import (
            RegisteredProjectFunctionDefaultInputsType0,
        )

        created_at = self.created_at.isoformat()

        default_inputs: dict[str, Any] | None
        if isinstance(self.default_inputs, RegisteredProjectFunctionDefaultInputsType0):
            default_inputs = self.default_inputs.to_dict()
        else:
            default_inputs = self.default_inputs

        function_class = self.function_class

        input_schema = self.input_schema.to_dict()

        modified_at = self.modified_at.isoformat()

        output_schema = self.output_schema.to_dict()

        project_id = str(self.project_id)

        uid = str(self.uid)

        description = self.description

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "default_inputs": default_inputs,
                "function_class": function_class,
                "input_schema": input_schema,
                "modified_at": modified_at,
                "output_schema": output_schema,
                "project_id": project_id,
                "uid": uid,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_function_input_schema import JSONFunctionInputSchema
        from ..models.json_function_output_schema import JSONFunctionOutputSchema
        from ..models.registered_project_function_default_inputs_type_0 import (
            RegisteredProjectFunctionDefaultInputsType0,
        )

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_default_inputs(data: object) -> None | RegisteredProjectFunctionDefaultInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_inputs_type_0 = RegisteredProjectFunctionDefaultInputsType0.from_dict(data)

                return default_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisteredProjectFunctionDefaultInputsType0, data)

        default_inputs = _parse_default_inputs(d.pop("default_inputs"))

        function_class = cast(Literal["PROJECT"], d.pop("function_class"))
        if function_class != "PROJECT":
            raise ValueError(f"function_class must match const 'PROJECT', got '{function_class}'")

        input_schema = JSONFunctionInputSchema.from_dict(d.pop("input_schema"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        output_schema = JSONFunctionOutputSchema.from_dict(d.pop("output_schema"))

        project_id = UUID(d.pop("project_id"))

        uid = UUID(d.pop("uid"))

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        registered_project_function = cls(
            created_at=created_at,
            default_inputs=default_inputs,
            function_class=function_class,
            input_schema=input_schema,
            modified_at=modified_at,
            output_schema=output_schema,
            project_id=project_id,
            uid=uid,
            description=description,
            title=title,
        )

        registered_project_function.additional_properties = d
        return registered_project_function

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

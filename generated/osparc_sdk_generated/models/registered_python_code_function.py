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
    from ..models.registered_python_code_function_default_inputs_type_0 import (
        RegisteredPythonCodeFunctionDefaultInputsType0,
    )


T = TypeVar("T", bound="RegisteredPythonCodeFunction")


@_attrs_define
class RegisteredPythonCodeFunction:
    """
    Attributes:
        code_url (str):
        created_at (datetime.datetime):
        default_inputs (None | RegisteredPythonCodeFunctionDefaultInputsType0):
        function_class (Literal['PYTHON_CODE']):  Default: 'PYTHON_CODE'.
        input_schema (JSONFunctionInputSchema):
        modified_at (datetime.datetime):
        output_schema (JSONFunctionOutputSchema):
        uid (UUID):
        description (str | Unset):  Default: ''.
        title (str | Unset):  Default: ''.
    """

    code_url: str
    created_at: datetime.datetime
    default_inputs: None | RegisteredPythonCodeFunctionDefaultInputsType0
    input_schema: JSONFunctionInputSchema
    modified_at: datetime.datetime
    output_schema: JSONFunctionOutputSchema
    uid: UUID
    function_class: Literal["PYTHON_CODE"] = "PYTHON_CODE"
    description: str | Unset = ""
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registered_python_code_function_default_inputs_type_0 import (
            RegisteredPythonCodeFunctionDefaultInputsType0,
        )

        code_url = self.code_url

        created_at = self.created_at.isoformat()

        default_inputs: dict[str, Any] | None
        if isinstance(self.default_inputs, RegisteredPythonCodeFunctionDefaultInputsType0):
            default_inputs = self.default_inputs.to_dict()
        else:
            default_inputs = self.default_inputs

        function_class = self.function_class

        input_schema = self.input_schema.to_dict()

        modified_at = self.modified_at.isoformat()

        output_schema = self.output_schema.to_dict()

        uid = str(self.uid)

        description = self.description

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_url": code_url,
                "created_at": created_at,
                "default_inputs": default_inputs,
                "function_class": function_class,
                "input_schema": input_schema,
                "modified_at": modified_at,
                "output_schema": output_schema,
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
        from ..models.registered_python_code_function_default_inputs_type_0 import (
            RegisteredPythonCodeFunctionDefaultInputsType0,
        )

        d = dict(src_dict)
        code_url = d.pop("code_url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_default_inputs(data: object) -> None | RegisteredPythonCodeFunctionDefaultInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_inputs_type_0 = RegisteredPythonCodeFunctionDefaultInputsType0.from_dict(data)

                return default_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisteredPythonCodeFunctionDefaultInputsType0, data)

        default_inputs = _parse_default_inputs(d.pop("default_inputs"))

        function_class = cast(Literal["PYTHON_CODE"], d.pop("function_class"))
        if function_class != "PYTHON_CODE":
            raise ValueError(f"function_class must match const 'PYTHON_CODE', got '{function_class}'")

        input_schema = JSONFunctionInputSchema.from_dict(d.pop("input_schema"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        output_schema = JSONFunctionOutputSchema.from_dict(d.pop("output_schema"))

        uid = UUID(d.pop("uid"))

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        registered_python_code_function = cls(
            code_url=code_url,
            created_at=created_at,
            default_inputs=default_inputs,
            function_class=function_class,
            input_schema=input_schema,
            modified_at=modified_at,
            output_schema=output_schema,
            uid=uid,
            description=description,
            title=title,
        )

        registered_python_code_function.additional_properties = d
        return registered_python_code_function

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

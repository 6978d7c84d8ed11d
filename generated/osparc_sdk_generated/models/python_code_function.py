from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_function_input_schema import JSONFunctionInputSchema
    from ..models.json_function_output_schema import JSONFunctionOutputSchema
    from ..models.python_code_function_default_inputs_type_0 import PythonCodeFunctionDefaultInputsType0


T = TypeVar("T", bound="PythonCodeFunction")


@_attrs_define
class PythonCodeFunction:
    """
    Attributes:
        code_url (str):
        default_inputs (None | PythonCodeFunctionDefaultInputsType0):
        input_schema (JSONFunctionInputSchema):
        output_schema (JSONFunctionOutputSchema):
        description (str | Unset):  Default: ''.
        function_class (Literal['PYTHON_CODE'] | Unset):  Default: 'PYTHON_CODE'.
        title (str | Unset):  Default: ''.
    """

    code_url: str
    default_inputs: None | PythonCodeFunctionDefaultInputsType0
    input_schema: JSONFunctionInputSchema
    output_schema: JSONFunctionOutputSchema
    description: str | Unset = ""
    function_class: Literal["PYTHON_CODE"] | Unset = "PYTHON_CODE"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.python_code_function_default_inputs_type_0 import PythonCodeFunctionDefaultInputsType0

        code_url = self.code_url

        default_inputs: dict[str, Any] | None
        if isinstance(self.default_inputs, PythonCodeFunctionDefaultInputsType0):
            default_inputs = self.default_inputs.to_dict()
        else:
            default_inputs = self.default_inputs

        input_schema = self.input_schema.to_dict()

        output_schema = self.output_schema.to_dict()

        description = self.description

        function_class = self.function_class

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_url": code_url,
                "default_inputs": default_inputs,
                "input_schema": input_schema,
                "output_schema": output_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if function_class is not UNSET:
            field_dict["function_class"] = function_class
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_function_input_schema import JSONFunctionInputSchema
        from ..models.json_function_output_schema import JSONFunctionOutputSchema
        from ..models.python_code_function_default_inputs_type_0 import PythonCodeFunctionDefaultInputsType0

        d = dict(src_dict)
        code_url = d.pop("code_url")

        def _parse_default_inputs(data: object) -> None | PythonCodeFunctionDefaultInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_inputs_type_0 = PythonCodeFunctionDefaultInputsType0.from_dict(data)

                return default_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PythonCodeFunctionDefaultInputsType0, data)

        default_inputs = _parse_default_inputs(d.pop("default_inputs"))

        input_schema = JSONFunctionInputSchema.from_dict(d.pop("input_schema"))

        output_schema = JSONFunctionOutputSchema.from_dict(d.pop("output_schema"))

        description = d.pop("description", UNSET)

        function_class = cast(Literal["PYTHON_CODE"] | Unset, d.pop("function_class", UNSET))
        if function_class != "PYTHON_CODE" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'PYTHON_CODE', got '{function_class}'")

        title = d.pop("title", UNSET)

        python_code_function = cls(
            code_url=code_url,
            default_inputs=default_inputs,
            input_schema=input_schema,
            output_schema=output_schema,
            description=description,
            function_class=function_class,
            title=title,
        )

        python_code_function.additional_properties = d
        return python_code_function

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_function_input_schema import JSONFunctionInputSchema
    from ..models.json_function_output_schema import JSONFunctionOutputSchema
    from ..models.solver_function_default_inputs_type_0 import SolverFunctionDefaultInputsType0


T = TypeVar("T", bound="SolverFunction")


@_attrs_define
class SolverFunction:
    """
    Attributes:
        default_inputs (None | SolverFunctionDefaultInputsType0):
        input_schema (JSONFunctionInputSchema):
        output_schema (JSONFunctionOutputSchema):
        solver_key (str):
        solver_version (str):
        description (str | Unset):  Default: ''.
        function_class (Literal['SOLVER'] | Unset):  Default: 'SOLVER'.
        title (str | Unset):  Default: ''.
    """

    default_inputs: None | SolverFunctionDefaultInputsType0
    input_schema: JSONFunctionInputSchema
    output_schema: JSONFunctionOutputSchema
    solver_key: str
    solver_version: str
    description: str | Unset = ""
    function_class: Literal["SOLVER"] | Unset = "SOLVER"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.solver_function_default_inputs_type_0 import SolverFunctionDefaultInputsType0

        default_inputs: dict[str, Any] | None
        if isinstance(self.default_inputs, SolverFunctionDefaultInputsType0):
            default_inputs = self.default_inputs.to_dict()
        else:
            default_inputs = self.default_inputs

        input_schema = self.input_schema.to_dict()

        output_schema = self.output_schema.to_dict()

        solver_key = self.solver_key

        solver_version = self.solver_version

        description = self.description

        function_class = self.function_class

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_inputs": default_inputs,
                "input_schema": input_schema,
                "output_schema": output_schema,
                "solver_key": solver_key,
                "solver_version": solver_version,
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
        from ..models.solver_function_default_inputs_type_0 import SolverFunctionDefaultInputsType0

        d = dict(src_dict)

        def _parse_default_inputs(data: object) -> None | SolverFunctionDefaultInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_inputs_type_0 = SolverFunctionDefaultInputsType0.from_dict(data)

                return default_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SolverFunctionDefaultInputsType0, data)

        default_inputs = _parse_default_inputs(d.pop("default_inputs"))

        input_schema = JSONFunctionInputSchema.from_dict(d.pop("input_schema"))

        output_schema = JSONFunctionOutputSchema.from_dict(d.pop("output_schema"))

        solver_key = d.pop("solver_key")

        solver_version = d.pop("solver_version")

        description = d.pop("description", UNSET)

        function_class = cast(Literal["SOLVER"] | Unset, d.pop("function_class", UNSET))
        if function_class != "SOLVER" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'SOLVER', got '{function_class}'")

        title = d.pop("title", UNSET)

        solver_function = cls(
            default_inputs=default_inputs,
            input_schema=input_schema,
            output_schema=output_schema,
            solver_key=solver_key,
            solver_version=solver_version,
            description=description,
            function_class=function_class,
            title=title,
        )

        solver_function.additional_properties = d
        return solver_function

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_function_input_schema import JSONFunctionInputSchema
    from ..models.json_function_output_schema import JSONFunctionOutputSchema
    from ..models.project_function_default_inputs_type_0 import ProjectFunctionDefaultInputsType0


T = TypeVar("T", bound="ProjectFunction")


@_attrs_define
class ProjectFunction:
    """
    Attributes:
        default_inputs (None | ProjectFunctionDefaultInputsType0):
        input_schema (JSONFunctionInputSchema):
        output_schema (JSONFunctionOutputSchema):
        project_id (UUID):
        description (str | Unset):  Default: ''.
        function_class (Literal['PROJECT'] | Unset):  Default: 'PROJECT'.
        title (str | Unset):  Default: ''.
    """

    default_inputs: None | ProjectFunctionDefaultInputsType0
    input_schema: JSONFunctionInputSchema
    output_schema: JSONFunctionOutputSchema
    project_id: UUID
    description: str | Unset = ""
    function_class: Literal["PROJECT"] | Unset = "PROJECT"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_function_default_inputs_type_0 import ProjectFunctionDefaultInputsType0

        default_inputs: dict[str, Any] | None
        if isinstance(self.default_inputs, ProjectFunctionDefaultInputsType0):
            default_inputs = self.default_inputs.to_dict()
        else:
            default_inputs = self.default_inputs

        input_schema = self.input_schema.to_dict()

        output_schema = self.output_schema.to_dict()

        project_id = str(self.project_id)

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
                "project_id": project_id,
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
        from ..models.project_function_default_inputs_type_0 import ProjectFunctionDefaultInputsType0

        d = dict(src_dict)

        def _parse_default_inputs(data: object) -> None | ProjectFunctionDefaultInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_inputs_type_0 = ProjectFunctionDefaultInputsType0.from_dict(data)

                return default_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectFunctionDefaultInputsType0, data)

        default_inputs = _parse_default_inputs(d.pop("default_inputs"))

        input_schema = JSONFunctionInputSchema.from_dict(d.pop("input_schema"))

        output_schema = JSONFunctionOutputSchema.from_dict(d.pop("output_schema"))

        project_id = UUID(d.pop("project_id"))

        description = d.pop("description", UNSET)

        function_class = cast(Literal["PROJECT"] | Unset, d.pop("function_class", UNSET))
        if function_class != "PROJECT" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'PROJECT', got '{function_class}'")

        title = d.pop("title", UNSET)

        project_function = cls(
            default_inputs=default_inputs,
            input_schema=input_schema,
            output_schema=output_schema,
            project_id=project_id,
            description=description,
            function_class=function_class,
            title=title,
        )

        project_function.additional_properties = d
        return project_function

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.python_code_function_job_inputs_type_0 import PythonCodeFunctionJobInputsType0
    from ..models.python_code_function_job_outputs_type_0 import PythonCodeFunctionJobOutputsType0


T = TypeVar("T", bound="PythonCodeFunctionJob")


@_attrs_define
class PythonCodeFunctionJob:
    """
    Attributes:
        function_uid (UUID):
        inputs (None | PythonCodeFunctionJobInputsType0):
        outputs (None | PythonCodeFunctionJobOutputsType0):
        description (str | Unset):  Default: ''.
        function_class (Literal['PYTHON_CODE'] | Unset):  Default: 'PYTHON_CODE'.
        title (str | Unset):  Default: ''.
    """

    function_uid: UUID
    inputs: None | PythonCodeFunctionJobInputsType0
    outputs: None | PythonCodeFunctionJobOutputsType0
    description: str | Unset = ""
    function_class: Literal["PYTHON_CODE"] | Unset = "PYTHON_CODE"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.python_code_function_job_inputs_type_0 import PythonCodeFunctionJobInputsType0
        from ..models.python_code_function_job_outputs_type_0 import PythonCodeFunctionJobOutputsType0

        function_uid = str(self.function_uid)

        inputs: dict[str, Any] | None
        if isinstance(self.inputs, PythonCodeFunctionJobInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        outputs: dict[str, Any] | None
        if isinstance(self.outputs, PythonCodeFunctionJobOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        description = self.description

        function_class = self.function_class

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function_uid": function_uid,
                "inputs": inputs,
                "outputs": outputs,
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
        from ..models.python_code_function_job_inputs_type_0 import PythonCodeFunctionJobInputsType0
        from ..models.python_code_function_job_outputs_type_0 import PythonCodeFunctionJobOutputsType0

        d = dict(src_dict)
        function_uid = UUID(d.pop("function_uid"))

        def _parse_inputs(data: object) -> None | PythonCodeFunctionJobInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = PythonCodeFunctionJobInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PythonCodeFunctionJobInputsType0, data)

        inputs = _parse_inputs(d.pop("inputs"))

        def _parse_outputs(data: object) -> None | PythonCodeFunctionJobOutputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = PythonCodeFunctionJobOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PythonCodeFunctionJobOutputsType0, data)

        outputs = _parse_outputs(d.pop("outputs"))

        description = d.pop("description", UNSET)

        function_class = cast(Literal["PYTHON_CODE"] | Unset, d.pop("function_class", UNSET))
        if function_class != "PYTHON_CODE" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'PYTHON_CODE', got '{function_class}'")

        title = d.pop("title", UNSET)

        python_code_function_job = cls(
            function_uid=function_uid,
            inputs=inputs,
            outputs=outputs,
            description=description,
            function_class=function_class,
            title=title,
        )

        python_code_function_job.additional_properties = d
        return python_code_function_job

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

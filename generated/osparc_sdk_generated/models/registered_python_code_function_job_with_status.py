from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_job_status import FunctionJobStatus
    from ..models.registered_python_code_function_job_with_status_inputs_type_0 import (
        RegisteredPythonCodeFunctionJobWithStatusInputsType0,
    )
    from ..models.registered_python_code_function_job_with_status_outputs_type_0 import (
        RegisteredPythonCodeFunctionJobWithStatusOutputsType0,
    )


T = TypeVar("T", bound="RegisteredPythonCodeFunctionJobWithStatus")


@_attrs_define
class RegisteredPythonCodeFunctionJobWithStatus:
    """
    Attributes:
        created_at (datetime.datetime):
        function_class (Literal['PYTHON_CODE']):  Default: 'PYTHON_CODE'.
        function_uid (UUID):
        inputs (None | RegisteredPythonCodeFunctionJobWithStatusInputsType0):
        outputs (None | RegisteredPythonCodeFunctionJobWithStatusOutputsType0):
        status (FunctionJobStatus):
        uid (UUID):
        description (str | Unset):  Default: ''.
        title (str | Unset):  Default: ''.
    """

    created_at: datetime.datetime
    function_uid: UUID
    inputs: None | RegisteredPythonCodeFunctionJobWithStatusInputsType0
    outputs: None | RegisteredPythonCodeFunctionJobWithStatusOutputsType0
    status: FunctionJobStatus
    uid: UUID
    function_class: Literal["PYTHON_CODE"] = "PYTHON_CODE"
    description: str | Unset = ""
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registered_python_code_function_job_with_status_inputs_type_0 import (
            RegisteredPythonCodeFunctionJobWithStatusInputsType0,
        )
        from ..models.registered_python_code_function_job_with_status_outputs_type_0 import (
            RegisteredPythonCodeFunctionJobWithStatusOutputsType0,
        )

        created_at = self.created_at.isoformat()

        function_class = self.function_class

        function_uid = str(self.function_uid)

        inputs: dict[str, Any] | None
        if isinstance(self.inputs, RegisteredPythonCodeFunctionJobWithStatusInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        outputs: dict[str, Any] | None
        if isinstance(self.outputs, RegisteredPythonCodeFunctionJobWithStatusOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        status = self.status.to_dict()

        uid = str(self.uid)

        description = self.description

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "function_class": function_class,
                "function_uid": function_uid,
                "inputs": inputs,
                "outputs": outputs,
                "status": status,
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
        from ..models.function_job_status import FunctionJobStatus
        from ..models.registered_python_code_function_job_with_status_inputs_type_0 import (
            RegisteredPythonCodeFunctionJobWithStatusInputsType0,
        )
        from ..models.registered_python_code_function_job_with_status_outputs_type_0 import (
            RegisteredPythonCodeFunctionJobWithStatusOutputsType0,
        )

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        function_class = cast(Literal["PYTHON_CODE"], d.pop("function_class"))
        if function_class != "PYTHON_CODE":
            raise ValueError(f"function_class must match const 'PYTHON_CODE', got '{function_class}'")

        function_uid = UUID(d.pop("function_uid"))

        def _parse_inputs(data: object) -> None | RegisteredPythonCodeFunctionJobWithStatusInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = RegisteredPythonCodeFunctionJobWithStatusInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisteredPythonCodeFunctionJobWithStatusInputsType0, data)

        inputs = _parse_inputs(d.pop("inputs"))

        def _parse_outputs(data: object) -> None | RegisteredPythonCodeFunctionJobWithStatusOutputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = RegisteredPythonCodeFunctionJobWithStatusOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisteredPythonCodeFunctionJobWithStatusOutputsType0, data)

        outputs = _parse_outputs(d.pop("outputs"))

        status = FunctionJobStatus.from_dict(d.pop("status"))

        uid = UUID(d.pop("uid"))

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        registered_python_code_function_job_with_status = cls(
            created_at=created_at,
            function_class=function_class,
            function_uid=function_uid,
            inputs=inputs,
            outputs=outputs,
            status=status,
            uid=uid,
            description=description,
            title=title,
        )

        registered_python_code_function_job_with_status.additional_properties = d
        return registered_python_code_function_job_with_status

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.solver_function_job_inputs_type_0 import SolverFunctionJobInputsType0
    from ..models.solver_function_job_outputs_type_0 import SolverFunctionJobOutputsType0


T = TypeVar("T", bound="SolverFunctionJob")


@_attrs_define
class SolverFunctionJob:
    """
    Attributes:
        function_uid (UUID):
        inputs (None | SolverFunctionJobInputsType0):
        job_creation_task_id (None | str):
        outputs (None | SolverFunctionJobOutputsType0):
        solver_job_id (None | UUID):
        description (str | Unset):  Default: ''.
        function_class (Literal['SOLVER'] | Unset):  Default: 'SOLVER'.
        title (str | Unset):  Default: ''.
    """

    function_uid: UUID
    inputs: None | SolverFunctionJobInputsType0
    job_creation_task_id: None | str
    outputs: None | SolverFunctionJobOutputsType0
    solver_job_id: None | UUID
    description: str | Unset = ""
    function_class: Literal["SOLVER"] | Unset = "SOLVER"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.solver_function_job_inputs_type_0 import SolverFunctionJobInputsType0
        from ..models.solver_function_job_outputs_type_0 import SolverFunctionJobOutputsType0

        function_uid = str(self.function_uid)

        inputs: dict[str, Any] | None
        if isinstance(self.inputs, SolverFunctionJobInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        job_creation_task_id: None | str
        job_creation_task_id = self.job_creation_task_id

        outputs: dict[str, Any] | None
        if isinstance(self.outputs, SolverFunctionJobOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        solver_job_id: None | str
        if isinstance(self.solver_job_id, UUID):
            solver_job_id = str(self.solver_job_id)
        else:
            solver_job_id = self.solver_job_id

        description = self.description

        function_class = self.function_class

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function_uid": function_uid,
                "inputs": inputs,
                "job_creation_task_id": job_creation_task_id,
                "outputs": outputs,
                "solver_job_id": solver_job_id,
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
        from ..models.solver_function_job_inputs_type_0 import SolverFunctionJobInputsType0
        from ..models.solver_function_job_outputs_type_0 import SolverFunctionJobOutputsType0

        d = dict(src_dict)
        function_uid = UUID(d.pop("function_uid"))

        def _parse_inputs(data: object) -> None | SolverFunctionJobInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = SolverFunctionJobInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SolverFunctionJobInputsType0, data)

        inputs = _parse_inputs(d.pop("inputs"))

        job_creation_task_id = d.pop("job_creation_task_id")

        def _parse_outputs(data: object) -> None | SolverFunctionJobOutputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = SolverFunctionJobOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SolverFunctionJobOutputsType0, data)

        outputs = _parse_outputs(d.pop("outputs"))

        def _parse_solver_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                solver_job_id_type_0 = UUID(data)

                return solver_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        solver_job_id = _parse_solver_job_id(d.pop("solver_job_id"))

        description = d.pop("description", UNSET)

        function_class = cast(Literal["SOLVER"] | Unset, d.pop("function_class", UNSET))
        if function_class != "SOLVER" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'SOLVER', got '{function_class}'")

        title = d.pop("title", UNSET)

        solver_function_job = cls(
            function_uid=function_uid,
            inputs=inputs,
            job_creation_task_id=job_creation_task_id,
            outputs=outputs,
            solver_job_id=solver_job_id,
            description=description,
            function_class=function_class,
            title=title,
        )

        solver_function_job.additional_properties = d
        return solver_function_job

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

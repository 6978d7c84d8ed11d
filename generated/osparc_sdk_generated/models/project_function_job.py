from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_function_job_inputs_type_0 import ProjectFunctionJobInputsType0
    from ..models.project_function_job_outputs_type_0 import ProjectFunctionJobOutputsType0


T = TypeVar("T", bound="ProjectFunctionJob")


@_attrs_define
class ProjectFunctionJob:
    """
    Attributes:
        function_uid (UUID):
        inputs (None | ProjectFunctionJobInputsType0):
        job_creation_task_id (None | str):
        outputs (None | ProjectFunctionJobOutputsType0):
        project_job_id (None | UUID):
        description (str | Unset):  Default: ''.
        function_class (Literal['PROJECT'] | Unset):  Default: 'PROJECT'.
        title (str | Unset):  Default: ''.
    """

    function_uid: UUID
    inputs: None | ProjectFunctionJobInputsType0
    job_creation_task_id: None | str
    outputs: None | ProjectFunctionJobOutputsType0
    project_job_id: None | UUID
    description: str | Unset = ""
    function_class: Literal["PROJECT"] | Unset = "PROJECT"
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_function_job_inputs_type_0 import ProjectFunctionJobInputsType0
        from ..models.project_function_job_outputs_type_0 import ProjectFunctionJobOutputsType0

        function_uid = str(self.function_uid)

        inputs: dict[str, Any] | None
        if isinstance(self.inputs, ProjectFunctionJobInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        job_creation_task_id: None | str
        job_creation_task_id = self.job_creation_task_id

        outputs: dict[str, Any] | None
        if isinstance(self.outputs, ProjectFunctionJobOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        project_job_id: None | str
        if isinstance(self.project_job_id, UUID):
            project_job_id = str(self.project_job_id)
        else:
            project_job_id = self.project_job_id

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
                "project_job_id": project_job_id,
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
        from ..models.project_function_job_inputs_type_0 import ProjectFunctionJobInputsType0
        from ..models.project_function_job_outputs_type_0 import ProjectFunctionJobOutputsType0

        d = dict(src_dict)
        function_uid = UUID(d.pop("function_uid"))

        def _parse_inputs(data: object) -> None | ProjectFunctionJobInputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = ProjectFunctionJobInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectFunctionJobInputsType0, data)

        inputs = _parse_inputs(d.pop("inputs"))

        job_creation_task_id = d.pop("job_creation_task_id")

        def _parse_outputs(data: object) -> None | ProjectFunctionJobOutputsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = ProjectFunctionJobOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectFunctionJobOutputsType0, data)

        outputs = _parse_outputs(d.pop("outputs"))

        def _parse_project_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_job_id_type_0 = UUID(data)

                return project_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        project_job_id = _parse_project_job_id(d.pop("project_job_id"))

        description = d.pop("description", UNSET)

        function_class = cast(Literal["PROJECT"] | Unset, d.pop("function_class", UNSET))
        if function_class != "PROJECT" and not isinstance(function_class, Unset):
            raise ValueError(f"function_class must match const 'PROJECT', got '{function_class}'")

        title = d.pop("title", UNSET)

        project_function_job = cls(
            function_uid=function_uid,
            inputs=inputs,
            job_creation_task_id=job_creation_task_id,
            outputs=outputs,
            project_job_id=project_job_id,
            description=description,
            function_class=function_class,
            title=title,
        )

        project_function_job.additional_properties = d
        return project_function_job

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

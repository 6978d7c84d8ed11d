from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.registered_project_function_job import RegisteredProjectFunctionJob
    from ..models.registered_project_function_job_with_status import RegisteredProjectFunctionJobWithStatus
    from ..models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
    from ..models.registered_python_code_function_job_with_status import RegisteredPythonCodeFunctionJobWithStatus
    from ..models.registered_solver_function_job import RegisteredSolverFunctionJob
    from ..models.registered_solver_function_job_with_status import RegisteredSolverFunctionJobWithStatus


T = TypeVar("T", bound="PageRegisteredFunctionJobWithorWithoutStatus")


@_attrs_define
class PageRegisteredFunctionJobWithorWithoutStatus:
    """A page of function jobs, with their status when it was asked for.

    Attributes:
        items (list[RegisteredProjectFunctionJob | RegisteredProjectFunctionJobWithStatus |
            RegisteredPythonCodeFunctionJob | RegisteredPythonCodeFunctionJobWithStatus | RegisteredSolverFunctionJob |
            RegisteredSolverFunctionJobWithStatus]):
        limit (int):
        links (Links):
        offset (int):
        total (int):
    """

    items: list[
        RegisteredProjectFunctionJob
        | RegisteredProjectFunctionJobWithStatus
        | RegisteredPythonCodeFunctionJob
        | RegisteredPythonCodeFunctionJobWithStatus
        | RegisteredSolverFunctionJob
        | RegisteredSolverFunctionJobWithStatus
    ]
    limit: int
    links: Links
    offset: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registered_project_function_job import RegisteredProjectFunctionJob
        from ..models.registered_project_function_job_with_status import RegisteredProjectFunctionJobWithStatus
        from ..models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
        from ..models.registered_python_code_function_job_with_status import RegisteredPythonCodeFunctionJobWithStatus
        from ..models.registered_solver_function_job_with_status import RegisteredSolverFunctionJobWithStatus

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if (
                isinstance(items_item_data, RegisteredProjectFunctionJobWithStatus)
                or isinstance(items_item_data, RegisteredPythonCodeFunctionJobWithStatus)
                or isinstance(items_item_data, RegisteredSolverFunctionJobWithStatus)
                or isinstance(items_item_data, RegisteredProjectFunctionJob)
                or isinstance(items_item_data, RegisteredPythonCodeFunctionJob)
            ):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        limit = self.limit

        links = self.links.to_dict()

        offset = self.offset

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "limit": limit,
                "links": links,
                "offset": offset,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.links import Links
        from ..models.registered_project_function_job import RegisteredProjectFunctionJob
        from ..models.registered_project_function_job_with_status import RegisteredProjectFunctionJobWithStatus
        from ..models.registered_python_code_function_job import RegisteredPythonCodeFunctionJob
        from ..models.registered_python_code_function_job_with_status import RegisteredPythonCodeFunctionJobWithStatus
        from ..models.registered_solver_function_job import RegisteredSolverFunctionJob
        from ..models.registered_solver_function_job_with_status import RegisteredSolverFunctionJobWithStatus

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                RegisteredProjectFunctionJob
                | RegisteredProjectFunctionJobWithStatus
                | RegisteredPythonCodeFunctionJob
                | RegisteredPythonCodeFunctionJobWithStatus
                | RegisteredSolverFunctionJob
                | RegisteredSolverFunctionJobWithStatus
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0_type_0 = RegisteredProjectFunctionJobWithStatus.from_dict(data)

                    return items_item_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0_type_1 = RegisteredPythonCodeFunctionJobWithStatus.from_dict(data)

                    return items_item_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0_type_2 = RegisteredSolverFunctionJobWithStatus.from_dict(data)

                    return items_item_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1_type_0 = RegisteredProjectFunctionJob.from_dict(data)

                    return items_item_type_1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1_type_1 = RegisteredPythonCodeFunctionJob.from_dict(data)

                    return items_item_type_1_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_1_type_2 = RegisteredSolverFunctionJob.from_dict(data)

                return items_item_type_1_type_2

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

        links = Links.from_dict(d.pop("links"))

        offset = d.pop("offset")

        total = d.pop("total")

        page_registered_function_job_withor_without_status = cls(
            items=items,
            limit=limit,
            links=links,
            offset=offset,
            total=total,
        )

        page_registered_function_job_withor_without_status.additional_properties = d
        return page_registered_function_job_withor_without_status

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_kind_enum import PortKindEnum
from ..types import UNSET, Unset, short_repr

if TYPE_CHECKING:
    from ..models.solver_port_content_schema_type_0 import SolverPortContentSchemaType0


T = TypeVar("T", bound="SolverPort")


@_attrs_define
class SolverPort:
    """
    Attributes:
        key (str):
        kind (PortKindEnum):
        content_schema (None | SolverPortContentSchemaType0 | Unset):
    """

    key: str
    kind: PortKindEnum
    content_schema: None | SolverPortContentSchemaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.solver_port_content_schema_type_0 import SolverPortContentSchemaType0

        key = self.key

        kind = self.kind.value

        content_schema: dict[str, Any] | None | Unset
        if isinstance(self.content_schema, Unset):
            content_schema = UNSET
        elif isinstance(self.content_schema, SolverPortContentSchemaType0):
            content_schema = self.content_schema.to_dict()
        else:
            content_schema = self.content_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "kind": kind,
            }
        )
        if content_schema is not UNSET:
            field_dict["content_schema"] = content_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.solver_port_content_schema_type_0 import SolverPortContentSchemaType0

        d = dict(src_dict)
        key = d.pop("key")

        kind = PortKindEnum(d.pop("kind"))

        def _parse_content_schema(data: object) -> None | SolverPortContentSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_schema_type_0 = SolverPortContentSchemaType0.from_dict(data)

                return content_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SolverPortContentSchemaType0 | Unset, data)

        content_schema = _parse_content_schema(d.pop("content_schema", UNSET))

        solver_port = cls(
            key=key,
            kind=kind,
            content_schema=content_schema,
        )

        solver_port.additional_properties = d
        return solver_port

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

    def __repr__(self) -> str:
        return short_repr(self, "key", "kind")

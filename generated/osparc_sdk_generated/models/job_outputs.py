from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import short_repr

if TYPE_CHECKING:
    from ..models.keyword_arguments import KeywordArguments


T = TypeVar("T", bound="JobOutputs")


@_attrs_define
class JobOutputs:
    """
    Attributes:
        job_id (UUID):
        results (KeywordArguments):
    """

    job_id: UUID
    results: KeywordArguments
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = str(self.job_id)

        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyword_arguments import KeywordArguments

        d = dict(src_dict)
        job_id = UUID(d.pop("job_id"))

        results = KeywordArguments.from_dict(d.pop("results"))

        job_outputs = cls(
            job_id=job_id,
            results=results,
        )

        job_outputs.additional_properties = d
        return job_outputs

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
        return short_repr(self, "job_id", "results")

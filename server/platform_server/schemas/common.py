"""Envelopes shared by every area: errors and pages."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class ErrorGet(BaseModel):
    errors: list[Any]
    support_id: str | None = None


class ValidationError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class HTTPValidationError(BaseModel):
    errors: list[ValidationError] = Field(default_factory=list)


class Links(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    first: str | None
    last: str | None
    self_: str | None = Field(alias="self")
    next: str | None
    prev: str | None


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(ge=0)
    limit: int = Field(ge=1)
    offset: int = Field(ge=0)
    links: Links


class OnePage(BaseModel, Generic[T]):
    items: list[T]
    total: int | None = None

"""Envelopes shared by every area: errors and pages."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

T = TypeVar("T")


def _json_integer(value: Any) -> Any:
    """What JSON Schema calls an integer: a number with no fraction (so `3.0` too), never a
    boolean or a string, which pydantic's lax mode would otherwise turn into one."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("Input should be a valid integer")
    return value


JsonInt = Annotated[int, BeforeValidator(_json_integer)]


class ErrorGet(BaseModel):
    errors: list[Any]
    support_id: str | None = None


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

"""The tasks API: long operations (function runs, log exports, chat completions)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


def _no_default(schema: dict[str, Any]) -> None:
    """Optional without a default, as the platform declares `task_name`."""
    schema.pop("default", None)


class TaskGet(BaseModel):
    task_id: str
    task_name: str = Field(default="", json_schema_extra=_no_default)
    status_href: str
    abort_href: str
    result_href: str | None = None
    stream_href: str | None = None


class TaskProgress(BaseModel):
    task_id: str | None = None
    message: str = ""
    percent: float = Field(default=0.0, ge=0.0, le=1.0)


class TaskStatus(BaseModel):
    task_progress: TaskProgress
    done: bool
    started: datetime | None


class TaskResult(BaseModel):
    result: Any | None
    error: Any | None


class ApiServerEnvelope(BaseModel, Generic[T]):
    data: T

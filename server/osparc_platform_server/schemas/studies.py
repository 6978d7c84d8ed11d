from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import BaseModel

from osparc_platform_server.schemas.solvers import PortKindEnum


class Study(BaseModel):
    uid: UUID
    title: str | None = None
    description: str | None = None


class StudyPort(BaseModel):
    key: UUID
    kind: PortKindEnum
    content_schema: dict[str, Any] | None = None

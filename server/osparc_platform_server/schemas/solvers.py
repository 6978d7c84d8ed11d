from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from osparc_platform_server.schemas.meta import SEMVER

SOLVER_KEY = r"^simcore/services/comp/([a-z0-9][a-z0-9_.-]*/)*([a-z0-9-_]+[a-z0-9])$"


class Solver(BaseModel):
    """A computational service (a release of it) that runs jobs."""

    id: str = Field(pattern=SOLVER_KEY)
    version: str = Field(pattern=SEMVER)
    title: str = Field(max_length=100)
    description: str | None = Field(default=None, max_length=1000)
    url: str | None
    maintainer: str
    version_display: str | None = None


class PortKindEnum(StrEnum):
    input = "input"
    output = "output"


class SolverPort(BaseModel):
    key: str = Field(pattern=r"^[^_\W0-9]\w*$")
    kind: PortKindEnum
    content_schema: dict[str, Any] | None = None


class PricingPlanClassification(StrEnum):
    TIER = "TIER"
    LICENSE = "LICENSE"


class UnitExtraInfo(BaseModel, extra="allow"):
    CPU: int
    RAM: int
    VRAM: int


class PricingUnitGetLegacy(BaseModel):
    pricingUnitId: int = Field(gt=0)
    unitName: str
    unitExtraInfo: UnitExtraInfo
    currentCostPerUnit: float = Field(ge=0)
    default: bool


class ServicePricingPlanGetLegacy(BaseModel):
    pricingPlanId: int = Field(gt=0)
    displayName: str
    description: str
    classification: PricingPlanClassification
    createdAt: datetime
    pricingPlanKey: str
    pricingUnits: list[PricingUnitGetLegacy]

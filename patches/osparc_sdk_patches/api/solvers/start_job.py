"""Start a job, optionally on a chosen pricing unit.

The platform reads the pricing unit of a start from two headers its API document does not
declare, `x-pricing-plan` and `x-pricing-unit` (positive integers, used only together), so the
generated operation cannot send them: they go with `client.call_headers`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import attrs
from osparc_sdk_generated.models import JobStatus

from osparc_sdk_patches.client import call_headers
from osparc_sdk_patches.errors import InvalidInputError, api_operation, checked_uuid
from osparc_sdk_patches.types import Flow

__all__ = ["Pricing", "started"]

OPERATION = "start_job"


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInputError(f"Pricing: {attribute.name} must be a positive int, not {value!r}")


@attrs.frozen
class Pricing:
    """A pricing unit of the solver's pricing plan (`get_solver_pricing_plan` lists them):
    `Pricing(plan=pricingPlanId, unit=pricingUnitId)`. Without one, a job runs on the
    plan's default unit."""

    plan: int = attrs.field(validator=_positive)
    unit: int = attrs.field(validator=_positive)

    def headers(self) -> dict[str, str]:
        return {"x-pricing-plan": str(self.plan), "x-pricing-unit": str(self.unit)}


def _headers(pricing: Pricing | None) -> dict[str, str]:
    if pricing is not None and not isinstance(pricing, Pricing):
        raise InvalidInputError(f"{OPERATION}: pricing must be a Pricing, not {pricing!r}")
    return pricing.headers() if pricing is not None else {}


def started(start: Callable[[UUID], Any], job_id: UUID, pricing: Pricing | None) -> Flow[JobStatus]:
    """The start, once for both forms: `start(job_id)` sends it (the generated operation, sync
    or async), with the pricing headers and the SDK's errors around it."""
    headers = _headers(pricing)
    job_id = checked_uuid(OPERATION, "job_id", job_id)
    with api_operation(OPERATION), call_headers(headers):
        status: JobStatus = yield start(job_id)
        return status

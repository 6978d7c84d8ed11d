from enum import StrEnum


class PricingPlanClassification(StrEnum):
    LICENSE = "LICENSE"
    TIER = "TIER"

    def __str__(self) -> str:
        return str(self.value)

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class WalletStatus(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class WalletGetWithAvailableCreditsLegacy(BaseModel):
    walletId: int = Field(gt=0)
    name: str = Field(min_length=1, max_length=100)
    description: str | None = None
    owner: int = Field(gt=0)
    thumbnail: str | None = None
    status: WalletStatus
    created: datetime
    modified: datetime
    availableCredits: float = Field(ge=0)


class GetCreditPriceLegacy(BaseModel):
    productName: str
    usdPerCredit: float | None = Field(ge=0)
    minPaymentAmountUsd: int | None = Field(ge=0)

"""Licensed items (anatomical models) and their checkouts against a wallet's credits."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field

ITEM_VERSION = r"^\d+\.\d+\.\d+$"

_WalletIDInt = Annotated[int, Field(gt=0)]
_UserIDInt = Annotated[int, Field(gt=0)]


class LicensedResourceType(StrEnum):
    VIP_MODEL = "VIP_MODEL"


class LicensedResourceSourceFeaturesDict(BaseModel):
    date: date
    age: str | None = None
    ethnicity: str | None = None
    functionality: str | None = None
    height: str | None = None
    name: str | None = None
    sex: str | None = None
    species: str | None = None
    version: str | None = None
    weight: str | None = None


class LicensedResourceSource(BaseModel):
    id: int
    description: str
    thumbnail: str
    features: LicensedResourceSourceFeaturesDict
    doi: str | None
    license_key: str
    license_version: str
    protection: str = Field(json_schema_extra={"enum": ["Code", "PayPal"]})
    available_from_url: str | None = Field(json_schema_extra={"format": "uri"})


class LicensedResource(BaseModel):
    source: LicensedResourceSource
    category_id: str = Field(min_length=1, max_length=100)
    category_display: str
    terms_of_use_url: str | None = Field(json_schema_extra={"format": "uri"})


class LicensedItemGet(BaseModel):
    licensed_item_id: UUID
    key: str
    version: str = Field(pattern=ITEM_VERSION)
    display_name: str
    licensed_resource_type: LicensedResourceType
    licensed_resources: list[LicensedResource]
    pricing_plan_id: int = Field(gt=0)
    is_hidden_on_market: bool
    created_at: datetime
    modified_at: datetime


class LicensedItemCheckoutData(BaseModel):
    number_of_seats: int = Field(gt=0)
    service_run_id: str = Field(description="The id of a running service (a program job)")


class LicensedItemCheckoutGet(BaseModel):
    licensed_item_checkout_id: UUID
    licensed_item_id: UUID
    key: str
    version: str = Field(pattern=ITEM_VERSION)
    wallet_id: _WalletIDInt
    user_id: _UserIDInt
    product_name: str
    started_at: datetime
    stopped_at: datetime | None
    num_of_seats: int

from __future__ import annotations

from pydantic import AnyUrl, BaseModel, Field

SEMVER = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"


class Meta(BaseModel):
    name: str
    version: str = Field(pattern=SEMVER)
    released: dict[str, str] | None = None
    docs_url: AnyUrl
    docs_dev_url: AnyUrl

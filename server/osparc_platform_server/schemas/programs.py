"""Programs: dynamic services (interactive apps), and the jobs created from them."""

from __future__ import annotations

from pydantic import BaseModel, Field

from osparc_platform_server.schemas.meta import SEMVER


class Program(BaseModel):
    id: str = Field(description="The dynamic service's key")
    version: str = Field(pattern=SEMVER)
    title: str = Field(max_length=100)
    description: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(min_length=1, max_length=2083, json_schema_extra={"format": "uri"})
    version_display: str | None


class Body_create_program_job_v0_programs__program_key__releases__version__jobs_post(BaseModel):
    name: str | None = Field(default=None, max_length=500)
    description: str | None = Field(default=None, max_length=500)

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field
from typing_extensions import TypeAliasType

from osparc_platform_server.schemas.files import File

JOB_NAME = r"^([^\s/]+/?){1,10}$"

ArgumentTypes = File | float | int | bool | str | list[Any] | None
# A named alias: the document refers to the `KeywordArguments` schema, as the platform's does.
KeywordArguments = TypeAliasType("KeywordArguments", dict[str, ArgumentTypes])


class JobInputs(BaseModel):
    values: KeywordArguments


class JobOutputs(BaseModel):
    job_id: UUID
    results: KeywordArguments


class Job(BaseModel):
    id: UUID
    name: str = Field(pattern=JOB_NAME)
    inputs_checksum: str
    created_at: datetime
    runner_name: str = Field(pattern=JOB_NAME)
    url: str | None
    runner_url: str | None
    outputs_url: str | None


class RunningState(StrEnum):
    UNKNOWN = "UNKNOWN"
    NOT_STARTED = "NOT_STARTED"
    PUBLISHED = "PUBLISHED"
    PENDING = "PENDING"
    WAITING_FOR_CLUSTER = "WAITING_FOR_CLUSTER"
    WAITING_FOR_RESOURCES = "WAITING_FOR_RESOURCES"
    STARTED = "STARTED"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    ABORTED = "ABORTED"


TERMINAL_STATES = frozenset({RunningState.SUCCESS, RunningState.FAILED, RunningState.ABORTED})


class ErrorDict(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
    ctx: dict[str, Any] | None = None


class JobStatus(BaseModel):
    job_id: UUID
    state: RunningState
    progress: int = Field(default=0, ge=0, le=100)
    submitted_at: datetime
    started_at: datetime | None = None
    stopped_at: datetime | None = None
    errors: list[ErrorDict] | None = None


MetadataValue = bool | int | float | str


class JobMetadata(BaseModel):
    job_id: UUID
    metadata: dict[str, MetadataValue]
    url: str | None


class JobMetadataUpdate(BaseModel):
    metadata: dict[str, MetadataValue] = Field(default_factory=dict)


class BatchGetJobMetadataResponse(BaseModel):
    items: list[JobMetadata]


class LogLink(BaseModel):
    node_name: str
    download_link: str


class JobLogsMap(BaseModel):
    log_links: list[LogLink]


class JobLog(BaseModel):
    job_id: UUID
    node_id: UUID | None = None
    log_level: int
    messages: list[str]


class JobEncryptionInputs(BaseModel):
    root_key: str = Field(json_schema_extra={"writeOnly": True})
    input_port_to_file_id: dict[str, str] = Field(default_factory=dict)

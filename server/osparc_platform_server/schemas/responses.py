"""Responses: a subset of the OpenAI Responses API, answered by the platform's chatbot."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

MetadataKey = Annotated[str, Field(max_length=64)]
MetadataValue = Annotated[str, Field(max_length=512)]
MODELS = ("gpt-3.5-turbo", "gpt-4.1-nano", "gpt-4o-mini", "gpt-5.2")


class InputMessage(BaseModel):
    role: Literal["user", "assistant", "developer"]
    content: str = Field(min_length=1, max_length=100_000)
    name: str = Field(default="", max_length=200)


class CreateResponseRequest(BaseModel):
    background: Literal[True]
    input: list[InputMessage] = Field(min_length=1, max_length=50)
    metadata: dict[MetadataKey, MetadataValue] | None = Field(default=None, max_length=16)
    model: Any
    temperature: float = Field(ge=0, le=2)


class ResponseObjectType(StrEnum):
    response = "response"


class ResponseStatus(StrEnum):
    cancelled = "cancelled"
    completed = "completed"
    failed = "failed"
    in_progress = "in_progress"
    incomplete = "incomplete"
    queued = "queued"


class OutputTextContent(BaseModel):
    type: Literal["output_text"] = "output_text"
    text: str


class OutputMessage(BaseModel):
    type: Literal["message"] = "message"
    id: str
    status: Literal["in_progress", "completed", "incomplete"]
    role: Literal["assistant"] = "assistant"
    content: list[OutputTextContent]


class ResponseObject(BaseModel):
    id: str
    object: ResponseObjectType = ResponseObjectType.response
    background: bool | None = None
    error: dict[str, str] | None = None
    model: str | None = None
    output: list[OutputMessage] | None = None
    status: ResponseStatus = ResponseStatus.in_progress

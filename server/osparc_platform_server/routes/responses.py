"""Responses: ask the platform's chatbot (a subset of the OpenAI Responses API, background only)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from osparc_platform_server.deps import Svc
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.responses import CreateResponseRequest, ResponseObject
from osparc_platform_server.security import CurrentUser

router = APIRouter(prefix="/v0", tags=["responses"], route_class=OneTripRoute)
_OPENAI = {"x-openai-compatible": True}


# 413: a conversation within the schema's limits (50 messages of 100 000 characters) can be
# larger than the server's body limit.
@router.post(
    "/responses", response_model=ResponseObject, responses=errors(413, 503), openapi_extra=_OPENAI
)
def create_response(svc: Svc, user: CurrentUser, body: CreateResponseRequest) -> dict[str, Any]:
    """Queue a response to the conversation; follow it with get_response."""
    return svc.chat.create(user, body.model_dump(mode="json"))


@router.get(
    "/responses/{response_id}",
    response_model=ResponseObject,
    responses=errors(404),
    openapi_extra=_OPENAI,
)
def get_response(svc: Svc, user: CurrentUser, response_id: str) -> dict[str, Any]:
    """The response: in progress, then completed with its output (or failed, or cancelled)."""
    return svc.chat.get(user, response_id)

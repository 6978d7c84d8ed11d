"""The platform's chatbot behind /v0/responses: each response is a `run_chat_completion` task.

This reference platform has no language model: the assistant answers from the conversation
itself (which messages it got, what the last user message asked), deterministically, so that
clients can test the whole exchange.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, invalid
from osparc_platform_server.identity import User
from osparc_platform_server.schemas.responses import MODELS
from osparc_platform_server.services.tasks import TaskKind, TaskService

CHAT_TASK = "run_chat_completion"
CHAT_SECONDS = 1.0


def answer(model: str, messages: list[dict[str, Any]]) -> str:
    asked = [m["content"] for m in messages if m["role"] == "user"]
    last = asked[-1] if asked else ""
    excerpt = last if len(last) <= 200 else last[:197] + "..."
    return (
        f"[{model}] You sent {len(messages)} message(s). Your last question was: {excerpt!r}."
        " This reference platform has no language model: see the oSPARC documentation."
    )


class ChatService:
    def __init__(self, db: Database, tasks: TaskService, *, enabled: bool) -> None:
        self._db = db
        self._tasks = tasks
        self._enabled = enabled
        tasks.register(CHAT_TASK, TaskKind(self._complete, duration=CHAT_SECONDS))

    def create(self, user: User, request: dict[str, Any]) -> dict[str, Any]:
        if not self._enabled:
            raise ApiError(503, "The chatbot is not enabled on this platform")
        model = request["model"]
        if model not in MODELS:
            raise invalid(["body", "model"], f"Unsupported model {model!r}: one of {list(MODELS)}")
        with self._db.write() as conn:
            task_id = self._tasks.submit(
                conn, user, CHAT_TASK, {"model": model, "input": request["input"]}
            )
        self._tasks.wake()
        return {
            "id": task_id,
            "object": "response",
            "background": True,
            "model": model,
            "status": "queued",
        }

    def get(self, user: User, response_id: str) -> dict[str, Any]:
        # Response ids are task ids: any other text names no response.
        try:
            row = self._tasks.row(user, str(uuid.UUID(response_id)))
        except (ValueError, ApiError):
            row = None
        if row is None or row["name"] != CHAT_TASK:
            raise ApiError(404, f"Response {response_id} not found")
        return response_model(row)

    def _complete(self, task: sqlite3.Row, user: User) -> dict[str, Any]:
        params = json.loads(task["params_json"])
        return {"text": answer(params["model"], params["input"])}


def response_model(row: sqlite3.Row) -> dict[str, Any]:
    state = str(row["state"])
    model: dict[str, Any] = {
        "id": row["id"],
        "object": "response",
        "background": None,
        "model": None,
    }
    if state == "CANCELLED":
        return {**model, "status": "cancelled"}
    if state == "FAILURE":
        error = json.loads(row["error_json"]) if row["error_json"] else "failed"
        return {**model, "status": "failed", "error": {"message": str(error)}}
    if state != "SUCCESS":
        return {**model, "status": "in_progress"}
    text = json.loads(row["result_json"])["text"]
    message = {
        "type": "message",
        "id": f"{row['id']}-msg-0",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text}],
    }
    return {**model, "status": "completed", "output": [message]}

"""Responses: the chatbot's answers, queued as tasks and read back in the Responses shape."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import pytest
from helpers import assert_error, assert_validation_error, client

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(30)


def request(**changes: Any) -> dict[str, Any]:
    return {
        "background": True,
        "input": [{"role": "user", "content": "How do I run the sleeper?"}],
        "model": "gpt-4o-mini",
        "temperature": 0.2,
        **changes,
    }


def test_a_response_is_queued_then_completed(http: httpx.Client) -> None:
    response = http.post("/v0/responses", json=request(metadata={"topic": "sleeper"}))
    assert response.status_code == 200, response.text
    created = response.json()
    assert created == {
        "id": created["id"],
        "object": "response",
        "background": True,
        "error": None,
        "model": "gpt-4o-mini",
        "output": None,
        "status": "queued",
    }
    deadline = time.monotonic() + 10
    while True:
        got = http.get(f"/v0/responses/{created['id']}").json()
        if got["status"] != "in_progress":
            break
        assert time.monotonic() < deadline, got
        time.sleep(0.01)
    assert got["status"] == "completed"
    assert (got["model"], got["background"]) == (None, None)
    (message,) = got["output"]
    assert message["id"] == f"{created['id']}-msg-0"
    assert (message["type"], message["role"], message["status"]) == (
        "message",
        "assistant",
        "completed",
    )
    (content,) = message["content"]
    assert content["type"] == "output_text"
    assert "How do I run the sleeper?" in content["text"]
    # It was a task of the user's.
    assert created["id"] in {t["task_id"] for t in http.get("/v0/tasks").json()["data"]}


def test_a_cancelled_response_says_so(slow_http: httpx.Client) -> None:
    created = slow_http.post("/v0/responses", json=request()).json()
    assert slow_http.post(f"/v0/tasks/{created['id']}:cancel").status_code == 204
    assert slow_http.get(f"/v0/responses/{created['id']}").json()["status"] == "cancelled"


def test_requests_the_chatbot_refuses(http: httpx.Client) -> None:
    assert_validation_error(http.post("/v0/responses", json=request(model="gpt-0")))
    assert_validation_error(http.post("/v0/responses", json=request(background=False)))
    assert_validation_error(http.post("/v0/responses", json=request(input=[])))
    assert_validation_error(http.post("/v0/responses", json=request(temperature=3)))
    no_model = request()
    del no_model["model"]
    assert_validation_error(http.post("/v0/responses", json=no_model))


def test_unknown_responses(http: httpx.Client) -> None:
    assert_error(http.get(f"/v0/responses/{uuid.uuid4()}"), 404)
    assert_error(http.get("/v0/responses/not-a-uuid"), 404, "not-a-uuid")
    # A task that is no chat completion is no response.
    function_task = http.get("/v0/tasks").json()["data"]
    others = [t for t in function_task if t["task_name"] != "run_chat_completion"]
    if others:
        assert_error(http.get(f"/v0/responses/{others[0]['task_id']}"), 404)


def test_without_the_chatbot_the_platform_answers_503() -> None:
    with LocalPlatform(env={"PLATFORM_CHATBOT": "0"}) as running, client(running) as http:
        assert_error(http.post("/v0/responses", json=request()), 503, "not enabled")

"""Rejects request bodies over the limit for their kind, before or while they are read."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from osparc_platform_server.errors import error_body


class BodyTooLarge(BaseException):
    """Raised from `receive` when a streamed body passes the limit. Not an `Exception`: the
    framework turns any `Exception` met while reading a body into a parse error (400), and
    this must reach the middleware to become a 413."""


class BodyLimitMiddleware:
    """JSON bodies may hold `json_limit` bytes; file bodies `file_limit` (parts check their own)."""

    def __init__(self, app: ASGIApp, *, json_limit: int, file_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.file_limit = file_limit

    def _limit(self, scope: Scope) -> int:
        path: str = scope["path"]
        if path.startswith("/storage/") or (
            path == "/v0/files/content" and scope["method"] == "PUT"
        ):
            return self.file_limit
        return self.json_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await _reject(send, limit)
                return
        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not response_started:
                await _reject(send, limit)


async def _reject(send: Send, limit: int) -> None:
    body = json.dumps(error_body([f"Request body is larger than {limit} bytes"])).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

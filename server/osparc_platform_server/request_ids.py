"""`X-Request-Id` on every response: the id a user quotes when something went wrong.

A pure ASGI middleware, outermost, so that answers made by the other middleware (body limits,
method guard, injected faults, error handlers) carry it too. The server makes the id; a
client's own `X-Request-Id` is not trusted (it could be anything, or shared by many calls).
"""

from __future__ import annotations

import random
from typing import Any

HEADER = b"x-request-id"
Scope = dict[str, Any]
Message = dict[str, Any]


class RequestIdMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app
        # Ids only need to be unique, not secret: 128 bits from a generator seeded once from the
        # system's randomness, instead of a `uuid4()` (an `os.urandom` system call) per request.
        # A private generator, so that nothing seeding the global one can make ids repeat.
        self._random = random.Random()

    def new_id(self) -> str:
        """32 lowercase hex digits, as a `uuid4().hex` would be."""
        return f"{self._random.getrandbits(128):032x}"

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self.new_id()
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != HEADER]
                headers.append((HEADER, request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_id)

"""405 Method Not Allowed, decided by the most specific route template that matches the path.

Starlette dispatches a request to the first route whose template matches, so templates with
parameters shadow literal ones for the methods the literal route lacks: `DELETE .../jobs/page`
reached `DELETE .../jobs/{job_id}` and failed validation (422), and the `Allow` header of a 405
named the methods of whichever route came first (`OPTIONS .../jobs/{id}:start` got `Allow: GET`).
Here the resource is the template with the most literal characters among those that match; if it
does not serve the method, the answer is 405 with exactly its methods in `Allow`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from osparc_platform_server.errors import error_body

_PARAM = re.compile(r"{[^}]*}")


def _specificity(route: Any) -> int:
    return len(_PARAM.sub("", str(getattr(route, "path_format", ""))))


class MethodGuardMiddleware:
    def __init__(self, app: ASGIApp, *, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.routes = routes  # every route of the application, flattened

    def allowed_methods(self, path: str) -> set[str] | None:
        """The methods of the most specific templates matching `path`; None if none match."""
        best, methods = -1, set[str]()
        for route in self.routes:
            route_methods = getattr(route, "methods", None)
            regex = getattr(route, "path_regex", None)
            if not route_methods or regex is None or not regex.match(path):
                continue
            score = _specificity(route)
            if score > best:
                best, methods = score, set(route_methods)
            elif score == best:
                methods |= route_methods
        return methods if best >= 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            allowed = self.allowed_methods(scope["path"])
            if allowed is not None and scope["method"] not in allowed:
                await _method_not_allowed(send, sorted(allowed))
                return
        await self.app(scope, receive, send)


async def _method_not_allowed(send: Send, allowed: list[str]) -> None:
    body = json.dumps(error_body(["Method Not Allowed"])).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 405,
            "headers": [
                (b"allow", ", ".join(allowed).encode()),
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

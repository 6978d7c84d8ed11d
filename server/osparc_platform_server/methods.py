"""405 Method Not Allowed, decided by the most specific route template that matches the path.

Starlette dispatches a request to the first route whose template matches, so templates with
parameters shadow literal ones for the methods the literal route lacks: `DELETE .../jobs/page`
reached `DELETE .../jobs/{job_id}` and failed validation (422), and the `Allow` header of a 405
named the methods of whichever route came first (`OPTIONS .../jobs/{id}:start` got `Allow: GET`).
Here the resource is the template with the most literal characters among those that match; if it
does not serve the method, the answer is 405 with exactly its methods in `Allow`.

This runs for every request, so the templates are matched once, in C: one regular expression
holds them all as alternatives, most specific first, and the first alternative that matches is
the best template. Only templates as specific as that one are then tried on their own (a path may
match two different templates of equal specificity, and then both serve it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from osparc_platform_server.errors import error_body

_PARAM = re.compile(r"{[^}]*}")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class _Template:
    regex: re.Pattern[str]
    specificity: int
    methods: frozenset[str]


def _specificity(route: Any) -> int:
    return len(_PARAM.sub("", str(getattr(route, "path_format", ""))))


def _templates(routes: Sequence[BaseRoute]) -> list[_Template]:
    """One entry per template (the methods of its routes merged), most specific first."""
    methods: dict[str, set[str]] = {}
    regexes: dict[str, re.Pattern[str]] = {}
    scores: dict[str, int] = {}
    for route in routes:
        route_methods = getattr(route, "methods", None)
        regex = getattr(route, "path_regex", None)
        if not route_methods or regex is None:
            continue
        pattern = regex.pattern
        methods.setdefault(pattern, set()).update(route_methods)
        regexes[pattern] = regex
        scores[pattern] = _specificity(route)
    ordered = sorted(methods, key=lambda pattern: -scores[pattern])  # stable: ties keep order
    return [_Template(regexes[p], scores[p], frozenset(methods[p])) for p in ordered]


def _alternation(templates: Sequence[_Template]) -> re.Pattern[str]:
    """All templates in one pattern; group `t<i>` is template `i`. Starlette's templates are
    `^...$` with a named group per parameter: those become plain groups, so that names do not
    clash between alternatives and the only named groups left are the templates'."""
    branches = []
    for index, template in enumerate(templates):
        body = _NAMED_GROUP.sub("(?:", template.regex.pattern)
        if not (body.startswith("^") and body.endswith("$")):
            raise ValueError(f"unexpected route pattern {template.regex.pattern!r}")
        branches.append(f"(?P<t{index}>{body[1:-1]})$")
    return re.compile("^(?:" + "|".join(branches) + ")")


class MethodGuardMiddleware:
    def __init__(self, app: ASGIApp, *, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self._templates = _templates(routes)  # every route of the application, flattened
        self._any = _alternation(self._templates)

    def allowed_methods(self, path: str) -> frozenset[str] | None:
        """The methods of the most specific templates matching `path`; None if none match."""
        found = self._any.match(path)
        if found is None or found.lastgroup is None:
            return None
        first = int(found.lastgroup[1:])
        best = self._templates[first]
        methods = best.methods
        for template in self._templates[first + 1 :]:
            if template.specificity != best.specificity:
                break
            if template.regex.match(path):
                methods = methods | template.methods
        return methods

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

"""Documented error responses, so the spec says what each operation can fail with."""

from __future__ import annotations

from typing import Any

from osparc_platform_server.schemas.common import ErrorGet

_DESCRIPTIONS = {
    400: "Bad request",
    401: "Unauthorized: missing or invalid credentials",
    402: "Payment required: not enough credits",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict with the resource's current state",
    413: "Request body too large",
    429: "Too many requests",
    500: "Unexpected server error",
    502: "Unexpected response from a backend",
    503: "Service unavailable",
    504: "Backend timeout",
}

BACKEND = (429, 500, 502, 503, 504)


def errors(*codes: int, auth: bool = True) -> dict[int | str, dict[str, Any]]:
    wanted = sorted({*codes, *BACKEND, *((401,) if auth else ())})
    return {c: {"model": ErrorGet, "description": _DESCRIPTIONS[c]} for c in wanted}


#: On the operations that are not idempotent by their method but may be sent again all the
#: same (they converge to one state, or leave only an unused upload session behind): clients
#: read it from the spec to decide what to retry (the SDK's generated `_operations` table).
RETRY_SAFE: dict[str, Any] = {"x-retry-safe": True}

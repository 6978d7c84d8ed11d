"""The platform's error envelope (ErrorGet) for every failure, including validation errors."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

logger = logging.getLogger("osparc_platform_server")


class ApiError(Exception):
    """Raised by handlers; becomes an ErrorGet response with the given status."""

    def __init__(
        self,
        status_code: int,
        *messages: Any,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(*messages)
        self.status_code = status_code
        self.messages: list[Any] = list(messages)
        self.headers = dict(headers or {})


def not_found(what: str, identifier: object) -> ApiError:
    return ApiError(404, f"{what} with identifier {identifier} not found")


def invalid(loc: Sequence[str | int], msg: str, kind: str = "value_error") -> ApiError:
    """A 422 whose body matches the spec's HTTPValidationError: `errors` holds ValidationErrors."""
    return ApiError(422, {"loc": list(loc), "msg": msg, "type": kind})


def new_support_id() -> str:
    """An OEC support id in the platform's shape: OEC:<12 hex>-<13 digit epoch ms>."""
    return f"OEC:{random.getrandbits(48):012x}-{int(time.time() * 1000)}"


def error_body(errors: Sequence[Any], support_id: str | None = None) -> dict[str, Any]:
    return {"errors": list(errors), "support_id": support_id}


def error_response(
    status_code: int,
    errors: Sequence[Any],
    headers: Mapping[str, str] | None = None,
    support_id: str | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_body(jsonable_encoder(errors), support_id),
        status_code=status_code,
        headers=dict(headers or {}),
    )


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    cleaned = []
    for err in exc.errors():
        item = {k: err[k] for k in ("loc", "msg", "type") if k in err}
        if "ctx" in err:
            item["ctx"] = {k: str(v) for k, v in err["ctx"].items()}
        if "input" in err and _small(err["input"]):
            item["input"] = err["input"]
        cleaned.append(item)
    return cleaned


def _small(value: Any) -> bool:
    """Echo only small inputs back: a huge or binary body must not be reflected."""
    return isinstance(value, (int, float, bool, type(None))) or (
        isinstance(value, str) and len(value) <= 200
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        support_id = new_support_id() if exc.status_code >= 500 else None
        return error_response(exc.status_code, exc.messages, exc.headers, support_id)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # The framework's only 400s are bodies it could not parse (JSON that is not UTF-8,
            # broken multipart): like malformed JSON, they are validation errors (422).
            error = {"loc": ["body"], "msg": str(exc.detail), "type": "value_error"}
            return error_response(422, [error])
        return error_response(exc.status_code, [exc.detail], exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_errors(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        support_id = new_support_id()
        logger.exception(
            "unexpected error [%s] on %s %s", support_id, request.method, request.url.path
        )
        return error_response(
            500, ["Unexpected error: please report the support id"], support_id=support_id
        )

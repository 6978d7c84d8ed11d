"""Limit/offset pages with relative links, as fastapi-pagination writes them on the platform."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request


def page(request: Request, items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("limit", "offset")]
    path = request.url.path

    def link(at: int) -> str:
        return f"{path}?{urlencode([*kept, ('limit', limit), ('offset', at)])}"

    last = ((total - 1) // limit) * limit if total else 0
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "links": {
            "first": link(0),
            "last": link(last),
            "self": link(offset),
            "next": link(offset + limit) if offset + limit < total else None,
            "prev": link(max(0, offset - limit)) if offset > 0 else None,
        },
    }

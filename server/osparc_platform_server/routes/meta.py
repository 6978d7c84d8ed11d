from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from osparc_platform_server import __version__
from osparc_platform_server.deps import BaseUrl
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.meta import Meta

router = APIRouter(prefix="/v0", tags=["meta"], route_class=OneTripRoute)


@router.get("/meta", response_model=Meta, responses=errors(auth=False))
def get_service_metadata(base: BaseUrl) -> dict[str, Any]:
    """The service's name, version and documentation links (needs no credentials)."""
    return {
        "name": "simcore_service_api_server",
        "version": __version__,
        "released": {"v0": __version__},
        "docs_url": f"{base}/doc",
        "docs_dev_url": f"{base}/dev/doc",
    }

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from osparc_platform_server.deps import Svc
from osparc_platform_server.identity import EVERYONE_GID, User
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.users import Profile, ProfileUpdate
from osparc_platform_server.security import CurrentUser

router = APIRouter(prefix="/v0", tags=["users"], route_class=OneTripRoute)


def _profile(svc: Svc, user: User) -> dict[str, Any]:
    with svc.db.read() as conn:
        row = conn.execute("SELECT * FROM users WHERE id = ?", (user.id,)).fetchone()
    return {
        "id": row["id"],
        "login": row["login"],
        "role": row["role"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "language": row["language"],
        "gravatar_id": row["gravatar_id"],
        "groups": {
            "me": {
                "gid": str(user.group_id),
                "label": row["login"].split("@")[0],
                "description": "primary group",
            },
            "organizations": [],
            "all": {"gid": str(EVERYONE_GID), "label": "Everyone", "description": "all users"},
        },
    }


@router.get("/me", response_model=Profile, responses=errors(404))
def get_my_profile(svc: Svc, user: CurrentUser) -> dict[str, Any]:
    """The profile of the user whose credentials sign the request."""
    return _profile(svc, user)


@router.put("/me", response_model=Profile, responses=errors(404))
def update_my_profile(svc: Svc, user: CurrentUser, body: ProfileUpdate) -> dict[str, Any]:
    """Change the names and language of the user; fields left out stay as they are."""
    changes = body.model_dump(exclude_unset=True)
    if changes:
        columns = ", ".join(f"{name} = ?" for name in changes)
        with svc.db.write() as conn:
            conn.execute(
                f"UPDATE users SET {columns} WHERE id = ?",
                [None if v is None else str(v) for v in changes.values()] + [user.id],
            )
    return _profile(svc, user)

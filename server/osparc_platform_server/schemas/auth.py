"""Our token extension (not on the platform): key/secret traded for rotating tokens."""

from __future__ import annotations

from pydantic import BaseModel, Field


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"  # noqa: S105 - a scheme name, not a secret
    expires_in: float = Field(description="Seconds until the access token expires")
    refresh_expires_in: float = Field(description="Seconds until the refresh token expires")


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class RevokeRequest(BaseModel):
    token: str = Field(min_length=1, max_length=200)

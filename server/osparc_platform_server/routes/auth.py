"""Our token extension: trade key/secret for an access token and a rotating refresh token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.security import HTTPBasicCredentials

from osparc_platform_server.accounts import InvalidCredentials, IssuedTokens
from osparc_platform_server.deps import Svc
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.auth import RefreshRequest, RevokeRequest, TokenPair
from osparc_platform_server.security import basic_scheme, invalid_credentials

router = APIRouter(prefix="/v0/auth", tags=["auth"], route_class=OneTripRoute)


def _pair(tokens: IssuedTokens) -> TokenPair:
    return TokenPair(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        refresh_expires_in=tokens.refresh_expires_in,
    )


@router.post("/token", response_model=TokenPair, responses=errors())
def create_token(
    svc: Svc, credentials: Annotated[HTTPBasicCredentials | None, Depends(basic_scheme)]
) -> TokenPair:
    """Trade an API key and secret (HTTP Basic) for a short-lived access token."""
    if credentials is None:
        raise invalid_credentials()
    try:
        user = svc.accounts.user_for_key(credentials.username, credentials.password)
    except InvalidCredentials:
        raise invalid_credentials() from None
    return _pair(svc.accounts.issue_tokens(user))


@router.post("/token:refresh", response_model=TokenPair, responses=errors())
def refresh_token(svc: Svc, body: RefreshRequest) -> TokenPair:
    """A new token pair for a refresh token, which is spent: using it twice revokes them all."""
    try:
        return _pair(svc.accounts.refresh(body.refresh_token))
    except InvalidCredentials:
        raise invalid_credentials() from None


@router.post("/token:revoke", status_code=204, response_class=Response, responses=errors())
def revoke_token(svc: Svc, body: RevokeRequest) -> Response:
    """Revoke a token and every token issued with it; unknown tokens are ignored."""
    svc.accounts.revoke(body.token)
    return Response(status_code=204)

"""Authentication (Basic key/secret or Bearer token) and the optional per-user rate limit."""

from __future__ import annotations

import math
import threading
import time
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
)
from starlette.concurrency import run_in_threadpool

from osparc_platform_server.accounts import Accounts, InvalidCredentials, User
from osparc_platform_server.errors import ApiError

basic_scheme = HTTPBasic(auto_error=False)
bearer_scheme = HTTPBearer(auto_error=False)

_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": "Basic"}


def invalid_credentials() -> ApiError:
    return ApiError(401, "Invalid API credentials", headers=_UNAUTHORIZED_HEADERS)


class RateLimiter:
    """A token bucket per user: `rate` requests a second on average, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, user_id: int) -> float:
        """0 when the request may go ahead, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(user_id, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[user_id] = (tokens - 1.0, now)
                return 0.0
            self._buckets[user_id] = (tokens, now)
            return (1.0 - tokens) / self.rate


async def authenticated_user(
    request: Request,
    basic: Annotated[HTTPBasicCredentials | None, Depends(basic_scheme)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> User:
    """The caller, on the event loop: every request needs it, and a known key is checked in
    memory. Only what reads the database (a key not seen yet, a token) goes to a worker thread,
    so that SQLite never blocks the loop."""
    accounts: Accounts = request.app.state.accounts
    try:
        if basic is not None:
            user = accounts.cached_user_for_key(basic.username, basic.password)
            if user is None:
                user = await run_in_threadpool(
                    accounts.user_for_key, basic.username, basic.password
                )
        elif bearer is not None:
            user = await run_in_threadpool(accounts.user_for_access_token, bearer.credentials)
        else:
            raise ApiError(401, "Not authenticated", headers=_UNAUTHORIZED_HEADERS)
    except InvalidCredentials:
        raise invalid_credentials() from None
    limiter: RateLimiter | None = request.app.state.rate_limiter
    if limiter is not None:
        wait = limiter.retry_after(user.id)
        if wait > 0:
            raise ApiError(
                429, "Too many requests", headers={"Retry-After": str(max(1, math.ceil(wait)))}
            )
    return user


CurrentUser = Annotated[User, Depends(authenticated_user)]

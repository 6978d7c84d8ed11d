"""Presigned links: what the platform's object store hands out for uploads and downloads.

A link is valid for one method and path until it expires; it needs no credentials, so it
carries an HMAC over exactly those. The key survives restarts (it lives in the database).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from urllib.parse import urlencode

from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError


class LinkSigner:
    def __init__(self, db: Database, ttl: float) -> None:
        self._ttl = ttl
        with db.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('link_key', ?)",
                (secrets.token_hex(32),),
            )
            row = conn.execute("SELECT value FROM meta WHERE key = 'link_key'").fetchone()
        self._key = bytes.fromhex(str(row["value"]))

    def _signature(self, method: str, path: str, expires: int) -> str:
        message = f"{method.upper()}\n{path}\n{expires}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def sign(self, base_url: str, method: str, path: str) -> str:
        expires = int(time.time() + self._ttl)
        query = urlencode({"expires": expires, "signature": self._signature(method, path, expires)})
        return f"{base_url.rstrip('/')}{path}?{query}"

    def verify(self, method: str, path: str, expires: int, signature: str) -> None:
        expected = self._signature(method, path, expires)
        if not hmac.compare_digest(expected, signature):
            raise ApiError(403, "Invalid link signature")
        if expires < time.time():
            raise ApiError(403, "Link expired")

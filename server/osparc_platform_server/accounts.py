"""Users, their API keys, their tokens and their wallets."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass

from osparc_platform_server.db import Database
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.services.studies import seed_user_studies


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: float
    refresh_expires_in: float


class InvalidCredentials(Exception):
    """Unknown key, wrong secret, or an expired, revoked or unknown token."""


class Accounts:
    """Creates users and checks credentials; secrets and tokens are stored only as hashes."""

    def __init__(
        self,
        db: Database,
        *,
        access_ttl: float,
        refresh_ttl: float,
        initial_credits: float,
    ) -> None:
        self._db = db
        self._access_ttl = access_ttl
        self._refresh_ttl = refresh_ttl
        self._initial_credits = initial_credits
        self._key_cache: dict[str, tuple[str, User]] = {}
        self._cache_lock = threading.Lock()

    # -- users and keys ---------------------------------------------------------------------
    def create_user(self, login: str, api_key: str, api_secret: str) -> User:
        """Create a user (or reuse the one with this login) and register the key for it."""
        with self._db.write() as conn:
            row = conn.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO users(login, first_name, last_name, role, gravatar_id, created_at)"
                    " VALUES (?, ?, ?, 'USER', ?, ?)",
                    (login, None, None, _digest(login)[:32], now_iso()),
                )
                user_id = int(cur.lastrowid or 0)
                stamp = now_iso()
                conn.execute(
                    "INSERT INTO wallets(user_id, name, description, status, available_credits,"
                    " created, modified) VALUES (?, 'Default wallet', ?, 'ACTIVE', ?, ?, ?)",
                    (user_id, f"Credits of {login}", self._initial_credits, stamp, stamp),
                )
                seed_user_studies(conn, user_id)
            else:
                user_id = int(row["id"])
            existing = conn.execute(
                "SELECT user_id FROM api_keys WHERE api_key = ?", (api_key,)
            ).fetchone()
            if existing is not None and int(existing["user_id"]) != user_id:
                raise ValueError("this API key already belongs to another user")
            conn.execute(
                "INSERT INTO api_keys(api_key, user_id, secret_hash, created_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT(api_key) DO UPDATE SET secret_hash = excluded.secret_hash",
                (api_key, user_id, _digest(api_secret), now_iso()),
            )
        with self._cache_lock:
            self._key_cache.pop(api_key, None)
        return User(user_id, login)

    def count_users(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def user_for_key(self, api_key: str, api_secret: str) -> User:
        user = self.cached_user_for_key(api_key, api_secret)
        if user is not None:
            return user
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT k.secret_hash, u.id, u.login FROM api_keys k"
                " JOIN users u ON u.id = k.user_id WHERE k.api_key = ?",
                (api_key,),
            ).fetchone()
        if row is None:
            raise InvalidCredentials
        cached = (str(row["secret_hash"]), User(int(row["id"]), str(row["login"])))
        with self._cache_lock:
            self._key_cache[api_key] = cached
        return self._checked(cached, api_secret)

    def cached_user_for_key(self, api_key: str, api_secret: str) -> User | None:
        """`user_for_key` from memory alone: None when the key is not cached yet (only
        `user_for_key` reads the database), so that it may run on the event loop."""
        cached = self._key_cache.get(api_key)
        return None if cached is None else self._checked(cached, api_secret)

    @staticmethod
    def _checked(cached: tuple[str, User], api_secret: str) -> User:
        secret_hash, user = cached
        if not hmac.compare_digest(secret_hash, _digest(api_secret)):
            raise InvalidCredentials
        return user

    # -- tokens -----------------------------------------------------------------------------
    def issue_tokens(self, user: User, family: str | None = None) -> IssuedTokens:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        family = family or secrets.token_hex(16)
        now = time.time()
        with self._db.write() as conn:
            self._store_pair(conn, user, family, access, refresh, now)
        return IssuedTokens(access, refresh, self._access_ttl, self._refresh_ttl)

    def _store_pair(
        self,
        conn: sqlite3.Connection,
        user: User,
        family: str,
        access: str,
        refresh: str,
        now: float,
    ) -> None:
        conn.executemany(
            "INSERT INTO tokens(token_hash, kind, user_id, family, expires_at) VALUES (?,?,?,?,?)",
            [
                (_digest(access), "access", user.id, family, now + self._access_ttl),
                (_digest(refresh), "refresh", user.id, family, now + self._refresh_ttl),
            ],
        )
        conn.execute("DELETE FROM tokens WHERE expires_at < ?", (now - 3600,))

    def refresh(self, refresh_token: str) -> IssuedTokens:
        """Rotate: the refresh token is spent; presenting a spent one revokes its whole family."""
        now = time.time()
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        reused = False
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT t.user_id, t.family, t.expires_at, t.revoked, u.login FROM tokens t"
                " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.kind = 'refresh'",
                (_digest(refresh_token),),
            ).fetchone()
            if row is None or row["expires_at"] < now:
                raise InvalidCredentials
            if row["revoked"]:
                conn.execute("UPDATE tokens SET revoked = 1 WHERE family = ?", (row["family"],))
                reused = True
            else:
                conn.execute(
                    "UPDATE tokens SET revoked = 1 WHERE token_hash = ?", (_digest(refresh_token),)
                )
                user = User(int(row["user_id"]), str(row["login"]))
                self._store_pair(conn, user, str(row["family"]), access, refresh, now)
        if reused:
            raise InvalidCredentials
        return IssuedTokens(access, refresh, self._access_ttl, self._refresh_ttl)

    def revoke(self, token: str) -> None:
        """Revoke a token and every token issued with it (its family)."""
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT family FROM tokens WHERE token_hash = ?", (_digest(token),)
            ).fetchone()
            if row is not None:
                conn.execute("UPDATE tokens SET revoked = 1 WHERE family = ?", (row["family"],))

    def user_for_access_token(self, token: str) -> User:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT t.expires_at, t.revoked, u.id, u.login FROM tokens t"
                " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.kind = 'access'",
                (_digest(token),),
            ).fetchone()
        if row is None or row["revoked"] or row["expires_at"] < time.time():
            raise InvalidCredentials
        return User(int(row["id"]), str(row["login"]))

"""`platform-server`: start the reference platform, or add a user to its data directory."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from platform_server.accounts import Accounts
from platform_server.db import Database
from platform_server.settings import ENV_PREFIX, Settings

DEFAULT_LOGIN = "user@osparc.local"


def _serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="platform-server",
        description="Run the reference oSPARC platform (`add-user --help`: register users).",
    )
    p.add_argument("--host", default=os.environ.get(ENV_PREFIX + "HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get(ENV_PREFIX + "PORT", "8000")))
    p.add_argument("--data-dir", type=Path, default=None, help="where state is kept")
    p.add_argument("--api-key", default=os.environ.get(ENV_PREFIX + "API_KEY"))
    p.add_argument("--api-secret", default=os.environ.get(ENV_PREFIX + "API_SECRET"))
    p.add_argument("--login", default=DEFAULT_LOGIN, help="login of the user the key belongs to")
    p.add_argument("--time-scale", type=float, default=None, help="0.01 runs jobs 100x faster")
    p.add_argument("--rate-limit", type=float, default=None, help="requests/s per user (0: off)")
    p.add_argument(
        "--ignore-idempotency-keys",
        action="store_true",
        default=None,
        help="create a new job for every creation, whatever its Idempotency-Key (as the real "
        "platform does)",
    )
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--log-level", default="warning")
    return p


def _add_user_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="platform-server add-user", description="Register a user.")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--login", required=True)
    # The key and secret may come from the environment, like `serve`'s, so that a script
    # need not show a secret in the process list.
    p.add_argument("--api-key", default=os.environ.get(ENV_PREFIX + "API_KEY"))
    p.add_argument("--api-secret", default=os.environ.get(ENV_PREFIX + "API_SECRET"))
    return p


def _accounts(settings: Settings) -> Accounts:
    return Accounts(
        Database(settings.db_path),
        access_ttl=settings.access_token_ttl,
        refresh_ttl=settings.refresh_token_ttl,
        initial_credits=settings.initial_credits,
    )


def _settings_env(args: argparse.Namespace) -> None:
    """Settings travel to the app (and to every worker process) through the environment."""
    if args.data_dir is not None:
        os.environ[ENV_PREFIX + "DATA_DIR"] = str(args.data_dir.resolve())
    for name in ("time_scale", "rate_limit"):
        value = getattr(args, name, None)
        if value is not None:
            os.environ[ENV_PREFIX + name.upper()] = str(value)
    if getattr(args, "ignore_idempotency_keys", None):
        os.environ[ENV_PREFIX + "IGNORE_IDEMPOTENCY_KEYS"] = "1"


def add_user(argv: Sequence[str]) -> int:
    args = _add_user_parser().parse_args(argv)
    _settings_env(args)
    key = args.api_key or f"key_{secrets.token_hex(8)}"
    secret = args.api_secret or secrets.token_urlsafe(24)
    user = _accounts(Settings()).create_user(args.login, key, secret)
    print(f"user {user.login} (id {user.id})\nAPI key:    {key}\nAPI secret: {secret}")
    return 0


def serve(argv: Sequence[str]) -> int:
    args = _serve_parser().parse_args(argv)
    if bool(args.api_key) != bool(args.api_secret):
        print("error: --api-key and --api-secret go together", file=sys.stderr)
        return 2
    _settings_env(args)
    settings = Settings()
    accounts = _accounts(settings)
    if args.api_key:
        accounts.create_user(args.login, args.api_key, args.api_secret)
    elif accounts.count_users() == 0:
        key, secret = f"key_{secrets.token_hex(8)}", secrets.token_urlsafe(24)
        accounts.create_user(args.login, key, secret)
        print(f"Created user {args.login}. Keep these, they are shown once:")
        print(f"  OSPARC_API_KEY={key}\n  OSPARC_API_SECRET={secret}")
    print(f"Serving the platform on http://{args.host}:{args.port} (data in {settings.data_dir})")
    sys.stdout.flush()

    import uvicorn

    uvicorn.run(
        "platform_server.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "add-user":
        return add_user(argv[1:])
    if argv and argv[0] == "serve":
        argv = argv[1:]
    return serve(argv)

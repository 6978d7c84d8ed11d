"""`platform-server`: start the reference platform, or add a user to its data directory."""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from osparc_platform_server.accounts import Accounts
from osparc_platform_server.db import Database
from osparc_platform_server.settings import ENV_PREFIX, Settings

DEFAULT_LOGIN = "user@osparc.local"


# Defaults are written into each help line by hand: argparse's own "(default: ...)" would
# print a secret taken from the environment, and "None" for what is decided later.
_Help = argparse.RawDescriptionHelpFormatter


def _env_default(name: str, default: str | None = None) -> str | None:
    return os.environ.get(ENV_PREFIX + name, default)


def _data_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"where the database and the files are kept (env {ENV_PREFIX}DATA_DIR; "
        "default: .platform-data in the current folder)",
    )


def _key_options(p: argparse.ArgumentParser, what: str, unset: str) -> None:
    # The key and secret may come from the environment, so that a script need not show a
    # secret in the process list.
    p.add_argument(
        "--api-key",
        default=_env_default("API_KEY"),
        help=f"API key {what} (env {ENV_PREFIX}API_KEY; {unset})",
    )
    p.add_argument(
        "--api-secret",
        default=_env_default("API_SECRET"),
        help=f"its secret (env {ENV_PREFIX}API_SECRET, better than this option)",
    )


def _serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="platform-server",
        description="Run the reference oSPARC platform.\n\n"
        "On a first start (no user yet) it creates one and prints its key and secret.\n"
        "`platform-server add-user --help`: register more users.",
        formatter_class=_Help,
    )
    p.add_argument(
        "--host",
        default=_env_default("HOST", "127.0.0.1"),
        help=f"address to listen on (env {ENV_PREFIX}HOST; default %(default)s)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=int(_env_default("PORT", "8000") or "8000"),
        help=f"port to listen on (env {ENV_PREFIX}PORT; default %(default)s)",
    )
    _data_dir_option(p)
    _key_options(p, "to register at start", "without one, a first start makes a random one")
    p.add_argument(
        "--login",
        default=DEFAULT_LOGIN,
        help="login of the user the key belongs to (default %(default)s)",
    )
    p.add_argument(
        "--time-scale",
        type=float,
        default=None,
        help=f"multiplies job durations: 0.01 runs jobs 100x faster (env {ENV_PREFIX}"
        "TIME_SCALE; default 1, real time)",
    )
    p.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        help=f"requests per second per user (env {ENV_PREFIX}RATE_LIMIT; default 0, no limit)",
    )
    p.add_argument("--workers", type=int, default=1, help="server processes (default %(default)s)")
    p.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug", "trace"],
        help="how much the server logs (default %(default)s)",
    )
    p.add_argument(
        "--ignore-idempotency-keys",
        action="store_true",
        default=None,
        help="create a new job for every creation, whatever its Idempotency-Key (as the real "
        "platform does; default: a repeated key gives back the job it created)",
    )
    return p


def _add_user_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="platform-server add-user",
        description="Register a user and print its API key and secret.",
        formatter_class=_Help,
    )
    _data_dir_option(p)
    p.add_argument("--login", required=True, help="the new user's login (an e-mail address)")
    _key_options(p, "of the new user", "default: a new random one")
    return p


def port_in_use(host: str, port: int) -> OSError | None:
    """The error binding (host, port) gives now, or None when it is free. Binding as uvicorn
    does (SO_REUSEADDR), so that a port left in TIME_WAIT counts as free, as it will be."""
    if port == 0:
        return None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        return error
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as error:
            return error
    return None


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
    # Before anything is created or printed: a busy port is one clear line, not a user
    # registered, "Serving..." and then uvicorn's failure.
    busy = port_in_use(args.host, args.port)
    if busy is not None:
        reason = busy.strerror or str(busy)
        print(
            f"error: cannot listen on {args.host}:{args.port} ({reason}): is another server "
            "running there? Choose another --port.",
            file=sys.stderr,
        )
        return 1
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
        "osparc_platform_server.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        # The access log is written at INFO: below that level uvicorn would still format each
        # line's client address and path, for nothing.
        access_log=args.log_level in ("info", "debug", "trace"),
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "add-user":
        return add_user(argv[1:])
    if argv and argv[0] == "serve":
        argv = argv[1:]
    return serve(argv)

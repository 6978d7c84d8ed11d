"""Where settings come from: explicit arguments, then environment variables, then a file.

Environment: OSPARC_API_HOST (or OSPARC_API_BASE_URL), OSPARC_API_KEY, OSPARC_API_SECRET,
OSPARC_API_AUTH (basic | token), OSPARC_CA_BUNDLE, OSPARC_ASYNC_TRANSPORT (stdlib | aiohttp |
httpx), OSPARC_SYNC_TRANSPORT (stdlib | httpx), OSPARC_PROFILE, OSPARC_CONFIG_FILE.
File: `config.toml` in the user's config directory, one table per profile:

    [default]
    host = "https://api.osparc.io"
    api_key = "..."
    api_secret = "..."
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypedDict, Unpack, cast

import httpx
from osparc_sdk_patches.client import (
    ASYNC_TRANSPORTS,
    DEFAULT_JOB_CREATION_TIMEOUT,
    DEFAULT_TIMEOUT,
    SYNC_TRANSPORTS,
    AsyncTransportName,
    AuthMode,
    ClientSettings,
    SyncTransportName,
)
from osparc_sdk_patches.errors import ConfigurationError, InvalidHostError, MissingCredentialsError
from osparc_sdk_patches.types import RetryPolicy

APP_NAME = "osparc-sdk"
DEFAULT_HOST = "https://api.osparc.io"
HOST_VARS = ("OSPARC_API_HOST", "OSPARC_API_BASE_URL")


def user_agent() -> str:
    """`osparc-sdk/1.0.0 python/3.11 httpx/0.28.1`: what the platform's logs show of us."""
    import sys

    from sdk._version import __version__

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"{APP_NAME}/{__version__} python/{python} httpx/{httpx.__version__}"


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def default_config_file() -> Path:
    return Path(os.environ.get("OSPARC_CONFIG_FILE") or config_dir() / "config.toml")


def read_profile(path: Path, profile: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigurationError(f"cannot read the config file {path}: {error}") from error
    import tomllib  # loaded only when there is a config file to read

    try:
        data = tomllib.loads(raw.decode())
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"cannot read the config file {path}: {error}") from error
    section = data.get(profile, {})
    if not isinstance(section, dict):
        raise ConfigurationError(f"[{profile}] in {path} must be a table")
    return section


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value:
            return value
    return None


def _verify(ca_bundle: str | None, verify: bool | str | None) -> bool | str:
    value = ca_bundle or True if verify is None else verify
    if isinstance(value, str) and not Path(value).is_file():
        raise ConfigurationError(f"CA bundle {value} does not exist")
    return value


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class ClientOptions(TypedDict, total=False):
    """The settings `ApiClient(...)` and `sdk.aio.ApiClient(...)` take, all optional: each one
    not given is read from the environment, then from the config file's profile.

    Attributes:
        host: The platform's API, e.g. `https://api.osparc.io` (`OSPARC_API_HOST`).
        api_key: The API key (`OSPARC_API_KEY`).
        api_secret: The API secret (`OSPARC_API_SECRET`).
        auth: `"basic"` (key and secret on every request, the default) or `"token"`
            (short-lived bearer tokens) (`OSPARC_API_AUTH`).
        timeout: Seconds, or an `httpx.Timeout`, for each request.
        retry: When and how often a request is sent again (`RetryPolicy`).
        verify: False, or the path of a CA bundle (default: the system's certificates, or
            `OSPARC_CA_BUNDLE`).
        profile: The table of the config file to read (`OSPARC_PROFILE`, default `default`).
        config_file: The config file (`OSPARC_CONFIG_FILE`, default `config.toml` in the user's
            config folder).
        token_cache: Where tokens are kept between runs: True (the user's cache folder, the
            default), False (nowhere) or a path.
        async_transport: What carries `sdk.aio`'s requests: `"stdlib"` (the default: asyncio
            connections with the SDK's own pool), `"aiohttp"` (the `aiohttp` extra) or
            `"httpx"` (`OSPARC_ASYNC_TRANSPORT`).
        sync_transport: What carries the blocking client's requests: `"stdlib"` (the default:
            standard-library sockets with the SDK's own pool) or `"httpx"`
            (`OSPARC_SYNC_TRANSPORT`).
        job_creation_timeout: Seconds that stopping a function job, or reading its logs or
            metadata, waits for the platform to create the job it runs (default 60;
            `OSPARC_JOB_CREATION_TIMEOUT`).
    """

    host: str | None
    api_key: str | None
    api_secret: str | None
    auth: AuthMode | None
    timeout: float | httpx.Timeout | None
    retry: RetryPolicy | None
    verify: bool | str | None
    profile: str | None
    config_file: str | os.PathLike[str] | None
    token_cache: str | os.PathLike[str] | bool
    async_transport: AsyncTransportName | None
    sync_transport: SyncTransportName | None
    job_creation_timeout: float | None


def _seconds(setting: str, *values: object, default: float) -> float:
    """The first of `values` given (an argument, the environment, the config file) as a
    number of seconds, 0 or more, else `default`; `ConfigurationError` for anything else."""
    for value in values:
        if value is None or value == "":
            continue
        seconds = -1.0
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            with contextlib.suppress(ValueError):
                seconds = float(value)
        if not seconds >= 0:  # also NaN
            raise ConfigurationError(
                f"{setting} must be a number of seconds (0 or more), not {value!r}"
            )
        return seconds
    return default


def _choice(setting: str, allowed: tuple[str, ...], value: str | None) -> str | None:
    if value is not None and value not in allowed:
        raise ConfigurationError(f"{setting} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def resolve(
    *, env: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]
) -> ClientSettings:
    """The settings of a client: `options` win over `env` (default: the process environment),
    which wins over the config file."""
    unknown = sorted(options.keys() - ClientOptions.__optional_keys__)
    if unknown:  # as a misspelt keyword argument of any function is
        raise TypeError(f"unexpected client settings: {', '.join(unknown)}")
    env = os.environ if env is None else env
    path = (
        Path(config_file) if (config_file := options.get("config_file")) else default_config_file()
    )
    profile_name = options.get("profile") or env.get("OSPARC_PROFILE") or "default"
    stored = read_profile(path, profile_name)

    resolved_host = (
        _first(options.get("host"), *(env.get(v) for v in HOST_VARS), stored.get("host"))
        or DEFAULT_HOST
    )
    key = _first(options.get("api_key"), env.get("OSPARC_API_KEY"), stored.get("api_key"))
    secret = _first(
        options.get("api_secret"), env.get("OSPARC_API_SECRET"), stored.get("api_secret")
    )
    missing = [name for name, value in (("API key", key), ("API secret", secret)) if not value]
    if missing:
        raise MissingCredentialsError(
            f"no {' and no '.join(missing)} found: pass api_key=/api_secret=, set "
            f"OSPARC_API_KEY and OSPARC_API_SECRET, or add api_key and api_secret to "
            f"[{profile_name}] in {path}",
            missing=missing,
            profile=profile_name,
            config_file=str(path),
        )
    mode = _first(options.get("auth"), env.get("OSPARC_API_AUTH"), stored.get("auth")) or "basic"
    if mode not in ("basic", "token"):
        raise ConfigurationError(f"auth must be 'basic' or 'token', not {mode!r}")
    transport = _choice(
        "async_transport",
        ASYNC_TRANSPORTS,
        _first(
            options.get("async_transport"),
            env.get("OSPARC_ASYNC_TRANSPORT"),
            stored.get("async_transport"),
        ),
    )
    sync = _choice(
        "sync_transport",
        SYNC_TRANSPORTS,
        _first(
            options.get("sync_transport"),
            env.get("OSPARC_SYNC_TRANSPORT"),
            stored.get("sync_transport"),
        ),
    )
    if not resolved_host.startswith(("http://", "https://")):
        raise InvalidHostError(
            f"host must start with http:// or https://, not {resolved_host!r}", host=resolved_host
        )
    token_cache = options.get("token_cache", True)
    if isinstance(token_cache, bool):
        cache_path = cache_dir() / "tokens.json" if token_cache else None
    else:
        cache_path = Path(token_cache)
    return ClientSettings(
        host=resolved_host.rstrip("/"),
        api_key=cast(str, key),
        api_secret=cast(str, secret),
        auth=cast(AuthMode, mode),
        timeout=_timeout(options.get("timeout")),
        retry=options.get("retry") or RetryPolicy(),
        verify=_verify(
            _first(env.get("OSPARC_CA_BUNDLE"), stored.get("ca_bundle")), options.get("verify")
        ),
        token_cache=cache_path,
        user_agent=user_agent(),
        async_transport=cast(AsyncTransportName, transport or "stdlib"),
        sync_transport=cast(SyncTransportName, sync or "stdlib"),
        job_creation_timeout=_seconds(
            "job_creation_timeout",
            options.get("job_creation_timeout"),
            env.get("OSPARC_JOB_CREATION_TIMEOUT"),
            stored.get("job_creation_timeout"),
            default=DEFAULT_JOB_CREATION_TIMEOUT,
        ),
    )

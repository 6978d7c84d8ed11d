"""`configure` (write the config file) and `check` (try the settings against the platform)."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from sdk.cli import _output as out
from sdk.cli._common import ExitCode, fail, guarded, state
from sdk.cli._output import Output, OutputOption

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _toml_key(key: str) -> str:
    return key if key and set(key) <= _BARE_KEY else json.dumps(key, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} values")


def render_config(data: Mapping[str, Any]) -> str:
    """TOML for a config: top-level scalars, then one table of scalars per profile."""
    lines = [
        f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)
    ]
    for name, table in data.items():
        if not isinstance(table, dict):
            continue
        if lines:
            lines.append("")
        lines.append(f"[{_toml_key(name)}]")
        lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (0600), atomically, its folder 0700 if new."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict[str, Any]:
    from sdk import ConfigurationError

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"cannot read the config file {path}: {error}") from error


@guarded
def configure(
    host: Annotated[
        str | None, typer.Option("--host", help="API host, e.g. https://api.osparc.io")
    ] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key")] = None,
    api_secret: Annotated[
        str | None, typer.Option("--api-secret", help="API secret (prompted, hidden, if absent)")
    ] = None,
    output: OutputOption = Output.table,
) -> None:
    """Save host, API key and secret in the config file (mode 0600), as a [profile] table.

    Missing values are asked for (the secret without echo); give them all as options to
    configure from a script. The profile is --profile (default: "default"); the file is
    --config-file, or config.toml in your user config folder.

    Examples:

      osparc-sdk configure

      osparc-sdk -p staging configure --host https://api.example.org --api-key K --api-secret S
    """
    from sdk._config import DEFAULT_HOST, default_config_file

    options = state()
    path = options.config_file or default_config_file()
    profile = options.profile or os.environ.get("OSPARC_PROFILE") or "default"
    data = _read(path)
    current = data.get(profile, {})
    if not isinstance(current, dict):
        fail(f"[{profile}] in {path} is not a table", ExitCode.CONFIG)
    host = (
        host or options.host or typer.prompt("API host", default=current.get("host", DEFAULT_HOST))
    )
    api_key = (
        api_key
        or options.api_key
        or typer.prompt("API key", default=current.get("api_key") or None)
    )
    api_secret = (
        api_secret
        or options.api_secret
        or typer.prompt("API secret", hide_input=True, default=current.get("api_secret") or None)
    )
    if not str(host).startswith(("http://", "https://")):
        fail(f"host must start with http:// or https://, not {host!r}", ExitCode.USAGE)
    data[profile] = {
        **current,
        "host": str(host).rstrip("/"),
        "api_key": str(api_key),
        "api_secret": str(api_secret),
    }
    try:
        text = render_config(data)
    except TypeError as error:
        fail(f"cannot rewrite {path}: {error}; edit it by hand", ExitCode.CONFIG)
    write_private(path, text)
    if output is Output.json:
        out.emit_json({"config_file": str(path), "profile": profile, "host": data[profile]["host"]})
    else:
        out.note(f"Saved profile [{profile}] in {path} (mode 0600). Try it: osparc-sdk check")


@guarded
def check(output: OutputOption = Output.table) -> None:
    """Check the settings: sign in and show who you are on which platform.

    Example:

      osparc-sdk --profile staging check
    """
    from sdk import MetaApi, UsersApi

    with state().client() as client:
        profile = UsersApi(client).get_my_profile()
        meta = MetaApi(client).get_service_metadata()
        host = client.settings.host
        auth = client.settings.auth
    data = {
        "ok": True,
        "host": host,
        "auth": auth,
        "login": profile.login,
        "user_id": profile.id,
        "role": profile.role,
        "api_name": meta.name,
        "api_version": meta.version,
    }
    fields = [(k.replace("_", " "), v) for k, v in data.items()]
    out.emit_record(output, data, fields, title="Signed in")

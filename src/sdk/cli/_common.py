"""What every command runs in: settings from the global options, exit codes, and error
reporting (`guarded`). How commands answer is `_output`, the arguments they share `_args`,
and how they find what they name `_lookups`."""

from __future__ import annotations

import contextvars
import enum
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from sdk.cli._output import err_console

if TYPE_CHECKING:
    from sdk import ApiClient

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(enum.IntEnum):
    """What the exit status of `osparc-sdk` means (scripts may rely on these)."""

    OK = 0
    JOB_FAILED = 1
    USAGE = 2
    CONFIG = 3
    NOT_FOUND = 4
    API = 5
    TIMEOUT = 6
    INTERRUPTED = 130


EXIT_CODES_HELP = """\
Exit codes: 0 ok; 1 a job FAILED or was ABORTED; 2 usage error or invalid inputs; 3
configuration or authentication problem; 4 not found; 5 API, server or transfer error; 6 timed
out; 130 interrupted (Ctrl-C)."""


@dataclass
class State:
    """The global options, as given (None: from the environment or the config file)."""

    host: str | None = None
    profile: str | None = None
    api_key: str | None = None
    api_secret: str | None = None
    config_file: Path | None = None
    debug: bool = False

    def client(self) -> ApiClient:
        from sdk import ApiClient

        return ApiClient(
            host=self.host,
            api_key=self.api_key,
            api_secret=self.api_secret,
            profile=self.profile,
            config_file=self.config_file,
        )


_STATE: contextvars.ContextVar[State] = contextvars.ContextVar("osparc_sdk_cli_state")


def set_state(value: State) -> None:
    """Called by the root command with the global options, before any command runs."""
    _STATE.set(value)


def state() -> State:
    return _STATE.get(State())


def command_group(help: str) -> typer.Typer:
    """A group of commands (`osparc-sdk GROUP COMMAND`); alone, it shows its help."""
    return typer.Typer(help=help, no_args_is_help=True)


# -- errors ---------------------------------------------------------------------------------------
def exit_code_for(error: BaseException) -> ExitCode:
    from osparc_sdk_patches import errors

    from sdk._job_core import JobFailedError, JobTimeoutError, TaskTimeoutError

    table: Sequence[tuple[type[BaseException] | tuple[type[BaseException], ...], ExitCode]] = (
        (JobFailedError, ExitCode.JOB_FAILED),
        ((JobTimeoutError, TaskTimeoutError, errors.ApiTimeoutError), ExitCode.TIMEOUT),
        ((errors.InvalidInputError, errors.ValidationError), ExitCode.USAGE),
        (
            (errors.ConfigurationError, errors.AuthenticationError, errors.PermissionDeniedError),
            ExitCode.CONFIG,
        ),
        ((errors.NotFoundError, errors.NoResultsError, FileNotFoundError), ExitCode.NOT_FOUND),
        (KeyboardInterrupt, ExitCode.INTERRUPTED),
    )
    for kinds, code in table:
        if isinstance(error, kinds):
            return code
    return ExitCode.API


def message_for(error: BaseException) -> str:
    """What the command line says about an SDK error: advice for a shell, given once (the
    SDK's own messages advise Python callers)."""
    from osparc_sdk_patches import errors

    if isinstance(error, errors.MissingCredentialsError):
        what = " and no ".join(error.missing)
        return (
            f"no {what} found: run `osparc-sdk configure`, or set OSPARC_API_KEY and "
            f"OSPARC_API_SECRET (looked for in the environment and in [{error.profile}] of "
            f"{error.config_file})"
        )
    if isinstance(error, errors.InvalidHostError):
        host = error.host
        if "://" not in host:
            return (
                f"the host {host!r} has no scheme: write https://{host} (or http:// for a "
                "local platform), with --host or OSPARC_API_HOST"
            )
        return f"the host must start with http:// or https://, not {host!r}"
    if isinstance(error, errors.AuthenticationError):
        return f"{error} (check the key and secret: `osparc-sdk configure`)"
    return str(error)


def one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", str(text)).strip()


def fail(message: str, code: ExitCode) -> NoReturn:
    from rich.markup import escape

    err_console().print(f"[bold red]error:[/] {escape(one_line(message))}", highlight=False)
    raise typer.Exit(int(code))


def guarded(func: F) -> F:
    """Run a command: SDK errors become one readable line on stderr and an exit code (the
    traceback only with --debug); Ctrl-C exits 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from osparc_sdk_patches.errors import SdkError

        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.TyperException):
            raise
        except typer.Abort:
            fail("aborted: a value was needed and none was given", ExitCode.USAGE)
        except KeyboardInterrupt:
            err_console().print("interrupted", style="yellow")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except (SdkError, OSError) as error:
            if state().debug:
                raise
            fail(message_for(error), exit_code_for(error))

    return wrapper  # type: ignore[return-value]

"""What every command shares: settings from the global options, exit codes, error reporting,
output (tables for people, JSON for scripts), and parsing `key=value` arguments."""

from __future__ import annotations

import contextvars
import enum
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar
from uuid import UUID

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from sdk import ApiClient, JobHandle, SolverRelease

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


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


class Output(enum.StrEnum):
    table = "table"
    json = "json"


OUTPUT_HELP = "table for people, json for scripts (valid JSON on stdout, nothing else)"


def _inherit_output(ctx: typer.Context, param: typer.CallbackParam, value: Output) -> Output:
    """A command's --output left unset takes the global one (`osparc-sdk -o json COMMAND`)."""
    source = ctx.get_parameter_source(param.name) if param.name else None
    if source is not None and source.name == "DEFAULT":
        given = ctx.find_root().params.get("output")
        if given is not None:
            return Output(given)
    return value


OutputOption = Annotated[
    Output,
    typer.Option(
        "--output",
        "-o",
        help=OUTPUT_HELP + "; also a global option, before the command",
        case_sensitive=False,
        callback=_inherit_output,
    ),
]


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


# -- output ---------------------------------------------------------------------------------------
def out_console() -> Console:
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 240, highlight=False)


def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def show_progress(output: Output) -> bool:
    """Progress bars go to stderr, for people at a terminal."""
    return output is Output.table and sys.stderr.isatty()


def jsonable(value: Any) -> Any:
    """`sdk._job_data.jsonable`, imported when first needed (the SDK loads only for a command)."""
    from sdk._job_data import jsonable as to_jsonable

    return to_jsonable(value)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(data), indent=2, sort_keys=False) + "\n")
    sys.stdout.flush()


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if hasattr(value, "to_dict"):
        return json.dumps(jsonable(value))
    return str(value)


def emit_table(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None
) -> None:
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")  # ids and names wrap, never get cut
    for row in rows:
        table.add_row(*(cell(v) for v in row))
    out_console().print(table)


def emit_fields(fields: Sequence[tuple[str, Any]], *, title: str | None = None) -> None:
    from rich import box
    from rich.table import Table

    table = Table(show_header=False, box=box.SIMPLE, title=title, title_justify="left")
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, value in fields:
        table.add_row(name, cell(value))
    out_console().print(table)


def note(message: str) -> None:
    """A message for people, on stderr (stdout stays for the data)."""
    err_console().print(message, markup=False, highlight=False)


# -- arguments ------------------------------------------------------------------------------------
_VERSION = re.compile(r"^(latest|\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?)$")


def split_version(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """`[VERSION] key=value ...`: the optional version first, then the assignments."""
    rest = list(args)
    if rest and "=" not in rest[0]:
        version = rest.pop(0)
        if not _VERSION.match(version):
            raise typer.BadParameter(
                f"{version!r} is neither a version (like 2.1.6) nor KEY=VALUE",
                param_hint="VERSION",
            )
        return version, rest
    return None, rest


def parse_value(raw: str) -> object:
    """JSON when it parses (3, 2.5, true, "text", [1, 2]); `@path` for a local file to upload
    (`@@text` for a literal `@text`); otherwise the text itself."""
    if raw.startswith("@@"):
        return raw[1:]
    if raw.startswith("@"):
        if len(raw) == 1:
            raise typer.BadParameter("'@' must be followed by a file path")
        return Path(raw[1:]).expanduser()
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def parse_assignments(args: Iterable[str], *, what: str = "KEY=VALUE") -> dict[str, object]:
    values: dict[str, object] = {}
    for arg in args:
        key, sep, raw = arg.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{arg!r} is not {what}")
        values[key.strip()] = parse_value(raw)
    return values


def assignment_args(*, what: str = "inputs", release: bool = False) -> Any:
    """The trailing `KEY=VALUE` arguments of a command (read by `parse_assignments`), after an
    optional release (`split_version`) when `release`."""
    return typer.Argument(
        metavar="[VERSION] [KEY=VALUE]..." if release else "[KEY=VALUE]...",
        help=("release (default: latest), then " if release else "")
        + f"{what}: KEY=VALUE, the value read as JSON when it parses "
        '(3, true, 2.5, "text") and as text otherwise; KEY=@path uploads a local file',
        show_default=False,
    )


def version_and_inputs(args: Sequence[str] | None) -> tuple[str | None, dict[str, object]]:
    """The release (None: the latest) and the values of `[VERSION] [KEY=VALUE]...` (see
    `assignment_args(release=True)`)."""
    version, assignments = split_version(args or [])
    return version, parse_assignments(assignments)


def parse_metadata(args: Iterable[str] | None) -> dict[str, object] | None:
    if not args:
        return None
    metadata = parse_assignments(args, what="KEY=VALUE metadata")
    for key, value in metadata.items():
        if isinstance(value, Path):
            metadata[key] = "@" + str(value)
    return metadata


# -- lookups --------------------------------------------------------------------------------------
def solver_key(client: ApiClient, text: str) -> str:
    """A full solver key; a short name (`sleeper`) is looked up among the solvers."""
    if "/" in text:
        return text
    from sdk import SolversApi

    matches = sorted(
        {s.id for s in SolversApi(client).iter_solvers() if s.id.rsplit("/", 1)[-1] == text}
    )
    return only_match(
        matches,
        none=f"no solver named {text!r}",
        url="/v0/solvers",
        several=f"{text!r} names several solvers: {', '.join(matches)}",
    )


def solver_release(client: ApiClient, solver: str, version: str | None) -> SolverRelease:
    """The release `version` (None: the latest) of the solver `solver` names (`solver_key`)."""
    from sdk import SolverRelease

    return SolverRelease.get(client, solver_key(client, solver), version)


def only_match(matches: Sequence[T], *, none: str, url: str, several: str) -> T:
    """The one thing a short name found: not found (exit 4, `none` says what was looked for
    at `url`) when nothing matches, a usage error (`several`) when more than one does."""
    from sdk import NotFoundError

    if not matches:
        raise NotFoundError(404, [none], method="GET", url=url, body=None)
    if len(matches) > 1:
        fail(several, ExitCode.USAGE)
    return matches[0]


def job_handle(
    client: ApiClient, job: str, *, solver: str | None = None, version: str | None = None
) -> JobHandle:
    """A job from its name (`solvers/<key>/releases/<version>/jobs/<id>`, as printed by
    `run` and `jobs create`), or from its id with --solver/--version, or by looking it up."""
    from sdk import JobHandle, NotFoundError, SolversApi

    if "/" in job:
        return JobHandle.from_name(client, job)
    try:
        job_id = UUID(job)
    except ValueError:
        raise typer.BadParameter(f"{job!r} is neither a job name nor a job id") from None
    if solver is not None:
        return solver_release(client, solver, version).job(job_id)
    for found in SolversApi(client).iter_all_jobs():
        if found.id == job_id:
            return JobHandle.from_name(client, found.name)
    raise NotFoundError(404, [f"no solver job {job_id}"], method="GET", url="/v0/solvers/-/jobs")

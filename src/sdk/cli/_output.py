"""How commands answer: tables and fields for people, JSON for scripts (`-o json`), and
messages on stderr, so that stdout holds only the data."""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console

T = TypeVar("T")


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


# -- one answer in either form --------------------------------------------------------------------
def emit_rows(
    output: Output, data: Any, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Many things (a listing): `data` as JSON, or a table of `rows` for people."""
    if output is Output.json:
        emit_json(data)
    else:
        emit_table(columns, rows)


def emit_record(
    output: Output, data: Any, fields: Sequence[tuple[str, Any]], *, title: str | None = None
) -> None:
    """One thing: `data` as JSON, or its `fields` for people."""
    if output is Output.json:
        emit_json(data)
    else:
        emit_fields(fields, title=title)


def emit_line(output: Output, data: Any, line: object) -> None:
    """What a command made or saved: `data` as JSON, or the one `line` a shell script can
    read (a name, an id, a path)."""
    if output is Output.json:
        emit_json(data)
    else:
        typer.echo(str(line))

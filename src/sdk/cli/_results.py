"""How the end of a job is shown and becomes the exit status: one form for every kind of job
(`run`, `jobs wait`, `functions run`), so that scripts read them all alike."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from sdk.cli import _output as out
from sdk.cli._common import ExitCode
from sdk.cli._output import Output

if TYPE_CHECKING:
    from sdk import JobResult


def shown(value: object) -> object:
    """An output value in a table: a file by its name and id, anything else as it is."""
    from sdk import FileMeta

    return f"{value.filename} (file {value.id})" if isinstance(value, FileMeta) else value


def show_result(
    name: str,
    result: JobResult,
    output: Output,
    downloaded: dict[str, Path] | None = None,
) -> None:
    """The job `name`'s end: its state, error and outputs (and the files `downloaded`)."""
    if output is Output.json:
        data = {"name": name, **result.to_dict()}
        if downloaded is not None:
            data["downloaded"] = downloaded
        out.emit_json(data)
    else:
        fields: list[tuple[str, Any]] = [("job", name), ("state", result.state)]
        if result.error:
            fields.append(("error", result.error))
        for key, value in (result.outputs or {}).items():
            fields.append((f"output {key}", shown(value)))
        for key, path in (downloaded or {}).items():
            fields.append((f"saved {key}", path))
        out.emit_fields(fields)


def exit_for(result: JobResult) -> None:
    """Exit 1 (`JOB_FAILED`) unless the job succeeded."""
    if not result.ok:
        raise typer.Exit(int(ExitCode.JOB_FAILED))

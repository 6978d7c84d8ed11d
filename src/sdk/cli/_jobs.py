"""`run` and `jobs create | start | wait | inspect | outputs | logs | stop | list | delete`.

A job is named as the platform names it, `solvers/<key>/releases/<version>/jobs/<id>` (what
`run` and `jobs create` print); a bare job id works too (with --solver/--version, or it is
looked up among your jobs).
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sdk.cli import _output as out
from sdk.cli._args import (
    PricingOption,
    SolverArg,
    TimeoutOption,
    assignment_args,
    parse_metadata,
    parse_pricing,
    version_and_inputs,
)
from sdk.cli._common import ExitCode, command_group, fail, guarded, state
from sdk.cli._lookups import job_handle, solver_release
from sdk.cli._output import Output, OutputOption
from sdk.cli._results import exit_for, show_result, shown

if TYPE_CHECKING:
    from sdk import ApiClient, JobHandle, JobResult, JobStatus, PortInfo

app = command_group(
    "Jobs of solvers: create, start, wait, inspect, outputs, logs, stop, list, delete. "
    # (in backticks: the help is markdown, where a bare <key> is an HTML tag and vanishes)
    "JOB is a job name (`solvers/<key>/releases/<version>/jobs/<id>`, as printed by `run` "
    "and `jobs create`) or a job id."
)

JobArg = Annotated[str, typer.Argument(metavar="JOB", help="job name, or job id")]
SolverOption = Annotated[
    str | None, typer.Option("--solver", help="the job's solver, when JOB is a bare id")
]
VersionOption = Annotated[
    str | None, typer.Option("--version", help="the job's solver release, when JOB is a bare id")
]
AssignArgs = Annotated[list[str] | None, assignment_args(release=True)]
MetadataOption = Annotated[
    list[str] | None,
    typer.Option("--metadata", "-m", help="KEY=VALUE custom metadata (repeatable)"),
]


def _status_fields(handle: JobHandle, status: JobStatus) -> list[tuple[str, Any]]:
    errors = status.errors if isinstance(status.errors, list) else []
    return [
        ("job", handle.name),
        ("state", status.state),
        ("progress", f"{status.progress}%"),
        ("submitted", status.submitted_at),
        ("started", status.started_at),
        ("stopped", status.stopped_at),
        *([("errors", "; ".join(e.msg for e in errors))] if errors else []),
    ]


def _show_status(handle: JobHandle, status: JobStatus, output: Output) -> None:
    out.emit_record(
        output, {"name": handle.name, **status.to_dict()}, _status_fields(handle, status)
    )


def _wait(
    handle: JobHandle, timeout: float | None, output: Output, *, stop_on_interrupt: bool
) -> JobResult:
    from sdk import JobTimeoutError

    try:
        return handle.wait(timeout=timeout, progress=out.show_progress(output))
    except JobTimeoutError as error:
        fail(f"{error}; it is still running: osparc-sdk jobs wait {handle.name}", ExitCode.TIMEOUT)
    except KeyboardInterrupt:
        if stop_on_interrupt:
            handle.stop()
            out.note(f"interrupted: stopped {handle.name}")
        else:
            out.note(f"interrupted: {handle.name} goes on running")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


def _check_files_have_at(ports: Mapping[str, PortInfo], inputs: Mapping[str, object]) -> None:
    """A file port given plain text (`input_1=data.txt`): say how to write it in a shell,
    before the SDK checks the rest (its advice is for Python callers)."""
    for key, value in inputs.items():
        port = ports.get(key)
        if port is None or not port.is_file or not isinstance(value, str):
            continue
        here = "" if Path(value).is_file() else f" (there is no file {value!r} here)"
        fail(
            f"input {key} takes a file: write {key}=@{shlex.quote(value)} to upload it{here}",
            ExitCode.USAGE,
        )


def _show_created(handle: JobHandle, output: Output) -> None:
    out.emit_line(output, {"id": handle.id, "name": handle.name, "job": handle.job}, handle.name)


def _submit(
    solver: str,
    args: list[str] | None,
    metadata: list[str] | None,
    *,
    start: bool,
    pricing: str | None = None,
) -> tuple[ApiClient, JobHandle]:

    version, inputs = version_and_inputs(args)
    meta = parse_metadata(metadata)
    unit = parse_pricing(pricing)
    client = state().client()
    try:
        release = solver_release(client, solver, version)
        _check_files_have_at(release.inputs, inputs)
        handle = release.submit(inputs, start=start, metadata=meta, pricing=unit)
    except BaseException:
        client.close()
        raise
    return client, handle


@guarded
def run(
    solver: SolverArg,
    args: AssignArgs = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="wait for the job to end")] = True,
    timeout: TimeoutOption = None,
    metadata: MetadataOption = None,
    pricing: PricingOption = None,
    download: Annotated[
        Path | None,
        typer.Option("--download", help="save the file outputs into this folder (with --wait)"),
    ] = None,
    keep_running: Annotated[
        bool, typer.Option("--keep-running", help="on Ctrl-C, leave the job running")
    ] = False,
    output: OutputOption = Output.table,
) -> None:
    """Run a solver: check the inputs, upload @files, create and start a job, wait for it.

    Exits 0 when the job succeeds, 1 when it FAILED or was ABORTED, 2 for invalid inputs,
    6 on --timeout. On Ctrl-C the job is stopped (unless --keep-running), exit 130.

    Examples:

      osparc-sdk run sleeper 2.1.6 input_1=@single_number.txt input_2=3 input_3=false

      osparc-sdk run sleeper input_1=@n.txt --no-wait -o json

      osparc-sdk run simcore/services/comp/itis/sleeper input_1=@n.txt --download out/

      osparc-sdk run sleeper input_1=@n.txt --pricing 1:2
    """
    client, handle = _submit(solver, args, metadata, start=True, pricing=pricing)
    with client:
        if not wait:
            _show_created(handle, output)
            return
        if output is Output.table:
            out.note(f"started {handle.name}")
        result = _wait(handle, timeout, output, stop_on_interrupt=not keep_running)
        downloaded = None
        if download is not None and result.ok:
            downloaded = handle.download_outputs(download)
        show_result(handle.name, result, output, downloaded)
    exit_for(result)


@app.command("create")
@guarded
def create(
    solver: SolverArg,
    args: AssignArgs = None,
    metadata: MetadataOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Create a job without starting it; prints its name.

    Example: osparc-sdk jobs create sleeper 2.1.6 input_1=@n.txt input_2=1
    """
    client, handle = _submit(solver, args, metadata, start=False)
    with client:
        _show_created(handle, output)


def _status_command(name: str, act: Callable[[JobHandle], JobStatus], doc: str) -> None:
    """Register `jobs NAME JOB`: do one thing to the job, show the status it answers with."""

    def command(
        job: JobArg,
        solver: SolverOption = None,
        version: VersionOption = None,
        output: OutputOption = Output.table,
    ) -> None:
        with state().client() as client:
            handle = job_handle(client, job, solver=solver, version=version)
            _show_status(handle, act(handle), output)

    command.__doc__ = doc
    app.command(name)(guarded(command))


@app.command("start")
@guarded
def start(
    job: JobArg,
    pricing: PricingOption = None,
    solver: SolverOption = None,
    version: VersionOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Start a created job (on a unit of the solver's pricing plan with --pricing, as `run`).

    Example: osparc-sdk jobs start solvers/simcore/services/comp/itis/sleeper/releases/2.1.6/jobs/ID

    Example: osparc-sdk jobs start JOB --pricing 1:2
    """
    unit = parse_pricing(pricing)
    with state().client() as client:
        handle = job_handle(client, job, solver=solver, version=version)
        _show_status(handle, handle.start(unit), output)


@app.command("wait")
@guarded
def wait_for(
    job: JobArg,
    timeout: TimeoutOption = None,
    solver: SolverOption = None,
    version: VersionOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Wait for a job to end; exit 1 if it FAILED or was ABORTED, 6 on --timeout.

    Example: osparc-sdk jobs wait JOB --timeout 600 -o json
    """
    with state().client() as client:
        handle = job_handle(client, job, solver=solver, version=version)
        result = _wait(handle, timeout, output, stop_on_interrupt=False)
        show_result(handle.name, result, output)
    exit_for(result)


_status_command(
    "inspect",
    lambda handle: handle.status(),
    """A job's state and progress.

    Example: osparc-sdk jobs inspect JOB
    """,
)


@app.command("outputs")
@guarded
def outputs(
    job: JobArg,
    download: Annotated[
        Path | None, typer.Option("--download", "-d", help="save the file outputs here")
    ] = None,
    solver: SolverOption = None,
    version: VersionOption = None,
    output: OutputOption = Output.table,
) -> None:
    """A job's outputs (empty until it succeeds); --download saves its files.

    Example: osparc-sdk jobs outputs JOB --download results/
    """
    with state().client() as client:
        handle = job_handle(client, job, solver=solver, version=version)
        results = dict(handle.outputs().results.additional_properties)
        downloaded = handle.download_outputs(download) if download is not None else {}
    data = {"name": handle.name, "outputs": results, "downloaded": downloaded}
    rows = [(key, shown(value), downloaded.get(key, "")) for key, value in results.items()]
    out.emit_rows(output, data, ["output", "value", "saved to"], rows)


@app.command("logs")
@guarded
def logs(
    job: JobArg,
    dest: Annotated[Path, typer.Option("--dest", "-d", help="folder to save into")] = Path("."),
    extract: Annotated[
        bool, typer.Option("--extract", help="unpack the archive (refusing unsafe entries)")
    ] = False,
    solver: SolverOption = None,
    version: VersionOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Save a finished job's log archive (zip), or --extract it.

    Example: osparc-sdk jobs logs JOB --dest logs/ --extract
    """
    with state().client() as client:
        handle = job_handle(client, job, solver=solver, version=version)
        path = handle.download_log(dest, extract=extract)
    out.emit_line(output, {"name": handle.name, "path": path, "extracted": extract}, path)


_status_command(
    "stop",
    lambda handle: handle.stop(),
    """Stop a job that has not ended (it becomes ABORTED).

    Example: osparc-sdk jobs stop JOB
    """,
)


@app.command("delete")
@guarded
def delete(
    jobs: Annotated[list[str], typer.Argument(help="job names or ids")],
    solver: SolverOption = None,
    version: VersionOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Delete jobs (stopping them first if they run) with their outputs and logs.

    Example: osparc-sdk jobs delete JOB [JOB...]
    """
    deleted = []
    with state().client() as client:
        for job in jobs:
            handle = job_handle(client, job, solver=solver, version=version)
            handle.delete()
            deleted.append(handle.name)
            if output is Output.table:
                out.note(f"deleted {handle.name}")
    if output is Output.json:
        out.emit_json({"deleted": deleted})


@app.command("list")
@guarded
def list_jobs(
    solver: Annotated[
        str | None, typer.Argument(help="only this solver's jobs", show_default=False)
    ] = None,
    version: Annotated[
        str | None, typer.Argument(help="only this release's jobs", show_default=False)
    ] = None,
    metadata_any: Annotated[
        list[str] | None,
        typer.Option("--metadata", "-m", help="KEY:GLOB; jobs matching any of these"),
    ] = None,
    metadata_all: Annotated[
        list[str] | None,
        typer.Option("--metadata-all", help="KEY:GLOB; jobs matching all of these"),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1)] = None,
    output: OutputOption = Output.table,
) -> None:
    """Your solver jobs, oldest first, optionally filtered by custom metadata.

    Examples:

      osparc-sdk jobs list sleeper 2.1.6

      osparc-sdk jobs list --metadata batch:2024-* -o json
    """
    from sdk import find_jobs

    with state().client() as client:
        if solver is not None:
            release = solver_release(client, solver, version)
            handles = release.iter_jobs(metadata_any=metadata_any, metadata_all=metadata_all)
        else:
            handles = find_jobs(client, metadata_any=metadata_any, metadata_all=metadata_all)
        found = list(islice(handles, limit))
    rows = [
        (
            h.id,
            h.job.runner_name.removeprefix("solvers/") if h.job else "",
            h.job.created_at.isoformat(timespec="seconds") if h.job else "",
        )
        for h in found
    ]
    data = [{"id": h.id, "name": h.name, "job": h.job} for h in found]
    out.emit_rows(output, data, ["id", "solver", "created"], rows)

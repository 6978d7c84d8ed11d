"""`functions list | show | register-solver | run | map | logs`.

A function is named by its id, or by its title when that names one function. A function job
is run and waited for like a solver job (`osparc-sdk run`): the same exit codes, results and
JSON shape.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from sdk.cli import _output as out
from sdk.cli._args import (
    SolverArg,
    TimeoutOption,
    assignment_args,
    parse_assignments,
    version_and_inputs,
)
from sdk.cli._common import ExitCode, command_group, guarded, state
from sdk.cli._lookups import only_match, solver_release
from sdk.cli._output import Output, OutputOption
from sdk.cli._results import exit_for, show_result

if TYPE_CHECKING:
    from osparc_sdk_patches.api.functions import RegisteredFunction

    from sdk import ApiClient, Function

app = command_group(
    "Functions: a solver registered with default inputs and an input schema, run and "
    "mapped over many inputs. FUNCTION is a function id, or its title."
)

FunctionArg = Annotated[str, typer.Argument(metavar="FUNCTION", help="function id, or title")]
InputArgs = Annotated[list[str] | None, assignment_args()]


def _runs(function: RegisteredFunction) -> str:
    if function.function_class == "SOLVER":
        return f"{function.solver_key} {function.solver_version}"
    if function.function_class == "PROJECT":
        return f"study {function.project_id}"
    return str(function.code_url)


def function_id(client: ApiClient, text: str) -> UUID:
    """The id of the function `text` names: an id, or the title of exactly one function."""
    try:
        return UUID(text)
    except ValueError:
        pass
    from sdk import FunctionsApi

    matches = [f.uid for f in FunctionsApi(client).iter_functions() if f.title == text]
    return only_match(
        matches,
        none=f"no function titled {text!r}",
        url="/v0/functions",
        several=f"{text!r} is the title of {len(matches)} functions: use an id",
    )


def _get(client: ApiClient, text: str) -> Function:
    from sdk import Function

    return Function.get(client, function_id(client, text))


@app.command("list")
@guarded
def list_functions(output: OutputOption = Output.table) -> None:
    """Every function you can read.

    Example: osparc-sdk functions list -o json
    """
    from sdk import FunctionsApi

    with state().client() as client:
        found = list(FunctionsApi(client).iter_functions())
    rows = [(f.uid, f.function_class, f.title, _runs(f)) for f in found]
    out.emit_rows(output, found, ["id", "class", "title", "runs"], rows)


@app.command("show")
@guarded
def show(function: FunctionArg, output: OutputOption = Output.table) -> None:
    """One function: what it runs, its default inputs and its inputs.

    Example: osparc-sdk functions show 3fa85f64-5717-4562-b3fc-2c963f66afa6
    """
    with state().client() as client:
        found = _get(client, function)
    record = found.function
    inputs = [
        {"key": p.key, "type": p.type, "required": p.required, "default": p.default}
        for p in found.inputs.values()
    ]
    if output is Output.json:
        out.emit_json({"function": record, "inputs": inputs})
        return
    out.emit_fields(
        [
            ("function", record.uid),
            ("class", record.function_class),
            ("title", record.title),
            ("description", record.description),
            ("runs", _runs(record)),
            ("default inputs", record.default_inputs),
            ("input schema", record.input_schema.schema_content),
        ]
    )
    out.emit_table(
        ["input", "type", "title"],
        [(p.key, p.describe(), p.title) for p in found.inputs.values()],
        title="Inputs",
    )


@app.command("register-solver")
@guarded
def register_solver(
    solver: SolverArg,
    args: Annotated[list[str] | None, assignment_args(what="default inputs", release=True)] = None,
    title: Annotated[str, typer.Option("--title", help="the function's title")] = "",
    description: Annotated[str, typer.Option("--description")] = "",
    output: OutputOption = Output.table,
) -> None:
    """Register a solver release as a function, with default inputs.

    Example: osparc-sdk functions register-solver sleeper 2.1.6 input_1=@n.txt --title sleep
    """
    from sdk import FilesApi, Function

    version, defaults = version_and_inputs(args)
    with state().client() as client:
        release = solver_release(client, solver, version)
        files = FilesApi(client)
        for key, value in defaults.items():
            if isinstance(value, Path):
                defaults[key] = files.upload_file(value)
        registered = Function.register_solver(
            client,
            release.key,
            release.version,
            title=title,
            description=description,
            default_inputs=defaults,
        )
    out.emit_line(output, registered.function, registered.id)


@app.command("run")
@guarded
def run(
    function: FunctionArg,
    args: InputArgs = None,
    timeout: TimeoutOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Run a function on its default inputs overridden by these, and wait for its job.

    Exits 0 when the job succeeds, 1 when it FAILED, 2 for invalid inputs, 6 on --timeout.

    Example: osparc-sdk functions run sleep input_2=3 -o json
    """
    inputs = parse_assignments(args or [])
    with state().client() as client:
        found = _get(client, function)
        result = found.run(inputs, timeout=timeout, progress=out.show_progress(output))
    show_result(f"functions/{found.id}/jobs/{result.job_id}", result, output)
    exit_for(result)


def _read_inputs(source: str) -> list[dict[str, object]]:
    """A JSON list of input mappings, or one mapping per line (JSON lines); `-` is stdin."""
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except ValueError as error:
            raise typer.BadParameter(
                f"not JSON nor JSON lines: {error}", param_hint="INPUTS"
            ) from None
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise typer.BadParameter("must hold a list of input mappings", param_hint="INPUTS")
    return data


@app.command("map")
@guarded
def map_inputs(
    function: FunctionArg,
    source: Annotated[
        str,
        typer.Argument(
            metavar="INPUTS",
            help="a JSON file with a list of input mappings (or JSON lines); - for stdin",
        ),
    ],
    concurrency: Annotated[int, typer.Option("--concurrency", min=1)] = 8,
    timeout: Annotated[
        float | None, typer.Option("--timeout", min=0, help="per job, in seconds")
    ] = None,
    output: OutputOption = Output.table,
) -> None:
    """Run a function once per inputs mapping, a few at a time; results in input order.

    Exits 0 when every job succeeded, 1 when any did not (each says why).

    Example: osparc-sdk functions map sleep inputs.json --concurrency 4 -o json
    """
    items = _read_inputs(source)
    with state().client() as client:
        found = _get(client, function)
        results = found.map(
            items, concurrency=concurrency, timeout=timeout, progress=out.show_progress(output)
        )
    rows = [(i, r.job_id, r.state, r.error) for i, r in enumerate(results)]
    out.emit_rows(output, [r.to_dict() for r in results], ["#", "job", "state", "error"], rows)
    failed = sum(not r.ok for r in results)
    if failed:
        out.note(f"{failed} of {len(results)} jobs did not succeed")
        raise typer.Exit(int(ExitCode.JOB_FAILED))


@app.command("logs")
@guarded
def logs(
    job: Annotated[str, typer.Argument(metavar="JOB", help="function job id")],
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="wait for the export, show its file")
    ] = False,
    timeout: TimeoutOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Export a function job's logs: a task whose result is the log archive, a file of yours
    (`osparc-sdk files download` fetches it). Prints the task id, or with --wait the file.

    Example: osparc-sdk functions logs 3fa85f64-5717-4562-b3fc-2c963f66afa6 --wait -o json
    """
    from sdk import Task

    with state().client() as client:
        task = Task.for_function_job_logs(client, job)
        if not wait:
            out.emit_line(output, {"task_id": task.id, "task_name": task.name}, task.id)
            return
        exported = task.wait(timeout, progress=out.show_progress(output))
    fields = [("task", task.id), *(exported or {}).items()]
    out.emit_record(output, {"task_id": task.id, "result": exported}, fields)

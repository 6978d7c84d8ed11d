"""`tasks list | show | wait | result | cancel`: long platform operations (log exports, ...)."""

from __future__ import annotations

from typing import Annotated

import typer

from sdk.cli import _output as out
from sdk.cli._common import command_group, guarded, state
from sdk.cli._output import Output, OutputOption

app = command_group(
    "Tasks: long platform operations, such as a function job's log export. TASK is a task id."
)

TaskArg = Annotated[str, typer.Argument(metavar="TASK", help="task id")]


@app.command("list")
@guarded
def list_tasks(output: OutputOption = Output.table) -> None:
    """Your tasks.

    Example: osparc-sdk tasks list -o json
    """
    from sdk import TasksApi

    with state().client() as client:
        tasks = TasksApi(client).list_tasks().data
    out.emit_rows(output, tasks, ["task", "name"], [(t.task_id, t.task_name) for t in tasks])


def _show_status(task_id: str, output: Output, *, wait: bool, timeout: float | None) -> None:
    from sdk import Task

    with state().client() as client:
        task = Task(client, task_id)
        bar = out.show_progress(output)
        status = task.wait_done(timeout, progress=bar) if wait else task.status()
    progress = status.task_progress
    fields = [
        ("task", task.id),
        ("done", status.done),
        ("progress", f"{float(progress.percent or 0):.0%}"),
        ("message", progress.message),
    ]
    out.emit_record(output, {"task_id": task.id, **status.to_dict()}, fields)


@app.command("show")
@guarded
def show(task: TaskArg, output: OutputOption = Output.table) -> None:
    """A task's progress, and whether it is done.

    Example: osparc-sdk tasks show 3fa85f64-5717-4562-b3fc-2c963f66afa6
    """
    _show_status(task, output, wait=False, timeout=None)


@app.command("wait")
@guarded
def wait(
    task: TaskArg,
    timeout: Annotated[
        float | None, typer.Option("--timeout", min=0, help="give up after this many seconds")
    ] = None,
    output: OutputOption = Output.table,
) -> None:
    """Wait until a task is done (exit 6 on --timeout), then show its last status.

    Example: osparc-sdk tasks wait 3fa85f64-5717-4562-b3fc-2c963f66afa6 --timeout 60
    """
    _show_status(task, output, wait=True, timeout=timeout)


@app.command("result")
@guarded
def result(task: TaskArg, output: OutputOption = Output.table) -> None:
    """The result of a task that is done (exit 4 while it runs, or once cancelled).

    Example: osparc-sdk tasks result 3fa85f64-5717-4562-b3fc-2c963f66afa6 -o json
    """
    from sdk import Task

    with state().client() as client:
        value = Task(client, task).result()
    if not isinstance(value, dict):
        out.emit_json(value)
    else:
        out.emit_record(output, value, list(value.items()))


@app.command("cancel")
@guarded
def cancel(task: TaskArg) -> None:
    """Cancel a task (one that is done stays as it was).

    Example: osparc-sdk tasks cancel 3fa85f64-5717-4562-b3fc-2c963f66afa6
    """
    from sdk import Task

    with state().client() as client:
        Task(client, task).cancel()

"""`solvers list | releases | show | ports`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from sdk.cli import _output as out
from sdk.cli._args import SolverArg
from sdk.cli._common import command_group, guarded, state
from sdk.cli._lookups import solver_key, solver_release
from sdk.cli._output import Output, OutputOption

if TYPE_CHECKING:
    from sdk import SolverRelease

app = command_group(
    "Solvers and their releases. SOLVER is a key (simcore/services/comp/itis/sleeper) or "
    "its last part (sleeper)."
)

VersionArg = Annotated[
    str | None, typer.Argument(help="release version (default: the latest)", show_default=False)
]


@app.command("list")
@guarded
def list_solvers(output: OutputOption = Output.table) -> None:
    """The latest release of every solver.

    Example: osparc-sdk solvers list -o json
    """
    from sdk import SolversApi

    with state().client() as client:
        solvers = list(SolversApi(client).iter_solvers())
    rows = [(s.id, s.version, s.title) for s in solvers]
    out.emit_rows(output, solvers, ["solver", "latest", "title"], rows)


@app.command("releases")
@guarded
def releases(solver: SolverArg, output: OutputOption = Output.table) -> None:
    """Every release of one solver.

    Example: osparc-sdk solvers releases sleeper
    """
    from sdk import SolversApi

    with state().client() as client:
        found = list(SolversApi(client).iter_releases(solver_key(client, solver)))
    rows = [(s.version, s.version_display, s.title) for s in found]
    out.emit_rows(output, found, ["version", "display", "title"], rows)


def _ports_rows(release: SolverRelease) -> list[tuple[str, str, str, str]]:
    return [
        (port.key, port.kind, port.describe(), port.title)
        for port in [*release.inputs.values(), *release.outputs.values()]
    ]


def _ports_json(release: SolverRelease) -> dict[str, object]:
    return {
        "inputs": [
            {"key": p.key, "type": p.type, "required": p.required, "schema": dict(p.schema)}
            for p in release.inputs.values()
        ],
        "outputs": [
            {"key": p.key, "type": p.type, "schema": dict(p.schema)}
            for p in release.outputs.values()
        ],
    }


@app.command("show")
@guarded
def show(
    solver: SolverArg, version: VersionArg = None, output: OutputOption = Output.table
) -> None:
    """One release: what it is and its ports.

    Example: osparc-sdk solvers show sleeper 2.1.6
    """

    with state().client() as client:
        release = solver_release(client, solver, version)
    if output is Output.json:
        out.emit_json({"solver": release.solver, **_ports_json(release)})
        return
    s = release.solver
    out.emit_fields(
        [
            ("solver", s.id),
            ("version", s.version),
            ("title", s.title),
            ("description", s.description),
            ("maintainer", s.maintainer),
            ("url", s.url),
        ]
    )
    out.emit_table(["port", "kind", "type", "title"], _ports_rows(release), title="Ports")


@app.command("ports")
@guarded
def ports(
    solver: SolverArg, version: VersionArg = None, output: OutputOption = Output.table
) -> None:
    """The inputs and outputs of a release, with types, ranges and defaults.

    Example: osparc-sdk solvers ports sleeper
    """

    with state().client() as client:
        release = solver_release(client, solver, version)
    out.emit_rows(
        output, _ports_json(release), ["port", "kind", "type", "title"], _ports_rows(release)
    )

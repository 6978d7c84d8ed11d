"""The `osparc-sdk` application: global options, and every command group in one tree."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sdk.cli import _account, _configure, _files, _functions, _jobs, _market, _solvers, _tasks
from sdk.cli._common import EXIT_CODES_HELP, State, set_state
from sdk.cli._help import use_shell_help
from sdk.cli._output import OUTPUT_HELP, Output

HELP = """\
Work with an oSPARC platform from the shell: solvers, functions, files, jobs, tasks.

Settings, first match wins: the options below, the environment (OSPARC_API_HOST,
OSPARC_API_KEY, OSPARC_API_SECRET, OSPARC_PROFILE, OSPARC_CONFIG_FILE), then the config file
written by `osparc-sdk configure`. Tables are for people; `-o json` prints JSON (and nothing
else) on stdout for scripts. Messages and progress bars go to stderr.

Examples:

  osparc-sdk configure

  osparc-sdk check

  osparc-sdk solvers ports sleeper

  osparc-sdk run sleeper 2.1.6 input_1=@single_number.txt input_2=3

  osparc-sdk jobs list --metadata batch:42 -o json
"""

app = typer.Typer(
    name="osparc-sdk",
    help=HELP,
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from sdk import __version__

        typer.echo(f"osparc-sdk {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    host: Annotated[
        str | None,
        typer.Option(
            "--host",
            envvar=["OSPARC_API_HOST", "OSPARC_API_BASE_URL"],
            help="API host, e.g. https://api.osparc.io",
            show_envvar=True,
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            "-p",
            envvar="OSPARC_PROFILE",
            help="profile (table) of the config file [default: default]",
            show_envvar=True,
        ),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", envvar="OSPARC_API_KEY", help="API key", show_envvar=True),
    ] = None,
    api_secret: Annotated[
        str | None,
        typer.Option(
            "--api-secret",
            envvar="OSPARC_API_SECRET",
            help="API secret (prefer the environment: options show in process lists)",
            show_envvar=True,
        ),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config-file",
            envvar="OSPARC_CONFIG_FILE",
            help="config file [default: config.toml in the user config folder]",
            show_envvar=True,
            dir_okay=False,
        ),
    ] = None,
    output: Annotated[
        Output | None,
        typer.Option(
            "--output",
            "-o",
            help=OUTPUT_HELP + " [default: table]",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="show tracebacks and log requests")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="print the version and exit"
        ),
    ] = False,
) -> None:
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = State(
        host=host,
        profile=profile,
        api_key=api_key,
        api_secret=api_secret,
        config_file=config_file,
        debug=debug,
    )
    set_state(ctx.obj)


app.command("configure", rich_help_panel="Settings")(_configure.configure)
app.command("check", rich_help_panel="Settings")(_configure.check)
app.command("run", rich_help_panel="Jobs")(_jobs.run)
app.add_typer(_jobs.app, name="jobs", rich_help_panel="Jobs")
app.add_typer(_functions.app, name="functions", rich_help_panel="Jobs")
app.add_typer(_tasks.app, name="tasks", rich_help_panel="Jobs")
app.add_typer(_solvers.app, name="solvers", rich_help_panel="Catalog and data")
app.add_typer(_files.app, name="files", rich_help_panel="Catalog and data")
app.add_typer(_market.programs, name="programs", rich_help_panel="Catalog and data")
app.add_typer(_market.licensed_items, name="licensed-items", rich_help_panel="Catalog and data")
app.command("profile", rich_help_panel="Account")(_account.profile)
app.command("wallet", rich_help_panel="Account")(_account.wallet)
app.command("credits", rich_help_panel="Account")(_account.credits)
use_shell_help(app)


def run() -> None:
    """Run the application on the process's arguments (`sdk.cli.main` checks the extra first)."""
    app(prog_name="osparc-sdk")

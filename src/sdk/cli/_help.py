"""Help screens that read like a shell tool's: a flag is shown as a flag.

typer's rich help prints a value type after every option, flags included (`--extract
<bool>`, even `--help <bool>`), which reads as if the flag took a value. A flag's metavar is
what the help shows instead; an empty one shows nothing. Commands and groups of the
application are given the classes below once, when it is assembled (`use_shell_help`).
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup


def _flags_without_type(params: list[Any]) -> list[Any]:
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class ShellCommand(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_without_type(super().get_params(ctx))


class ShellGroup(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_without_type(super().get_params(ctx))


def use_shell_help(app: typer.Typer) -> None:
    """Give every command and group of `app`, recursively, the classes above."""
    app.info.cls = ShellGroup
    for command in app.registered_commands:
        command.cls = ShellCommand
    for group in app.registered_groups:
        group.cls = ShellGroup
        if group.typer_instance is not None:
            use_shell_help(group.typer_instance)

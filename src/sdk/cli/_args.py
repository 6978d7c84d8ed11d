"""The arguments commands share: `[VERSION] KEY=VALUE...` inputs and metadata, a solver,
a timeout, a pricing unit, each declared (and parsed) once for every command that takes it."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sdk.cli._common import ExitCode, fail

if TYPE_CHECKING:
    from sdk import Pricing

SolverArg = Annotated[
    str, typer.Argument(metavar="SOLVER", help="solver key, or its last part (e.g. sleeper)")
]
TimeoutOption = Annotated[
    float | None, typer.Option("--timeout", min=0, help="give up waiting after this many seconds")
]
PricingOption = Annotated[
    str | None,
    typer.Option(
        "--pricing",
        metavar="PLAN:UNIT",
        help="start on this unit of the solver's pricing plan (ids; default: the plan's default)",
    ),
]


def parse_pricing(text: str | None) -> Pricing | None:
    """The unit `--pricing PLAN:UNIT` names (None: the plan's default)."""
    from sdk import InvalidInputError, Pricing

    if text is None:
        return None
    plan, _, unit = text.partition(":")
    try:
        return Pricing(plan=int(plan), unit=int(unit))
    except (ValueError, InvalidInputError):
        fail(
            f"--pricing takes PLAN:UNIT, two positive ids (e.g. 1:2), not {text!r}", ExitCode.USAGE
        )


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
        return json.loads(raw, parse_float=_finite, parse_constant=_not_a_number)
    except ValueError:
        return raw


def _finite(text: str) -> float:
    """A JSON number Python can send back as JSON: `1e999` (infinite as a float) stays text,
    like any value that is not JSON, instead of failing when the request is written."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _not_a_number(name: str) -> object:
    """`NaN` and `Infinity` are not JSON (Python's reader takes them): they stay text."""
    raise ValueError(name)


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

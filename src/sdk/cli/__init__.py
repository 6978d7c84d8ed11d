"""`osparc-sdk`, the command-line tool: solvers, files, jobs and runs on an oSPARC platform.

The console script calls `main()`; `app` is the typer application (for tests and embedding).
The tool needs the `cli` extra (typer, rich); this module imports neither until it runs, so
a core install gets a one-line hint instead of a traceback.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from sdk._optional import install_hint, missing

if TYPE_CHECKING:
    from sdk.cli._app import app

__all__ = ["app", "main"]

_NEEDS = ("typer", "rich")


def main() -> None:
    """The console script: `osparc-sdk ...`."""
    absent = missing(*_NEEDS)
    if absent:
        print(
            f"osparc-sdk: the command-line tool needs {' and '.join(absent)}, from the 'cli' "
            f"extra: {install_hint('cli')}",
            file=sys.stderr,
        )
        raise SystemExit(3)
    from sdk.cli._app import run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        from sdk.cli._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

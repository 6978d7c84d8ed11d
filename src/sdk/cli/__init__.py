"""`osparc-sdk`, the command-line tool: solvers, files, jobs and runs on an oSPARC platform.

The console script calls `main()`; `app` is the typer application (for tests and embedding).
"""

from sdk.cli._app import app, main

__all__ = ["app", "main"]

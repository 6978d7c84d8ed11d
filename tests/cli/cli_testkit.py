"""Helpers for the command-line tests."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import Result

#: `invoke("solvers", "list", env={...}, input="...")` runs `osparc-sdk` in-process.
Invoke = Callable[..., Result]
LONG_WALK = "input_4=10000"  # about 10 s on the test platform: long enough to catch running

"""Reference implementation of the oSPARC public API, for the SDK's demo and tests."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

__version__ = "0.16.0"

_NEEDS = ("fastapi", "uvicorn")


def main(argv: Sequence[str] | None = None) -> int:
    """The `platform-server` console script.

    It comes with every install of osparc-sdk but runs only with the `server` extra: without
    it, one line says what to install (before anything is imported that would fail).
    """
    absent = [name for name in _NEEDS if importlib.util.find_spec(name) is None]
    if absent:
        print(
            f"platform-server: needs {' and '.join(absent)}, from the 'server' extra: "
            "pip install 'osparc-sdk[server]'",
            file=sys.stderr,
        )
        return 3
    from osparc_platform_server.cli import main as cli_main

    return cli_main(argv)

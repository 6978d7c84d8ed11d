"""Keep httpx's own command line out of `import httpx`.

httpx 0.28 runs `from ._main import main` in its `__init__`, and `httpx._main` (the `httpx`
console script) imports click, rich and pygments whenever they are installed: about 80 ms,
more than the rest of the SDK's cold start. Before httpx is first imported, a stand-in
`httpx._main` is registered whose `main` loads the real module when it is called; any other
public attribute of the stand-in does the same. So `httpx.main()` and `httpx._main.X` still
work, and only a program that uses them pays for them.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from typing import Any

_NAME = "httpx._main"


class _DeferredCli(types.ModuleType):
    """`httpx._main` until someone uses it."""

    def __getattr__(self, name: str) -> Any:
        # Dunders are looked up by tools that walk sys.modules (inspect, reloaders): answering
        # them by importing would change sys.modules under their feet.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_load(), name)


def _load() -> types.ModuleType:
    if isinstance(sys.modules.get(_NAME), _DeferredCli):
        del sys.modules[_NAME]
    return importlib.import_module(_NAME)


def _main(*args: Any, **kwargs: Any) -> Any:
    """httpx's console script, loaded on first call."""
    return _load().main(*args, **kwargs)


def defer_httpx_cli() -> None:
    """Register the stand-in, unless httpx (or its command line) is already imported."""
    if "httpx" in sys.modules or _NAME in sys.modules:
        return
    stand_in = _DeferredCli(_NAME, "httpx's command line, imported when first used")
    stand_in.__spec__ = importlib.machinery.ModuleSpec(_NAME, None)
    stand_in.main = _main  # type: ignore[attr-defined]
    sys.modules[_NAME] = stand_in

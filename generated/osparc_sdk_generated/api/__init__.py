"""Contains methods for accessing the API, one package per tag"""

import importlib
from typing import Any

__all__ = ["OperationModule"]


class OperationModule:
    """Stands in a per-tag package for one of its operation modules until the first use of one
    of its names imports it. The import puts the module itself in the package's namespace, in
    place of this stand-in, so that later calls find the module directly."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module(self._module), name)

    def __repr__(self) -> str:
        return f"<operation module {self._module} (not imported yet)>"

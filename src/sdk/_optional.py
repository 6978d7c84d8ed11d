"""Optional dependencies: the extras of `osparc-sdk` and the one message that names them.

The core install is what `import sdk` needs (httpx, attrs, platformdirs). The command line and
the progress bars need the `cli` extra; a feature that finds it missing says which extra to
install rather than failing with a bare `ModuleNotFoundError` deep in a call.
"""

from __future__ import annotations

import importlib.util

__all__ = ["MissingExtraError", "install_hint", "missing", "require"]


def install_hint(extra: str) -> str:
    """The shell command that installs `extra` (quoted: `[` is special in most shells)."""
    return f"pip install 'osparc-sdk[{extra}]'"


def missing(*modules: str) -> list[str]:
    """The modules of `modules` that cannot be imported here (found without importing them)."""
    return [name for name in modules if importlib.util.find_spec(name) is None]


class MissingExtraError(ImportError):
    """A feature needs an extra of `osparc-sdk` that is not installed."""

    def __init__(self, feature: str, extra: str, modules: list[str]) -> None:
        self.feature, self.extra, self.modules = feature, extra, modules
        super().__init__(
            f"{feature} needs {', '.join(modules)}, from the {extra!r} extra: "
            f"{install_hint(extra)}",
            name=modules[0],
        )


def require(feature: str, extra: str, *modules: str) -> None:
    """Raise `MissingExtraError` naming `extra` when any of `modules` is not installed."""
    absent = missing(*modules)
    if absent:
        raise MissingExtraError(feature, extra, absent)

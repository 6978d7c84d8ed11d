"""Lazy exports: `import sdk` stays cheap; a name is imported the first time it is used."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

#: The per-tag API classes, by name, and their module under `osparc_sdk_patches.api` (the awaitable
#: class of each is `Async<name>` in the same module).
API_CLASSES = {
    "MetaApi": "meta",
    "AuthApi": "auth",
    "UsersApi": "users",
    "FilesApi": "files",
    "SolversApi": "solvers",
    "StudiesApi": "studies",
    "WalletsApi": "wallets",
    "CreditsApi": "credits_",
    "FunctionsApi": "functions",
    "FunctionJobsApi": "function_jobs",
    "FunctionJobCollectionsApi": "function_job_collections",
    "TasksApi": "tasks",
    "ProgramsApi": "programs",
    "LicensedItemsApi": "licensed_items",
    "ResponsesApi": "responses",
}


def api_classes(prefix: str) -> dict[str, tuple[str, str]]:
    """Export entries for the API classes: `prefix` "" for `sdk`, "Async" for `sdk.aio`."""
    return {
        name: (f"osparc_sdk_patches.api.{module}", prefix + name)
        for name, module in API_CLASSES.items()
    }


def lazy(namespace: dict[str, Any], exports: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `name` from `exports[name] = (module, attribute)`."""

    def __getattr__(name: str) -> Any:
        try:
            module, attribute = exports[name]
        except KeyError:
            raise AttributeError(
                f"module {namespace['__name__']!r} has no attribute {name!r}"
            ) from None
        value = getattr(importlib.import_module(module), attribute)
        namespace[name] = value
        return value

    return __getattr__

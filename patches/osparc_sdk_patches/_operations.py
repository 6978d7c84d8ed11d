"""Which API operation a request is, looked up in the generated table.

The table is `osparc_sdk_generated._operations`.

The retry policy asks it whether a request may be sent again: the answer comes from the spec
(the method, an `x-retry-safe` extension, an `Idempotency-Key` header), so an operation added to
the spec is handled as the spec says, and one that is not safe to repeat is never repeated.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from osparc_sdk_generated._operations import OPERATIONS, Operation

__all__ = ["Operation", "OperationTable", "api_operations"]

_PARAMETER = re.compile(r"\{[^}/]+\}")


def _pattern(template: str) -> str:
    """A path template as a regular expression. A parameter may hold slashes (a solver key
    does, when a caller leaves it unquoted), so templates are tried most specific first."""
    literals = _PARAMETER.split(template)
    return ".+".join(re.escape(literal) for literal in literals)


def _specificity(operation: Operation) -> tuple[int, int]:
    literal = len(_PARAMETER.sub("", operation.path))
    return (-literal, len(_PARAMETER.findall(operation.path)))


class OperationTable:
    """The operations of an API, found by method and path.

    One regular expression per method (built on first use) tries every template of that method,
    most specific first; a path may carry a prefix before the templates' own (a host with a base
    path). Lookups are cached: a client repeats the same few paths.
    """

    def __init__(self, operations: Iterable[Operation]) -> None:
        self.operations = tuple(sorted(operations, key=_specificity))
        self._cached = functools.lru_cache(maxsize=1024)(self._find)

    def __repr__(self) -> str:
        return f"OperationTable({len(self.operations)} operations)"

    @functools.cached_property
    def _by_method(self) -> dict[str, tuple[re.Pattern[str], tuple[Operation, ...]]]:
        grouped: dict[str, list[Operation]] = {}
        for operation in self.operations:
            grouped.setdefault(operation.method, []).append(operation)
        compiled = {}
        for method, operations in grouped.items():
            alternatives = "|".join(
                f"(?P<o{n}>{_pattern(o.path)})" for n, o in enumerate(operations)
            )
            compiled[method] = (re.compile(f"(?:/.*)??(?:{alternatives})"), tuple(operations))
        return compiled

    def find(self, method: str, path: str) -> Operation | None:
        """The operation answering `method path` (a URL path, without the query), if any."""
        return self._cached(method, path)

    def _find(self, method: str, path: str) -> Operation | None:
        entry = self._by_method.get(method.upper())
        if entry is None:
            return None
        pattern, operations = entry
        match = pattern.fullmatch(path)
        if match is None or match.lastgroup is None:
            return None
        return operations[int(match.lastgroup[1:])]


@functools.cache
def api_operations() -> OperationTable:
    """The table of this SDK's API, generated with it from the same spec."""
    return OperationTable(OPERATIONS)

"""Conveniences for building generated models, and unions of them made on first use."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import reduce
from operator import or_
from typing import Any


def lazy_unions(module: str, **unions: str) -> Callable[[str], Any]:
    """A module `__getattr__` (PEP 562) that makes each named union of generated models when it
    is first asked for, so that importing the module loads none of them. A union is written as
    in its type alias (`"ModelA | ModelB"`); once made, it is kept in the module, so later
    lookups are plain attribute reads."""

    def union(name: str) -> Any:
        written = unions.get(name)
        if written is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        import osparc_sdk_generated.models as models

        made = reduce(or_, (getattr(models, member.strip()) for member in written.split("|")))
        setattr(sys.modules[module], name, made)
        return made

    return union

"""The blocking forms of `sdk._async.primitives`, for the generated `sdk._sync.jobs`."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["INTERRUPTS", "PREFIX", "shielded", "sleep", "to_thread"]

T = TypeVar("T")

INTERRUPTS: Final = (KeyboardInterrupt,)
PREFIX: Final = ""


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def to_thread(function: Callable[..., T], /, *args: object) -> T:
    return function(*args)


def shielded(value: T) -> T:
    """Nothing to shield from: the call has already run to its end."""
    return value

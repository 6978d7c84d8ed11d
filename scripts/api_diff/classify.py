"""Classifying: whether a difference breaks users of the generated SDK.

The comparison states what a difference does (its `Effect`); this module decides the severity
from that and from where the schema is used (`Direction`). A client built against OLD must keep
working against NEW: what it SENDS must still be accepted (NEW may accept more, never less),
what it RECEIVES must still be understood (NEW may produce less or promise more). So:

    effect          in a request    in a response   e.g.
    NARROWER        BREAKING        compatible      a new required field, a lower maxLength
    WIDER           compatible      BREAKING        a new enum value, null now possible
    INCOMPATIBLE    BREAKING        BREAKING        a removed field, a changed Python type
    HARMLESS        compatible      compatible      a new optional field, a new operation

A difference the generated code does not show (same Python types, names and signatures) is
HARMLESS, whatever the document says: see `judge_format` and `judge_removed_schema`.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from . import generator
from .documents import JsonObject
from .report import Severity

Direction = Literal["request", "response"]


class Effect(Enum):
    NARROWER = "narrower"  # NEW admits less than OLD
    WIDER = "wider"  # NEW admits more than OLD
    INCOMPATIBLE = "incompatible"  # breaks callers both ways
    HARMLESS = "harmless"  # breaks no caller


def directed(*, narrower: bool) -> Effect:
    return Effect.NARROWER if narrower else Effect.WIDER


def is_breaking(effect: Effect, direction: Direction | None) -> bool:
    """The table above. Direction None: a fact about an operation, not about a schema."""
    if effect is Effect.INCOMPATIBLE:
        return True
    if effect is Effect.HARMLESS:
        return False
    if direction is None:
        raise ValueError(f"{effect.value} needs a direction to be judged")
    return (effect is Effect.NARROWER) == (direction == "request")


def severity(effect: Effect, direction: Direction | None) -> Severity:
    return Severity.BREAKING if is_breaking(effect, direction) else Severity.COMPATIBLE


def judge_format(
    types_before: frozenset[str] | None,
    before: JsonObject,
    types_after: frozenset[str] | None,
    after: JsonObject,
) -> tuple[Effect, str]:
    """A changed `format`/`contentMediaType`/`contentEncoding`: breaking only if the generated
    Python type changes (`uuid`, `date`, `date-time`, `binary`); `uri`, `email`, `password`, ...
    stay `str`. Such formats are annotations (JSON Schema 2020-12 lets validators ignore them);
    a server that starts enforcing one usually says so with a `pattern`, which is judged."""
    old_type = generator.scalar_type(types_before, before)
    new_type = generator.scalar_type(types_after, after)
    if old_type == new_type:
        return Effect.HARMLESS, f"generated type unchanged: {old_type or 'Any'}"
    return Effect.INCOMPATIBLE, f"generated type {old_type or 'Any'} -> {new_type or 'Any'}"


def judge_removed_schema(*, has_class: bool, used: bool, dangling: bool) -> Effect | None:
    """A removed component schema. None: not reported at all (it never had a generated class
    and nothing dangles; its uses were inlined and are judged where they are)."""
    if dangling:
        return Effect.INCOMPATIBLE
    if not has_class:
        return None
    return Effect.INCOMPATIBLE if used else Effect.HARMLESS

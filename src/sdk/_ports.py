"""Ports of a solver release or a study, and checking job inputs against them before sending.

A port's `content_schema` is a JSON Schema. The platform's convention: a file port's schema
carries `x_file`; every other port's schema describes the value, with `default` where the
input is optional, so an input without a default is required. The checks mirror what the
platform accepts (boolean-like strings such as "false" for a boolean port, a whole float for an
integer port), so nothing it would take is refused here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
from typing import Any, Literal

import attrs
from osparc_sdk_generated.models import FileMeta
from osparc_sdk_patches.errors import InvalidInputError

__all__ = [
    "BOOLEAN_STRINGS",
    "PortInfo",
    "Ports",
    "check_inputs",
    "input_problems",
    "ports_from_models",
]

#: Strings the platform reads as booleans (case and surrounding spaces ignored).
BOOLEAN_STRINGS = frozenset({"true", "false", "1", "0", "yes", "no", "on", "off", ""})
_SHOWN = 60


@attrs.frozen
class PortInfo:
    """One input or output of a solver release or a study, as its schema describes it."""

    key: str
    kind: Literal["input", "output"]
    schema: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def is_file(self) -> bool:
        """True for a port that takes or gives a file."""
        return "x_file" in self.schema

    @property
    def type(self) -> str | None:
        """`"file"` for a file port, else the JSON Schema type (`"integer"`, `"boolean"`, ...)."""
        if self.is_file:
            return "file"
        kind = self.schema.get("type")
        if isinstance(kind, list):
            return "|".join(str(k) for k in kind)
        return str(kind) if kind is not None else None

    @property
    def required(self) -> bool:
        """An input without a default must be given."""
        return self.kind == "input" and "default" not in self.schema

    @property
    def default(self) -> Any:
        return self.schema.get("default")

    @property
    def title(self) -> str:
        return str(self.schema.get("title") or "")

    @property
    def description(self) -> str:
        return str(self.schema.get("description") or "")

    @property
    def unit(self) -> str | None:
        unit = self.schema.get("x_unit")
        return str(unit) if unit is not None else None

    @property
    def minimum(self) -> float | None:
        value = self.schema.get("minimum")
        return value if isinstance(value, int | float) else None

    @property
    def maximum(self) -> float | None:
        value = self.schema.get("maximum")
        return value if isinstance(value, int | float) else None

    def describe(self) -> str:
        """A short human summary, e.g. `integer in [0, 65] second, default 2`."""
        parts = [self.type or "any"]
        if self.minimum is not None and self.maximum is not None:
            parts.append(f"in [{_plain(self.minimum)}, {_plain(self.maximum)}]")
        elif self.minimum is not None:
            parts.append(f">= {_plain(self.minimum)}")
        elif self.maximum is not None:
            parts.append(f"<= {_plain(self.maximum)}")
        if self.unit:
            parts.append(self.unit)
        if self.is_file:
            x_file = self.schema.get("x_file")
            if isinstance(x_file, Mapping) and x_file.get("filename"):
                parts.append(f"({x_file['filename']})")
        text = " ".join(parts)
        if self.kind == "input":
            text += ", required" if self.required else f", default {self.default!r}"
        return text


def ports_from_models(ports: Iterable[Any]) -> tuple[dict[str, PortInfo], dict[str, PortInfo]]:
    """Inputs and outputs, by key, from generated SolverPort or StudyPort models."""
    inputs: dict[str, PortInfo] = {}
    outputs: dict[str, PortInfo] = {}
    for port in ports:
        raw = port.content_schema
        schema = raw.to_dict() if hasattr(raw, "to_dict") else {}
        if str(port.kind.value) == "input":
            inputs[str(port.key)] = PortInfo(key=str(port.key), kind="input", schema=schema)
        else:
            outputs[str(port.key)] = PortInfo(key=str(port.key), kind="output", schema=schema)
    return inputs, outputs


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _show(value: object) -> str:
    text = repr(value)
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + "…"
    return f"{type(value).__name__} {text}"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _has_type(kind: str, value: object) -> bool:
    if kind == "boolean":
        if isinstance(value, bool):
            return True
        if isinstance(value, str):
            return value.strip().lower() in BOOLEAN_STRINGS
        return isinstance(value, int)  # the platform reads 0 / 1 (any int) as a boolean
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return _is_number(value) and math.isfinite(float(value))  # type: ignore[arg-type]
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    if kind == "null":
        return value is None
    return True  # a type this checker does not know: leave it to the platform


_ARTICLE = {"integer": "an integer", "array": "an array", "object": "an object"}


def _expected(kinds: list[str]) -> str:
    return " or ".join(_ARTICLE.get(k, f"a {k}") for k in kinds)


def _file_problem(value: object) -> str | None:
    if isinstance(value, FileMeta):
        return None
    if isinstance(value, PurePath):
        path = Path(value)
        return None if path.is_file() else f"no such local file: {path}"
    if isinstance(value, Mapping) and "id" in value:
        return None
    hint = ""
    if isinstance(value, str):
        hint = " (to upload a local file, pass pathlib.Path(...))"
    return f"expected a file (a FileMeta or a pathlib.Path), got {_show(value)}{hint}"


def _number(schema: Mapping[str, Any], name: str) -> float | None:
    value = schema.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _bounds_problem(schema: Mapping[str, Any], value: float) -> str | None:
    low, high = _number(schema, "minimum"), _number(schema, "maximum")
    xlow, xhigh = _number(schema, "exclusiveMinimum"), _number(schema, "exclusiveMaximum")
    step = _number(schema, "multipleOf")
    shown = _plain(value)
    if low is not None and value < low:
        return f"must be at least {_plain(low)}, got {shown}"
    if high is not None and value > high:
        return f"must be at most {_plain(high)}, got {shown}"
    if xlow is not None and value <= xlow:
        return f"must be greater than {_plain(xlow)}, got {shown}"
    if xhigh is not None and value >= xhigh:
        return f"must be less than {_plain(xhigh)}, got {shown}"
    if step is not None and step > 0 and not math.isclose(value / step, round(value / step)):
        return f"must be a multiple of {_plain(step)}, got {shown}"
    return None


def _size_problem(schema: Mapping[str, Any], size: int, low: str, high: str, what: str) -> str:
    least, most = schema.get(low), schema.get(high)
    if isinstance(least, int) and size < least:
        return f"must have at least {least} {what}, got {size}"
    if isinstance(most, int) and size > most:
        return f"must have at most {most} {what}, got {size}"
    return ""


def _value_problem(port: PortInfo, value: object) -> str | None:
    if port.is_file:
        return _file_problem(value)
    schema = port.schema
    raw = schema.get("type")
    kinds = [str(k) for k in raw] if isinstance(raw, list) else [str(raw)] if raw else []
    if kinds and not any(_has_type(k, value) for k in kinds):
        return f"expected {_expected(kinds)}, got {_show(value)}"
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        return f"must be one of {', '.join(repr(e) for e in enum)}, got {_show(value)}"
    if _is_number(value) and "boolean" not in kinds:
        return _bounds_problem(schema, float(value))  # type: ignore[arg-type]
    if isinstance(value, str):
        problem = _size_problem(schema, len(value), "minLength", "maxLength", "characters")
        pattern = schema.get("pattern")
        if not problem and isinstance(pattern, str) and re.search(pattern, value) is None:
            problem = f"must match the pattern {pattern!r}, got {_show(value)}"
        return problem or None
    if isinstance(value, list | tuple):
        return _size_problem(schema, len(value), "minItems", "maxItems", "items") or None
    return None


def input_problems(
    inputs: Mapping[str, PortInfo],
    outputs: Mapping[str, PortInfo],
    values: Mapping[str, object],
) -> list[str]:
    """Every problem with `values` for these ports, one readable line each; empty when fine."""
    problems: list[str] = []
    known = ", ".join(inputs) or "none"
    for key in values:
        key_text = str(key)
        if key_text in inputs:
            continue
        if key_text in outputs:
            problems.append(f"{key_text}: is an output port, not an input (inputs: {known})")
        else:
            problems.append(f"{key_text}: unknown input port (inputs: {known})")
    given = {str(k): v for k, v in values.items()}
    for key, port in inputs.items():
        value = given.get(key)
        if value is None:
            if port.required:
                title = f" ({port.title})" if port.title else ""
                problems.append(f"{key}: missing required input{title}")
            continue
        problem = _value_problem(port, value)
        if problem:
            problems.append(f"{key}: {problem}")
    return problems


def check_inputs(
    label: str,
    inputs: Mapping[str, PortInfo],
    outputs: Mapping[str, PortInfo],
    values: Mapping[str, object],
) -> None:
    """Raise `InvalidInputError` naming every problem with `values`, or return quietly."""
    if not isinstance(values, Mapping):
        raise InvalidInputError(
            f"inputs for {label} must be a mapping of port keys to values, got {_show(values)}"
        )
    problems = input_problems(inputs, outputs, values)
    if problems:
        count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
        raise InvalidInputError(f"invalid inputs for {label} ({count}): " + "; ".join(problems))


class Ports:
    """The ports of a runner (solver release, study), and what its inputs mean for them.

    Shared by the blocking and the awaitable runners: nothing here sends anything.
    """

    label: str
    inputs: dict[str, PortInfo]
    outputs: dict[str, PortInfo]

    def check(self, inputs: Mapping[str, object]) -> None:
        """Raise `sdk.InvalidInputError` naming every problem with `inputs`: unknown ports,
        wrong kinds, values out of range, missing required inputs. Sends nothing."""
        check_inputs(self.label, self.inputs, self.outputs, inputs)

    def _local_files(self, inputs: Mapping[str, object]) -> dict[str, Path]:
        """The inputs that are local files to upload first (`pathlib.Path` values)."""
        return {
            str(key): Path(value)
            for key, value in inputs.items()
            if isinstance(value, PurePath) and str(key) in self.inputs
        }

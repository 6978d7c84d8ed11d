"""What a sleeper run does, as pure functions: plan it from its inputs, produce its results.

Durations here are in platform seconds; the runner scales them by the time scale.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

TRUE_STRINGS = frozenset({"true", "1", "yes", "on"})
FALSE_STRINGS = frozenset({"false", "0", "no", "off", ""})
PENDING_SECONDS = 0.5


def as_bool(value: Any) -> bool:
    """Boolean ports accept booleans and boolean-like strings, as the platform does."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE_STRINGS | FALSE_STRINGS:
        return value.strip().lower() in TRUE_STRINGS
    if isinstance(value, int):
        return value != 0
    raise ValueError(f"{value!r} is not a boolean")


@dataclass(frozen=True)
class RunPlan:
    sleep_seconds: int
    walk_meters: int = 0
    fail_after: bool = False
    start_error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return float(self.sleep_seconds + self.walk_meters * 0.1)


def plan(values: dict[str, Any], input_file: bytes | None) -> RunPlan:
    sleep = int(values.get("input_2", 2))
    walk = int(values.get("input_4", 0))
    fail_after = as_bool(values.get("input_3", False))
    notes: list[str] = []
    if input_file is not None:
        text = input_file.decode("utf-8", errors="replace").strip()
        try:
            notes.append(f"Read number {int(text)} from input_1")
        except ValueError:
            return RunPlan(
                sleep, walk, fail_after, start_error="input_1 must hold a single integer"
            )
    return RunPlan(sleep, walk, fail_after, notes=notes)


def results(job_id: str) -> tuple[int, float]:
    """Deterministic per job: the same job always reports the same random numbers."""
    rng = random.Random(job_id)
    return rng.randint(1, 9), float(rng.randint(1, 9))


def log_lines(
    p: RunPlan, started: datetime, stopped: datetime, outcome: str, error: str | None
) -> list[str]:
    def stamp(t: datetime) -> str:
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    lines = [f"{stamp(started)} Starting sleeper", *[f"{stamp(started)} {n}" for n in p.notes]]
    if p.start_error is None:
        if p.walk_meters:
            lines.append(f"{stamp(started)} Walking {p.walk_meters} meters to bed")
        lines.append(f"{stamp(started)} Will sleep for {p.sleep_seconds} seconds")
        total = max(1, p.sleep_seconds)
        elapsed = (stopped - started).total_seconds()
        done = (
            total
            if outcome != "ABORTED"
            else min(total, int(elapsed / max(p.duration, 1e-9) * total))
        )
        for i in range(1, done + 1):
            t = started + timedelta(seconds=elapsed * i / total)
            lines.append(f"{stamp(t)} [PROGRESS] {i}/{total}...")
    if error:
        lines.append(f"{stamp(stopped)} ERROR: {error}")
    lines.append(f"{stamp(stopped)} Sleeper finished: {outcome}")
    return lines


def log_zip(node_name: str, lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{node_name}.logs", "\n".join(lines) + "\n")
    return buffer.getvalue()

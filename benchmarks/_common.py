"""Shared by the benchmark scripts: a platform to measure against, timing, and the table."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sdk.testing import LocalPlatform

#: Jobs are created, not run, in the benchmarks: the time scale only matters for batches.
TIME_SCALE = 0.001


@dataclass
class Row:
    """One comparison: what we measured, against which baseline, and the target ratio."""

    name: str
    baseline_name: str
    ours: float
    baseline: float
    unit: str
    target: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("nan")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "ok" if self.ratio <= self.target else "MISSED"


def best_of(repeats: int, run: Callable[[], float]) -> float:
    """The fastest of several runs: the least disturbed by the rest of the machine."""
    results = []
    for _ in range(repeats):
        gc.collect()
        results.append(run())
    return min(results)


def median_of(repeats: int, run: Callable[[], float]) -> float:
    return statistics.median(run() for _ in range(repeats))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@contextmanager
def platform(workers: int = 1, **env: str) -> Iterator[LocalPlatform]:
    with LocalPlatform(time_scale=TIME_SCALE, workers=workers, env=env) as running:
        yield running


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    header = f"{'measure':<44} {'ours':>12} {'baseline':>12} {'ratio':>7} {'target':>7}  "
    print(header)
    print("-" * len(header))
    for r in rows:
        target = f"<={r.target:.2f}" if r.target is not None else ""
        print(
            f"{r.name:<44} {r.ours:>10.3f}{r.unit:>2} {r.baseline:>10.3f}{r.unit:>2} "
            f"{r.ratio:>7.3f} {target:>7}  {r.verdict}"
        )
        for note in r.notes:
            print(f"    {note}")

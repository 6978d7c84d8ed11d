"""Import time of `sdk` and `sdk.aio` in a fresh interpreter, and what they pull in.

python benchmarks/imports.py
"""

from __future__ import annotations

import subprocess
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, print_table

REPEATS = 7
PROBE = """
import sys, time
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
heavy = [m for m in ("sdk_generated.models", "rich", "tqdm", "httpx") if m in sys.modules]
print(elapsed, ",".join(heavy))
"""


def measure(statement: str) -> tuple[float, str]:
    times, heavy = [], ""
    for _ in range(REPEATS):
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(statement=statement)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        times.append(float(out[0]))
        heavy = out[1] if len(out) > 1 else ""
    return min(times) * 1e3, heavy


def main() -> list[Row]:
    baseline, _ = measure("import json")
    rows = []
    for statement, target in (
        ("import sdk", 150.0),
        ("import sdk.aio", 150.0),
        ("import sdk; sdk.SolversApi", None),
    ):
        ms, heavy = measure(statement)
        notes = [f"absolute {ms:.1f} ms (target < {target:.0f} ms)"] if target else []
        notes.append(f"heavy modules loaded: {heavy or 'none'}")
        rows.append(Row(statement, "import json", ms, baseline, "ms", notes=notes))
    print_table("Import time in a fresh interpreter (best of 7)", rows)
    return rows


if __name__ == "__main__":
    main()

"""Cold start in a fresh interpreter: imports, a first client, and the command line.

python benchmarks/imports.py

Each probe runs in a new process, best of 7. The statements are timed inside the process
(interpreter start-up excluded); the command line is timed from outside (start-up included).
"""

from __future__ import annotations

import subprocess
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, print_table

REPEATS = 7
PROBE = """
import sys, time
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
heavy = [m for m in ("osparc_sdk_generated.models.job", "rich", "click", "pygments", "httpx")
         if m in sys.modules and getattr(sys.modules[m], "__file__", None)]
print(elapsed, ",".join(heavy))
"""


def command_baseline() -> float:
    """Best wall time of `python -c pass` (ms): the interpreter's own start-up."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


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


FIRST_CLIENT = (
    "import sdk; client = sdk.ApiClient(host='http://127.0.0.1:9', api_key='k', "
    "api_secret='s', token_cache=False); sdk.SolversApi(client)"
)


def command(args: list[str]) -> float:
    """Best wall time of the `osparc-sdk` command line, start-up included (ms)."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sdk.cli", *args], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def main() -> list[Row]:
    baseline, _ = measure("import json")
    rows = []
    for statement, target in (
        ("import sdk", 150.0),
        ("import sdk.aio", 150.0),
        (FIRST_CLIENT, 100.0),
    ):
        ms, heavy = measure(statement)
        notes = [f"absolute {ms:.1f} ms (target < {target:.0f} ms)"] if target else []
        notes.append(f"heavy modules loaded: {heavy or 'none'}")
        name = "import sdk + ApiClient + SolversApi" if statement == FIRST_CLIENT else statement
        rows.append(Row(name, "import json", ms, baseline, "ms", notes=notes))
    bare = command_baseline()
    for args, target in ((["--version"], 150.0), (["--help"], 300.0)):
        ms = command(args)
        notes = [f"absolute {ms:.1f} ms (target <= {target:.0f} ms), start-up included"]
        rows.append(
            Row(f"osparc-sdk {' '.join(args)}", "python -c pass", ms, bare, "ms", notes=notes)
        )
    print_table("Import time in a fresh interpreter (best of 7)", rows)
    return rows


if __name__ == "__main__":
    main()

"""Cold start in a fresh interpreter: imports, a first client, and the command line.

python benchmarks/imports.py [--repeats N] [--instructions]

Each probe runs in a new process, best of N (default 5). The statements are timed inside the
process (interpreter start-up excluded); the command line is timed from outside (start-up
included). The measure of issue 15 is the row "import sdk + ApiClient + SolversApi".

Bytecode: every probe runs with Python's bytecode cache written and read (as after `pip install`,
which compiles the package), whatever PYTHONDONTWRITEBYTECODE says in the caller's environment,
and after one discarded run that fills the cache. Without a cache each SDK module is compiled
from source on every run, which measures the compiler rather than the SDK.

--instructions also counts the CPU instructions of each import probe with valgrind's callgrind
(the probe's process minus `python -c pass`): unlike wall time, the count hardly moves when the
machine is busy, so it compares two versions on a loaded machine (about 5-6 instructions per ns
on a quiet 2-core development machine).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, print_table

PROBE = """
import sys, time
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
heavy = [m for m in ("osparc_sdk_generated.models.job", "rich", "click", "pygments", "httpx",
                     "httpcore", "asyncio")
         if m in sys.modules and getattr(sys.modules[m], "__file__", None)]
print(elapsed, ",".join(heavy))
"""

FIRST_CLIENT = (
    "import sdk; client = sdk.ApiClient(host='http://127.0.0.1:9', api_key='k', "
    "api_secret='s', token_cache=False); sdk.SolversApi(client)"
)

CALLGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]

#: The environment of every probe: bytecode cached, as in an installed package.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(args: list[str]) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, env=ENV).stdout


def command_baseline(repeats: int) -> float:
    """Best wall time of `python -c pass` (ms): the interpreter's own start-up."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        _run([sys.executable, "-c", "pass"])
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def measure(statement: str, repeats: int) -> tuple[float, str]:
    code = PROBE.format(statement=statement)
    _run([sys.executable, "-c", code])  # fills the bytecode cache
    times, heavy = [], ""
    for _ in range(repeats):
        out = _run([sys.executable, "-c", code]).split()
        times.append(float(out[0]))
        heavy = out[1] if len(out) > 1 else ""
    return min(times) * 1e3, heavy


def instructions(statement: str) -> float | None:
    """CPU instructions (millions) of `python -c statement`, minus those of `python -c pass`."""
    if shutil.which("valgrind") is None:
        return None

    def count(code: str) -> int:
        result = subprocess.run(
            [*CALLGRIND, sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=ENV,
        )
        found = re.search(r"Collected : (\d+)", result.stderr)
        if found is None:
            raise RuntimeError(f"callgrind gave no count:\n{result.stderr[-2000:]}")
        return int(found.group(1))

    _run([sys.executable, "-c", statement])  # fills the bytecode cache
    return (count(statement) - count("pass")) / 1e6


def command(args: list[str], repeats: int) -> float:
    """Best wall time of the `osparc-sdk` command line, start-up included (ms)."""
    _run([sys.executable, "-m", "sdk.cli", *args])  # fills the bytecode cache
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        _run([sys.executable, "-m", "sdk.cli", *args])
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def main(repeats: int = 5, count_instructions: bool = False) -> list[Row]:
    baseline, _ = measure("import json", repeats)
    rows = []
    for statement, target in (
        ("import sdk", 150.0),
        ("import sdk.aio", 150.0),
        (FIRST_CLIENT, 100.0),
    ):
        ms, heavy = measure(statement, repeats)
        notes = [f"absolute {ms:.1f} ms (target <= {target:.0f} ms), start-up excluded"]
        notes.append(f"heavy modules loaded: {heavy or 'none'}")
        if count_instructions:
            counted = instructions(statement)
            notes.append(
                "instructions: valgrind not installed"
                if counted is None
                else f"instructions: {counted:.1f} M (callgrind, minus `python -c pass`)"
            )
        name = "import sdk + ApiClient + SolversApi" if statement == FIRST_CLIENT else statement
        rows.append(Row(name, "import json", ms, baseline, "ms", notes=notes))
    bare = command_baseline(repeats)
    for args, target in ((["--version"], 150.0), (["--help"], 300.0)):
        ms = command(args, repeats)
        notes = [f"absolute {ms:.1f} ms (target <= {target:.0f} ms), start-up included"]
        rows.append(
            Row(f"osparc-sdk {' '.join(args)}", "python -c pass", ms, bare, "ms", notes=notes)
        )
    print_table(f"Import time in a fresh interpreter (best of {repeats}, bytecode cached)", rows)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per probe (best kept)")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (valgrind)"
    )
    options = parser.parse_args()
    main(options.repeats, options.instructions)

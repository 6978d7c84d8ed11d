#!/usr/bin/env python3
"""The soak, long form: tutorial workflows and run_many batches against a local platform that
fails a share of its requests, for a number of workflows or minutes; prints the numbers.

    .venv/bin/python scripts/soak.py --minutes 5
    .venv/bin/python scripts/soak.py --workflows 2000 --rate 0.2 --seed 7 --threads 16

Runs against a platform honouring `Idempotency-Key` and one ignoring it like the real platform
(`--keys honour` or `--keys ignore` for one of them). Exits 0 when nothing was lost, duplicated
or corrupted and no workflow failed, 1 otherwise. `--keep DIR` keeps the platform's data directory
(its `server.log` names every injected fault with its seed and request number, and
`faults.jsonl` lists them) and the workflows' files. The short form runs in the test suite
(tests/soak/test_soak.py); the checks are described in tests/soak/soak_kit.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "soak"))

from soak_kit import Report, SoakConfig, run_soak, soak_platform


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workflows", type=int, default=None, help="how many tutorial workflows")
    parser.add_argument("--minutes", type=float, default=None, help="or: for how long")
    parser.add_argument("--threads", type=int, default=8, help="workflows at once")
    parser.add_argument("--batch-size", type=int, default=16, help="jobs per run_many batch")
    parser.add_argument("--batches", type=int, default=2, help="run_many batches (at least)")
    parser.add_argument("--rate", type=float, default=0.1, help="share of requests that fail")
    parser.add_argument("--seed", type=int, default=42, help="fault seed (a replay uses it)")
    parser.add_argument("--time-scale", type=float, default=0.01, help="job time scale")
    parser.add_argument("--keep", type=Path, default=None, help="keep data and files here")
    parser.add_argument(
        "--keys",
        choices=["both", "honour", "ignore"],
        default="both",
        help="whether the platform honours Idempotency-Key (the real one ignores it)",
    )
    args = parser.parse_args(argv)
    if args.workflows is None and args.minutes is None:
        args.workflows = 200
    modes = {"both": [False, True], "honour": [False], "ignore": [True]}[args.keys]
    reports = []
    for ignore in modes:
        config = SoakConfig(
            workflows=args.workflows,
            minutes=args.minutes,
            threads=args.threads,
            batches=args.batches,
            batch_size=args.batch_size,
            rate=args.rate,
            seed=args.seed,
            time_scale=args.time_scale,
            ignore_idempotency_keys=ignore,
        )
        reports.append(run_one(config, args.keep))
    for report in reports:
        print(report.summary())
    return 0 if all(report.clean for report in reports) else 1


def run_one(config: SoakConfig, keep: Path | None) -> Report:
    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        root = keep / config.mode if keep else Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")  # run_many's upload journals
        data_dir = root / "platform" if keep else None
        with soak_platform(config, data_dir) as platform:
            print(f"soak against {platform.base_url}: {config}", flush=True)
            report = run_soak(platform, config, root / "workflows")
    report.print()
    return report


if __name__ == "__main__":
    sys.exit(main())

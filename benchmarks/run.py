"""Every benchmark, one after the other: `python benchmarks/run.py [--quick]`."""

from __future__ import annotations

import argparse
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])

import client_only
import fanout
import imports
import overhead
import pagination
import vs_official

import server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a smoke run")
    args = parser.parse_args()
    if args.quick:
        sys.argv[1:] = ["--calls", "300", "--jobs", "200", "--seconds", "1"]
    else:
        sys.argv[1:] = []
    for module in (server, imports, client_only, overhead, fanout, pagination, vs_official):
        module.main()


if __name__ == "__main__":
    main()

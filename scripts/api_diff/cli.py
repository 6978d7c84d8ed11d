"""The command line: `scripts/api_diff.py OLD NEW [--format text|json]` (or `python -m api_diff`).

Exit status: 0 no breaking change, 1 at least one breaking change, 2 usage error (bad
arguments, a file that cannot be read or is not an OpenAPI document).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .compare_operations import diff
from .documents import UsageError, load


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="api_diff.py",
        description="Classify the differences between two OpenAPI documents as breaking or"
        " compatible for users of the generated SDK. Exit status: 0 no breaking change,"
        " 1 breaking, 2 usage error.",
    )
    parser.add_argument("old", help="the previous OpenAPI document (JSON)")
    parser.add_argument("new", help="the new OpenAPI document (JSON)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        report = diff(load(args.old), load(args.new))
    except UsageError as error:
        print(f"api_diff.py: error: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(report.to_json(args.old, args.new))
    else:
        sys.stdout.write(report.to_text(args.old, args.new))
    return report.exit_code

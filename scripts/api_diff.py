#!/usr/bin/env python3
"""Classify every difference between two OpenAPI documents as BREAKING or COMPATIBLE.

    scripts/api_diff.py OLD NEW [--format text|json]

The command's entry point only; the work is done by the package next to it, scripts/api_diff/
(its docstring has the rules). Python resolves `import api_diff` here to that package: a
directory with an __init__.py wins over a module of the same name.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_diff.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

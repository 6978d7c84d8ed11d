"""`python -m api_diff OLD NEW` (with scripts/ on the path): the same as scripts/api_diff.py."""

from .cli import main

raise SystemExit(main())

"""The version of osparc-sdk (a leaf module: the User-Agent needs it, and `sdk` re-exports it).

Kept equal to `[project] version` in pyproject.toml (tests/sdk/test_sdk_per_call.py checks).
"""

__version__ = "1.0.0"

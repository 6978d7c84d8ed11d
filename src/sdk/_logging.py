"""`OSPARC_SDK_LOG=debug|info|warning` turns the SDK's log on, to stderr, without code changes.

Nothing the SDK logs carries credentials: URLs are redacted and headers are never logged.
"""

from __future__ import annotations

import logging
import os

_configured = False


def configure_from_env() -> None:
    """Once per process: honour OSPARC_SDK_LOG unless the application set up "sdk" itself."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("OSPARC_SDK_LOG", "").strip().upper()
    logger = logging.getLogger("sdk")
    if not level or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(getattr(logging, level, logging.INFO))

"""The job's log archive, checked before it is handed over: a zip whose entries do not match
their CRC (a byte flipped on the way) is fetched again, within the retry policy's attempts,
and only then is `TransferError` raised.

A cut body never gets this far: API answers are read whole inside the transport's retry loop,
so a body shorter than promised is fetched again there.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable
from typing import Any
from uuid import UUID

from osparc_sdk_patches.errors import TransferError, api_operation
from osparc_sdk_patches.types import Flow, RetryPolicy

__all__ = ["archive_problem", "checked_archive", "log_archive"]

logger = logging.getLogger("sdk")


def archive_problem(data: bytes) -> str | None:
    """What is wrong with a zip archive (None: every entry reads back with its CRC)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            broken = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        return f"not a readable zip archive ({error})"
    except Exception as error:  # zlib.error and friends: damaged compressed data
        return f"damaged compressed data ({type(error).__name__}: {error})"
    return None if broken is None else f"entry {broken!r} does not match its CRC"


def checked_archive(data: bytes, job_id: UUID, attempt: int, policy: RetryPolicy) -> bool:
    """Whether `data` may be handed over; False asks for another fetch (logged), and
    `TransferError` once the policy's attempts are spent."""
    problem = archive_problem(data)
    if problem is None:
        return True
    if attempt >= policy.max_attempts:
        raise TransferError(
            f"the log archive of job {job_id} arrived damaged {attempt} times: {problem}"
        )
    logger.info(
        "the log archive of job %s arrived damaged (%s); fetching it again (attempt %d of %d)",
        job_id,
        problem,
        attempt + 1,
        policy.max_attempts,
    )
    return False


def log_archive(fetch: Callable[[], Any], job_id: UUID, policy: RetryPolicy) -> Flow[bytes]:
    """Fetch (the generated operation, bound to its arguments) until the archive is whole."""
    attempt = 1
    while True:
        with api_operation("get_job_output_logfile"):
            data: bytes = yield fetch()
        if checked_archive(data, job_id, attempt, policy):
            return data
        attempt += 1

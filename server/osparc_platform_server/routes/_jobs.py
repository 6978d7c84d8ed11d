"""Helpers shared by solver and study job routes."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from fastapi import Response

from osparc_platform_server.deps import Services
from osparc_platform_server.errors import ApiError
from osparc_platform_server.runner import LOG_ARCHIVE
from osparc_platform_server.schemas.jobs import TERMINAL_STATES, JobInputs, RunningState
from osparc_platform_server.services import jobs


def plain_values(body: JobInputs) -> dict[str, Any]:
    return body.model_dump(mode="json")["values"]  # type: ignore[no-any-return]


def honoured_key(svc: Services, key: str | None, response: Response) -> str | None:
    """The key a job creation is deduplicated by, or None when the server ignores keys (the
    `PLATFORM_IGNORE_IDEMPOTENCY_KEYS` mode, like the real platform).

    An honoured key is sent back in the answer's `Idempotency-Key` header: that is how a client
    learns the server keeps the promise (the real platform never sends it).
    """
    if key is None or svc.settings.ignore_idempotency_keys:
        return None
    response.headers["Idempotency-Key"] = key
    return key


def job_model(row: sqlite3.Row, base: str) -> dict[str, Any]:
    return jobs.job_model(row, base)


def status_model(row: sqlite3.Row) -> dict[str, Any]:
    return jobs.status_model(row)


def metadata_model(row: sqlite3.Row, base: str) -> dict[str, Any]:
    return {
        "job_id": row["id"],
        "metadata": json.loads(row["metadata_json"]),
        "url": f"{jobs.job_model(row, base)['url']}/metadata",
    }


def log_link(svc: Services, row: sqlite3.Row, base: str) -> str:
    if RunningState(row["state"]) not in TERMINAL_STATES:
        raise ApiError(409, f"Job {row['id']} has not finished: its log file is not ready")
    if row["assets_deleted"] or not (svc.blobs.job_dir(row["id"]) / LOG_ARCHIVE).exists():
        raise ApiError(404, f"Job {row['id']} has no log file")
    return svc.signer.sign(base, "GET", f"/storage/jobs/{row['id']}/{LOG_ARCHIVE}")

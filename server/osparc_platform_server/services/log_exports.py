"""Exporting a job's logs as a task: the archive becomes a file of the user's, the task's result.

A job that has finished exports the log archive the runner wrote; one still running exports
what can be said so far (its state and progress), so the export always finishes.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from osparc_platform_server import sleeper
from osparc_platform_server.blobs import BlobStore
from osparc_platform_server.db import Database
from osparc_platform_server.identity import User
from osparc_platform_server.runner import LOG_ARCHIVE, node_name
from osparc_platform_server.services.files import FileService
from osparc_platform_server.services.jobs import JobService, current_progress
from osparc_platform_server.services.tasks import TaskKind, TaskService

EXPORT_TASK = "export_job_logs"
EXPORT_SECONDS = 1.0


class LogExports:
    def __init__(
        self,
        db: Database,
        blobs: BlobStore,
        files: FileService,
        jobs: JobService,
        tasks: TaskService,
    ) -> None:
        self._db = db
        self._blobs = blobs
        self._files = files
        self._jobs = jobs
        self._tasks = tasks
        tasks.register(EXPORT_TASK, TaskKind(self._export, duration=EXPORT_SECONDS))

    def start(self, user: User, job: sqlite3.Row) -> sqlite3.Row:
        """Queue the export of `job`'s logs; returns the task."""
        with self._db.write() as conn:
            task_id = self._tasks.submit(conn, user, EXPORT_TASK, {"job_id": job["id"]})
        self._tasks.wake()
        return self._tasks.row(user, task_id)

    def _export(self, task: sqlite3.Row, user: User) -> dict[str, Any]:
        job_id = str(json.loads(task["params_json"])["job_id"])
        job = self._jobs.row(user, None, job_id)
        archive = self._blobs.job_dir(job_id) / LOG_ARCHIVE
        if archive.exists() and not job["assets_deleted"]:
            data = archive.read_bytes()
        else:
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            line = f"{stamp} Job {job_id} is {job['state']} ({current_progress(job)}%)"
            data = sleeper.log_zip(node_name(job), [line])
        with self._db.write() as conn:
            return self._files.store_output(conn, user.id, job_id, f"{job_id}_logs.zip", data)

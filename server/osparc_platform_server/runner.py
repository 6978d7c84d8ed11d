"""Moves jobs through their states: PUBLISHED -> PENDING -> STARTED -> SUCCESS | FAILED.

One background thread per server process polls the active jobs. Every transition is a
conditional update inside a write transaction, so several processes (or a restarted one) can
run side by side without running a job twice; a job that was running when the server stopped is
picked up again when it starts, and its progress follows the clock from when it started.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from osparc_platform_server import sleeper
from osparc_platform_server.blobs import BlobStore
from osparc_platform_server.db import Database
from osparc_platform_server.services.files import FileService
from osparc_platform_server.services.jobs import iso
from osparc_platform_server.services.studies import port_key

logger = logging.getLogger("osparc_platform_server.runner")

MAX_INPUT_FILE = 1024 * 1024
LOG_ARCHIVE = "logs.zip"


class JobRunner:
    def __init__(
        self,
        db: Database,
        blobs: BlobStore,
        files: FileService,
        *,
        time_scale: float,
        tick: float,
        credits_per_second: float,
    ) -> None:
        self._db = db
        self._blobs = blobs
        self._files = files
        self._scale = time_scale
        self._tick = tick
        self._credits_per_second = credits_per_second
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._steps: list[Callable[[float], None]] = []

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="job-runner", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def wake(self) -> None:
        self._wake.set()

    def add_step(self, step: Callable[[float], None]) -> None:
        """More work for each tick (the tasks), after the jobs have moved on."""
        self._steps.append(step)

    def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                self.advance()
            except Exception:
                logger.exception("job runner tick failed; retrying")
            self._wake.wait(self._tick)
            self._wake.clear()

    # -- one step for every active job ----------------------------------------------------------
    def advance(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        with self._db.read() as conn:
            published = conn.execute("SELECT 1 FROM jobs WHERE state = 'PUBLISHED' LIMIT 1")
            anything_published = published.fetchone() is not None
        if anything_published:  # the write lock is taken only when there is work for it
            with self._db.write() as conn:
                conn.execute(
                    "UPDATE jobs SET state = 'PENDING', run_started = ? WHERE state = 'PUBLISHED'",
                    (now + sleeper.PENDING_SECONDS * self._scale,),
                )
        with self._db.read() as conn:
            due = conn.execute(
                "SELECT id, state FROM jobs WHERE (state = 'PENDING' AND run_started <= ?)"
                " OR (state = 'STARTED' AND run_started + duration <= ?) ORDER BY seq",
                (now, now),
            ).fetchall()
        for row in due:
            if row["state"] == "PENDING":
                self._begin(str(row["id"]), now)
            else:
                self._finish(str(row["id"]), now)
        for step in self._steps:
            step(now)

    def _plan(self, row: sqlite3.Row) -> sleeper.RunPlan:
        values: dict[str, Any] = json.loads(row["inputs_json"])
        if row["runner_kind"] == "study":
            study = str(row["runner_key"])
            values = {
                "input_2": values.get(port_key(study, "sleep"), 1),
                "input_3": values.get(port_key(study, "fail"), False),
            }
        content = None
        file_ref = values.get("input_1")
        if isinstance(file_ref, dict) and "id" in file_ref:
            path = self._blobs.file_path(str(file_ref["id"]))
            try:
                with path.open("rb") as fh:
                    content = fh.read(MAX_INPUT_FILE)
            except FileNotFoundError:
                return sleeper.RunPlan(0, start_error=f"input_1 file {file_ref['id']} is gone")
        return sleeper.plan(values, content)

    def _begin(self, job_id: str, now: float) -> None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None or row["state"] != "PENDING":
            return
        plan = self._plan(row)
        if plan.start_error is not None:
            self._complete(row, plan, now, started=now)
            return
        with self._db.write() as conn:
            conn.execute(
                "UPDATE jobs SET state = 'STARTED', started_at = ?, run_started = ?, duration = ?"
                " WHERE id = ? AND state = 'PENDING'",
                (iso(now), now, max(plan.duration * self._scale, 1e-6), job_id),
            )

    def _finish(self, job_id: str, now: float) -> None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None or row["state"] != "STARTED":
            return
        self._complete(row, self._plan(row), now, started=float(row["run_started"]))

    def _complete(
        self, row: sqlite3.Row, plan: sleeper.RunPlan, now: float, started: float
    ) -> None:
        job_id = str(row["id"])
        error = plan.start_error or (
            "Failing as requested: input 'fail after sleep' was true" if plan.fail_after else None
        )
        outcome = "FAILED" if error else "SUCCESS"
        self._write_log(row, plan, started, now, outcome, error)
        with self._db.write() as conn:
            state = conn.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if state is None or state["state"] not in ("PENDING", "STARTED"):
                return
            outputs = None if error else self._outputs(conn, row)
            errors = (
                [{"loc": ["sleeper"], "msg": error, "type": "runtime_error"}] if error else None
            )
            conn.execute(
                "UPDATE jobs SET state = ?, stopped_at = ?, progress = 100, outputs_json = ?,"
                " errors_json = ?, started_at = COALESCE(started_at, ?) WHERE id = ?",
                (
                    outcome,
                    iso(now),
                    json.dumps(outputs) if outputs else None,
                    json.dumps(errors) if errors else None,
                    iso(started),
                    job_id,
                ),
            )
            cost = plan.duration * self._credits_per_second
            conn.execute(
                "UPDATE wallets SET available_credits = MAX(0, available_credits - ?),"
                " modified = ? WHERE id = (SELECT id FROM wallets WHERE user_id = ? ORDER BY id"
                " LIMIT 1)",
                (cost, iso(now), row["user_id"]),
            )

    def _outputs(self, conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
        job_id = str(row["id"])
        number, interval = sleeper.results(job_id)
        if row["runner_kind"] == "study":
            return {port_key(str(row["runner_key"]), "result"): interval}
        output_file = self._files.store_output(
            conn, int(row["user_id"]), job_id, "single_number.txt", f"{number}\n".encode()
        )
        return {"output_1": output_file, "output_2": interval}

    def _write_log(
        self,
        row: sqlite3.Row,
        plan: sleeper.RunPlan,
        started: float,
        stopped: float,
        outcome: str,
        error: str | None,
    ) -> None:
        lines = sleeper.log_lines(
            plan,
            datetime.fromtimestamp(started, UTC),
            datetime.fromtimestamp(stopped, UTC),
            outcome,
            error,
        )
        archive = sleeper.log_zip(node_name(row), lines)
        self._blobs.write_bytes(self._blobs.job_dir(str(row["id"])) / LOG_ARCHIVE, archive)

    def record_abort(self, job_id: str) -> None:
        """Write the log of a job that was stopped by its user."""
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None or row["state"] != "ABORTED":
            return
        now = time.time()
        started = float(row["run_started"]) if row["run_started"] else now
        self._write_log(row, self._plan(row), min(started, now), now, "ABORTED", "Stopped by user")


def node_name(row: sqlite3.Row) -> str:
    return "sleeper" if row["runner_kind"] == "solver" else "sleeper-pipeline"

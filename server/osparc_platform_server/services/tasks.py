"""Background tasks: long operations a request starts and a client follows through /v0/tasks.

A task is a row: PENDING when submitted, STARTED once the runner has picked it up (its progress
follows the clock for the task's simulated duration), RUNNING while its handler works, then
SUCCESS with a result, FAILURE with an error, or CANCELLED. The runner thread advances tasks on
its ticks; transitions are conditional updates, so a task runs once even with several
processes, and a restart puts a task that was interrupted mid-handler back in line (handlers
are written to be safe to run again).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, not_found
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.services.jobs import iso

logger = logging.getLogger("osparc_platform_server.tasks")

DONE_STATES = ("SUCCESS", "FAILURE", "CANCELLED")


class TaskFailed(Exception):
    """Raised by a handler: the task ends FAILURE with this message."""


@dataclass(frozen=True)
class TaskKind:
    """What runs for a task of this name, and how long (platform seconds) it takes first."""

    handler: Callable[[sqlite3.Row, User], Any]
    duration: float


def task_links(task_id: str) -> dict[str, Any]:
    """A TaskGet's links: relative paths, as the platform writes them."""
    return {
        "status_href": f"/v0/tasks/{task_id}",
        "abort_href": f"/v0/tasks/{task_id}:cancel",
        "result_href": f"/v0/tasks/{task_id}/result",
        "stream_href": None,
    }


def task_get(row: sqlite3.Row) -> dict[str, Any]:
    return {"task_id": row["id"], "task_name": row["name"], **task_links(str(row["id"]))}


class TaskService:
    def __init__(self, db: Database, *, time_scale: float, wake: Callable[[], None]) -> None:
        self._db = db
        self._scale = time_scale
        self._wake = wake
        self._kinds: dict[str, TaskKind] = {}
        with db.write() as conn:  # a handler cut short by a restart runs again
            conn.execute("UPDATE tasks SET state = 'STARTED' WHERE state = 'RUNNING'")

    def register(self, name: str, kind: TaskKind) -> None:
        self._kinds[name] = kind

    # -- submitting and reading -----------------------------------------------------------------
    def submit(
        self, conn: sqlite3.Connection, user: User, name: str, params: dict[str, Any]
    ) -> str:
        """Queue a task inside the caller's write transaction; call `wake` after it commits."""
        if name not in self._kinds:
            raise ValueError(f"no task kind {name!r}")
        task_id = str(uuid.uuid4())
        seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM tasks").fetchone()[0])
        conn.execute(
            "INSERT INTO tasks(id, user_id, seq, name, params_json, state, duration, created_at)"
            " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)",
            (
                task_id,
                user.id,
                seq,
                name,
                json.dumps(params),
                self._kinds[name].duration * self._scale,
                now_iso(),
            ),
        )
        return task_id

    def wake(self) -> None:
        self._wake()

    def find(self, task_id: str) -> sqlite3.Row | None:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM tasks WHERE id = ?", (task_id,)
            ).fetchone()
        return row

    def row(self, user: User, task_id: str) -> sqlite3.Row:
        row = self.find(task_id)
        if row is None or row["user_id"] != user.id:
            raise not_found("Task", task_id)
        return row

    def list(self, user: User) -> list[sqlite3.Row]:
        with self._db.read() as conn:
            return conn.execute(
                "SELECT * FROM tasks WHERE user_id = ? ORDER BY seq", (user.id,)
            ).fetchall()

    def status_model(self, row: sqlite3.Row, now: float | None = None) -> dict[str, Any]:
        state = str(row["state"])
        if state in DONE_STATES:
            percent = 1.0
        elif state == "STARTED" and row["due"] is not None and row["duration"] > 0:
            elapsed = (now or time.time()) - (float(row["due"]) - float(row["duration"]))
            percent = max(0.0, min(0.99, elapsed / float(row["duration"])))
        elif state == "RUNNING":
            percent = 0.99
        else:
            percent = 0.0
        messages = {
            "PENDING": "Queued",
            "STARTED": "Running",
            "RUNNING": "Running",
            "SUCCESS": "Done",
            "FAILURE": "Failed",
            "CANCELLED": "Task was cancelled",
        }
        return {
            "task_progress": {"task_id": row["id"], "message": messages[state], "percent": percent},
            "done": state in DONE_STATES,
            "started": None,  # the platform never fills it in
        }

    def result(self, row: sqlite3.Row) -> dict[str, Any]:
        state = str(row["state"])
        if state == "CANCELLED":
            raise ApiError(404, f"Task {row['id']} was cancelled: it has no result")
        if state not in DONE_STATES:
            raise ApiError(404, "Task result not available yet")
        if state == "FAILURE":
            error = json.loads(row["error_json"]) if row["error_json"] else "Task failed"
            raise ApiError(503, f"Task {row['id']} failed: {error}")
        return {"result": json.loads(row["result_json"]), "error": None}

    def cancel(self, user: User, task_id: str) -> None:
        with self._db.write() as conn:
            row = conn.execute("SELECT user_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
            if row is None or row["user_id"] != user.id:
                raise not_found("Task", task_id)
            conn.execute(
                "UPDATE tasks SET state = 'CANCELLED', finished_at = ?"
                " WHERE id = ? AND state IN ('PENDING', 'STARTED', 'RUNNING')",
                (now_iso(), task_id),
            )

    # -- running (called on the runner's ticks) -------------------------------------------------
    def advance(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        with self._db.read() as conn:
            pending = conn.execute("SELECT 1 FROM tasks WHERE state = 'PENDING' LIMIT 1")
            anything_pending = pending.fetchone() is not None
        if anything_pending:
            with self._db.write() as conn:
                conn.execute(
                    "UPDATE tasks SET state = 'STARTED', due = ? + duration"
                    " WHERE state = 'PENDING'",
                    (now,),
                )
        with self._db.read() as conn:
            due = conn.execute(
                "SELECT id FROM tasks WHERE state = 'STARTED' AND due <= ? ORDER BY seq", (now,)
            ).fetchall()
        for row in due:
            self._run(str(row["id"]))

    def _run(self, task_id: str) -> None:
        with self._db.write() as conn:
            claimed = conn.execute(
                "UPDATE tasks SET state = 'RUNNING' WHERE id = ? AND state = 'STARTED'",
                (task_id,),
            ).rowcount
            row = conn.execute(
                "SELECT t.*, u.login FROM tasks t JOIN users u ON u.id = t.user_id WHERE t.id = ?",
                (task_id,),
            ).fetchone()
        if not claimed or row is None:
            return
        user = User(int(row["user_id"]), str(row["login"]))
        result: Any = None
        error: Any = None
        try:
            result = self._kinds[str(row["name"])].handler(row, user)
        except TaskFailed as exc:
            error = str(exc)
        except ApiError as exc:
            error = exc.messages[0] if len(exc.messages) == 1 else exc.messages
        except Exception as exc:  # a task must end, whatever its handler does
            logger.exception("task %s (%s) failed", task_id, row["name"])
            error = f"Unexpected error: {type(exc).__name__}"
        with self._db.write() as conn:
            conn.execute(
                "UPDATE tasks SET state = ?, result_json = ?, error_json = ?, finished_at = ?"
                " WHERE id = ? AND state = 'RUNNING'",
                (
                    "FAILURE" if error is not None else "SUCCESS",
                    json.dumps(result) if error is None else None,
                    json.dumps(error) if error is not None else None,
                    iso(time.time()),
                    task_id,
                ),
            )

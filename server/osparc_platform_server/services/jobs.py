"""Jobs of solvers and of studies: creation, control, results and metadata.

The database is the single source of truth for a job's state, so any worker process can answer
for any job, and the runner (which moves jobs forward) survives restarts.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from osparc_platform_server.catalog import SolverRelease
from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, not_found
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.schemas.jobs import TERMINAL_STATES, RunningState
from osparc_platform_server.services.ports import check_inputs

ACTIVE_STATES = ("PUBLISHED", "PENDING", "STARTED")


@dataclass(frozen=True)
class Runner:
    """What a job runs on: a solver release or a study."""

    kind: str  # "solver" | "study"
    key: str
    version: str  # "" for studies

    @property
    def name(self) -> str:
        if self.kind == "solver":
            return f"solvers/{self.key}/releases/{self.version}"
        return f"studies/{self.key}"

    @classmethod
    def solver(cls, release: SolverRelease) -> Runner:
        return cls("solver", release.key, release.version)

    @classmethod
    def study(cls, study_id: str) -> Runner:
        return cls("study", study_id, "")


def inputs_checksum(values: dict[str, Any]) -> str:
    def canon(v: Any) -> str:
        if isinstance(v, dict):
            return "{" + ",".join(f"{k}:{canon(v[k])}" for k in sorted(v)) + "}"
        return str(v)

    return hashlib.sha256(
        "".join(f"{k}:{canon(values[k])}" for k in sorted(values)).encode()
    ).hexdigest()


def job_model(row: sqlite3.Row, base_url: str) -> dict[str, Any]:
    runner = Runner(row["runner_kind"], row["runner_key"], row["version"])
    base = base_url.rstrip("/")
    url = f"{base}/v0/{runner.name}/jobs/{row['id']}"
    return {
        "id": row["id"],
        "name": f"{runner.name}/jobs/{row['id']}",
        "inputs_checksum": row["inputs_checksum"],
        "created_at": row["created_at"],
        "runner_name": runner.name,
        "url": url,
        "runner_url": f"{base}/v0/{runner.name}",
        "outputs_url": f"{url}/outputs",
    }


def current_progress(row: sqlite3.Row, now: float | None = None) -> int:
    """Progress of a running job follows the clock, so it needs no writes while it runs."""
    if row["state"] != "STARTED" or not row["duration"]:
        return int(row["progress"])
    elapsed = (now or time.time()) - float(row["run_started"])
    return max(0, min(99, int(100 * elapsed / float(row["duration"]))))


def status_model(row: sqlite3.Row) -> dict[str, Any]:
    errors = json.loads(row["errors_json"]) if row["errors_json"] else None
    return {
        "job_id": row["id"],
        "state": row["state"],
        "progress": current_progress(row),
        "submitted_at": row["submitted_at"],
        "started_at": row["started_at"],
        "stopped_at": row["stopped_at"],
        "errors": errors,
    }


class JobService:
    def __init__(
        self,
        db: Database,
        *,
        wake_runner: Callable[[], None],
        on_stopped: Callable[[str], None],
        on_delete: Callable[[sqlite3.Connection, str], list[str]],
        remove_blobs: Callable[[str, list[str]], None],
    ) -> None:
        self._db = db
        self._wake_runner = wake_runner
        self._on_stopped = on_stopped
        self._on_delete = on_delete
        self._remove_blobs = remove_blobs

    # -- creation -------------------------------------------------------------------------------
    def create(
        self,
        user: User,
        runner: Runner,
        ports: dict[str, dict[str, Any]],
        values: dict[str, Any],
        *,
        hidden: bool,
        idempotency_key: str | None,
    ) -> sqlite3.Row:
        if idempotency_key is not None:
            existing = self._by_idempotency_key(user, idempotency_key)
            if existing is not None:
                return existing
        problems = check_inputs(ports, values, lambda fid: self._user_has_file(user, fid))
        if problems:
            raise ApiError(422, *problems)
        job_id = str(uuid.uuid4())
        stamp = now_iso()
        try:
            with self._db.write() as conn:
                seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs").fetchone()[0])
                conn.execute(
                    "INSERT INTO jobs(id, user_id, seq, runner_kind, runner_key, version,"
                    " inputs_json, inputs_checksum, hidden, created_at, state, submitted_at,"
                    " idempotency_key) VALUES (?,?,?,?,?,?,?,?,?,?,'NOT_STARTED',?,?)",
                    (
                        job_id,
                        user.id,
                        seq,
                        runner.kind,
                        runner.key,
                        runner.version,
                        json.dumps(values),
                        inputs_checksum(values),
                        int(hidden),
                        stamp,
                        stamp,
                        idempotency_key,
                    ),
                )
        except sqlite3.IntegrityError:
            existing = self._by_idempotency_key(user, idempotency_key or "")
            if existing is None:
                raise
            return existing
        return self.row(user, runner, job_id)

    def _by_idempotency_key(self, user: User, key: str) -> sqlite3.Row | None:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM jobs WHERE user_id = ? AND idempotency_key = ?", (user.id, key)
            ).fetchone()
        return row

    def _user_has_file(self, user: User, file_id: str) -> bool:
        with self._db.read() as conn:
            return (
                conn.execute(
                    "SELECT 1 FROM files WHERE id = ? AND user_id = ?", (file_id, user.id)
                ).fetchone()
                is not None
            )

    # -- reading --------------------------------------------------------------------------------
    def row(self, user: User, runner: Runner | None, job_id: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM jobs WHERE id = ? AND user_id = ?", (job_id, user.id)
            ).fetchone()
        if row is None or (
            runner is not None
            and (row["runner_kind"], row["runner_key"], row["version"])
            != (runner.kind, runner.key, runner.version)
        ):
            raise not_found("Job", job_id)
        return row

    def is_active(self, user: User, job_id: str) -> bool:
        """Whether the user's job of that id has been started and has not finished."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT state FROM jobs WHERE id = ? AND user_id = ?", (job_id, user.id)
            ).fetchone()
        return row is not None and row["state"] in (*ACTIVE_STATES, "WAITING_FOR_RESOURCES")

    def list(
        self,
        user: User,
        runner: Runner | None,
        limit: int | None,
        offset: int,
        kind: str = "solver",
    ) -> tuple[list[sqlite3.Row], int]:
        where, args = "user_id = ? AND runner_kind = ?", [user.id, kind]
        if runner is not None:
            where += " AND runner_key = ? AND version = ?"
            args += [runner.key, runner.version]
        with self._db.read() as conn:
            total = int(
                conn.execute(f"SELECT COUNT(*) FROM jobs WHERE {where}", args).fetchone()[0]
            )
            # Past the end there is nothing to read (and SQLite cannot bind a huge offset).
            rows = conn.execute(
                f"SELECT * FROM jobs WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, min(offset, total)],
            ).fetchall()
        return rows, total

    def list_by_metadata(
        self, user: User, any_of: list[str], all_of: list[str], limit: int, offset: int
    ) -> tuple[list[sqlite3.Row], int]:
        """Solver jobs whose metadata matches `key:glob` filters (any of one, all of another)."""
        filters_any = [_parse_filter(f) for f in any_of]
        filters_all = [_parse_filter(f) for f in all_of]
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM jobs WHERE user_id = ? AND runner_kind = 'solver' ORDER BY seq",
                (user.id,),
            ).fetchall()

        def keep(row: sqlite3.Row) -> bool:
            meta = json.loads(row["metadata_json"])
            if filters_any and not any(_matches(meta, k, g) for k, g in filters_any):
                return False
            return all(_matches(meta, k, g) for k, g in filters_all)

        selected = [r for r in rows if keep(r)]
        return selected[offset : offset + limit], len(selected)

    # -- control --------------------------------------------------------------------------------
    def start(
        self,
        user: User,
        runner: Runner,
        job_id: str,
        pricing: tuple[int, int] | None = None,
    ) -> tuple[sqlite3.Row, bool]:
        """Returns the job and whether this call started it. `pricing` (plan id, unit id) is
        recorded when this call starts the job."""
        with self._db.write() as conn:
            row = self._locked_row(conn, user, runner, job_id)
            if row["assets_deleted"]:
                raise ApiError(409, f"Job {job_id} assets were deleted: create a new job")
            if row["state"] != "NOT_STARTED":
                return row, False
            credits = conn.execute(
                "SELECT available_credits FROM wallets WHERE user_id = ? ORDER BY id LIMIT 1",
                (user.id,),
            ).fetchone()
            if credits is None or float(credits[0]) <= 0:
                raise ApiError(402, "Not enough credits in the wallet to run this job")
            conn.execute(
                "UPDATE jobs SET state = 'PUBLISHED', submitted_at = ? WHERE id = ?",
                (now_iso(), job_id),
            )
            if pricing is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO job_pricing (job_id, plan_id, unit_id) "
                    "VALUES (?, ?, ?)",
                    (job_id, *pricing),
                )
            # Read before waking the runner, so this call reports the state it set.
            started = self._locked_row(conn, user, runner, job_id)
        self._wake_runner()
        return started, True

    def pricing(self, job_id: str) -> tuple[int, int] | None:
        """The (plan id, unit id) the job was started with, if it was given one."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT plan_id, unit_id FROM job_pricing WHERE job_id = ?", (job_id,)
            ).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    def stop(self, user: User, runner: Runner, job_id: str) -> sqlite3.Row:
        with self._db.write() as conn:
            row = self._locked_row(conn, user, runner, job_id)
            if RunningState(row["state"]) not in TERMINAL_STATES:
                conn.execute(
                    "UPDATE jobs SET state = 'ABORTED', stopped_at = ?, progress = ? WHERE id = ?",
                    (now_iso(), current_progress(row), job_id),
                )
                stopped = True
            else:
                stopped = False
        if stopped:
            self._on_stopped(job_id)
        return self.row(user, runner, job_id)

    def delete(self, user: User, runner: Runner, job_id: str) -> None:
        with self._db.write() as conn:
            self._locked_row(conn, user, runner, job_id)
            removed = self._on_delete(conn, job_id)
            conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
        self._remove_blobs(job_id, removed)

    def delete_assets(self, user: User, runner: Runner, job_id: str) -> None:
        with self._db.write() as conn:
            row = self._locked_row(conn, user, runner, job_id)
            if RunningState(row["state"]) not in TERMINAL_STATES and row["state"] != "NOT_STARTED":
                raise ApiError(409, f"Job {job_id} has not finished: stop it first")
            removed = self._on_delete(conn, job_id)
            conn.execute("UPDATE jobs SET assets_deleted = 1 WHERE id = ?", (job_id,))
        self._remove_blobs(job_id, removed)

    def _locked_row(
        self, conn: sqlite3.Connection, user: User, runner: Runner, job_id: str
    ) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM jobs WHERE id = ? AND user_id = ? AND runner_kind = ? AND runner_key = ?"
            " AND version = ?",
            (job_id, user.id, runner.kind, runner.key, runner.version),
        ).fetchone()
        if row is None:
            raise not_found("Job", job_id)
        return row

    # -- results --------------------------------------------------------------------------------
    def outputs(
        self, user: User, runner: Runner, job_id: str, output_keys: list[str]
    ) -> dict[str, Any]:
        row = self.row(user, runner, job_id)
        if row["assets_deleted"]:
            raise ApiError(409, f"Job {job_id} assets missing: they were deleted")
        results: dict[str, Any] = dict.fromkeys(output_keys)
        if row["state"] == "SUCCESS" and row["outputs_json"]:
            results.update(json.loads(row["outputs_json"]))
        return {"job_id": job_id, "results": results}

    # -- metadata -------------------------------------------------------------------------------
    def metadata(self, user: User, runner: Runner, job_id: str) -> dict[str, Any]:
        return json.loads(self.row(user, runner, job_id)["metadata_json"])  # type: ignore[no-any-return]

    def replace_metadata(
        self, user: User, runner: Runner, job_id: str, metadata: dict[str, Any]
    ) -> dict[str, Any]:
        with self._db.write() as conn:
            self._locked_row(conn, user, runner, job_id)
            conn.execute(
                "UPDATE jobs SET metadata_json = ? WHERE id = ?", (json.dumps(metadata), job_id)
            )
        return metadata

    def batch_metadata(self, user: User, job_ids: list[str]) -> list[sqlite3.Row]:
        return [self.row(user, None, job_id) for job_id in job_ids]


def _parse_filter(text: str) -> tuple[str, str]:
    """`key:glob`. The spec lets any string through, so a bare `key` is a filter too: the job
    has that key, with any value."""
    key, sep, pattern = text.partition(":")
    return key, pattern if sep else "*"


def _matches(meta: dict[str, Any], key: str, pattern: str) -> bool:
    if key not in meta:
        return False
    value = meta[key]
    text = json.dumps(value) if isinstance(value, bool) else str(value)
    return fnmatch.fnmatchcase(text, pattern)


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()

"""SQLite persistence: the schema and a thread-safe way to run short transactions.

Each thread gets its own connection (sqlite3 connections must not be shared across threads);
WAL mode lets readers proceed while one writer commits, and `BEGIN IMMEDIATE` makes every write
transaction take the write lock up front, so concurrent requests never deadlock on an upgrade.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    login TEXT NOT NULL UNIQUE,
    first_name TEXT,
    last_name TEXT,
    language TEXT,
    role TEXT NOT NULL DEFAULT 'USER',
    gravatar_id TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_keys (
    api_key TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    user_id INTEGER NOT NULL REFERENCES users(id),
    family TEXT NOT NULL,
    expires_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tokens_family ON tokens(family);
CREATE TABLE IF NOT EXISTS wallets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'ACTIVE',
    available_credits REAL NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    filename TEXT NOT NULL,
    content_type TEXT,
    size INTEGER NOT NULL,
    sha256 TEXT,
    e_tag TEXT,
    created_at TEXT NOT NULL,
    job_id TEXT
);
CREATE INDEX IF NOT EXISTS files_job ON files(job_id) WHERE job_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS files_user_sha ON files(user_id, sha256);
CREATE TABLE IF NOT EXISTS uploads (
    file_id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    filename TEXT NOT NULL,
    filesize INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_size INTEGER NOT NULL,
    num_parts INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'completed', 'aborted')),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS upload_parts (
    file_id TEXT NOT NULL REFERENCES uploads(file_id),
    number INTEGER NOT NULL,
    size INTEGER NOT NULL,
    e_tag TEXT NOT NULL,
    PRIMARY KEY (file_id, number)
);
CREATE TABLE IF NOT EXISTS studies (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT,
    description TEXT,
    hidden INTEGER NOT NULL DEFAULT 0,
    template TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    runner_kind TEXT NOT NULL CHECK (runner_kind IN ('solver', 'study')),
    runner_key TEXT NOT NULL,
    version TEXT NOT NULL,
    inputs_json TEXT NOT NULL,
    inputs_checksum TEXT NOT NULL,
    hidden INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    started_at TEXT,
    stopped_at TEXT,
    run_started REAL,
    duration REAL,
    progress INTEGER NOT NULL DEFAULT 0,
    outputs_json TEXT,
    errors_json TEXT,
    metadata_json TEXT NOT NULL DEFAULT '{}',
    assets_deleted INTEGER NOT NULL DEFAULT 0,
    idempotency_key TEXT
);
CREATE INDEX IF NOT EXISTS jobs_user_runner ON jobs(user_id, runner_kind, runner_key, version, seq);
CREATE INDEX IF NOT EXISTS jobs_user_seq ON jobs(user_id, seq);
CREATE INDEX IF NOT EXISTS jobs_active ON jobs(state);
CREATE INDEX IF NOT EXISTS jobs_seq ON jobs(seq);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_idempotency ON jobs(user_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS functions (
    uid TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    function_class TEXT NOT NULL,
    body_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS functions_user ON functions(user_id, seq);
CREATE TABLE IF NOT EXISTS function_jobs (
    uid TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    function_uid TEXT NOT NULL,
    function_class TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    inputs_json TEXT,
    inputs_key TEXT,
    outputs_json TEXT,
    underlying_job_id TEXT,
    job_creation_task_id TEXT,
    status TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS function_jobs_user ON function_jobs(user_id, seq);
CREATE INDEX IF NOT EXISTS function_jobs_function ON function_jobs(function_uid, inputs_key);
CREATE TABLE IF NOT EXISTS function_job_collections (
    uid TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    job_ids_json TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS function_job_collections_user ON function_job_collections(user_id, seq);
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    params_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('PENDING', 'STARTED', 'RUNNING', 'SUCCESS',
        'FAILURE', 'CANCELLED')),
    duration REAL NOT NULL,
    due REAL,
    result_json TEXT,
    error_json TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX IF NOT EXISTS tasks_user ON tasks(user_id, seq);
CREATE INDEX IF NOT EXISTS tasks_active ON tasks(state);
CREATE TABLE IF NOT EXISTS program_jobs (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    program_key TEXT NOT NULL,
    version TEXT NOT NULL,
    name TEXT,
    description TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS program_job_files (
    job_id TEXT NOT NULL REFERENCES program_jobs(id),
    workspace_path TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (job_id, workspace_path)
);
CREATE TABLE IF NOT EXISTS licensed_item_checkouts (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    wallet_id INTEGER NOT NULL REFERENCES wallets(id),
    licensed_item_id TEXT NOT NULL,
    num_of_seats INTEGER NOT NULL,
    service_run_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    stopped_at TEXT
);
CREATE INDEX IF NOT EXISTS checkouts_item ON licensed_item_checkouts(licensed_item_id)
    WHERE stopped_at IS NULL;
-- The pricing unit a job was started with (x-pricing-plan / x-pricing-unit on :start); a job
-- without a row is billed with the plan's default unit.
CREATE TABLE IF NOT EXISTS job_pricing (
    job_id TEXT PRIMARY KEY,
    plan_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class Database:
    """Owns the SQLite file; hands each thread its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connection()
        conn.executescript(SCHEMA)
        conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        yield self._connection()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One atomic write transaction: all of it commits, or none of it.

        Writers of this process queue on a lock first: SQLite's own busy handler makes a
        waiting writer sleep in growing steps (1, 2, 5, 10 ms, ...), which under concurrent
        requests costs far more than the writes themselves.
        """
        conn = self._connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

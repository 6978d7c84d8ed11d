"""Programs (dynamic services) this platform offers, and program jobs.

A program job is a project holding one node of the program, with a `workspace` the file
upload links can target. The API has no route to start or inspect one: it is created, and
files are uploaded into its workspace.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, invalid
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.services.jobs import inputs_checksum


@dataclass(frozen=True)
class ProgramRelease:
    key: str
    version: str
    title: str
    description: str
    version_display: str | None


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("-")[0].split("+")[0].split("."))


PROGRAMS: tuple[ProgramRelease, ...] = (
    *sorted(
        (
            ProgramRelease(
                "simcore/services/dynamic/jupyter-math",
                v,
                "JupyterLab Math",
                "JupyterLab with Python, Octave and math libraries",
                f"Math {v}",
            )
            for v in ("2.0.9", "3.0.2", "3.0.5")
        ),
        key=lambda p: _version_tuple(p.version),
    ),
    ProgramRelease(
        "simcore/services/dynamic/s4l-lite",
        "1.0.0",
        "Sim4Life Lite",
        "Electromagnetic and thermal simulations in the browser",
        None,
    ),
)


def releases_of(key: str) -> list[ProgramRelease]:
    return [p for p in PROGRAMS if p.key == key]


def latest_releases() -> list[ProgramRelease]:
    latest: dict[str, ProgramRelease] = {}
    for p in PROGRAMS:  # sorted oldest first within a key
        latest[p.key] = p
    return [latest[k] for k in sorted(latest)]


def find_release(key: str, version: str) -> ProgramRelease:
    for p in releases_of(key):
        if p.version == version:
            return p
    raise ApiError(404, f"Program {key}:{version} not found")


def program_model(p: ProgramRelease, base_url: str) -> dict[str, Any]:
    return {
        "id": p.key,
        "version": p.version,
        "title": p.title,
        "description": p.description,
        "url": f"{base_url.rstrip('/')}/v0/programs/{p.key}/releases/{p.version}",
        "version_display": p.version_display,
    }


def runner_name(key: str, version: str) -> str:
    return f"programs/{quote_plus(key)}/releases/{version}"


def program_job_model(row: sqlite3.Row) -> dict[str, Any]:
    runner = runner_name(str(row["program_key"]), str(row["version"]))
    return {
        "id": row["id"],
        "name": f"{runner}/jobs/{row['id']}",
        "inputs_checksum": inputs_checksum({}),
        "created_at": row["created_at"],
        "runner_name": runner,
        "url": None,
        "runner_url": None,
        "outputs_url": None,
    }


class ProgramService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_job(
        self, user: User, release: ProgramRelease, name: str | None, description: str | None
    ) -> dict[str, Any]:
        job_id = str(uuid.uuid4())
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO program_jobs(id, user_id, program_key, version, name, description,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (job_id, user.id, release.key, release.version, name, description, now_iso()),
            )
        return program_job_model(self.job_row(user, job_id))

    def job_row(self, user: User, job_id: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM program_jobs WHERE id = ? AND user_id = ?", (job_id, user.id)
            ).fetchone()
        if row is None:
            raise ApiError(404, f"Program job {job_id} not found")
        return row

    def is_running(self, user: User, job_id: str) -> bool:
        """A program job is a dynamic service's run: it runs from its creation on."""
        try:
            self.job_row(user, job_id)
        except ApiError:
            return False
        return True

    def check_workspace_upload(self, user: User, target: dict[str, Any]) -> None:
        """An upload into a program job's workspace needs that job, of that program release."""
        row = self.job_row(user, str(target["job_id"]))
        if (row["program_key"], row["version"]) != (
            target["program_key"],
            target["program_version"],
        ):
            raise invalid(
                ["body", "job_id"],
                f"Program job {target['job_id']} is a job of {row['program_key']}:"
                f"{row['version']}, not of {target['program_key']}:{target['program_version']}",
            )

    def record_workspace_file(self, job_id: str, workspace_path: str, file_id: str) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO program_job_files(job_id, workspace_path, file_id) VALUES (?, ?, ?)"
                " ON CONFLICT(job_id, workspace_path) DO UPDATE SET file_id = excluded.file_id",
                (job_id, workspace_path, file_id),
            )

"""Studies: each user starts with a template pipeline study; clones get their own node ids."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from osparc_platform_server.db import Database
from osparc_platform_server.errors import not_found
from osparc_platform_server.identity import User, now_iso

STUDY_NAMESPACE = uuid.UUID("0b7e4e1e-5f0c-4a53-9a4b-2f1d6c9b8e11")
TEMPLATE = "sleeper-pipeline"


@dataclass(frozen=True)
class StudyPortSpec:
    role: str
    kind: str
    schema: dict[str, Any]


PIPELINE_PORTS = (
    StudyPortSpec(
        "sleep",
        "input",
        {
            "title": "Sleep interval",
            "type": "integer",
            "minimum": 0,
            "maximum": 65,
            "default": 1,
            "x_unit": "second",
        },
    ),
    StudyPortSpec(
        "fail", "input", {"title": "Fail after sleep", "type": "boolean", "default": False}
    ),
    StudyPortSpec("result", "output", {"title": "Random sleep interval", "type": "number"}),
)


def port_key(study_id: str, role: str) -> str:
    return str(uuid.uuid5(uuid.UUID(study_id), role))


def study_ports(study_id: str) -> list[dict[str, Any]]:
    return [
        {"key": port_key(study_id, p.role), "kind": p.kind, "content_schema": p.schema}
        for p in PIPELINE_PORTS
    ]


def input_ports(study_id: str) -> dict[str, dict[str, Any]]:
    return {port_key(study_id, p.role): p.schema for p in PIPELINE_PORTS if p.kind == "input"}


def seed_user_studies(conn: sqlite3.Connection, user_id: int) -> None:
    study_id = str(uuid.uuid5(STUDY_NAMESPACE, f"{user_id}:{TEMPLATE}"))
    conn.execute(
        "INSERT OR IGNORE INTO studies(id, user_id, title, description, hidden, template,"
        " created_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
        (
            study_id,
            user_id,
            "Sleeper pipeline",
            "A study that sleeps for a while and reports a random interval",
            TEMPLATE,
            now_iso(),
        ),
    )


def study_model(row: sqlite3.Row) -> dict[str, Any]:
    return {"uid": row["id"], "title": row["title"], "description": row["description"]}


class StudyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, user: User, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        with self._db.read() as conn:
            total = int(
                conn.execute(
                    "SELECT COUNT(*) FROM studies WHERE user_id = ?", (user.id,)
                ).fetchone()[0]
            )
            rows = conn.execute(
                "SELECT * FROM studies WHERE user_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
                (user.id, limit, min(offset, total)),  # SQLite cannot bind a huge offset
            ).fetchall()
        return [study_model(r) for r in rows], total

    def row(self, user: User, study_id: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM studies WHERE id = ? AND user_id = ?", (study_id, user.id)
            ).fetchone()
        if row is None:
            raise not_found("Study", study_id)
        return row

    def get(self, user: User, study_id: str) -> dict[str, Any]:
        return study_model(self.row(user, study_id))

    def clone(
        self, user: User, study_id: str, title: str | None, description: str | None, hidden: bool
    ) -> dict[str, Any]:
        source = self.row(user, study_id)
        new_id = str(uuid.uuid4())
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO studies(id, user_id, title, description, hidden, template, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    user.id,
                    title if title is not None else f"{source['title']} (Copy)",
                    description if description is not None else source["description"],
                    int(hidden),
                    source["template"],
                    now_iso(),
                ),
            )
        return self.get(user, new_id)

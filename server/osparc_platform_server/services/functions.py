"""Functions, function jobs and collections: a function wraps a solver release or a study, and
each of its jobs wraps exactly one solver or study job, created and started by a task.

What a function job reports follows the platform: before its underlying job exists, the state
of the task creating it (`JOB_TASK_...`); afterwards the underlying job's state, stored once it
is final. Outputs are fetched from the underlying job once it has succeeded, then kept.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

import jsonschema  # type: ignore[import-untyped]

from osparc_platform_server import catalog
from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, not_found
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.schemas.jobs import RunningState
from osparc_platform_server.services import studies as study_ports
from osparc_platform_server.services.jobs import JobService, Runner
from osparc_platform_server.services.studies import StudyService
from osparc_platform_server.services.tasks import TaskFailed, TaskKind, TaskService

RUN_TASK = "run_function"
#: Platform seconds the task of a run takes to create and start the job it wraps (the platform
#: does it in a worker, after `:run` has answered): until then the function job wraps nothing.
RUN_TASK_SECONDS = 0.5
MAX_MAP_INPUTS = 50
FINAL_STATUSES = ("SUCCESS", "FAILED")
_TASK_STATUS = {
    "PENDING": "PENDING",
    "STARTED": "STARTED",
    "RUNNING": "STARTED",
    "SUCCESS": "SUCCESS",
    "FAILURE": "FAILURE",
    "CANCELLED": "FAILURE",
}
UNSUPPORTED = "PYTHON_CODE"


def canonical(value: Any) -> str:
    """Equal inputs give equal text: the key of the cache of successful runs."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def merge_inputs(defaults: dict[str, Any] | None, given: dict[str, Any] | None) -> dict[str, Any]:
    return {**(defaults or {}), **(given or {})}


def function_model(row: sqlite3.Row) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(row["body_json"])
    return {
        **body,
        "uid": row["uid"],
        "created_at": row["created_at"],
        "modified_at": row["modified_at"],
    }


def function_job_model(row: sqlite3.Row) -> dict[str, Any]:
    model: dict[str, Any] = {
        "uid": row["uid"],
        "created_at": row["created_at"],
        "function_class": row["function_class"],
        "function_uid": row["function_uid"],
        "title": row["title"],
        "description": row["description"],
        "inputs": json.loads(row["inputs_json"]) if row["inputs_json"] else None,
        "outputs": json.loads(row["outputs_json"]) if row["outputs_json"] else None,
    }
    if row["function_class"] == "SOLVER":
        model["solver_job_id"] = row["underlying_job_id"]
    elif row["function_class"] == "PROJECT":
        model["project_job_id"] = row["underlying_job_id"]
    if row["function_class"] != UNSUPPORTED:
        model["job_creation_task_id"] = row["job_creation_task_id"]
    return model


def collection_model(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "uid": row["uid"],
        "created_at": row["created_at"],
        "title": row["title"],
        "description": row["description"],
        "job_ids": json.loads(row["job_ids_json"]),
    }


def check_json_schema(schema: dict[str, Any], loc: list[str | int]) -> None:
    """A function's schemas must be JSON Schema documents, or no input could ever be checked."""
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise ApiError(
            422,
            {"loc": loc, "msg": f"Not a valid JSON Schema: {exc.message}", "type": "value_error"},
        ) from None


def schema_problem(schema: dict[str, Any] | None, inputs: Any) -> str | None:
    """Why `inputs` do not satisfy `schema`, or None when they do (or there is no schema)."""
    if not schema:
        return None
    validator = jsonschema.validators.validator_for(schema)(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(inputs))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{error.message} (at {where})" if where else error.message


def _next_seq(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}").fetchone()[0])


class FunctionService:
    def __init__(
        self,
        db: Database,
        jobs: JobService,
        studies: StudyService,
        tasks: TaskService,
    ) -> None:
        self._db = db
        self._jobs = jobs
        self._studies = studies
        self._tasks = tasks
        tasks.register(RUN_TASK, TaskKind(self._run_task, duration=RUN_TASK_SECONDS))

    # -- functions ------------------------------------------------------------------------------
    def register(self, user: User, body: dict[str, Any]) -> dict[str, Any]:
        check_json_schema(body["input_schema"]["schema_content"], ["body", "input_schema"])
        check_json_schema(body["output_schema"]["schema_content"], ["body", "output_schema"])
        uid, stamp = str(uuid.uuid4()), now_iso()
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO functions(uid, user_id, seq, function_class, body_json, created_at,"
                " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    user.id,
                    _next_seq(conn, "functions"),
                    body["function_class"],
                    json.dumps(body),
                    stamp,
                    stamp,
                ),
            )
        return function_model(self.function_row(user, uid))

    def function_row(self, user: User, uid: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM functions WHERE uid = ? AND user_id = ?", (uid, user.id)
            ).fetchone()
        if row is None:
            raise not_found("Function", uid)
        return row

    def list_functions(
        self, user: User, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        rows, total = self._page("functions", "user_id = ?", [user.id], limit, offset)
        return [function_model(r) for r in rows], total

    def update(self, user: User, uid: str, field: str, value: str) -> dict[str, Any]:
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT body_json FROM functions WHERE uid = ? AND user_id = ?", (uid, user.id)
            ).fetchone()
            if row is None:
                raise not_found("Function", uid)
            body = json.loads(row["body_json"])
            body[field] = value
            conn.execute(
                "UPDATE functions SET body_json = ?, modified_at = ? WHERE uid = ?",
                (json.dumps(body), now_iso(), uid),
            )
        return function_model(self.function_row(user, uid))

    def delete_function(self, user: User, uid: str) -> None:
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT 1 FROM functions WHERE uid = ? AND user_id = ?", (uid, user.id)
            ).fetchone()
            if row is None:
                raise not_found("Function", uid)
            jobs = conn.execute(
                "SELECT COUNT(*) FROM function_jobs WHERE function_uid = ? AND user_id = ?",
                (uid, user.id),
            ).fetchone()[0]
            if jobs:
                raise ApiError(409, f"Function {uid} still has {jobs} job(s): delete them first")
            conn.execute("DELETE FROM functions WHERE uid = ?", (uid,))

    def validate(self, user: User, uid: str, inputs: dict[str, Any] | None) -> tuple[bool, str]:
        body = json.loads(self.function_row(user, uid)["body_json"])
        schema = body["input_schema"]["schema_content"]
        if not schema:
            return True, "No input schema defined for this function"
        problem = schema_problem(schema, inputs)
        return (False, problem) if problem else (True, "Inputs are valid")

    # -- running --------------------------------------------------------------------------------
    def run(self, user: User, uid: str, given: dict[str, Any] | None) -> dict[str, Any]:
        fn = self._runnable(user, uid)
        inputs = self._checked_inputs(fn, given)
        return function_job_model(self._job_for(user, fn, inputs))

    def map(self, user: User, uid: str, given: list[dict[str, Any] | None]) -> dict[str, Any]:
        fn = self._runnable(user, uid)
        all_inputs = [self._checked_inputs(fn, g, index) for index, g in enumerate(given)]
        job_ids = [str(self._job_for(user, fn, inputs)["uid"]) for inputs in all_inputs]
        return self.register_collection(
            user,
            {
                "title": "Function job collection of function map",
                "description": (
                    f"Function job collection of map of function {uid} with {len(given)} inputs"
                ),
                "job_ids": job_ids,
            },
        )

    def _runnable(self, user: User, uid: str) -> sqlite3.Row:
        fn = self.function_row(user, uid)
        if fn["function_class"] == UNSUPPORTED:
            raise ApiError(400, f"Function class {UNSUPPORTED} is not supported for running")
        return fn

    def _checked_inputs(
        self, fn: sqlite3.Row, given: dict[str, Any] | None, index: int | None = None
    ) -> dict[str, Any]:
        body = json.loads(fn["body_json"])
        inputs = merge_inputs(body.get("default_inputs"), given)
        problem = schema_problem(body["input_schema"]["schema_content"], inputs)
        if problem:
            which = "" if index is None else f" (input {index})"
            raise ApiError(422, f"Function inputs validation failed{which}: {problem}")
        return inputs

    def _job_for(self, user: User, fn: sqlite3.Row, inputs: dict[str, Any]) -> sqlite3.Row:
        """A job of this function that already succeeded with these inputs, or a new one."""
        key = canonical(inputs)
        with self._db.read() as conn:
            same = conn.execute(
                "SELECT * FROM function_jobs WHERE user_id = ? AND function_uid = ?"
                " AND inputs_key = ? ORDER BY seq DESC",
                (user.id, fn["uid"], key),
            ).fetchall()
        for row in same:
            if self.status(user, row) == "SUCCESS":
                return self.function_job_row(user, str(row["uid"]))
        body = json.loads(fn["body_json"])
        uid = str(uuid.uuid4())
        with self._db.write() as conn:
            task_id = self._tasks.submit(conn, user, RUN_TASK, {"function_job_uid": uid})
            conn.execute(
                "INSERT INTO function_jobs(uid, user_id, seq, function_uid, function_class, title,"
                " description, inputs_json, inputs_key, job_creation_task_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    user.id,
                    _next_seq(conn, "function_jobs"),
                    fn["uid"],
                    fn["function_class"],
                    f"Function job of function {fn['uid']}",
                    body.get("description", ""),
                    json.dumps(inputs),
                    key,
                    task_id,
                    now_iso(),
                ),
            )
        self._tasks.wake()
        return self.function_job_row(user, uid)

    def _run_task(self, task: sqlite3.Row, user: User) -> dict[str, Any]:
        """Create the underlying job and start it; the function job points at it."""
        uid = json.loads(task["params_json"])["function_job_uid"]
        job = self.function_job_row(user, uid)
        fn = json.loads(self.function_row(user, str(job["function_uid"]))["body_json"])
        runner, ports = self._runner_of(user, fn)
        inputs = json.loads(job["inputs_json"])
        created = self._jobs.create(
            user, runner, ports, inputs, hidden=True, idempotency_key=f"function-job:{uid}"
        )
        try:
            self._jobs.start(user, runner, str(created["id"]))
        except ApiError:
            # Not started (no credits): no job is left behind, the task's error says why.
            self._jobs.delete(user, runner, str(created["id"]))
            raise
        with self._db.write() as conn:
            conn.execute(
                "UPDATE function_jobs SET underlying_job_id = ? WHERE uid = ?",
                (created["id"], uid),
            )
        return function_job_model(self.function_job_row(user, uid))

    def _runner_of(
        self, user: User, fn: dict[str, Any]
    ) -> tuple[Runner, dict[str, dict[str, Any]]]:
        if fn["function_class"] == "SOLVER":
            release = catalog.find_release(fn["solver_key"], fn["solver_version"])
            if release is None:
                raise TaskFailed(f"Solver {fn['solver_key']}:{fn['solver_version']} not found")
            return Runner.solver(release), release.inputs
        project_id = str(fn["project_id"])
        self._studies.row(user, project_id)
        return Runner.study(project_id), study_ports.input_ports(project_id)

    # -- function jobs --------------------------------------------------------------------------
    def register_job(self, user: User, body: dict[str, Any]) -> dict[str, Any]:
        uid = str(uuid.uuid4())
        underlying = body.get("solver_job_id") or body.get("project_job_id")
        inputs = body.get("inputs")
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO function_jobs(uid, user_id, seq, function_uid, function_class, title,"
                " description, inputs_json, inputs_key, outputs_json, underlying_job_id,"
                " job_creation_task_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    user.id,
                    _next_seq(conn, "function_jobs"),
                    str(body["function_uid"]),
                    body["function_class"],
                    body["title"],
                    body["description"],
                    json.dumps(inputs) if inputs is not None else None,
                    canonical(inputs or {}),
                    json.dumps(body["outputs"]) if body.get("outputs") is not None else None,
                    str(underlying) if underlying else None,
                    body.get("job_creation_task_id"),
                    now_iso(),
                ),
            )
        return function_job_model(self.function_job_row(user, uid))

    def function_job_row(self, user: User, uid: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM function_jobs WHERE uid = ? AND user_id = ?", (uid, user.id)
            ).fetchone()
        if row is None:
            raise not_found("Function job", uid)
        return row

    def list_jobs(
        self,
        user: User,
        limit: int,
        offset: int,
        *,
        function_uid: str | None = None,
        job_uids: list[str] | None = None,
        collection_uid: str | None = None,
    ) -> tuple[list[sqlite3.Row], int]:
        where, args = "user_id = ?", list[Any]([user.id])
        if function_uid is not None:
            where += " AND function_uid = ?"
            args.append(function_uid)
        wanted: list[str] | None = job_uids
        if collection_uid is not None:
            members = self.collection_job_ids(user, collection_uid, missing_ok=True)
            wanted = members if wanted is None else [j for j in wanted if j in set(members)]
        if wanted is not None:
            where += f" AND uid IN ({','.join('?' * len(wanted))})"
            args += wanted
        return self._page("function_jobs", where, args, limit, offset)

    def delete_job(self, user: User, uid: str) -> None:
        with self._db.write() as conn:
            deleted = conn.execute(
                "DELETE FROM function_jobs WHERE uid = ? AND user_id = ?", (uid, user.id)
            ).rowcount
        if not deleted:
            raise not_found("Function job", uid)

    def status(self, user: User, row: sqlite3.Row) -> str:
        """The job's status now (see the module's docstring); a final one is stored."""
        if row["status"] in FINAL_STATUSES:
            return str(row["status"])
        if row["underlying_job_id"] is None:
            if row["job_creation_task_id"] is None:
                return "JOB_TASK_NOT_YET_SCHEDULED"
            task = self._tasks.find(str(row["job_creation_task_id"]))
            if task is None:
                return "JOB_TASK_CREATION_FAILURE"
            return f"JOB_TASK_RUN_STATUS_{_TASK_STATUS[str(task['state'])]}"
        try:
            state = str(self._jobs.row(user, None, str(row["underlying_job_id"]))["state"])
        except ApiError:
            state = RunningState.UNKNOWN.value  # the underlying job was deleted
        if state != row["status"]:
            with self._db.write() as conn:
                conn.execute(
                    "UPDATE function_jobs SET status = ? WHERE uid = ?", (state, row["uid"])
                )
        return state

    def outputs(self, user: User, row: sqlite3.Row) -> dict[str, Any] | None:
        if row["outputs_json"]:
            return json.loads(row["outputs_json"])  # type: ignore[no-any-return]
        if self.status(user, row) != "SUCCESS":
            return None
        job = self._jobs.row(user, None, str(row["underlying_job_id"]))
        runner = Runner(str(job["runner_kind"]), str(job["runner_key"]), str(job["version"]))
        if runner.kind == "solver":
            release = catalog.find_release(runner.key, runner.version)
            keys = list(release.outputs) if release else []
        else:
            keys = [p["key"] for p in study_ports.study_ports(runner.key) if p["kind"] == "output"]
        results: dict[str, Any] = self._jobs.outputs(user, runner, str(job["id"]), keys)["results"]
        with self._db.write() as conn:
            conn.execute(
                "UPDATE function_jobs SET outputs_json = ? WHERE uid = ?",
                (json.dumps(results), row["uid"]),
            )
        return results

    def with_status(self, user: User, row: sqlite3.Row) -> dict[str, Any]:
        """The job's model with its status, and its outputs once it has succeeded."""
        status = self.status(user, row)
        model = function_job_model(row)
        if status == "SUCCESS" and model["outputs"] is None:
            model["outputs"] = self.outputs(user, self.function_job_row(user, str(row["uid"])))
        return {**model, "status": {"status": status}}

    def underlying_job(self, user: User, row: sqlite3.Row) -> sqlite3.Row:
        if row["function_class"] == UNSUPPORTED:
            raise ApiError(400, f"Function class {UNSUPPORTED} has no logs")
        if row["underlying_job_id"] is None:
            raise ApiError(404, f"Could not find solver/project job of function job {row['uid']}")
        return self._jobs.row(user, None, str(row["underlying_job_id"]))

    # -- collections ----------------------------------------------------------------------------
    def register_collection(self, user: User, body: dict[str, Any]) -> dict[str, Any]:
        uid = str(uuid.uuid4())
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO function_job_collections(uid, user_id, seq, title, description,"
                " job_ids_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    user.id,
                    _next_seq(conn, "function_job_collections"),
                    body["title"],
                    body["description"],
                    json.dumps([str(j) for j in body["job_ids"]]),
                    now_iso(),
                ),
            )
        return collection_model(self.collection_row(user, uid))

    def collection_row(self, user: User, uid: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM function_job_collections WHERE uid = ? AND user_id = ?",
                (uid, user.id),
            ).fetchone()
        if row is None:
            raise not_found("Function job collection", uid)
        return row

    def collection_job_ids(self, user: User, uid: str, *, missing_ok: bool = False) -> list[str]:
        try:
            return list(json.loads(self.collection_row(user, uid)["job_ids_json"]))
        except ApiError:
            if missing_ok:
                return []
            raise

    def list_collections(
        self, user: User, limit: int, offset: int, has_function_uid: str | None
    ) -> tuple[list[dict[str, Any]], int]:
        if has_function_uid is None:
            rows, total = self._page(
                "function_job_collections", "user_id = ?", [user.id], limit, offset
            )
            return [collection_model(r) for r in rows], total
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM function_job_collections WHERE user_id = ? ORDER BY seq",
                (user.id,),
            ).fetchall()
            of_function = {
                str(r["uid"])
                for r in conn.execute(
                    "SELECT uid FROM function_jobs WHERE user_id = ? AND function_uid = ?",
                    (user.id, has_function_uid),
                )
            }
        kept = [r for r in rows if of_function & set(json.loads(r["job_ids_json"]))]
        return [collection_model(r) for r in kept[offset : offset + limit]], len(kept)

    def delete_collection(self, user: User, uid: str) -> None:
        with self._db.write() as conn:
            deleted = conn.execute(
                "DELETE FROM function_job_collections WHERE uid = ? AND user_id = ?",
                (uid, user.id),
            ).rowcount
        if not deleted:
            raise not_found("Function job collection", uid)

    def collection_jobs(self, user: User, uid: str) -> list[sqlite3.Row]:
        """The collection's jobs in the order of its job_ids (jobs deleted since are left out)."""
        ids = self.collection_job_ids(user, uid)
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM function_jobs WHERE user_id = ? AND uid IN"
                f" ({','.join('?' * len(ids))})",
                [user.id, *ids],
            ).fetchall()
        by_uid = {str(r["uid"]): r for r in rows}
        return [by_uid[i] for i in ids if i in by_uid]

    def collection_status(self, user: User, uid: str) -> list[str]:
        ids = self.collection_job_ids(user, uid)
        return [self.status(user, self.function_job_row(user, i)) for i in ids]

    # -- shared ---------------------------------------------------------------------------------
    def _page(
        self, table: str, where: str, args: list[Any], limit: int, offset: int
    ) -> tuple[list[sqlite3.Row], int]:
        with self._db.read() as conn:
            total = int(
                conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", args).fetchone()[0]
            )
            rows = conn.execute(
                f"SELECT * FROM {table} WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
                [*args, limit, min(offset, total)],
            ).fetchall()
        return rows, total

"""Files: single-shot and multipart uploads, search, download links, deletion."""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import threading
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import IO, Any

from osparc_platform_server.blobs import BlobStore, TooLarge
from osparc_platform_server.db import Database
from osparc_platform_server.errors import ApiError, invalid, not_found
from osparc_platform_server.identity import User, now_iso
from osparc_platform_server.links import LinkSigner

FILE_ID_NAMESPACE = uuid.UUID("aa154444-d22d-4290-bb15-df37dba87865")
MAX_FILENAME = 255
_FORBIDDEN_NAME = re.compile(r"[/\\\x00-\x1f]")
PARTS_LOC = ("body", "uploaded_parts", "parts")


def check_filename(name: str, loc: tuple[str, ...] = ("body", "filename")) -> str:
    """A file name is a single path component: no directories, no traversal, no control bytes."""
    if not name or len(name) > MAX_FILENAME or name in (".", "..") or _FORBIDDEN_NAME.search(name):
        raise invalid(loc, f"Invalid file name {name!r}: use a plain name without path separators")
    return name


def new_file_id(*keys: object) -> str:
    return str(uuid.uuid3(FILE_ID_NAMESPACE, ":".join(str(k) for k in keys)))


def file_model(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "filename": row["filename"],
        "content_type": row["content_type"],
        "checksum": row["sha256"],
        "e_tag": row["e_tag"],
    }


def _strip_quotes(tag: str) -> str:
    return tag.strip().strip('"')


class FileService:
    def __init__(
        self, db: Database, blobs: BlobStore, signer: LinkSigner, chunk_size: int, max_bytes: int
    ) -> None:
        self._db = db
        self._blobs = blobs
        self._signer = signer
        self._chunk_size = chunk_size
        self._max_bytes = max_bytes
        self._complete_locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # -- reading --------------------------------------------------------------------------------
    def list(self, user: User) -> list[dict[str, Any]]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM files WHERE user_id = ? AND job_id IS NULL ORDER BY created_at, id",
                (user.id,),
            ).fetchall()
        return [file_model(r) for r in rows]

    def row(self, user: User, file_id: str) -> sqlite3.Row:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM files WHERE id = ? AND user_id = ?", (file_id, user.id)
            ).fetchone()
        if row is None:
            raise not_found("File", file_id)
        return row

    def get(self, user: User, file_id: str) -> dict[str, Any]:
        return file_model(self.row(user, file_id))

    def search(
        self, user: User, sha256: str | None, file_id: str | None, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        where, args = ["user_id = ?"], [user.id]
        if sha256 is not None:
            where.append("sha256 = ?")
            args.append(sha256.lower())
        if file_id is not None:
            where.append("id = ?")
            args.append(file_id)
        clause = " AND ".join(where)
        with self._db.read() as conn:
            total = int(
                conn.execute(f"SELECT COUNT(*) FROM files WHERE {clause}", args).fetchone()[0]
            )
            # Checked before the query: SQLite cannot bind an offset past 64 bits.
            if offset > total:
                raise ApiError(404, f"Offset {offset} is past the {total} files found")
            rows = conn.execute(
                f"SELECT * FROM files WHERE {clause} ORDER BY created_at, id LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return [file_model(r) for r in rows], total

    def download_link(self, user: User, file_id: str, base_url: str) -> str:
        self.row(user, file_id)
        return self._signer.sign(base_url, "GET", f"/storage/files/{file_id}")

    # -- deleting -------------------------------------------------------------------------------
    def delete(self, user: User, file_id: str) -> None:
        with self._db.write() as conn:
            cur = conn.execute("DELETE FROM files WHERE id = ? AND user_id = ?", (file_id, user.id))
            if cur.rowcount == 0:
                raise not_found("File", file_id)
        self._blobs.remove_file(file_id)

    # -- single-shot upload ---------------------------------------------------------------------
    def store_upload(
        self, user: User, filename: str, content_type: str | None, source: IO[bytes]
    ) -> dict[str, Any]:
        check_filename(filename, ("body", "file"))
        created = now_iso()
        staging = self._blobs.root / "tmp" / uuid.uuid4().hex
        try:
            written = self._blobs.write_file_object(staging, source, self._max_bytes)
        except TooLarge:
            staging.unlink(missing_ok=True)
            raise ApiError(413, f"File is larger than {self._max_bytes} bytes") from None
        file_id = new_file_id(written.sha256, filename, created)
        staging.replace(self._ensure_parent(file_id))
        with self._db.write() as conn:
            _record_file(
                conn,
                file_id,
                user.id,
                filename,
                content_type,
                written.size,
                written.sha256,
                written.md5,
                created=created,
            )
        return self.get(user, file_id)

    def _ensure_parent(self, file_id: str) -> Any:
        path = self._blobs.file_path(file_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    # -- multipart upload -----------------------------------------------------------------------
    def create_upload(
        self, user: User, client_file: dict[str, Any], base_url: str
    ) -> dict[str, Any]:
        filename = check_filename(str(client_file["filename"]))
        filesize = int(client_file["filesize"])
        if filesize > self._max_bytes:
            raise ApiError(413, f"File is larger than {self._max_bytes} bytes")
        file_id = new_file_id(filesize, filename, datetime.now(UTC).isoformat())
        num_parts = max(1, math.ceil(filesize / self._chunk_size))
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO uploads(file_id, user_id, filename, filesize, sha256, chunk_size,"
                " num_parts, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                (
                    file_id,
                    user.id,
                    filename,
                    filesize,
                    str(client_file["sha256_checksum"]).lower(),
                    self._chunk_size,
                    num_parts,
                    now_iso(),
                ),
            )
        urls = [
            self._signer.sign(base_url, "PUT", f"/storage/uploads/{file_id}/{n}")
            for n in range(1, num_parts + 1)
        ]
        return {
            "file_id": file_id,
            "upload_schema": {
                "chunk_size": self._chunk_size,
                "urls": urls,
                "links": {
                    "abort_upload": f"/v0/files/{file_id}:abort",
                    "complete_upload": f"/v0/files/{file_id}:complete",
                },
            },
        }

    def _pending_upload(self, file_id: str, user: User | None = None) -> sqlite3.Row:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM uploads WHERE file_id = ?", (file_id,)).fetchone()
        if row is None or (user is not None and row["user_id"] != user.id):
            raise not_found("Upload", file_id)
        return row

    async def put_part(
        self,
        file_id: str,
        number: int,
        chunks: AsyncIterator[bytes],
        declared_length: int | None,
        content_md5: str | None,
    ) -> str:
        upload = self._pending_upload(file_id)
        if upload["state"] != "pending":
            raise ApiError(409, f"Upload {file_id} is {upload['state']}")
        if not 1 <= number <= upload["num_parts"]:
            raise ApiError(404, f"Upload {file_id} has no part {number}")
        limit = self._part_size(upload, number)
        if declared_length is not None and declared_length > limit:
            raise ApiError(413, f"Part {number} may hold at most {limit} bytes")
        offset = (number - 1) * int(upload["chunk_size"])
        try:
            size, md5 = await self._blobs.write_part(file_id, offset, chunks, limit)
        except TooLarge:
            raise ApiError(413, f"Part {number} may hold at most {limit} bytes") from None
        if content_md5 is not None and not _md5_matches(content_md5, md5):
            raise ApiError(400, "The Content-MD5 you specified did not match what was received")
        with self._db.write() as conn:
            state = conn.execute(
                "SELECT state FROM uploads WHERE file_id = ?", (file_id,)
            ).fetchone()
            if state is None or state["state"] != "pending":
                raise ApiError(409, f"Upload {file_id} is no longer pending")
            conn.execute(
                "INSERT INTO upload_parts(file_id, number, size, e_tag) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(file_id, number) DO UPDATE SET size = excluded.size,"
                " e_tag = excluded.e_tag",
                (file_id, number, size, md5),
            )
        return md5

    @staticmethod
    def _part_size(upload: sqlite3.Row, number: int) -> int:
        chunk, size = int(upload["chunk_size"]), int(upload["filesize"])
        return max(0, min(chunk, size - (number - 1) * chunk))

    def _lock_for(self, file_id: str) -> threading.Lock:
        with self._locks_guard:
            return self._complete_locks.setdefault(file_id, threading.Lock())

    def complete(
        self, user: User, file_id: str, client_file: dict[str, Any], parts: list[dict[str, Any]]
    ) -> dict[str, Any]:
        with self._lock_for(file_id):
            upload = self._pending_upload(file_id, user)
            if upload["state"] == "completed":
                return self.get(user, file_id)
            if upload["state"] != "pending":
                raise ApiError(409, f"Upload {file_id} was aborted")
            declared = (
                client_file["filename"],
                int(client_file["filesize"]),
                str(client_file["sha256_checksum"]).lower(),
            )
            if declared != (upload["filename"], upload["filesize"], upload["sha256"]):
                raise invalid(
                    ("body", "client_file"),
                    "client_file does not match the file this upload was opened for",
                )
            stored = self._stored_parts(file_id)
            self._check_parts(upload, parts, stored)
            numbers = sorted(stored) if upload["filesize"] > 0 else []
            dest = self._ensure_parent(file_id)
            if not self._blobs.finish_upload(file_id, dest, upload["filesize"], upload["sha256"]):
                raise invalid(
                    ("body", "client_file", "sha256_checksum"),
                    "Uploaded content does not match the declared size and sha256 checksum "
                    f"of {upload['filesize']} bytes",
                )
            e_tag = multipart_etag([stored[n] for n in numbers])
            with self._db.write() as conn:
                _record_file(
                    conn,
                    file_id,
                    user.id,
                    upload["filename"],
                    _guess_type(upload["filename"]),
                    upload["filesize"],
                    upload["sha256"],
                    e_tag,
                )
                conn.execute("UPDATE uploads SET state = 'completed' WHERE file_id = ?", (file_id,))
                conn.execute("DELETE FROM upload_parts WHERE file_id = ?", (file_id,))
            self._blobs.remove_upload(file_id)
            return self.get(user, file_id)

    def _stored_parts(self, file_id: str) -> dict[int, str]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT number, e_tag FROM upload_parts WHERE file_id = ?", (file_id,)
            ).fetchall()
        return {int(r["number"]): str(r["e_tag"]) for r in rows}

    @staticmethod
    def _check_parts(
        upload: sqlite3.Row, parts: list[dict[str, Any]], stored: dict[int, str]
    ) -> None:
        if upload["filesize"] == 0 and not parts:
            return
        claimed = {int(p["number"]): _strip_quotes(str(p["e_tag"])) for p in parts}
        if len(claimed) != len(parts):
            raise invalid(PARTS_LOC, "Each part number may be listed once")
        numbers = [int(p["number"]) for p in parts]
        if numbers != sorted(numbers):
            # As S3 (InvalidPartOrder) and the object stores behind the platform answer.
            raise invalid(PARTS_LOC, "Parts must be listed in ascending order of their number")
        expected = set(range(1, upload["num_parts"] + 1))
        if set(claimed) != expected:
            missing = sorted(expected - set(claimed))
            raise invalid(PARTS_LOC, f"Parts missing from the completion request: {missing[:10]}")
        for number, tag in claimed.items():
            if stored.get(number) != tag:
                raise invalid(
                    PARTS_LOC, f"Part {number} was not received with e_tag {tag!r}: upload it again"
                )

    def abort(self, user: User, file_id: str) -> None:
        with self._lock_for(file_id):
            upload = self._pending_upload(file_id, user)
            if upload["state"] == "completed":
                raise ApiError(409, f"Upload {file_id} is already complete")
            with self._db.write() as conn:
                conn.execute("UPDATE uploads SET state = 'aborted' WHERE file_id = ?", (file_id,))
                conn.execute("DELETE FROM upload_parts WHERE file_id = ?", (file_id,))
            self._blobs.remove_upload(file_id)

    # -- files produced by jobs -----------------------------------------------------------------
    def store_output(
        self, conn: sqlite3.Connection, user_id: int, job_id: str, filename: str, data: bytes
    ) -> dict[str, Any]:
        created = now_iso()
        file_id = new_file_id(job_id, filename, created)
        written = self._blobs.write_bytes(self._ensure_parent(file_id), data)
        _record_file(
            conn,
            file_id,
            user_id,
            filename,
            _guess_type(filename),
            written.size,
            written.sha256,
            written.md5,
            job_id=job_id,
            created=created,
        )
        return {
            "id": file_id,
            "filename": filename,
            "content_type": _guess_type(filename),
            "checksum": written.sha256,
            "e_tag": written.md5,
        }

    def delete_job_outputs(self, conn: sqlite3.Connection, job_id: str) -> list[str]:
        rows = conn.execute("SELECT id FROM files WHERE job_id = ?", (job_id,)).fetchall()
        conn.execute("DELETE FROM files WHERE job_id = ?", (job_id,))
        return [str(r["id"]) for r in rows]


def _record_file(
    conn: sqlite3.Connection,
    file_id: str,
    user_id: int,
    filename: str,
    content_type: str | None,
    size: int,
    sha256: str,
    e_tag: str,
    *,
    job_id: str | None = None,
    created: str | None = None,
) -> None:
    """The one place a stored file gets its row (uploads, multipart uploads, job outputs)."""
    conn.execute(
        "INSERT INTO files(id, user_id, filename, content_type, size, sha256, e_tag,"
        " created_at, job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            user_id,
            filename,
            content_type,
            size,
            sha256,
            e_tag,
            created or now_iso(),
            job_id,
        ),
    )


def multipart_etag(part_md5s: list[str]) -> str:
    """S3's ETag of a multipart object: the MD5 of the parts' MD5s, and how many there were."""
    if not part_md5s:  # an empty file
        return hashlib.md5(b"", usedforsecurity=False).hexdigest()
    if len(part_md5s) == 1:
        return part_md5s[0]
    joined = b"".join(bytes.fromhex(m) for m in part_md5s)
    return f"{hashlib.md5(joined, usedforsecurity=False).hexdigest()}-{len(part_md5s)}"


def _md5_matches(content_md5: str, md5_hex: str) -> bool:
    import base64
    import binascii

    try:
        return base64.b64decode(content_md5, validate=True).hex() == md5_hex
    except (binascii.Error, ValueError):
        return False


def _guess_type(filename: str) -> str | None:
    import mimetypes

    return mimetypes.guess_type(filename)[0]

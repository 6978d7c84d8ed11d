"""File contents on disk. Names on disk come from ids, never from user-supplied file names,
and every write goes to a temporary file that is renamed into place only when complete."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

COPY_BUFFER = 1024 * 1024


class TooLarge(Exception):
    """The body is larger than the limit for where it is going."""


@dataclass(frozen=True)
class Written:
    size: int
    sha256: str
    md5: str


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("files", "uploads", "jobs", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    # -- paths ----------------------------------------------------------------------------------
    def file_path(self, file_id: str) -> Path:
        return self.root / "files" / file_id[:2] / file_id

    def upload_dir(self, file_id: str) -> Path:
        return self.root / "uploads" / file_id

    def upload_data(self, file_id: str) -> Path:
        """Where the parts of a multipart upload land, each at its own offset."""
        return self.upload_dir(file_id) / "data"

    def job_dir(self, job_id: str) -> Path:
        return self.root / "jobs" / job_id

    # -- writes ---------------------------------------------------------------------------------
    @contextmanager
    def _atomic(self, dest: Path) -> Iterator[IO[bytes]]:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                yield out
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def write_file_object(self, dest: Path, source: IO[bytes], limit: int) -> Written:
        sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
        with self._atomic(dest) as out:
            while chunk := source.read(COPY_BUFFER):
                size += len(chunk)
                if size > limit:
                    raise TooLarge
                sha.update(chunk)
                md5.update(chunk)
                out.write(chunk)
        return Written(size, sha.hexdigest(), md5.hexdigest())

    def write_bytes(self, dest: Path, data: bytes) -> Written:
        with self._atomic(dest) as out:
            out.write(data)
        return Written(
            len(data),
            hashlib.sha256(data).hexdigest(),
            hashlib.md5(data, usedforsecurity=False).hexdigest(),
        )

    async def write_part(
        self, file_id: str, offset: int, chunks: AsyncIterator[bytes], limit: int
    ) -> tuple[int, str]:
        """Write one part in place in the upload's data file; returns its size and MD5.

        Parts are disjoint byte ranges, so they can arrive in any order and in parallel, and
        completing the upload needs no copy: the data file becomes the file.
        """
        path = self.upload_data(file_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        md5, size = hashlib.md5(usedforsecurity=False), 0
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            async for chunk in chunks:
                if size + len(chunk) > limit:
                    raise TooLarge
                os.pwrite(fd, chunk, offset + size)
                md5.update(chunk)
                size += len(chunk)
        finally:
            os.close(fd)
        return size, md5.hexdigest()

    def finish_upload(self, file_id: str, dest: Path, size: int, expected_sha256: str) -> bool:
        """Move a complete upload's data into place if its size and SHA-256 are as declared."""
        path = self.upload_data(file_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab") as data:
            if data.tell() != size:
                return False
            data.flush()
            os.fsync(data.fileno())
        sha = hashlib.sha256()
        with path.open("rb") as src:
            while chunk := src.read(COPY_BUFFER):
                sha.update(chunk)
        if sha.hexdigest() != expected_sha256:
            return False
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, dest)
        return True

    # -- removal --------------------------------------------------------------------------------
    def remove_upload(self, file_id: str) -> None:
        shutil.rmtree(self.upload_dir(file_id), ignore_errors=True)

    def remove_file(self, file_id: str) -> None:
        self.file_path(file_id).unlink(missing_ok=True)

    def remove_job(self, job_id: str) -> None:
        shutil.rmtree(self.job_dir(job_id), ignore_errors=True)

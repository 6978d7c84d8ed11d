"""File contents on disk. Names on disk come from ids, never from user-supplied file names,
and every write goes to a temporary file that is renamed into place only when complete."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator
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

    def part_path(self, file_id: str, number: int) -> Path:
        return self.upload_dir(file_id) / f"{number:05d}.part"

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

    async def write_stream(self, dest: Path, chunks: AsyncIterator[bytes], limit: int) -> Written:
        sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
        with self._atomic(dest) as out:
            async for chunk in chunks:
                size += len(chunk)
                if size > limit:
                    raise TooLarge
                sha.update(chunk)
                md5.update(chunk)
                out.write(chunk)
        return Written(size, sha.hexdigest(), md5.hexdigest())

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

    def assemble(self, dest: Path, parts: Iterable[Path]) -> Written:
        """Concatenate upload parts into one file, hashing as it goes."""
        sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
        with self._atomic(dest) as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(COPY_BUFFER):
                        size += len(chunk)
                        sha.update(chunk)
                        md5.update(chunk)
                        out.write(chunk)
        return Written(size, sha.hexdigest(), md5.hexdigest())

    # -- removal --------------------------------------------------------------------------------
    def remove_upload(self, file_id: str) -> None:
        shutil.rmtree(self.upload_dir(file_id), ignore_errors=True)

    def remove_file(self, file_id: str) -> None:
        self.file_path(file_id).unlink(missing_ok=True)

    def remove_job(self, job_id: str) -> None:
        shutil.rmtree(self.job_dir(job_id), ignore_errors=True)

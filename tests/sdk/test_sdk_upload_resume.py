"""An interrupted upload resumes: parts the server already accepted are not sent again."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import sdk
from sdk import aio
from sdk.testing import LocalPlatform

CHUNK = 64 * 1024
PARTS = 12


@pytest.fixture(scope="module")
def small_chunks() -> Iterator[LocalPlatform]:
    with LocalPlatform(env={"PLATFORM_UPLOAD_CHUNK_SIZE": str(CHUNK)}) as running:
        yield running


def _interrupt_after(count: int) -> Callable[[int, int], None]:
    calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls == count:
            raise KeyboardInterrupt

    return progress


def _part_puts(requests: list[httpx.Request]) -> int:
    return sum(1 for r in requests if r.method == "PUT" and "/storage/uploads/" in r.url.path)


def test_sync_upload_resumes_after_an_interrupt(
    small_chunks: LocalPlatform, tmp_path: Path
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(CHUNK * (PARTS - 1) + 77))
    journal_dir = tmp_path / "journal"
    with sdk.ApiClient(**small_chunks.client_kwargs()) as client:
        seen: list[httpx.Request] = []
        client.http.event_hooks["request"].append(seen.append)
        files = sdk.FilesApi(client)
        interrupted = sdk.UploadOptions(
            concurrency=2, journal_dir=journal_dir, progress=_interrupt_after(4)
        )
        with pytest.raises(KeyboardInterrupt):
            files.upload_file(source, options=interrupted)
        first = _part_puts(seen)
        (journal,) = journal_dir.iterdir()
        accepted = json.loads(journal.read_text())["done"]
        assert 4 <= len(accepted) < PARTS
        assert not list(
            files.iter_files(sha256_checksum=hashlib.sha256(source.read_bytes()).hexdigest())
        )

        seen.clear()
        meta = files.upload_file(source, options=sdk.UploadOptions(journal_dir=journal_dir))
        assert _part_puts(seen) == PARTS - len(accepted)
        assert first + _part_puts(seen) >= PARTS
        assert meta.checksum == hashlib.sha256(source.read_bytes()).hexdigest()
        assert not list(journal_dir.iterdir()), "the journal outlived a finished upload"
        copy = files.download_file(meta.id, tmp_path / "copy.bin")
        assert copy.read_bytes() == source.read_bytes()


def test_async_upload_resumes_after_cancellation(
    small_chunks: LocalPlatform, tmp_path: Path
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(CHUNK * PARTS))
    journal_dir = tmp_path / "journal"

    async def scenario() -> tuple[int, int, str | None]:
        async with aio.ApiClient(**small_chunks.client_kwargs()) as client:
            seen: list[httpx.Request] = []

            async def record(request: httpx.Request) -> None:
                seen.append(request)

            client.http.event_hooks["request"].append(record)
            files = aio.FilesApi(client)
            started = asyncio.Event()
            parts_done = 0

            def progress(done: int, total: int) -> None:
                nonlocal parts_done
                parts_done += 1
                if parts_done == 3:
                    started.set()

            task = asyncio.create_task(
                files.upload_file(
                    source,
                    options=sdk.UploadOptions(
                        concurrency=1, journal_dir=journal_dir, progress=progress
                    ),
                )
            )
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            accepted = len(json.loads(next(journal_dir.iterdir()).read_text())["done"])
            seen.clear()
            meta = await files.upload_file(
                source, options=sdk.UploadOptions(journal_dir=journal_dir)
            )
            return accepted, _part_puts(seen), meta.checksum

    accepted, resent, checksum = asyncio.run(scenario())
    assert 3 <= accepted < PARTS
    assert resent == PARTS - accepted
    assert checksum == hashlib.sha256(source.read_bytes()).hexdigest()


def test_a_stale_journal_starts_over(small_chunks: LocalPlatform, tmp_path: Path) -> None:
    """Links the server no longer honours (aborted upload) make the upload start again."""
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(CHUNK * 3))
    journal_dir = tmp_path / "journal"
    with sdk.ApiClient(**small_chunks.client_kwargs()) as client:
        files = sdk.FilesApi(client)
        with pytest.raises(KeyboardInterrupt):
            files.upload_file(
                source,
                options=sdk.UploadOptions(
                    concurrency=1, journal_dir=journal_dir, progress=_interrupt_after(1)
                ),
            )
        (journal,) = journal_dir.iterdir()
        saved = json.loads(journal.read_text())
        file_id = saved["links"]["file_id"]
        client.http.post(
            f"/v0/files/{file_id}:abort",
            json={
                "client_file": {
                    "filename": "data.bin",
                    "filesize": CHUNK * 3,
                    "sha256_checksum": "0" * 64,
                }
            },
        )
        meta = files.upload_file(source, options=sdk.UploadOptions(journal_dir=journal_dir))
        assert str(meta.id) != file_id
        assert meta.checksum == hashlib.sha256(source.read_bytes()).hexdigest()

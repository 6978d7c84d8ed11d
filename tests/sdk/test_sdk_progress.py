"""TransferProgress: the ready-made byte progress bar for uploads and downloads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import sdk


def test_a_bar_follows_an_upload_and_a_download(
    account: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(b"x" * 300_000)
    calls: list[tuple[int, int]] = []
    with sdk.ApiClient(**account) as client, sdk.TransferProgress("upload data.bin") as bar:

        def recorded(done: int, total: int) -> None:
            calls.append((done, total))
            bar(done, total)

        files = sdk.FilesApi(client)
        meta = files.upload_file(
            source, options=sdk.UploadOptions(reuse_existing=False, progress=recorded)
        )
        files.download_file(
            meta.id, tmp_path / "copy.bin", options=sdk.DownloadOptions(progress=bar)
        )
    assert calls[-1] == (300_000, 300_000)
    assert (tmp_path / "copy.bin").read_bytes() == source.read_bytes()
    assert capsys.readouterr().out == "", "progress must go to stderr, never stdout"


def test_a_disabled_bar_draws_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with sdk.TransferProgress("quiet", enabled=False) as bar:
        bar(5, 10)
        bar(10, 10)
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""

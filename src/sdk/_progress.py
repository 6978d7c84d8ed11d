"""Progress bars for waiting on jobs, on stderr; rich is imported only when one is shown.

rich comes with the `cli` extra: asking for a bar without it raises `MissingExtraError`
(an ImportError naming the extra), never a bare ModuleNotFoundError.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Self

from sdk._optional import require

if TYPE_CHECKING:
    from osparc_sdk_generated.models import JobStatus

__all__ = ["BatchProgress", "JobProgress", "TaskBar", "TransferProgress"]


def _rich_progress(kind: Literal["job", "batch", "transfer"]) -> Any:
    """The rich display for one kind of bar (rich is imported here, when one is shown)."""
    require("a progress bar", "cli", "rich")
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    if kind == "transfer":
        columns = [DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn()]
    else:
        counts = [MofNCompleteColumn()] if kind == "batch" else []
        columns = [TaskProgressColumn(), *counts, TimeElapsedColumn()]
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        *columns,
        console=Console(stderr=True),
        transient=kind == "transfer",
    )


class _Bar:
    """A rich progress display on stderr while the `with` block runs; `None` draws nothing."""

    def __init__(self, progress: Any) -> None:
        self._progress = progress
        self._task: Any = None

    def __enter__(self) -> Self:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._progress is not None:
            self._progress.stop()


class _PercentBar(_Bar):
    """One thing that is waited for (a job, a platform task), `label` first, out of 100."""

    def __init__(self, label: str, *, enabled: bool) -> None:
        super().__init__(_rich_progress("job") if enabled else None)
        self._label = label
        if self._progress is not None:
            self._task = self._progress.add_task(f"{label} …", total=100)


class JobProgress(_PercentBar):
    """One job: its state and progress (0-100)."""

    def update(self, status: JobStatus) -> None:
        if self._progress is None:
            return
        state = str(status.state.value)
        progress = status.progress if isinstance(status.progress, int) else 0
        if state == "SUCCESS":
            progress = 100
        self._progress.update(self._task, completed=progress, description=f"{self._label} {state}")


class BatchProgress(_Bar):
    """Many jobs: how many finished, and how many of those did not succeed."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        super().__init__(_rich_progress("batch") if enabled else None)
        self.finished = 0
        self.failed = 0
        self.running = 0
        if self._progress is not None:
            self._task = self._progress.add_task(self._describe(), total=total)

    def _describe(self) -> str:
        failed = f", {self.failed} not ok" if self.failed else ""
        return f"jobs ({self.running} running{failed})"

    def started(self) -> None:
        self.running += 1
        self._refresh()

    def done(self, *, ok: bool, was_running: bool) -> None:
        self.finished += 1
        if was_running:
            self.running -= 1
        if not ok:
            self.failed += 1
        self._refresh(advance=1)

    def _refresh(self, advance: int = 0) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=advance, description=self._describe())


class TransferProgress(_Bar):
    """A bar for an upload or a download (bytes, rate, time left) on stderr.

        with TransferProgress("upload data.bin") as bar:
            files.upload_file(path, options=UploadOptions(progress=bar))

    The instance is the byte-progress callback that UploadOptions and DownloadOptions take;
    with `enabled=False` it draws nothing, so callers need no second code path.
    """

    def __init__(self, label: str, *, enabled: bool = True) -> None:
        super().__init__(_rich_progress("transfer") if enabled else None)
        self._label = label

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        if self._task is None:
            self._task = self._progress.add_task(self._label, total=total or None)
        self._progress.update(self._task, completed=done, total=total or None)


class TaskBar(_PercentBar):
    """One platform task: its message and how far it is (0-1, shown out of 100)."""

    def update(self, percent: float, message: str) -> None:
        if self._progress is None:
            return
        self._progress.update(
            self._task, completed=round(percent * 100), description=f"{self._label} {message}"
        )

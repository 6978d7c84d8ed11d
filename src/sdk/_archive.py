"""Log archives: merging several zips into one, and extracting one without leaving its folder.

`safe_extract` checks every entry before writing anything: an absolute name, a `..` part, a
drive or a backslash path, a symbolic link or any other special file, or a name that would land
outside the target folder makes the whole archive refused (`TransferError`), so a hostile
archive ("zip slip") can neither write nor half-write anywhere.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from osparc_sdk_patches.errors import TransferError

__all__ = ["merge_archives", "safe_extract", "unsafe_entries"]


def _entry_problem(info: zipfile.ZipInfo, root: Path) -> str | None:
    name = info.filename
    if not name or "\x00" in name:
        return "an empty or NUL-containing name"
    if "\\" in name:
        return "a backslash in its name"
    path = PurePosixPath(name)
    if path.is_absolute() or (len(name) > 1 and name[1] == ":"):
        return "an absolute name"
    if ".." in path.parts:
        return "a '..' part"
    mode = info.external_attr >> 16
    if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "a symbolic link" if stat.S_ISLNK(mode) else "a special file"
    target = (root / name).resolve()
    if target != root and root not in target.parents:
        return "a name outside the target folder"
    return None


def unsafe_entries(archive: zipfile.ZipFile, root: Path) -> list[str]:
    """Entries of `archive` that must not be extracted into `root`, with the reason."""
    resolved = root.resolve()
    problems = []
    for info in archive.infolist():
        problem = _entry_problem(info, resolved)
        if problem:
            problems.append(f"{info.filename!r} ({problem})")
    return problems


def safe_extract(archive_path: Path, target: Path) -> list[Path]:
    """Extract every regular file of a zip into `target`; refuse the archive if any entry is
    unsafe. Returns the files written."""
    try:
        archive = zipfile.ZipFile(archive_path)
    except (OSError, zipfile.BadZipFile) as error:
        raise TransferError(f"cannot read the archive {archive_path.name}: {error}") from error
    with archive:
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        problems = unsafe_entries(archive, root)
        if problems:
            raise TransferError(
                f"refusing to extract {archive_path.name}: unsafe entries " + ", ".join(problems)
            )
        written: list[Path] = []
        for info in archive.infolist():
            destination = root / info.filename
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
            with archive.open(info) as source, os.fdopen(fd, "wb") as sink:
                shutil.copyfileobj(source, sink)
            written.append(destination)
        return written


def merge_archives(parts: Sequence[tuple[str, bytes]]) -> bytes:
    """One zip from several `(node name, zip bytes)`: entries go under `<node name>/`."""
    if len(parts) == 1:
        return parts[0][1]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as merged:
        for node, data in parts:
            prefix = node.replace("/", "_").replace("\\", "_") or "node"
            with zipfile.ZipFile(io.BytesIO(data)) as part:
                for info in part.infolist():
                    if not info.is_dir():
                        merged.writestr(f"{prefix}/{info.filename}", part.read(info))
    return buffer.getvalue()

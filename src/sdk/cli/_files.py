"""`files upload | download | list | search | delete`."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

import typer

from sdk.cli import _output as out
from sdk.cli._common import command_group, guarded, state
from sdk.cli._output import Output, OutputOption

if TYPE_CHECKING:
    from sdk import FileMeta

app = command_group("Your files on the platform.")

FileIdArg = Annotated[UUID, typer.Argument(help="file id")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help="show at most this many")
]


def _row(f: FileMeta) -> tuple[Any, ...]:
    return (
        f.id,
        f.filename,
        f.content_type if isinstance(f.content_type, str) else "",
        (f.checksum[:16] + "…") if isinstance(f.checksum, str) else "",
    )


def _show(files: list[FileMeta], output: Output) -> None:
    out.emit_rows(output, files, ["id", "filename", "type", "sha256"], [_row(f) for f in files])


@app.command("upload")
@guarded
def upload(
    paths: Annotated[list[Path], typer.Argument(help="local files to upload", exists=True)],
    output: OutputOption = Output.table,
) -> None:
    """Upload local files (a file already on the platform with the same content and name is
    not sent again); prints their ids.

    Example: osparc-sdk files upload single_number.txt
    """
    from sdk import FilesApi, TransferProgress, UploadOptions

    uploaded = []
    with state().client() as client:
        files = FilesApi(client)
        for path in paths:
            with TransferProgress(
                f"upload {path.name}", enabled=out.show_progress(output)
            ) as progress:
                uploaded.append(files.upload_file(path, options=UploadOptions(progress=progress)))
    _show(uploaded, output)


@app.command("download")
@guarded
def download(
    file_id: FileIdArg,
    dest: Annotated[
        Path, typer.Option("--dest", "-d", help="folder (or file path) to write to")
    ] = Path("."),
    overwrite: Annotated[bool, typer.Option(help="replace an existing file")] = False,
    output: OutputOption = Output.table,
) -> None:
    """Download a file (checked against its checksum); prints the path written.

    Example: osparc-sdk files download 3fa85f64-5717-4562-b3fc-2c963f66afa6 --dest out/
    """
    from sdk import DownloadOptions, FilesApi, TransferProgress

    with (
        state().client() as client,
        TransferProgress("download", enabled=out.show_progress(output)) as progress,
    ):
        path = FilesApi(client).download_file(
            file_id, dest, options=DownloadOptions(overwrite=overwrite, progress=progress)
        )
    out.emit_line(output, {"file_id": file_id, "path": path}, path)


@app.command("list")
@guarded
def list_files(limit: LimitOption = None, output: OutputOption = Output.table) -> None:
    """Your files.

    Example: osparc-sdk files list -n 20
    """
    from sdk import FilesApi

    with state().client() as client:
        found = list(islice(FilesApi(client).iter_files(), limit))
    _show(found, output)


@app.command("search")
@guarded
def search(
    sha256: Annotated[str | None, typer.Option("--sha256", help="SHA-256 of the content")] = None,
    file_id: Annotated[UUID | None, typer.Option("--id", help="file id")] = None,
    limit: LimitOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Files with a given checksum or id.

    Example: osparc-sdk files search --sha256 $(sha256sum data.txt | cut -d' ' -f1)
    """
    from sdk import FilesApi, NotFoundError

    if sha256 is None and file_id is None:
        raise typer.BadParameter("give --sha256 or --id")
    found: list[FileMeta] = []
    with state().client() as client:
        try:
            matches = FilesApi(client).iter_files(sha256_checksum=sha256, file_id=file_id)
            found = list(islice(matches, limit))
        except NotFoundError:
            found = []  # the platform answers 404 when nothing matches
    _show(found, output)


@app.command("delete")
@guarded
def delete(
    file_ids: Annotated[list[UUID], typer.Argument(help="ids of the files to delete")],
    output: OutputOption = Output.table,
) -> None:
    """Delete files from the platform.

    Example: osparc-sdk files delete 3fa85f64-5717-4562-b3fc-2c963f66afa6
    """
    from sdk import FilesApi

    with state().client() as client:
        files = FilesApi(client)
        for file_id in file_ids:
            files.delete_file(file_id)
            if output is Output.table:
                out.note(f"deleted {file_id}")
    if output is Output.json:
        out.emit_json({"deleted": file_ids})

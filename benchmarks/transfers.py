"""Large transfers over loopback: SDK upload/download vs raw httpx streaming, and peak memory.

    python benchmarks/transfers.py [--sizes 1,4]      (GiB)

The baseline does the same protocol by hand with httpx, streaming: hash the file, ask for
upload links, PUT each part in turn, complete; download by streaming the redirect into a file.
Each run happens in its own process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, platform, print_table

BUFFER = 1024 * 1024
GiB = 1024**3


def make_file(path: Path, size: int) -> None:
    block = os.urandom(BUFFER)
    with path.open("wb") as out:
        for _ in range(size // BUFFER):
            out.write(block)


# -- what runs inside each measuring process ---------------------------------------------------
def _raw_upload(base: str, auth: tuple[str, str], path: Path) -> str:
    sha, size = hashlib.sha256(), 0
    with path.open("rb") as src:
        while chunk := src.read(BUFFER):
            sha.update(chunk)
            size += len(chunk)
    client_file = {"filename": path.name, "filesize": size, "sha256_checksum": sha.hexdigest()}
    with httpx.Client(base_url=base, auth=auth, timeout=600) as client:
        links = client.post("/v0/files/content", json=client_file).json()
        chunk_size = links["upload_schema"]["chunk_size"]
        parts = []
        with path.open("rb") as src:
            for number, url in enumerate(links["upload_schema"]["urls"], start=1):
                length = min(chunk_size, size - (number - 1) * chunk_size)
                if length <= 0:
                    break

                def body(remaining: int = length):  # type: ignore[no-untyped-def]
                    while remaining > 0:
                        data = src.read(min(BUFFER, remaining))
                        remaining -= len(data)
                        yield data

                response = httpx.put(
                    url, content=body(), headers={"Content-Length": str(length)}, timeout=600
                )
                parts.append({"number": number, "e_tag": response.headers["etag"].strip('"')})
        done = client.post(
            links["upload_schema"]["links"]["complete_upload"],
            json={"client_file": client_file, "uploaded_parts": {"parts": parts}},
        )
        done.raise_for_status()
        return str(done.json()["id"])


def _raw_download(base: str, auth: tuple[str, str], file_id: str, dest: Path) -> None:
    tmp = dest.with_suffix(".part")
    with (
        httpx.Client(base_url=base, auth=auth, timeout=600, follow_redirects=True) as client,
        client.stream("GET", f"/v0/files/{file_id}/content") as response,
        tmp.open("wb") as out,
    ):
        response.raise_for_status()
        for chunk in response.iter_bytes(BUFFER):
            out.write(chunk)
    tmp.replace(dest)


def _sdk_upload(base: str, auth: tuple[str, str], path: Path) -> str:
    from sdk import ApiClient, FilesApi, UploadOptions

    with ApiClient(host=base, api_key=auth[0], api_secret=auth[1], timeout=600) as client:
        meta = FilesApi(client).upload_file(path, options=UploadOptions(reuse_existing=False))
        return str(meta.id)


def _sdk_download(base: str, auth: tuple[str, str], file_id: str, dest: Path) -> None:
    from uuid import UUID

    from sdk import ApiClient, DownloadOptions, FilesApi

    with ApiClient(host=base, api_key=auth[0], api_secret=auth[1], timeout=600) as client:
        FilesApi(client).download_file(UUID(file_id), dest, options=DownloadOptions(overwrite=True))


def child(spec: dict[str, str]) -> None:
    auth = (spec["key"], spec["secret"])
    start = time.perf_counter()
    if spec["what"] == "upload":
        upload = _sdk_upload if spec["who"] == "sdk" else _raw_upload
        result = upload(spec["base"], auth, Path(spec["path"]))
    else:
        download = _sdk_download if spec["who"] == "sdk" else _raw_download
        download(spec["base"], auth, spec["file_id"], Path(spec["path"]))
        result = ""
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, "result": result}))


def measure(**spec: str) -> dict[str, float | str]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4", help="file sizes in GiB, comma-separated")
    args, _ = parser.parse_known_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, platform() as p:
        common = {"base": p.base_url, "key": p.api_key, "secret": p.api_secret}
        for gib in (float(s) for s in args.sizes.split(",")):
            size = int(gib * GiB)
            source = Path(tmp) / f"data-{gib:g}GiB.bin"
            make_file(source, size)
            runs: dict[str, dict[str, float | str]] = {}
            for who in ("raw", "sdk"):
                runs[f"{who} up"] = measure(what="upload", who=who, path=str(source), **common)
                dest = Path(tmp) / f"{who}.bin"
                file_id = str(runs[f"{who} up"]["result"])
                runs[f"{who} down"] = measure(
                    what="download", who=who, path=str(dest), file_id=file_id, **common
                )
                dest.unlink()
            source.unlink()
            for kind in ("up", "down"):
                raw, ours = runs[f"raw {kind}"], runs[f"sdk {kind}"]
                raw_rate = gib * 1024 / float(raw["seconds"])
                our_rate = gib * 1024 / float(ours["seconds"])
                rows.append(
                    Row(
                        f"{'upload' if kind == 'up' else 'download'} {gib:g} GiB: time",
                        "raw httpx streaming",
                        float(ours["seconds"]),
                        float(raw["seconds"]),
                        "s",
                        target=1 / 0.9,
                        notes=[
                            f"throughput {our_rate:.0f} MiB/s vs {raw_rate:.0f} MiB/s "
                            f"({our_rate / raw_rate:.2f}x, target >= 0.9x)",
                            f"peak RSS {float(ours['peak_mb']):.0f} MB (target < 150) vs "
                            f"{float(raw['peak_mb']):.0f} MB",
                        ],
                    )
                )
    print_table("Transfers over loopback (time: lower is better)", rows)
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(json.loads(sys.argv[2]))
    else:
        main()

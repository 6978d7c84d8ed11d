"""The oSPARC tutorial's solver workflow, with this SDK's awaitable API (`sdk.aio`).

The same steps as tutorial.py: upload an input file, pick the sleeper solver's release, look at
its ports, create and start a job, wait for it while showing progress, then read its outputs,
download its output file and its log archive. Credentials come from OSPARC_API_HOST /
OSPARC_API_KEY / OSPARC_API_SECRET.
"""

from __future__ import annotations

import asyncio
import tempfile
import zipfile
from pathlib import Path

from sdk import FileMeta, aio

SLEEPER = "simcore/services/comp/itis/sleeper"
TERMINAL = {"SUCCESS", "FAILED", "ABORTED"}


async def main(workdir: Path) -> str:
    async with aio.ApiClient() as client:
        profile = await aio.UsersApi(client).get_my_profile()
        print(f"Signed in: {profile}")  # models print what a person needs; to_dict() has all

        input_file = workdir / "single_number.txt"
        input_file.write_text("3\n")
        files = aio.FilesApi(client)
        uploaded = await files.upload_file(input_file)
        print(f"Uploaded {uploaded}")

        solvers = aio.SolversApi(client)
        solver = await solvers.get_solver_release(SLEEPER, "2.1.6")
        print(f"Solver {solver.title!r}: {solver}")
        for port in (await solvers.list_solver_ports(solver.id, solver.version)).items:
            print(f"  {port}")

        job = await solvers.create_job(
            solver.id,
            solver.version,
            {"input_1": uploaded, "input_2": 2, "input_3": "false", "input_4": 1},
        )
        print(f"Created {job}")
        status = await solvers.start_job(solver.id, solver.version, job.id)
        while status.state.value not in TERMINAL:
            print(f"  {status}")
            await asyncio.sleep(0.2)
            status = await solvers.inspect_job(solver.id, solver.version, job.id)
        print(f"Job finished: {status}")

        outputs = await solvers.get_job_outputs(solver.id, solver.version, job.id)
        for key, value in outputs.results.additional_properties.items():
            print(f"  output {key} = {value}")
        output_file = outputs.results["output_1"]
        assert isinstance(output_file, FileMeta)
        (workdir / "outputs").mkdir(exist_ok=True)
        downloaded = await files.download_file(output_file.id, workdir / "outputs")
        print(f"output_1 holds {downloaded.read_text().strip()}")

        logs = workdir / "logs.zip"
        logs.write_bytes(await solvers.get_job_output_logfile(solver.id, solver.version, job.id))
        with zipfile.ZipFile(logs) as archive:
            for name in archive.namelist():
                print(f"log {name}: {len(archive.read(name).splitlines())} lines")
        return status.state.value


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(main(Path(tmp)))

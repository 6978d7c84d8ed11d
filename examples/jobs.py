"""The tutorial's workflow with the job layer: it reads like the science.

One sleeper run with a local input file, then a parameter sweep of 20 runs at most 8 at a
time, some of them asked to fail, each accounted for. Credentials come from OSPARC_API_HOST /
OSPARC_API_KEY / OSPARC_API_SECRET; without them, a local reference platform is started.

    python examples/jobs.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sdk import ApiClient, SolverRelease
from sdk.testing import LocalPlatform

SLEEPER = "simcore/services/comp/itis/sleeper"


def main(workdir: Path) -> int:
    number = workdir / "single_number.txt"
    number.write_text("3\n")
    with ApiClient() as client:
        sleeper = SolverRelease.get(client, SLEEPER, "2.1.6")
        for key, port in sleeper.inputs.items():
            print(f"  input {key}: {port.describe()}  {port.title}")

        # One run: the local file is uploaded (once), inputs are checked before anything is sent.
        result = sleeper.run({"input_1": number, "input_2": 2, "input_3": "false"}, progress=True)
        print(f"{result.state}: output_2 = {result.outputs and result.outputs['output_2']}")
        saved = sleeper.job(result.job_id).download_outputs(workdir / "outputs")  # type: ignore[arg-type]
        print(f"output_1 holds {saved['output_1'].read_text().strip()}")

        # A sweep: results come back in input order; failures are results, not exceptions.
        sweep = [
            {"input_1": number, "input_2": seconds, "input_3": seconds % 7 == 6}
            for seconds in range(20)
        ]
        results = sleeper.run_many(sweep, concurrency=8, progress=True, metadata={"sweep": "demo"})
        for inputs, outcome in zip(sweep, results, strict=True):
            shown = outcome.outputs["output_2"] if outcome.ok and outcome.outputs else outcome.error
            print(f"  sleep {inputs['input_2']:2}: {shown}")
        tagged = sum(1 for _ in sleeper.iter_jobs(metadata_any=["sweep:demo"]))
        print(f"{sum(r.ok for r in results)} of {len(results)} succeeded; {tagged} jobs tagged")
        return 0 if result.ok else 1


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("OSPARC_API_KEY"):
            raise SystemExit(main(Path(tmp)))
        with LocalPlatform(time_scale=0.05) as platform:
            os.environ.update(
                OSPARC_API_HOST=platform.base_url,
                OSPARC_API_KEY=platform.api_key,
                OSPARC_API_SECRET=platform.api_secret,
            )
            raise SystemExit(main(Path(tmp)))

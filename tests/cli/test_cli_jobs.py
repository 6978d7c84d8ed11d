"""`run` and `jobs ...`: results, exit codes that scripts rely on, JSON on stdout only."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from cli_testkit import LONG_WALK, Invoke

from sdk.cli._args import parse_value

SLEEPER = "simcore/services/comp/itis/sleeper"


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_run_succeeds_and_downloads(cli: Invoke, number_file: Path, tmp_path: Path) -> None:
    result = cli(
        "run",
        "sleeper",
        "2.1.6",
        f"input_1=@{number_file}",
        "input_2=1",
        "input_3=false",
        "--download",
        str(tmp_path / "out"),
        "-o",
        "json",
    )
    data = as_json(result)
    assert data["state"] == "SUCCESS"
    assert data["ok"] is True
    assert data["name"] == f"solvers/{SLEEPER}/releases/2.1.6/jobs/{data['job_id']}"
    assert isinstance(data["outputs"]["output_2"], float)
    saved = Path(data["downloaded"]["output_1"])
    assert saved == tmp_path / "out" / "output_1" / "single_number.txt"
    assert 1 <= int(saved.read_text()) <= 9

    table = cli("run", "sleeper", f"input_1=@{number_file}", "input_2=0")
    assert table.exit_code == 0
    assert "SUCCESS" in table.stdout
    assert "output_2" in table.stdout
    assert "started solvers/" in table.stderr


def test_failed_job_exits_1(cli: Invoke, number_file: Path) -> None:
    result = cli("run", "sleeper", f"input_1=@{number_file}", "input_3=true", "-o", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["state"] == "FAILED"
    assert "fail after sleep" in data["error"]
    table = cli("run", "sleeper", f"input_1=@{number_file}", "input_3=true")
    assert table.exit_code == 1
    assert "FAILED" in table.stdout


def test_invalid_inputs_exit_2_naming_every_problem(cli: Invoke, tmp_path: Path) -> None:
    result = cli(
        "run",
        "sleeper",
        f"input_1=@{tmp_path / 'none.txt'}",
        "input_2=99",
        "input_9=x",
        "-o",
        "json",
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "(3 problems)" in line
    assert "input_9: unknown input port" in line
    assert "input_2: must be at most 65, got 99" in line
    assert "no such local file" in line
    assert cli("run", "sleeper", "input_2").exit_code == 2  # not KEY=VALUE
    assert cli("run", "sleeper", "input_2='3'", "input_1=@").exit_code == 2


def test_values_are_json_when_they_parse(cli: Invoke, number_file: Path) -> None:
    wrong_kind = cli("run", "sleeper", f"input_1=@{number_file}", 'input_2="3"')
    assert wrong_kind.exit_code == 2
    assert "expected an integer, got str '3'" in wrong_kind.stderr
    text = cli("run", "sleeper", f"input_1=@{number_file}", "input_3=maybe")
    assert "expected a boolean, got str 'maybe'" in text.stderr


def test_timeout_exits_6(cli: Invoke, number_file: Path) -> None:
    result = cli("run", "sleeper", f"input_1=@{number_file}", LONG_WALK, "--timeout", "0.3")
    assert result.exit_code == 6
    assert "did not finish within 0.3 s" in result.stderr
    name = result.stderr.rsplit("osparc-sdk jobs wait ", 1)[1].strip()
    assert as_json(cli("jobs", "stop", name, "-o", "json"))["state"] == "ABORTED"


def test_job_lifecycle(cli: Invoke, number_file: Path, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:10]
    created = cli("jobs", "create", "sleeper", "2.1.6", f"input_1=@{number_file}", "input_2=2")
    assert created.exit_code == 0, created.stderr
    name = created.stdout.strip()
    job_id = name.rsplit("/", 1)[1]
    assert name == f"solvers/{SLEEPER}/releases/2.1.6/jobs/{job_id}"

    assert as_json(cli("jobs", "inspect", name, "-o", "json"))["state"] == "NOT_STARTED"
    assert "NOT_STARTED" in cli("jobs", "inspect", job_id).stdout  # a bare id is looked up
    assert as_json(cli("jobs", "start", name, "-o", "json"))["state"] in ("PUBLISHED", "PENDING")
    waited = as_json(cli("jobs", "wait", name, "--timeout", "30", "-o", "json"))
    assert waited["state"] == "SUCCESS"

    outputs = as_json(cli("jobs", "outputs", name, "-d", str(tmp_path / "o"), "-o", "json"))
    assert set(outputs["outputs"]) == {"output_1", "output_2"}
    assert Path(outputs["downloaded"]["output_1"]).is_file()
    assert (
        "output_2"
        in cli("jobs", "outputs", job_id, "--solver", "sleeper", "--version", "2.1.6").stdout
    )

    logs = as_json(cli("jobs", "logs", name, "--dest", str(tmp_path), "--extract", "-o", "json"))
    assert "Will sleep for 2 seconds" in (Path(logs["path"]) / "sleeper.logs").read_text()
    archive = cli("jobs", "logs", name, "--dest", str(tmp_path / "zip"))
    assert archive.stdout.strip().endswith("_logs.zip")

    meta = cli("run", "sleeper", f"input_1=@{number_file}", "-m", f"tag={tag}", "--no-wait")
    assert meta.exit_code == 0
    listed = as_json(cli("jobs", "list", "--metadata", f"tag:{tag}", "-o", "json"))
    assert [j["name"] for j in listed] == [meta.stdout.strip()]
    in_release = as_json(cli("jobs", "list", "sleeper", "2.1.6", "-o", "json"))
    assert name in [j["name"] for j in in_release]
    # All of the user's jobs (oldest first; other tests of this package add theirs too).
    assert job_id in [j["id"] for j in as_json(cli("jobs", "list", "-o", "json"))]
    assert len(as_json(cli("jobs", "list", "-n", "1", "-o", "json"))) == 1

    assert as_json(cli("jobs", "delete", name, "-o", "json")) == {"deleted": [name]}
    gone = cli("jobs", "inspect", name)
    assert gone.exit_code == 4
    assert gone.stderr.startswith("error: 404")
    assert cli("jobs", "inspect", str(uuid.uuid4())).exit_code == 4


def test_stop_and_wait_on_aborted_exits_1(cli: Invoke, number_file: Path) -> None:
    started = cli("run", "sleeper", f"input_1=@{number_file}", LONG_WALK, "--no-wait", "-o", "json")
    name = as_json(started)["name"]
    stopped = cli("jobs", "stop", name)
    assert stopped.exit_code == 0
    assert "ABORTED" in stopped.stdout
    waited = cli("jobs", "wait", name, "-o", "json")
    assert waited.exit_code == 1
    assert json.loads(waited.stdout)["state"] == "ABORTED"


def test_bad_job_names(cli: Invoke) -> None:
    assert cli("jobs", "inspect", "not-a-job").exit_code == 2
    assert cli("jobs", "inspect", "solvers/x/releases/1.0.0/jobs/not-a-uuid").exit_code == 2


def test_run_starts_the_job_on_the_pricing_unit_given(
    cli: Invoke, number_file: Path, account: dict[str, str]
) -> None:
    import sdk

    data = as_json(
        cli(
            "run",
            "sleeper",
            "2.1.6",
            f"input_1=@{number_file}",
            "input_2=0",
            "--pricing",
            "1:2",
            "-o",
            "json",
        )
    )
    with sdk.ApiClient(**account) as client:
        unit = sdk.SolversApi(client).get_job_pricing_unit(SLEEPER, "2.1.6", data["job_id"])
    assert unit.unit_name == "LARGE"
    for bad in ("2", "1:x", "0:2", "1:2:3"):
        refused = cli("run", "sleeper", f"input_1=@{number_file}", "--pricing", bad)
        assert refused.exit_code == 2, bad
        assert "--pricing takes PLAN:UNIT" in refused.stderr


def test_jobs_start_takes_a_pricing_unit_as_run_does(
    cli: Invoke, number_file: Path, account: dict[str, str]
) -> None:
    import sdk

    created = as_json(
        cli("jobs", "create", "sleeper", "2.1.6", f"input_1=@{number_file}", "-o", "json")
    )
    refused = cli("jobs", "start", created["name"], "--pricing", "1:x")
    assert refused.exit_code == 2
    assert "--pricing takes PLAN:UNIT" in refused.stderr
    started = as_json(cli("jobs", "start", created["name"], "--pricing", "1:2", "-o", "json"))
    assert started["name"] == created["name"]
    with sdk.ApiClient(**account) as client:
        unit = sdk.SolversApi(client).get_job_pricing_unit(SLEEPER, "2.1.6", created["id"])
    assert unit.unit_name == "LARGE"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("3", 3),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("true", True),
        ('"3"', "3"),
        ("[1, 2.5]", [1, 2.5]),
        ("maybe", "maybe"),
        # Not JSON that can be sent: kept as the text typed (a hex tag such as 12e4567890
        # once became an infinite float, and the request then failed to be written).
        ("12e4567890", "12e4567890"),
        ("-1e999", "-1e999"),
        ("[1e999]", "[1e999]"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
    ],
)
def test_a_value_is_json_only_when_it_can_be_sent_as_json(raw: str, value: object) -> None:
    assert parse_value(raw) == value
    assert json.loads(json.dumps(parse_value(raw), allow_nan=False)) == value

"""`functions`, `tasks`, `programs` and `licensed-items`: tables for people, JSON for scripts,
exit codes for what went wrong."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from cli_testkit import Invoke

import sdk

JUPYTER = "simcore/services/dynamic/jupyter-math"


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def sleep(cli: Invoke, tmp_path: Path) -> str:
    """The title of a new function of the sleeper, its input file a default input."""
    number = tmp_path / "single_number.txt"
    number.write_text("3\n")
    title = f"sleep-{uuid.uuid4().hex[:6]}"
    registered = as_json(
        cli(
            "functions",
            "register-solver",
            "sleeper",
            "2.1.6",
            f"input_1=@{number}",
            "input_2=0",
            "--title",
            title,
            "-o",
            "json",
        )
    )
    assert registered["title"] == title
    assert registered["default_inputs"]["input_2"] == 0
    return title


def test_functions_list_show_and_run(cli: Invoke, sleep: str) -> None:
    listed = as_json(cli("functions", "list", "-o", "json"))
    (mine,) = [f for f in listed if f["title"] == sleep]
    assert mine["solver_key"].endswith("/sleeper")
    assert sleep in cli("functions", "list").stdout

    shown = as_json(cli("functions", "show", sleep, "-o", "json"))
    assert shown["function"]["uid"] == mine["uid"]
    inputs = {i["key"]: i for i in shown["inputs"]}
    assert (inputs["input_1"]["required"], inputs["input_2"]["default"]) == (False, 0)
    table = cli("functions", "show", mine["uid"])
    assert table.exit_code == 0
    assert "input_4" in table.stdout

    ran = as_json(cli("functions", "run", sleep, "input_4=1", "-o", "json"))
    assert (ran["state"], ran["ok"]) == ("SUCCESS", True)
    assert ran["name"] == f"functions/{mine['uid']}/jobs/{ran['job_id']}"
    assert set(ran["outputs"]) == {"output_1", "output_2"}
    # The table shows a file output by its name and id, as `osparc-sdk run` does.
    table_run = cli("functions", "run", sleep, "input_4=1")
    assert table_run.exit_code == 0, table_run.stderr
    assert "output output_1" in table_run.stdout
    assert "(file " in table_run.stdout

    failed = cli("functions", "run", sleep, "input_3=true", "input_4=2")
    assert failed.exit_code == 1
    assert "FAILED" in failed.stdout
    assert cli("functions", "run", sleep, "input_2=999").exit_code == 2
    unknown = cli("functions", "show", "no such function")
    assert unknown.exit_code == 4
    assert "no function titled" in unknown.stderr


def test_functions_map_in_order_with_each_item_accounted_for(
    cli: Invoke, sleep: str, tmp_path: Path
) -> None:
    items = [{"input_4": 3}, {"input_2": 999}, {"input_4": 4}]
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps(items))
    mapped = cli("functions", "map", sleep, str(inputs), "--concurrency", "2", "-o", "json")
    assert mapped.exit_code == 1  # one item did not succeed
    results = json.loads(mapped.stdout)
    assert [r["ok"] for r in results] == [True, False, True]
    assert "input_2" in results[1]["error"]
    assert results[1]["job_id"] is None
    lines = inputs.with_suffix(".jsonl")
    lines.write_text("\n".join(json.dumps(i) for i in (items[0], items[2])))
    table = cli("functions", "map", sleep, str(lines))
    assert table.exit_code == 0
    assert table.stdout.count("SUCCESS") == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"input_4": 1}')
    assert cli("functions", "map", sleep, str(bad)).exit_code == 2


def test_tasks_follow_a_log_export(cli: Invoke, sleep: str, tmp_path: Path) -> None:
    job_id = as_json(cli("functions", "run", sleep, "input_4=5", "-o", "json"))["job_id"]
    task_id = cli("functions", "logs", job_id).stdout.strip()
    assert str(uuid.UUID(task_id)) == task_id
    assert task_id in {t["task_id"] for t in as_json(cli("tasks", "list", "-o", "json"))}
    waited = as_json(cli("tasks", "wait", task_id, "--timeout", "30", "-o", "json"))
    assert waited["done"] is True
    assert waited["task_progress"]["percent"] == 1.0
    shown = cli("tasks", "show", task_id)
    assert "100%" in shown.stdout
    result = as_json(cli("tasks", "result", task_id, "-o", "json"))
    assert result["filename"].endswith("_logs.zip")
    saved = as_json(cli("files", "download", result["id"], "-d", str(tmp_path), "-o", "json"))
    assert Path(saved["path"]).stat().st_size > 0
    exported = as_json(cli("functions", "logs", job_id, "--wait", "-o", "json"))
    assert exported["result"]["filename"].endswith("_logs.zip")

    assert cli("tasks", "cancel", task_id).exit_code == 0  # done: stays done
    assert as_json(cli("tasks", "result", task_id, "-o", "json")) == result
    unknown = str(uuid.uuid4())
    assert cli("tasks", "show", unknown).exit_code == 4
    assert cli("tasks", "cancel", unknown).exit_code == 4
    assert cli("tasks", "show", "not-a-task").exit_code == 2


def test_programs_and_licensed_items(cli: Invoke, account: dict[str, str]) -> None:
    programs = as_json(cli("programs", "list", "-o", "json"))
    assert JUPYTER in {p["id"] for p in programs}
    releases = as_json(cli("programs", "releases", JUPYTER, "-o", "json"))
    assert len(releases) > 1
    assert {r["id"] for r in releases} == {JUPYTER}
    assert JUPYTER in cli("programs", "list").stdout

    market = as_json(cli("licensed-items", "list", "-o", "json"))
    item = next(i for i in market if i["key"] == "Ella")
    with sdk.ApiClient(**account) as client:
        wallet = sdk.WalletsApi(client).get_default_wallet()
        run = sdk.ProgramsApi(client).create_program_job(JUPYTER, releases[-1]["version"])
    usable = as_json(cli("licensed-items", "list", "--wallet", str(wallet.wallet_id), "-o", "json"))
    assert item["licensed_item_id"] in {i["licensed_item_id"] for i in usable}
    assert "Ella" in cli("licensed-items", "list").stdout

    checkout = as_json(
        cli(
            "licensed-items",
            "checkout",
            item["licensed_item_id"],
            "--service-run",
            str(run.id),
            "-o",
            "json",
        )
    )
    assert (checkout["wallet_id"], checkout["num_of_seats"]) == (wallet.wallet_id, 1)
    assert checkout["stopped_at"] is None
    released = cli(
        "licensed-items", "release", item["licensed_item_id"], checkout["licensed_item_checkout_id"]
    )
    assert released.exit_code == 0, released.stderr
    assert "stopped" in released.stdout
    too_many = cli(
        "licensed-items",
        "checkout",
        item["licensed_item_id"],
        "--service-run",
        str(run.id),
        "--seats",
        "1000000",
    )
    assert too_many.exit_code == 5

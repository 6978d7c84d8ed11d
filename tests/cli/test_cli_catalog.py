"""`solvers`, `files`, `profile`, `wallet`, `credits`: tables for people, JSON for scripts."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

from cli_testkit import Invoke

SLEEPER = "simcore/services/comp/itis/sleeper"


def as_json(result: object) -> object:
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    return json.loads(result.stdout)  # type: ignore[attr-defined]


def test_solvers_list_and_releases(cli: Invoke) -> None:
    table = cli("solvers", "list")
    assert table.exit_code == 0
    assert SLEEPER in table.stdout
    assert "2.2.1" in table.stdout
    solvers = as_json(cli("solvers", "list", "-o", "json"))
    assert [(s["id"], s["version"]) for s in solvers] == [(SLEEPER, "2.2.1")]  # type: ignore[union-attr]
    releases = as_json(cli("solvers", "releases", "sleeper", "--output", "json"))
    assert [r["version"] for r in releases] == ["2.0.2", "2.1.4", "2.1.6", "2.2.1"]  # type: ignore[union-attr]


def test_solvers_show_and_ports(cli: Invoke) -> None:
    shown = cli("solvers", "show", SLEEPER, "2.1.6")
    assert shown.exit_code == 0
    assert "Sleeper" in shown.stdout
    assert "integer in [0, 65] second, default 2" in shown.stdout
    ports = as_json(cli("solvers", "ports", "sleeper", "-o", "json"))
    inputs = {p["key"]: p for p in ports["inputs"]}  # type: ignore[index]
    assert inputs["input_1"]["type"] == "file"
    assert inputs["input_1"]["required"] is True
    assert inputs["input_2"]["schema"]["maximum"] == 65
    assert [p["key"] for p in ports["outputs"]] == ["output_1", "output_2"]  # type: ignore[index]


def test_solver_not_found_exits_4(cli: Invoke) -> None:
    unknown = cli("solvers", "show", "simcore/services/comp/nope")
    assert unknown.exit_code == 4
    assert unknown.stderr.startswith("error: 404")
    assert cli("solvers", "ports", "sleeper", "9.9.9").exit_code == 4
    assert cli("solvers", "releases", "no-such-solver").exit_code == 4


def test_bad_version_is_a_usage_error(cli: Invoke) -> None:
    result = cli("run", "sleeper", "not-a-version", "input_2=1")
    assert result.exit_code == 2


def test_files_round_trip(cli: Invoke, tmp_path: Path) -> None:
    data = tmp_path / "numbers.txt"
    data.write_text(f"{uuid.uuid4().int % 10**9}\n")
    uploaded = as_json(cli("files", "upload", str(data), "-o", "json"))
    (meta,) = uploaded  # type: ignore[misc]
    assert meta["filename"] == "numbers.txt"
    file_id = meta["id"]

    listed = as_json(cli("files", "list", "-o", "json"))
    assert file_id in [f["id"] for f in listed]  # type: ignore[union-attr]
    assert file_id in cli("files", "list").stdout

    digest = hashlib.sha256(data.read_bytes()).hexdigest()
    found = as_json(cli("files", "search", "--sha256", digest, "-o", "json"))
    assert [f["id"] for f in found] == [file_id]  # type: ignore[union-attr]
    assert as_json(cli("files", "search", "--id", file_id, "-o", "json")) == found
    assert cli("files", "search").exit_code == 2

    out = tmp_path / "out"
    out.mkdir()
    saved = as_json(cli("files", "download", file_id, "--dest", str(out), "-o", "json"))
    assert Path(saved["path"]).read_text() == data.read_text()  # type: ignore[index]
    again = cli("files", "download", file_id, "--dest", str(out))
    assert again.exit_code == 2, "an existing file is not replaced without --overwrite"
    assert cli("files", "download", file_id, "-d", str(out), "--overwrite").exit_code == 0

    deleted = as_json(cli("files", "delete", file_id, "-o", "json"))
    assert deleted == {"deleted": [file_id]}
    gone = cli("files", "download", file_id, "--dest", str(out), "--overwrite")
    assert gone.exit_code == 4


def test_upload_of_a_missing_file_is_a_usage_error(cli: Invoke, tmp_path: Path) -> None:
    assert cli("files", "upload", str(tmp_path / "missing.txt")).exit_code == 2


def test_account_commands(cli: Invoke) -> None:
    profile = as_json(cli("profile", "-o", "json"))
    assert profile["login"].startswith("cli-")  # type: ignore[index]
    wallet = as_json(cli("wallet", "-o", "json"))
    assert wallet["availableCredits"] > 0  # type: ignore[index]
    credits = as_json(cli("credits", "-o", "json"))
    assert "usdPerCredit" in credits  # type: ignore[operator]
    for command in ("profile", "wallet", "credits"):
        result = cli(command)
        assert result.exit_code == 0
        assert result.stdout.strip()

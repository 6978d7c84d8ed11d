"""Small things a shell user trips over: the global --output, help screens that keep their
placeholders and show flags as flags, and errors that give shell advice (once)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import typer
from cli_testkit import Invoke

from sdk.cli import app

WIDE = {"COLUMNS": "200"}
MOCK_ENV = {
    "OSPARC_API_HOST": "http://platform.test",
    "OSPARC_API_KEY": "mock-key-0123456789",
    "OSPARC_API_SECRET": "mock-s3cr3t",
}


def error_line(result: Any, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


# -- --output ------------------------------------------------------------------------------------
def test_output_json_before_the_command_as_the_help_advertises(cli: Invoke) -> None:
    for args in (
        ("--output", "json", "solvers", "list"),
        ("-o", "json", "solvers", "list"),
        ("-o", "JSON", "jobs", "list", "--limit", "1"),
        ("solvers", "list", "--output", "json"),  # after the command, as before
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
        assert isinstance(json.loads(result.stdout), list), args


def test_the_commands_own_output_wins_over_the_global_one(cli: Invoke) -> None:
    result = cli("-o", "json", "solvers", "list", "-o", "table")
    assert result.exit_code == 0, result.stderr
    assert not result.stdout.lstrip().startswith("[")
    assert "simcore/services/comp/itis/sleeper" in result.stdout


# -- help screens ---------------------------------------------------------------------------------
def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _commands(sub, (*path, name))
    return found


def _placeholders(command: Any) -> set[str]:
    texts = [command.help or "", command.epilog or ""]
    texts += [getattr(param, "help", None) or "" for param in command.params]
    return {m for text in texts for m in re.findall(r"<[a-z_]+>|\{[a-z_]+\}", text)}


def test_every_help_screen_keeps_its_placeholders_and_shows_flags_as_flags(
    anonymous: Invoke,
) -> None:
    tree = _commands(typer.main.get_command(app))
    assert len(tree) > 20
    placeholders_seen = 0
    for path, command in tree:
        result = anonymous(*path, "--help", env=WIDE)
        assert result.exit_code == 0, (path, result.stderr)
        screen = " ".join(result.stdout.split())
        for placeholder in _placeholders(command):
            placeholders_seen += 1
            assert placeholder in screen, (path, placeholder)
        # A flag takes no value: no type after it (typer's default shows `<bool>`).
        assert "<bool>" not in screen, path
    assert placeholders_seen >= 3  # solvers/<key>/releases/<version>/jobs/<id>


def test_the_job_name_pattern_survives_in_the_jobs_help(anonymous: Invoke) -> None:
    screen = " ".join(anonymous("jobs", "--help", env=WIDE).stdout.split())
    assert "solvers/<key>/releases/<version>/jobs/<id>" in screen
    assert "solvers//releases//jobs/" not in screen


def test_extract_is_a_flag(anonymous: Invoke) -> None:
    lines = anonymous("jobs", "logs", "--help", env=WIDE).stdout.splitlines()
    (extract,) = [line for line in lines if re.match(r"\W*--extract ", line)]
    assert re.search(r"--extract\s+unpack the archive", extract), extract


# -- shell advice -------------------------------------------------------------------------------
def test_a_file_input_without_at_gets_shell_advice(cli: Invoke, number_file: Path) -> None:
    result = cli("run", "sleeper", "2.1.6", f"input_1={number_file}", "input_2=0")
    line = error_line(result, 2)
    assert f"write input_1=@{number_file} to upload it" in line
    assert "pathlib" not in line
    missing = cli("jobs", "create", "sleeper", "input_1=nowhere.txt")
    line = error_line(missing, 2)
    assert "input_1=@nowhere.txt" in line
    assert "there is no file 'nowhere.txt' here" in line


def test_missing_credentials_are_explained_once_for_a_shell(anonymous: Invoke) -> None:
    line = error_line(anonymous("profile"), 3)
    assert line.startswith("error: no API key and no API secret found: run `osparc-sdk configure`")
    assert line.count("OSPARC_API_KEY") == 1
    assert line.count("osparc-sdk configure") == 1
    assert "api_key=" not in line  # Python advice, not for a shell
    only_key = anonymous("profile", env={"OSPARC_API_KEY": "k"})
    assert error_line(only_key, 3).startswith("error: no API secret found")


def test_a_host_without_a_scheme_gets_a_hint_about_the_scheme(anonymous: Invoke) -> None:
    env = {**MOCK_ENV, "OSPARC_API_HOST": "platform.test:8000"}
    line = error_line(anonymous("profile", env=env), 3)
    assert "write https://platform.test:8000" in line
    assert "API_KEY" not in line
    assert "configure" not in line
    other = {**MOCK_ENV, "OSPARC_API_HOST": "ftp://platform.test"}
    line = error_line(anonymous("profile", env=other), 3)
    assert "must start with http:// or https://, not 'ftp://platform.test'" in line


def test_wrong_credentials_still_point_at_configure(anonymous: Invoke, account: Any) -> None:
    env = {"OSPARC_API_HOST": account["host"], "OSPARC_API_KEY": account["api_key"]}
    line = error_line(anonymous("--api-secret", "wrong", "profile", env=env), 3)
    assert line.startswith("error: 401")
    assert line.endswith("(check the key and secret: `osparc-sdk configure`)")

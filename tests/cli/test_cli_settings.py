"""`osparc-sdk --help`, `configure` and `check`: settings, exit codes, readable errors."""

from __future__ import annotations

import json
import stat
import tomllib
from pathlib import Path

from cli_testkit import Invoke


def test_help_documents_exit_codes_and_examples(anonymous: Invoke) -> None:
    result = anonymous("--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for code in ("0 ok", "1 a job FAILED", "2 usage", "3 configuration", "4 not found"):
        assert code in text
    assert "5 API, server" in text
    assert "6 timed out" in text
    assert "130 interrupted" in text
    assert "osparc-sdk run sleeper" in text
    for group in ("configure", "check", "solvers", "files", "jobs", "run", "wallet"):
        assert group in text
    assert "--install-completion" in text
    assert "osparc-sdk run sleeper 2.1.6" in " ".join(anonymous("run", "--help").stdout.split())


def test_version(anonymous: Invoke) -> None:
    result = anonymous("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("osparc-sdk ")


def test_usage_error_exits_2(anonymous: Invoke) -> None:
    assert anonymous("no-such-command").exit_code == 2
    assert anonymous("jobs", "wait").exit_code == 2


def test_configure_writes_a_private_file_that_check_uses(
    anonymous: Invoke, account: dict[str, str], clean_env: Path
) -> None:
    result = anonymous(
        "configure",
        "--host",
        account["host"],
        "--api-key",
        account["api_key"],
        "--api-secret",
        account["api_secret"],
        "-o",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {
        "config_file": str(clean_env),
        "profile": "default",
        "host": account["host"],
    }
    assert stat.S_IMODE(clean_env.stat().st_mode) == 0o600
    assert tomllib.loads(clean_env.read_text())["default"]["api_key"] == account["api_key"]

    checked = anonymous("check", "-o", "json")
    assert checked.exit_code == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is True
    assert report["host"] == account["host"]
    assert report["login"].startswith("cli-")


def test_configure_prompts_and_keeps_other_profiles(
    anonymous: Invoke, account: dict[str, str], clean_env: Path
) -> None:
    clean_env.parent.mkdir(parents=True)
    clean_env.write_text('[default]\nhost = "https://elsewhere.example"\napi_key = "k"\n')
    answers = f"{account['host']}\n{account['api_key']}\n{account['api_secret']}\n"
    result = anonymous("--profile", "staging", "configure", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "API secret" in result.stdout
    assert account["api_secret"] not in result.stdout
    data = tomllib.loads(clean_env.read_text())
    assert data["default"] == {"host": "https://elsewhere.example", "api_key": "k"}
    assert data["staging"]["host"] == account["host"]
    assert stat.S_IMODE(clean_env.stat().st_mode) == 0o600

    assert anonymous("--profile", "staging", "check").exit_code == 0
    assert anonymous("check", env={"OSPARC_PROFILE": "staging"}).exit_code == 0
    missing = anonymous("check")  # [default] has no secret
    assert missing.exit_code == 3
    assert "no API secret" in missing.stderr


def test_configure_without_answers_is_a_usage_error(anonymous: Invoke) -> None:
    result = anonymous("configure", "--host", "http://127.0.0.1:1", input="")
    assert result.exit_code == 2
    assert "error:" in result.stderr


def test_bad_credentials_exit_3_with_one_line(anonymous: Invoke, account: dict[str, str]) -> None:
    env = {"OSPARC_API_HOST": account["host"], "OSPARC_API_KEY": account["api_key"]}
    result = anonymous("--api-secret", "wrong", "check", env=env)
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: 401")
    assert "Invalid API credentials" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_debug_shows_the_exception(anonymous: Invoke, account: dict[str, str]) -> None:
    import sdk

    env = {"OSPARC_API_HOST": account["host"], "OSPARC_API_KEY": "nope", "OSPARC_API_SECRET": "x"}
    result = anonymous("--debug", "check", env=env)
    assert result.exit_code != 0
    assert isinstance(result.exception, sdk.AuthenticationError)


def test_no_credentials_exit_3(anonymous: Invoke) -> None:
    result = anonymous("profile")
    assert result.exit_code == 3
    assert "osparc-sdk configure" in result.stderr

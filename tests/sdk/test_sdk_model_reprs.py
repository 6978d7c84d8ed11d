"""Models print what a person needs to recognise them; to_dict() keeps everything.

The reprs are added to the generated models by scripts/codegen/postprocess.py (the fields:
scripts/codegen/short_reprs.py) and are checked here on models the reference platform returned.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sdk_testkit import SLEEPER

import sdk
from sdk.models import RefreshRequest, RevokeRequest

ID_PREFIX = re.compile(r"^[0-9a-f]{8}…$")


def fields(text: str, name: str) -> dict[str, str]:
    """`Name(a='x', b=3)` -> {"a": "'x'", "b": "3"} (values without commas here)."""
    match = re.fullmatch(rf"{name}\((.*)\)", text)
    assert match, text
    return dict(part.split("=", 1) for part in match.group(1).split(", ") if part)


@pytest.fixture(scope="module")
def client(account: dict[str, Any]) -> Any:
    with sdk.ApiClient(**account) as client:
        yield client


def test_a_file_shows_its_name_and_the_start_of_its_id(client: Any, sleeper_input: Any) -> None:
    meta = sdk.FilesApi(client).get_file(sleeper_input.id)
    shown = fields(repr(meta), "FileMeta")
    assert shown == {"filename": "'single_number.txt'", "id": shown["id"]}
    assert ID_PREFIX.match(shown["id"])
    assert str(meta.id).startswith(shown["id"].rstrip("…"))
    # Nothing is lost: the checksum and the rest are still in to_dict().
    assert meta.to_dict()["checksum"] == meta.checksum
    assert meta.checksum
    assert meta.checksum not in repr(meta)


def test_a_solver_release_and_its_ports(client: Any) -> None:
    solvers = sdk.SolversApi(client)
    release = solvers.get_solver_release(SLEEPER, "2.1.6")
    assert repr(release) == f"Solver(id='{SLEEPER}', version='2.1.6')"
    ports = solvers.list_solver_ports(SLEEPER, "2.1.6").items
    assert repr(ports[0]) == "SolverPort(key='input_1', kind=input)"
    assert "description" in release.to_dict()


def test_a_job_its_status_and_its_outputs(client: Any, sleeper_input: Any) -> None:
    solvers = sdk.SolversApi(client)
    job = solvers.create_job(SLEEPER, "2.1.6", {"input_1": sleeper_input, "input_2": 0})
    shown = fields(repr(job), "Job")
    assert set(shown) == {"id", "name"}
    assert ID_PREFIX.match(shown["id"])
    assert shown["name"] == repr(job.name)
    assert "inputs_checksum" in job.to_dict()

    status = solvers.inspect_job(SLEEPER, "2.1.6", job.id)
    assert repr(status) == "JobStatus(state=NOT_STARTED, progress=0)"
    solvers.start_job(SLEEPER, "2.1.6", job.id)

    result = sdk.SolverRelease.get(client, SLEEPER, "2.1.6").job(job.id).wait(timeout=120)
    assert result.ok
    finished = solvers.inspect_job(SLEEPER, "2.1.6", job.id)
    assert repr(finished) == "JobStatus(state=SUCCESS, progress=100)"
    outputs = solvers.get_job_outputs(SLEEPER, "2.1.6", job.id)
    text = repr(outputs)
    assert text.startswith(f"JobOutputs(job_id={str(job.id)[:8]}…, results=KeywordArguments({{")
    assert "'output_1': FileMeta(filename='single_number.txt', id=" in text
    assert "additional_properties" not in text


def test_account_models(client: Any, account: dict[str, Any]) -> None:
    profile = sdk.UsersApi(client).get_my_profile()
    assert repr(profile) == f"Profile(login={profile.login!r}, role={profile.role.value})"
    wallet = sdk.WalletsApi(client).get_default_wallet()
    assert repr(wallet) == (
        "WalletGetWithAvailableCreditsLegacy("
        f"wallet_id={wallet.wallet_id}, name={wallet.name!r}, "
        f"available_credits={wallet.available_credits!r})"
    )


def test_models_that_carry_tokens_never_show_them(client: Any) -> None:
    pair = sdk.AuthApi(client).create_token()
    text = repr(pair)
    assert pair.access_token not in text
    assert pair.refresh_token not in text
    assert text.startswith("TokenPair(token_type='Bearer', expires_in=")
    assert repr(RefreshRequest(refresh_token=pair.refresh_token)) == "RefreshRequest()"
    assert repr(RevokeRequest(token=pair.access_token)) == "RevokeRequest()"

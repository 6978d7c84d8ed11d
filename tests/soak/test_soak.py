"""The soak, short form: many tutorial workflows and run_many batches at once against a
platform failing 10% of its requests in every way it knows (see soak_kit.py for the checks).

`pytest tests/soak -s` shows the numbers. Longer runs: `scripts/soak.py --minutes 5`, or this
test with SOAK_WORKFLOWS=N and/or SOAK_MINUTES=M in the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from soak_kit import SoakConfig, run_soak, soak_platform

pytestmark = [pytest.mark.slow]


def config_from_env() -> SoakConfig:
    minutes = float(os.environ["SOAK_MINUTES"]) if os.environ.get("SOAK_MINUTES") else None
    workflows = os.environ.get("SOAK_WORKFLOWS")
    return SoakConfig(
        workflows=int(workflows) if workflows else (None if minutes else 200),
        batches=3,
        batch_size=16,
        minutes=minutes,
        seed=int(os.environ.get("SOAK_SEED", "42")),
        rate=float(os.environ.get("SOAK_FAULT_RATE", "0.1")),
    )


def test_soak_under_faults(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # run_many's upload journals
    config = config_from_env()
    budget = (config.minutes or 0) * 60 + 150
    request.node.add_marker(pytest.mark.timeout(budget))
    with soak_platform(config) as platform:
        report = run_soak(platform, config, tmp_path / "workflows")
    report.print()
    assert not report.untyped_failures, report.untyped_failures
    assert report.data_lost == 0, "\n".join(report.lines())
    assert sum(report.faults.values()) > 0, "no fault was injected: the soak tested nothing"
    assert report.retries > 0
    # Every request is retried up to 8 times: at 10% faults, failures mean a bug.
    total = report.workflows + report.batch_jobs
    assert report.succeeded >= 0.95 * total, "\n".join(report.lines())

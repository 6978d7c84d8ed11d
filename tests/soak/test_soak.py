"""The soak, short form: many tutorial workflows and run_many batches at once against a
platform failing 10% of its requests in every way it knows (see soak_kit.py for the checks),
once honouring `Idempotency-Key` and once ignoring it like the real platform. Nothing may be
lost, duplicated or corrupted, and no workflow may fail.

`pytest tests/soak -s` shows the numbers. Longer runs: `scripts/soak.py --minutes 5`, or this
test with SOAK_WORKFLOWS=N and/or SOAK_MINUTES=M in the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from soak_kit import SoakConfig, run_soak, soak_platform

pytestmark = [pytest.mark.slow]


def config_from_env(ignore_idempotency_keys: bool) -> SoakConfig:
    minutes = float(os.environ["SOAK_MINUTES"]) if os.environ.get("SOAK_MINUTES") else None
    workflows = os.environ.get("SOAK_WORKFLOWS")
    return SoakConfig(
        workflows=int(workflows) if workflows else (None if minutes else 100),
        batches=2,
        batch_size=16,
        minutes=minutes,
        seed=int(os.environ.get("SOAK_SEED", "42")),
        rate=float(os.environ.get("SOAK_FAULT_RATE", "0.1")),
        ignore_idempotency_keys=ignore_idempotency_keys,
    )


@pytest.mark.parametrize("mode", ["honouring", "ignoring"])
def test_soak_under_faults(
    mode: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the platform honouring idempotency keys, and ignoring them like the real one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # run_many's upload journals
    config = config_from_env(ignore_idempotency_keys=mode == "ignoring")
    budget = (config.minutes or 0) * 60 + 150
    request.node.add_marker(pytest.mark.timeout(budget))
    with soak_platform(config) as platform:
        report = run_soak(platform, config, tmp_path / "workflows")
    report.print()
    assert sum(report.faults.values()) > 0, "no fault was injected: the soak tested nothing"
    assert report.retries > 0
    # Every request may be tried 8 times: at 10% faults, any failure is a bug. Each one is
    # listed (with its error class) in the report.
    assert not report.untyped_failures, report.untyped_failures
    assert report.failures == [], "\n".join(report.lines())
    assert report.data_lost == 0, "\n".join(report.lines())
    assert report.clean

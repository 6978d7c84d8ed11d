"""Server settings: one immutable value built from arguments and environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ENV_PREFIX = "PLATFORM_"


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(ENV_PREFIX + name, default)


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    return float(raw) if raw not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    """Everything that changes how the reference platform behaves.

    `time_scale` multiplies every simulated duration (0.01 makes a 2 s sleeper job take 20 ms),
    which is what lets tests run real jobs quickly.
    """

    data_dir: Path = field(default_factory=lambda: Path(_env("DATA_DIR") or ".platform-data"))
    time_scale: float = field(default_factory=lambda: _env_float("TIME_SCALE", 1.0))
    upload_chunk_size: int = field(
        default_factory=lambda: _env_int("UPLOAD_CHUNK_SIZE", 16 * 1024 * 1024)
    )
    max_upload_bytes: int = field(
        default_factory=lambda: _env_int("MAX_UPLOAD_BYTES", 64 * 1024**3)
    )
    max_json_bytes: int = field(default_factory=lambda: _env_int("MAX_JSON_BYTES", 1024 * 1024))
    access_token_ttl: float = field(default_factory=lambda: _env_float("ACCESS_TOKEN_TTL", 900.0))
    refresh_token_ttl: float = field(
        default_factory=lambda: _env_float("REFRESH_TOKEN_TTL", 30 * 24 * 3600.0)
    )
    link_ttl: float = field(default_factory=lambda: _env_float("LINK_TTL", 3600.0))
    # Our token extension (/v0/auth/*). Off ("0"), the server is like the platform itself,
    # which has no token endpoints: clients in token mode must say so clearly.
    token_auth: bool = field(default_factory=lambda: _env("TOKEN_AUTH", "1") != "0")
    rate_limit: float = field(default_factory=lambda: _env_float("RATE_LIMIT", 0.0))
    rate_burst: int = field(default_factory=lambda: _env_int("RATE_BURST", 20))
    initial_credits: float = field(default_factory=lambda: _env_float("INITIAL_CREDITS", 10000.0))
    credits_per_job_second: float = field(
        default_factory=lambda: _env_float("CREDITS_PER_JOB_SECOND", 0.01)
    )
    runner_tick: float = field(default_factory=lambda: _env_float("RUNNER_TICK", 0.02))
    # /v0/responses answers 503 "chatbot not enabled" when this is off (PLATFORM_CHATBOT=0).
    chatbot_enabled: bool = field(default_factory=lambda: _env("CHATBOT", "1") != "0")
    # Like the real platform (its spec has no such header): every job creation makes a new job,
    # whatever `Idempotency-Key` it carries, and the key is not echoed back.
    ignore_idempotency_keys: bool = field(
        default_factory=lambda: (
            (_env("IGNORE_IDEMPOTENCY_KEYS") or "").lower() in ("1", "true", "yes", "on")
        )
    )
    # Fault injection (see faults.py): off unless the rate is above 0.
    fault_rate: float = field(default_factory=lambda: _env_float("FAULT_RATE", 0.0))
    fault_seed: int | None = field(
        default_factory=lambda: _env_int("FAULT_SEED", -1) if _env("FAULT_SEED") else None
    )
    fault_kinds: str = field(default_factory=lambda: _env("FAULT_KINDS") or "")
    fault_paths: str = field(default_factory=lambda: _env("FAULT_PATHS") or "")
    fault_methods: str = field(default_factory=lambda: _env("FAULT_METHODS") or "")
    fault_slow_seconds: float = field(default_factory=lambda: _env_float("FAULT_SLOW", 1.0))
    fault_retry_after: int = field(default_factory=lambda: _env_int("FAULT_RETRY_AFTER", 1))

    @property
    def db_path(self) -> Path:
        return self.data_dir / "platform.sqlite3"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def fault_journal(self) -> Path:
        """One JSON line per injected fault (seed, request number, kind, method, path)."""
        return self.data_dir / "faults.jsonl"

"""The solvers this platform offers: the sleeper, in several releases.

Port schemas follow one convention the SDK relies on: a file port's `content_schema` is a JSON
Schema object for a File reference (`{id, filename}` required) carrying `"x_file": {...}`;
every other port's schema is a plain JSON Schema for the value, with `default` where the input
is optional. An input without a default is required.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SLEEPER_KEY = "simcore/services/comp/itis/sleeper"
SLEEPER_RELEASES = ("2.0.2", "2.1.4", "2.1.6", "2.2.1")
MAINTAINER = "platform-support@osparc.local"


def _file_port(title: str, description: str, mimetype: str, filename: str) -> dict[str, Any]:
    return {
        "title": title,
        "description": description,
        "type": "object",
        "x_file": {"mimetype": mimetype, "filename": filename},
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "filename": {"type": "string"},
        },
        "required": ["id", "filename"],
    }


SLEEPER_INPUTS: dict[str, dict[str, Any]] = {
    "input_1": _file_port(
        "File with int number",
        "Pick a file containing only one integer",
        "text/plain",
        "single_number.txt",
    ),
    "input_2": {
        "title": "Sleep interval",
        "description": "Choose an amount of time to sleep in range [0-65]",
        "type": "integer",
        "minimum": 0,
        "maximum": 65,
        "default": 2,
        "x_unit": "second",
    },
    "input_3": {
        "title": "Fail after sleep",
        "description": "If set to true will cause service to fail after it sleeps",
        "type": "boolean",
        "default": False,
    },
    "input_4": {
        "title": "Distance to bed",
        "description": "It will first walk the distance to bed",
        "type": "integer",
        "minimum": 0,
        "default": 0,
        "x_unit": "meter",
    },
}

SLEEPER_OUTPUTS: dict[str, dict[str, Any]] = {
    "output_1": _file_port(
        "File containing one random integer",
        "Integer is generated in range [1-9]",
        "text/plain",
        "single_number.txt",
    ),
    "output_2": {
        "title": "Random sleep interval",
        "description": "Interval is generated in range [1-9]",
        "type": "number",
        "x_unit": "second",
    },
}


def is_file_schema(schema: dict[str, Any] | None) -> bool:
    return bool(schema) and "x_file" in (schema or {})


@dataclass(frozen=True)
class SolverRelease:
    key: str
    version: str
    title: str
    description: str
    inputs: dict[str, dict[str, Any]]
    outputs: dict[str, dict[str, Any]]
    released: datetime
    url: str | None = None
    maintainer: str = MAINTAINER
    version_display: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"solvers/{self.key}/releases/{self.version}"


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("-")[0].split("."))


def _build() -> dict[str, list[SolverRelease]]:
    releases = [
        SolverRelease(
            key=SLEEPER_KEY,
            version=v,
            title="Sleeper",
            description="A service which awaits for time to pass, two times.",
            inputs=SLEEPER_INPUTS,
            outputs=SLEEPER_OUTPUTS,
            released=datetime(2021, 1 + i, 1, tzinfo=UTC),
            version_display=f"Sleeper {v}",
        )
        for i, v in enumerate(SLEEPER_RELEASES)
    ]
    by_key: dict[str, list[SolverRelease]] = {}
    for r in releases:
        by_key.setdefault(r.key, []).append(r)
    for rs in by_key.values():
        rs.sort(key=lambda r: _version_tuple(r.version))
    return by_key


CATALOG: dict[str, list[SolverRelease]] = _build()


def all_releases() -> list[SolverRelease]:
    return [r for key in sorted(CATALOG) for r in CATALOG[key]]


def latest_releases() -> list[SolverRelease]:
    return [CATALOG[key][-1] for key in sorted(CATALOG)]


def releases_of(key: str) -> list[SolverRelease] | None:
    return CATALOG.get(key)


def find_release(key: str, version: str) -> SolverRelease | None:
    for r in CATALOG.get(key, []):
        if r.version == version:
            return r
    return None


PRICING_PLAN: dict[str, Any] = {
    "pricingPlanId": 1,
    "displayName": "Computational services",
    "description": "Tiers for computational services",
    "classification": "TIER",
    "createdAt": datetime(2024, 1, 1, tzinfo=UTC),
    "pricingPlanKey": "computational-tiers",
    "pricingUnits": [
        {
            "pricingUnitId": 1,
            "unitName": "SMALL",
            "unitExtraInfo": {"CPU": 2, "RAM": 4 * 1024**3, "VRAM": 0},
            "currentCostPerUnit": 0.01,
            "default": True,
        },
        {
            "pricingUnitId": 2,
            "unitName": "LARGE",
            "unitExtraInfo": {"CPU": 16, "RAM": 64 * 1024**3, "VRAM": 0},
            "currentCostPerUnit": 0.08,
            "default": False,
        },
    ],
}

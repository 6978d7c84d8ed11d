"""Who is calling, and the clock every record is stamped with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

GROUP_OFFSET = 100
EVERYONE_GID = 1


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class User:
    id: int
    login: str

    @property
    def group_id(self) -> int:
        return GROUP_OFFSET + self.id

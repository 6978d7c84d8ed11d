"""Reporting: the classified changes of one comparison, as text for people and JSON for tools.

`scripts/check_breaking.sh` reads the JSON form (`summary`, then the changes grouped by
severity, each with its `text`), so the keys here are an interface: add, never rename.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    BREAKING = "breaking"
    COMPATIBLE = "compatible"


@dataclass(frozen=True)
class Change:
    """One difference. `str(change)` is the report line: `SUBJECT LOCATION: MESSAGE`."""

    severity: Severity
    rule: str  # a stable identifier, e.g. "property-removed"
    subject: str  # "GET /v0/files/{file_id}" or "schema File"
    location: str  # "response 200 .checksum", or "" for the subject itself
    message: str  # "removed"
    pointer: str  # JSON pointer of the node in NEW (in OLD for what NEW lacks)

    @property
    def breaking(self) -> bool:
        return self.severity is Severity.BREAKING

    def __str__(self) -> str:
        where = f"{self.subject} {self.location}".rstrip()
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "subject": self.subject,
            "location": self.location,
            "message": self.message,
            "pointer": self.pointer,
            "text": str(self),
        }


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [change for change in self.changes if not change.breaking]

    @property
    def exit_code(self) -> int:
        return 1 if self.breaking else 0

    def to_text(self, old_label: str = "OLD", new_label: str = "NEW") -> str:
        head = f"API diff {old_label} -> {new_label}"
        if not self.changes:
            return f"{head}: no differences\n"
        lines = [f"{head}: {len(self.breaking)} breaking, {len(self.compatible)} compatible"]
        for title, group in (("BREAKING", self.breaking), ("COMPATIBLE", self.compatible)):
            if group:
                lines += ["", f"{title} ({len(group)}):"]
                lines += [f"  {change}" for change in group]
        return "\n".join(lines) + "\n"

    def to_json(self, old_label: str = "OLD", new_label: str = "NEW") -> str:
        document = {
            "old": old_label,
            "new": new_label,
            "summary": {"breaking": len(self.breaking), "compatible": len(self.compatible)},
            "breaking": [change.as_dict() for change in self.breaking],
            "compatible": [change.as_dict() for change in self.compatible],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

"""api_diff.report: the text people read and the JSON that scripts/check_breaking.sh reads."""

from __future__ import annotations

import json

from api_diff.report import Change, Report, Severity

REMOVED = Change(
    Severity.BREAKING,
    "property-removed",
    "GET /v0/files/{file_id}",
    "response 200 .checksum",
    "removed",
    "/components/schemas/File/properties/checksum",
)
ADDED = Change(
    Severity.COMPATIBLE, "operation-added", "GET /v0/meta", "", "new operation", "/paths/x"
)


def test_a_change_reads_as_one_line() -> None:
    assert str(REMOVED) == "GET /v0/files/{file_id} response 200 .checksum: removed"
    assert str(ADDED) == "GET /v0/meta: new operation"
    assert REMOVED.breaking
    assert not ADDED.breaking


def test_text_groups_breaking_first() -> None:
    report = Report((ADDED, REMOVED))
    assert report.exit_code == 1
    assert report.to_text("a.json", "b.json") == (
        "API diff a.json -> b.json: 1 breaking, 1 compatible\n"
        "\n"
        "BREAKING (1):\n"
        "  GET /v0/files/{file_id} response 200 .checksum: removed\n"
        "\n"
        "COMPATIBLE (1):\n"
        "  GET /v0/meta: new operation\n"
    )
    assert Report(()).to_text() == "API diff OLD -> NEW: no differences\n"
    assert Report((ADDED,)).exit_code == 0


def test_json_keys_are_the_gate_interface() -> None:
    document = json.loads(Report((ADDED, REMOVED)).to_json("a.json", "b.json"))
    assert document["old"] == "a.json"
    assert document["new"] == "b.json"
    assert document["summary"] == {"breaking": 1, "compatible": 1}
    assert document["breaking"] == [
        {
            "severity": "breaking",
            "rule": "property-removed",
            "subject": "GET /v0/files/{file_id}",
            "location": "response 200 .checksum",
            "message": "removed",
            "pointer": "/components/schemas/File/properties/checksum",
            "text": "GET /v0/files/{file_id} response 200 .checksum: removed",
        }
    ]
    assert [change["rule"] for change in document["compatible"]] == ["operation-added"]

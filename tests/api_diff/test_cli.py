"""scripts/api_diff.py as a command (exit codes, formats) and on awkward documents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import api_diff

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "api_diff.py"
Spec = dict[str, Any]


def document(schemas: Spec, response: Spec, request: Spec | None = None) -> Spec:
    operation: Spec = {
        "operationId": "op",
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": response}}}
        },
    }
    if request is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": request}},
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": operation}},
        "components": {"schemas": schemas},
    }


def ref(name: str) -> Spec:
    return {"$ref": f"#/components/schemas/{name}"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def write(path: Path, spec: Spec) -> str:
    path.write_text(json.dumps(spec), encoding="utf-8")
    return str(path)


THING = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}


def test_exit_codes_and_formats(tmp_path: Path) -> None:
    old = write(tmp_path / "old.json", document({"Thing": THING}, ref("Thing")))
    new_spec = document({"Thing": {**THING, "properties": {}}}, ref("Thing"))
    new = write(tmp_path / "new.json", new_spec)

    same = run(old, old)
    assert same.returncode == 0, same.stderr
    assert same.stdout == f"API diff {old} -> {old}: no differences\n"

    text = run(old, new)
    assert text.returncode == 1
    assert "BREAKING (1):\n  POST /things response 200 .a: removed\n" in text.stdout

    as_json = run(old, new, "--format", "json")
    assert as_json.returncode == 1
    parsed = json.loads(as_json.stdout)
    assert parsed["summary"] == {"breaking": 1, "compatible": 0}
    assert parsed["breaking"][0]["rule"] == "property-removed"
    assert parsed["breaking"][0]["pointer"] == "/components/schemas/Thing/properties/a"

    compatible = run(new, old)  # adding a response field back is compatible
    assert compatible.returncode == 0
    assert "COMPATIBLE (1):\n  POST /things response 200 .a: added\n" in compatible.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", document({}, {"type": "string"}))
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"swagger": "2.0"}', encoding="utf-8")
    for args in (
        [good],
        [good, str(tmp_path / "missing.json")],
        [good, str(tmp_path / "broken.json")],
        [good, str(tmp_path / "other.json")],
        [good, good, "--format", "yaml"],
    ):
        proc = run(*args)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert proc.stderr


def test_reference_cycles_terminate() -> None:
    # An alias cycle that never reaches a schema, a self-referencing allOf, mutual recursion.
    schemas: Spec = {
        "A": ref("B"),
        "B": ref("A"),
        "Self": {"allOf": [ref("Self"), {"properties": {"x": {"type": "string"}}}]},
        "Ping": {"properties": {"pong": ref("Pong"), "n": {"type": "integer"}}},
        "Pong": {"properties": {"ping": ref("Ping")}},
    }
    wrapper = {"properties": {name.lower(): ref(name) for name in schemas}}
    old = document(schemas, wrapper, wrapper)
    new_schemas = json.loads(json.dumps(schemas))
    new_schemas["Ping"]["properties"]["n"]["type"] = "string"
    new_schemas["Self"]["allOf"][1]["properties"]["x"]["maxLength"] = 3
    new = document(new_schemas, wrapper, wrapper)
    lines = {f"{c.severity.value} {c}" for c in api_diff.diff(old, new).changes}
    assert lines == {
        "breaking POST /things request body .ping.n: type changed from integer to string",
        "breaking POST /things response 200 .ping.n: type changed from integer to string",
        # reached again through Pong, down to where the cycle closes:
        "breaking POST /things request body .pong.ping.n: type changed from integer to string",
        "breaking POST /things response 200 .pong.ping.n: type changed from integer to string",
        "breaking POST /things request body .self.x: maxLength 3 added (narrower)",
        "compatible POST /things response 200 .self.x: maxLength 3 added (narrower)",
    }


def test_nullable_spellings_are_equivalent() -> None:
    spellings: list[Spec] = [
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, {"type": "string"}]},
        {"type": ["string", "null"]},
        {"type": "string", "nullable": True},
    ]
    for old in spellings:
        for new in spellings:
            assert api_diff.diff(document({}, old), document({}, new)).changes == ()
    became = api_diff.diff(document({}, {"type": "string"}), document({}, spellings[0]))
    assert [str(change) for change in became.breaking] == [
        "POST /things response 200: became nullable"
    ]


def test_external_and_dangling_references() -> None:
    external = {"$ref": "other.json#/Thing"}
    assert api_diff.diff(document({}, external), document({}, external)).changes == ()
    dangling = api_diff.diff(document({"Thing": THING}, ref("Thing")), document({}, ref("Thing")))
    assert {change.rule for change in dangling.breaking} == {"dangling-ref", "schema-removed"}

"""`check`: every problem with the inputs is named before anything is sent."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

import sdk
from sdk._ports import PortInfo, input_problems


def problems_of(release: sdk.SolverRelease, inputs: dict[str, object]) -> str:
    with pytest.raises(sdk.InvalidInputError) as caught:
        release.check(inputs)
    return str(caught.value)


def test_ports_are_described(sleeper: sdk.SolverRelease) -> None:
    assert list(sleeper.inputs) == ["input_1", "input_2", "input_3", "input_4"]
    assert list(sleeper.outputs) == ["output_1", "output_2"]
    assert sleeper.inputs["input_1"].is_file
    assert sleeper.inputs["input_1"].required
    assert sleeper.inputs["input_2"].type == "integer"
    assert (sleeper.inputs["input_2"].minimum, sleeper.inputs["input_2"].maximum) == (0, 65)
    assert not sleeper.inputs["input_3"].required
    assert sleeper.inputs["input_3"].default is False
    assert sleeper.outputs["output_1"].type == "file"
    assert sleeper.inputs["input_2"].describe() == "integer in [0, 65] second, default 2"
    assert sleeper.inputs["input_4"].describe() == "integer >= 0 meter, default 0"
    assert sleeper.inputs["input_1"].describe() == "file (single_number.txt), required"


def test_unknown_port(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    message = problems_of(sleeper, {"input_1": number_file, "input_9": 1})
    assert "input_9: unknown input port" in message
    assert "input_1, input_2, input_3, input_4" in message


def test_output_port_given_as_input(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    message = problems_of(sleeper, {"input_1": number_file, "output_2": 1.0})
    assert "output_2: is an output port" in message


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"input_1": 3}, "input_1: expected a file"),
        ({"input_1": "single_number.txt"}, "pass pathlib.Path"),
        ({"input_2": "3"}, "input_2: expected an integer, got str '3'"),
        ({"input_2": 2.5}, "input_2: expected an integer"),
        ({"input_2": True}, "input_2: expected an integer, got bool"),
        ({"input_3": "maybe"}, "input_3: expected a boolean"),
        ({"input_3": 1.5}, "input_3: expected a boolean"),
        ({"input_4": [1]}, "input_4: expected an integer, got list"),
    ],
)
def test_wrong_kind(
    sleeper: sdk.SolverRelease, number_file: Path, inputs: dict[str, object], expected: str
) -> None:
    assert expected in problems_of(sleeper, {"input_1": number_file, **inputs})


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"input_2": 66}, "input_2: must be at most 65, got 66"),
        ({"input_2": -1}, "input_2: must be at least 0, got -1"),
        ({"input_4": -5}, "input_4: must be at least 0, got -5"),
    ],
)
def test_out_of_range(
    sleeper: sdk.SolverRelease, number_file: Path, inputs: dict[str, object], expected: str
) -> None:
    assert expected in problems_of(sleeper, {"input_1": number_file, **inputs})


def test_missing_required_and_missing_file(sleeper: sdk.SolverRelease, tmp_path: Path) -> None:
    assert "input_1: missing required input" in problems_of(sleeper, {"input_2": 1})
    assert "input_1: missing required input" in problems_of(sleeper, {"input_1": None})
    gone = tmp_path / "gone.txt"
    assert f"input_1: no such local file: {gone}" in problems_of(sleeper, {"input_1": gone})


def test_every_problem_is_named_at_once(sleeper: sdk.SolverRelease) -> None:
    message = problems_of(
        sleeper, {"input_2": "x", "input_3": "perhaps", "input_4": -1, "bogus": 1}
    )
    assert "(5 problems)" in message
    for key in ("bogus", "input_1", "input_2", "input_3", "input_4"):
        assert f"{key}:" in message
    assert "\n" not in message


@pytest.mark.parametrize("flag", [True, False, "false", "TRUE", " yes ", "0", "on", 1, 0])
def test_boolean_like_values_are_accepted(
    sleeper: sdk.SolverRelease, number_file: Path, flag: object
) -> None:
    sleeper.check({"input_1": number_file, "input_3": flag, "input_2": 3.0})


def test_file_values_accepted(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    meta = sdk.FileMeta(id=uuid.uuid4(), filename="single_number.txt")
    sleeper.check({"input_1": meta})
    sleeper.check({"input_1": {"id": str(meta.id), "filename": "single_number.txt"}})
    sleeper.check({"input_1": number_file})


def test_nothing_is_sent_for_invalid_inputs(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path, tag: str
) -> None:
    before = sdk.SolversApi(client).iter_jobs(sleeper.key, sleeper.version).count()
    with pytest.raises(sdk.InvalidInputError):
        sleeper.submit({"input_1": number_file, "input_2": 99})
    with pytest.raises(sdk.InvalidInputError, match="metadata values"):
        sleeper.submit({"input_1": number_file}, metadata={"tag": tag, "bad": [1, 2]})
    with pytest.raises(sdk.InvalidInputError, match="mapping"):
        sleeper.check([("input_1", number_file)])  # type: ignore[arg-type]
    assert sdk.SolversApi(client).iter_jobs(sleeper.key, sleeper.version).count() == before


def test_schema_keywords_beyond_the_sleeper() -> None:
    inputs = {
        "name": PortInfo(
            "name", "input", {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"}
        ),
        "mode": PortInfo("mode", "input", {"type": "string", "enum": ["fast", "slow"]}),
        "ratio": PortInfo("ratio", "input", {"type": "number", "exclusiveMaximum": 1}),
        "sizes": PortInfo("sizes", "input", {"type": "array", "maxItems": 2, "default": []}),
        "any": PortInfo("any", "input", {"default": None}),
    }
    problems = input_problems(
        inputs, {}, {"name": "A", "mode": "medium", "ratio": 1, "sizes": [1, 2, 3], "any": {}}
    )
    assert problems == [
        "name: must have at least 2 characters, got 1",
        "mode: must be one of 'fast', 'slow', got str 'medium'",
        "ratio: must be less than 1, got 1",
        "sizes: must have at most 2 items, got 3",
    ]
    assert input_problems(inputs, {}, {"name": "ab", "mode": "fast", "ratio": 0.5}) == []

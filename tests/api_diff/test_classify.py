"""api_diff.classify: the severity table and the judgements that read the generated SDK."""

from __future__ import annotations

from typing import Any

import pytest
from api_diff.classify import (
    Effect,
    is_breaking,
    judge_format,
    judge_removed_schema,
    severity,
)
from api_diff.report import Severity
from api_diff.schemas import types_of


@pytest.mark.parametrize(
    ("effect", "request_breaks", "response_breaks"),
    [
        (Effect.NARROWER, True, False),
        (Effect.WIDER, False, True),
        (Effect.INCOMPATIBLE, True, True),
        (Effect.HARMLESS, False, False),
    ],
)
def test_the_table(effect: Effect, request_breaks: bool, response_breaks: bool) -> None:
    assert is_breaking(effect, "request") is request_breaks
    assert is_breaking(effect, "response") is response_breaks
    assert severity(effect, "request") is (
        Severity.BREAKING if request_breaks else Severity.COMPATIBLE
    )


def test_a_directed_effect_needs_a_direction() -> None:
    assert is_breaking(Effect.INCOMPATIBLE, None)
    assert not is_breaking(Effect.HARMLESS, None)
    with pytest.raises(ValueError, match="narrower needs a direction"):
        is_breaking(Effect.NARROWER, None)


def judged(before: dict[str, Any], after: dict[str, Any]) -> tuple[Effect, str]:
    return judge_format(types_of(before), before, types_of(after), after)


def test_formats_that_keep_the_generated_type_are_harmless() -> None:
    plain = {"type": "string"}
    for fmt in ("uri", "email", "password", "path", "hostname", "byte"):
        assert judged(plain, {**plain, "format": fmt}) == (
            Effect.HARMLESS,
            "generated type unchanged: str",
        )
    upload = {"type": "string", "format": "binary"}
    media = {"type": "string", "contentMediaType": "application/octet-stream"}
    assert judged(upload, media) == (Effect.HARMLESS, "generated type unchanged: File")
    integer = {"type": "integer"}
    assert judged(integer, {**integer, "format": "int32"})[0] is Effect.HARMLESS


def test_formats_that_change_the_generated_type_break() -> None:
    plain = {"type": "string"}
    for fmt, python in (
        ("uuid", "UUID"),
        ("date", "datetime.date"),
        ("date-time", "datetime.datetime"),
        ("binary", "File"),
    ):
        assert judged(plain, {**plain, "format": fmt}) == (
            Effect.INCOMPATIBLE,
            f"generated type str -> {python}",
        )
    encoded = {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"}
    assert judged(encoded, {"type": "string", "contentMediaType": "image/png"}) == (
        Effect.INCOMPATIBLE,
        "generated type str -> File",
    )


def test_removed_schemas() -> None:
    assert judge_removed_schema(has_class=True, used=True, dangling=False) is Effect.INCOMPATIBLE
    assert judge_removed_schema(has_class=True, used=False, dangling=False) is Effect.HARMLESS
    assert judge_removed_schema(has_class=False, used=True, dangling=False) is None
    assert judge_removed_schema(has_class=False, used=False, dangling=False) is None
    # a `$ref` left pointing at nothing breaks, class or not
    assert judge_removed_schema(has_class=False, used=True, dangling=True) is Effect.INCOMPATIBLE

"""Job inputs from a plain mapping: `{"input_1": file, "input_2": 3}` as the tutorial writes it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from osparc_sdk_generated.models import FileMeta, JobInputs

__all__ = ["InputValue", "as_job_inputs"]

InputValue = FileMeta | bool | int | float | str | list[Any] | None


def as_job_inputs(inputs: JobInputs | Mapping[str, InputValue]) -> JobInputs:
    """A `JobInputs`, built from a mapping of port keys to values when needed."""
    if isinstance(inputs, JobInputs):
        return inputs
    wire = {key: v.to_dict() if isinstance(v, FileMeta) else v for key, v in inputs.items()}
    # Through from_dict: the model of `values` is named differently by each version of the
    # platform's document (KeywordArguments, KeywordArguments-Input), and by ours.
    return JobInputs.from_dict({"values": wire})

"""Conversions at the edges of the job layer: values to and from the platform's JSON, metadata
bodies and filters, ids, and the log archive on disk. All I/O-free but `write_log`."""

from __future__ import annotations

import datetime as _dt
import enum
import fnmatch
import json
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any, TypedDict
from uuid import UUID

from osparc_sdk_generated.models import (
    JobInputs,
    JobMetadata,
    JobMetadataUpdate,
    JobMetadataUpdateMetadata,
)
from osparc_sdk_generated.types import Unset
from osparc_sdk_patches.errors import InvalidInputError
from osparc_sdk_patches.models.job_inputs import as_job_inputs

from sdk._archive import safe_extract

__all__ = [
    "Inputs",
    "MetadataValue",
    "as_uuid",
    "filter_params",
    "jsonable",
    "metadata_matches",
    "metadata_update",
    "metadata_values",
    "text_or_empty",
    "wire_inputs",
    "write_log",
]

MetadataValue = bool | int | float | str
Inputs = Mapping[str, object]


def jsonable(value: Any) -> Any:
    """Plain JSON data from models, UUIDs, dates, paths, enums and containers of them."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, UUID | PurePath):
        return str(value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Unset):
        return None
    return value


def text_or_empty(value: object) -> str:
    """A model's optional text field as text: "" where the platform sent null or nothing."""
    return value if isinstance(value, str) else ""


def as_uuid(value: object, what: str) -> UUID:
    """`value` as a UUID, or `InvalidInputError` naming `what` it should have been."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise InvalidInputError(f"{value!r} is not a valid {what}") from None


def wire_inputs(values: Mapping[str, object]) -> JobInputs:
    """The body of a job creation: tuples become lists, None values are left out."""
    plain = {
        key: list(v) if isinstance(v, tuple) else v for key, v in values.items() if v is not None
    }
    return as_job_inputs(plain)  # type: ignore[arg-type]


# -- metadata -----------------------------------------------------------------------------------
def metadata_update(metadata: Mapping[str, object]) -> JobMetadataUpdate:
    """A metadata body, refusing values the platform cannot store (not bool/int/float/str)."""
    if not isinstance(metadata, Mapping):
        raise InvalidInputError(f"metadata must be a mapping, got {type(metadata).__name__}")
    wrong = [
        f"{k}={v!r}" for k, v in metadata.items() if not isinstance(v, bool | int | float | str)
    ]
    if wrong:
        raise InvalidInputError(
            "metadata values must be booleans, numbers or strings: " + ", ".join(wrong)
        )
    return JobMetadataUpdate(
        metadata=JobMetadataUpdateMetadata.from_dict({str(k): v for k, v in metadata.items()})
    )


def metadata_values(metadata: JobMetadata) -> dict[str, MetadataValue]:
    return dict(metadata.metadata.additional_properties)


def _filter_matches(meta: Mapping[str, object], text: str) -> bool:
    key, sep, pattern = text.partition(":")
    if key not in meta:
        return False
    value = meta[key]
    shown = json.dumps(value) if isinstance(value, bool) else str(value)
    return fnmatch.fnmatchcase(shown, pattern if sep else "*")


def metadata_matches(
    meta: Mapping[str, object],
    metadata_any: Sequence[str] | None,
    metadata_all: Sequence[str] | None,
) -> bool:
    """The platform's `key:glob` filters, applied locally (for study jobs)."""
    if metadata_any and not any(_filter_matches(meta, f) for f in metadata_any):
        return False
    return all(_filter_matches(meta, f) for f in metadata_all or ())


class MetadataFilters(TypedDict):
    metadata_any: list[str] | None
    metadata_all: list[str] | None


def filter_params(
    metadata_any: Sequence[str] | None, metadata_all: Sequence[str] | None
) -> MetadataFilters:
    """The `key:glob` filters as the listing of all solver jobs takes them."""
    return MetadataFilters(
        metadata_any=list(metadata_any or []) or None,
        metadata_all=list(metadata_all or []) or None,
    )


# -- logs ---------------------------------------------------------------------------------------
def write_log(data: bytes, dest_dir: Path, job_id: UUID, extract: bool) -> Path:
    """Save a log archive as `dest_dir/<id>_logs.zip`; with `extract`, unpack it safely into
    `dest_dir/<id>_logs/` and return that folder instead."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    archive = dest_dir / f"{job_id}_logs.zip"
    archive.write_bytes(data)
    if not extract:
        return archive
    folder = dest_dir / f"{job_id}_logs"
    safe_extract(archive, folder)
    return folder

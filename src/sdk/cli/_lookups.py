"""Finding what a command names: a solver by its short name, a release, a job by its name
or id; a short name that matches nothing is not found (exit 4), one that matches several is a
usage error."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

import typer

from sdk.cli._common import ExitCode, fail

if TYPE_CHECKING:
    from sdk import ApiClient, JobHandle, SolverRelease

T = TypeVar("T")


def solver_key(client: ApiClient, text: str) -> str:
    """A full solver key; a short name (`sleeper`) is looked up among the solvers."""
    if "/" in text:
        return text
    from sdk import SolversApi

    matches = sorted(
        {s.id for s in SolversApi(client).iter_solvers() if s.id.rsplit("/", 1)[-1] == text}
    )
    return only_match(
        matches,
        none=f"no solver named {text!r}",
        url="/v0/solvers",
        several=f"{text!r} names several solvers: {', '.join(matches)}",
    )


def solver_release(client: ApiClient, solver: str, version: str | None) -> SolverRelease:
    """The release `version` (None: the latest) of the solver `solver` names (`solver_key`)."""
    from sdk import SolverRelease

    return SolverRelease.get(client, solver_key(client, solver), version)


def only_match(matches: Sequence[T], *, none: str, url: str, several: str) -> T:
    """The one thing a short name found: not found (exit 4, `none` says what was looked for
    at `url`) when nothing matches, a usage error (`several`) when more than one does."""
    from sdk import NotFoundError

    if not matches:
        raise NotFoundError(404, [none], method="GET", url=url, body=None)
    if len(matches) > 1:
        fail(several, ExitCode.USAGE)
    return matches[0]


def job_handle(
    client: ApiClient, job: str, *, solver: str | None = None, version: str | None = None
) -> JobHandle:
    """A job from its name (`solvers/<key>/releases/<version>/jobs/<id>`, as printed by
    `run` and `jobs create`), or from its id with --solver/--version, or by looking it up."""
    from sdk import JobHandle, NotFoundError, SolversApi

    if "/" in job:
        return JobHandle.from_name(client, job)
    try:
        job_id = UUID(job)
    except ValueError:
        raise typer.BadParameter(f"{job!r} is neither a job name nor a job id") from None
    if solver is not None:
        return solver_release(client, solver, version).job(job_id)
    for found in SolversApi(client).iter_all_jobs():
        if found.id == job_id:
            return JobHandle.from_name(client, found.name)
    raise NotFoundError(404, [f"no solver job {job_id}"], method="GET", url="/v0/solvers/-/jobs")

"""The tutorial workflow under faults, and the soak that runs many of them at once.

Used by the tests in this folder (short runs) and by `scripts/soak.py` (long runs by hand).

One workflow is the oSPARC tutorial: upload `single_number.txt` (its own content, so its own
file), create a sleeper job with it, tag the job (custom metadata), start it, wait, read the
outputs, download `output_1` and check it against its checksum and the value the platform
computes for that job, download the uploaded file back and compare it with the original, and
read the log archive. It is an `async def` over `do(...)`, so the same body runs with the
blocking SDK (in threads) and with `sdk.aio`.

The soak checks, at the end, through the API (with a patient retry policy, faults still on):
  - every workflow succeeded or failed with an `sdk.SdkError` (never a raw exception);
  - no job was created twice: each job's inputs are unique to its workflow (its own input file,
    or its own `input_4` within a batch), so two jobs with the same `inputs_checksum` would be
    a create repeated by a retry; and each workflow's tag is on at most one job, the one its
    create returned;
  - nothing is corrupted or lost: downloads match their checksums and the expected content,
    every job a create returned exists, and no partial file (`*.part`) is left anywhere.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import inspect
import io
import logging
import os
import random
import time
import zipfile
from collections import Counter
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from osparc_platform_server.faults import read_journal
from osparc_platform_server.sleeper import results as sleeper_results

import sdk
import sdk.aio
from sdk.testing import LocalPlatform

T = TypeVar("T")

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"
#: Parts of 16 KiB: input files of 5-40 KiB go up in 1-3 parts, each a request that may fail.
CHUNK_SIZE = 16 * 1024
#: Patient enough for a 10% fault rate (8 tries fail together once in 10**8), quick to retry.
SOAK_POLICY = sdk.RetryPolicy(
    max_attempts=8, backoff=0.05, max_backoff=1.0, jitter=0.25, max_retry_after=0.5
)
#: For the final checks: they must not fail because of a fault.
VERIFY_POLICY = sdk.RetryPolicy(
    max_attempts=16, backoff=0.02, max_backoff=0.5, jitter=0.25, max_retry_after=0.2
)
JOB_DEADLINE = 120.0
#: Fault kinds after which the request was carried out but its answer did not arrive.
ANSWER_LOST = frozenset({"500", "502", "504", "reset-mid", "truncate", "lost"})


def fault_env(
    rate: float,
    seed: int,
    *,
    kinds: str = "",
    slow: float = 0.3,
    paths: str = "",
    methods: str = "",
    chunk_size: int = CHUNK_SIZE,
) -> dict[str, str]:
    """`LocalPlatform(env=...)` settings that turn fault injection on."""
    env = {
        "PLATFORM_FAULT_RATE": str(rate),
        "PLATFORM_FAULT_SEED": str(seed),
        "PLATFORM_FAULT_SLOW": str(slow),
        "PLATFORM_UPLOAD_CHUNK_SIZE": str(chunk_size),
    }
    if kinds:
        env["PLATFORM_FAULT_KINDS"] = kinds
    if paths:
        env["PLATFORM_FAULT_PATHS"] = paths
    if methods:
        env["PLATFORM_FAULT_METHODS"] = methods
    return env


async def do(value: Awaitable[T] | T) -> T:
    """The value of a blocking call, or the awaited value of an async one."""
    if inspect.isawaitable(value):
        return await value
    return value


def namespace(client: Any) -> Any:
    return sdk.aio if isinstance(client, sdk.aio.ApiClient) else sdk


# -- what the SDK logged ------------------------------------------------------------------------
class SdkLog(logging.Handler):
    """Counts the SDK's recovery messages (logger "sdk", INFO)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0
        self.part_resends = 0
        self.download_resumes = 0
        self.upload_resumes = 0
        self.upload_resume_messages: list[str] = []
        #: Downloads and log archives that arrived damaged and were fetched again.
        self.download_refetches = 0
        self.archive_refetches = 0
        #: Job creations whose answer was lost, and whose job the SDK found on the platform.
        self.found_lost_jobs = 0
        #: Job creations whose answer was lost, that had created nothing, sent again.
        self.creations_sent_again = 0

    def emit(self, record: logging.LogRecord) -> None:  # called under the handler's lock
        message = record.getMessage()
        if message.startswith("retrying "):
            self.retries += 1
        elif message.startswith("part ") and "sending it again" in message:
            self.part_resends += 1
        elif message.startswith("download of ") and "fetching it again" in message:
            self.download_refetches += 1
        elif message.startswith("the log archive of job ") and "fetching it again" in message:
            self.archive_refetches += 1
        elif message.startswith("download of ") and "resuming" in message:
            self.download_resumes += 1
        elif message.startswith("the answer to a job creation was lost"):
            self.found_lost_jobs += 1
        elif message.startswith("job creation lost its answer"):
            self.creations_sent_again += 1
        elif message.startswith("resuming the upload"):
            self.upload_resumes += 1
            self.upload_resume_messages.append(message)


@contextmanager
def sdk_log() -> Iterator[SdkLog]:
    logger = logging.getLogger("sdk")
    handler = SdkLog()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


# -- one workflow -------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What became of one workflow (or one job of a batch)."""

    name: str
    ok: bool = False
    step: str = "start"
    error: BaseException | None = None
    job_id: UUID | None = None
    create_sent: bool = False
    #: The metadata (key, value) its job carries once the workflow succeeded.
    tag: tuple[str, str] | None = None
    corrupted: list[str] = field(default_factory=list)

    @property
    def typed_failure(self) -> bool:
        return self.error is None or isinstance(self.error, sdk.SdkError)

    def describe(self) -> str:
        what = f"{type(self.error).__name__}: {self.error}" if self.error else "ok"
        return f"{self.name} at {self.step}: {what}"


def number_content(index: int, seed: int) -> bytes:
    """A `single_number.txt` of its own: a number unique to the workflow, then 5-40 KiB of
    blank padding (the sleeper reads the number; the padding makes the upload multipart)."""
    padding = random.Random(f"{seed}:{index}").randint(5 * 1024, 40 * 1024)
    return f"{index + 1}\n".encode() + b" " * padding + b"\n"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def wait_for_job(solvers: Any, job_id: UUID, deadline: float = JOB_DEADLINE) -> Any:
    """Poll `inspect_job` until the job ends (`sdk.JobTimeoutError` after `deadline` s)."""
    ends = time.monotonic() + deadline
    delay = 0.02
    while True:
        status = await do(solvers.inspect_job(SLEEPER, VERSION, job_id))
        if status.state.value in ("SUCCESS", "FAILED", "ABORTED"):
            return status
        if time.monotonic() > ends:
            raise sdk.JobTimeoutError(job_id, deadline, status)
        await asyncio.sleep(delay)
        delay = min(delay * 1.5, 0.5)


async def tutorial_workflow(
    client: Any,
    folder: Path,
    *,
    index: int,
    seed: int = 0,
    tag: str = "",
    journal_dir: Path | None = None,
    upload_concurrency: int = 4,
    sleep: int = 1,
) -> Outcome:
    """The tutorial with `client` (an `sdk.ApiClient` or an `sdk.aio.ApiClient`)."""
    ns = namespace(client)
    files, solvers = ns.FilesApi(client), ns.SolversApi(client)
    outcome = Outcome(folder.name)
    folder.mkdir(parents=True, exist_ok=True)
    content = number_content(index, seed)
    source = folder / "single_number.txt"
    source.write_bytes(content)
    options = sdk.UploadOptions(
        concurrency=upload_concurrency,
        journal_dir=journal_dir or folder.parent / "journals",
    )
    try:
        outcome.step = "upload"
        uploaded = await do(files.upload_file(source, options=options))
        if uploaded.checksum != sha256(content):
            outcome.corrupted.append(f"{outcome.name}: uploaded checksum {uploaded.checksum}")
        outcome.step = "create"
        outcome.create_sent = True
        job = await do(
            solvers.create_job(SLEEPER, VERSION, {"input_1": uploaded, "input_2": sleep})
        )
        outcome.job_id = job.id
        outcome.step = "metadata"
        outcome.tag = ("workflow", tag or outcome.name)
        body = sdk.JobMetadataUpdate.from_dict({"metadata": dict([outcome.tag])})
        await do(solvers.replace_job_custom_metadata(SLEEPER, VERSION, job.id, body=body))
        outcome.step = "start"
        await do(solvers.start_job(SLEEPER, VERSION, job.id))
        outcome.step = "wait"
        status = await wait_for_job(solvers, job.id)
        if status.state.value != "SUCCESS":
            outcome.corrupted.append(f"{outcome.name}: job {job.id} ended {status.state.value}")
            return outcome
        outcome.step = "outputs"
        outputs = await do(solvers.get_job_outputs(SLEEPER, VERSION, job.id))
        output = outputs.results.additional_properties["output_1"]
        outcome.step = "download output_1"
        (folder / "output").mkdir(exist_ok=True)
        path = await do(files.download_file(output.id, folder / "output"))
        expected = f"{sleeper_results(str(job.id))[0]}\n".encode()
        data = path.read_bytes()
        if sha256(data) != output.checksum or data != expected:
            outcome.corrupted.append(f"{outcome.name}: output_1 holds {data[:20]!r}")
        outcome.step = "download input"
        (folder / "input-back").mkdir(exist_ok=True)
        back = await do(files.download_file(uploaded.id, folder / "input-back"))
        if back.read_bytes() != content:
            outcome.corrupted.append(f"{outcome.name}: the input came back different")
        outcome.step = "log file"
        archive = await do(solvers.get_job_output_logfile(SLEEPER, VERSION, job.id))
        with zipfile.ZipFile(io.BytesIO(archive)) as logs:
            text = "".join(logs.read(name).decode() for name in logs.namelist())
        if "Sleeper finished: SUCCESS" not in text:
            outcome.corrupted.append(f"{outcome.name}: the log does not tell the job succeeded")
        outcome.step = "done"
        outcome.ok = not outcome.corrupted
    except Exception as error:  # judged by the caller: it must be an sdk.SdkError
        outcome.error = error
    return outcome


# -- a batch: run_many ---------------------------------------------------------------------------
def batch_workflow(
    client: sdk.ApiClient, folder: Path, *, batch: int, size: int, seed: int
) -> list[Outcome]:
    """`SolverRelease.run_many` over `size` jobs sharing an input file of their own batch, each
    with its own `input_4`; then every `output_1` is downloaded and checked."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "single_number.txt"
    source.write_bytes(number_content(1_000_000 + batch, seed))
    outcomes = [Outcome(f"{folder.name}-{k}", tag=("batch", folder.name)) for k in range(size)]
    try:
        release = sdk.SolverRelease.get(client, SLEEPER, VERSION)
        items = [{"input_1": source, "input_2": 1, "input_4": k} for k in range(size)]
        results = release.run_many(
            items, concurrency=4, timeout=JOB_DEADLINE, metadata={"batch": folder.name}
        )
    except Exception as error:
        for outcome in outcomes:
            outcome.error = error
        return outcomes
    files = sdk.FilesApi(client)
    for outcome, result in zip(outcomes, results, strict=True):
        outcome.create_sent = True
        outcome.job_id = result.job_id
        if not result.ok:
            outcome.step = "run_many"
            outcome.error = result.exception or sdk.JobFailedError(result)
            continue
        try:
            outcome.step = "download output_1"
            output = (result.outputs or {})["output_1"]
            target = folder / outcome.name
            target.mkdir(exist_ok=True)
            data = files.download_file(output.id, target).read_bytes()
            expected = f"{sleeper_results(str(result.job_id))[0]}\n".encode()
            if data != expected or sha256(data) != output.checksum:
                outcome.corrupted.append(f"{outcome.name}: output_1 holds {data[:20]!r}")
            outcome.step = "done"
            outcome.ok = not outcome.corrupted
        except Exception as error:
            outcome.error = error
    return outcomes


# -- the checks at the end ----------------------------------------------------------------------
def partial_files(root: Path) -> list[Path]:
    """Temporary download files left anywhere under `root` (none may be)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(".part"))


@dataclass
class JobCheck:
    jobs: int = 0
    duplicates: int = 0
    missing: int = 0
    orphans: int = 0
    tags_on_several_jobs: int = 0
    wrong_tags: int = 0


def check_jobs(client: sdk.ApiClient, outcomes: list[Outcome]) -> JobCheck:
    """No job twice, no job missing, tags where they belong (read through the API)."""
    solvers = sdk.SolversApi(client)
    jobs = list(solvers.iter_jobs(SLEEPER, VERSION))
    check = JobCheck(jobs=len(jobs))
    per_inputs = Counter(job.inputs_checksum for job in jobs)
    check.duplicates = sum(count - 1 for count in per_inputs.values())
    known = {o.job_id for o in outcomes if o.job_id is not None}
    listed = {job.id for job in jobs}
    check.missing = len(known - listed)
    # Jobs nobody was told about: a create whose every answer was lost. At most one per
    # create that did not return.
    check.orphans = len(listed - known)
    metadata: dict[UUID, dict[str, Any]] = {}
    ids = sorted(listed, key=str)
    for start in range(0, len(ids), 100):
        answer = solvers.batch_get_jobs_custom_metadata(job_ids=ids[start : start + 100])
        for item in answer.items:
            metadata[item.job_id] = dict(item.metadata.additional_properties)
    tags = Counter(m["workflow"] for m in metadata.values() if "workflow" in m)
    check.tags_on_several_jobs = sum(1 for count in tags.values() if count > 1)
    for outcome in outcomes:
        if outcome.ok and outcome.job_id is not None and outcome.tag is not None:
            key, value = outcome.tag
            if metadata.get(outcome.job_id, {}).get(key) != value:
                check.wrong_tags += 1
    return check


@dataclass
class Report:
    """The numbers of one soak."""

    workflows: int = 0
    batch_jobs: int = 0
    succeeded: int = 0
    mode: str = ""
    failures: list[str] = field(default_factory=list)
    untyped_failures: list[str] = field(default_factory=list)
    #: Every failure, counted by the class of its error (typed or not).
    failure_types: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    part_resends: int = 0
    download_resumes: int = 0
    upload_resumes: int = 0
    found_lost_jobs: int = 0
    creations_sent_again: int = 0
    download_refetches: int = 0
    archive_refetches: int = 0
    jobs: JobCheck = field(default_factory=JobCheck)
    corrupted: list[str] = field(default_factory=list)
    partial_files: list[str] = field(default_factory=list)
    unaccounted_orphans: int = 0
    #: Job creations the platform carried out but whose answer a fault replaced or cut.
    lost_create_answers: int = 0
    seconds: float = 0.0

    @property
    def data_lost(self) -> int:
        """Everything that must be 0: duplicated, missing or corrupted data, partial files."""
        return (
            self.jobs.duplicates
            + self.jobs.missing
            + self.jobs.tags_on_several_jobs
            + self.jobs.wrong_tags
            + self.unaccounted_orphans
            + len(self.corrupted)
            + len(self.partial_files)
        )

    @property
    def duplicated(self) -> int:
        """Jobs made twice, and jobs nobody was told about (the user pays, never sees them)."""
        return self.jobs.duplicates + self.jobs.tags_on_several_jobs + self.unaccounted_orphans

    @property
    def lost(self) -> int:
        """Jobs a caller was given that are gone or untagged, files left half-written."""
        return self.jobs.missing + self.jobs.wrong_tags + len(self.partial_files)

    @property
    def clean(self) -> bool:
        """What the soak demands: nothing lost, duplicated or corrupted, no workflow failed."""
        return self.data_lost == 0 and not self.failures

    def summary(self) -> str:
        return (
            f"{self.mode} idempotency keys: {self.lost} lost, {self.duplicated} duplicated, "
            f"{len(self.corrupted)} corrupted, {len(self.failures)} failed workflows "
            f"(of {self.workflows + self.batch_jobs}; {sum(self.faults.values())} faults)"
        )

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.faults.items())) or "none"
        types = ", ".join(f"{k} {n}" for k, n in sorted(self.failure_types.items())) or "none"
        lines = [
            f"soak ({self.mode} idempotency keys): {self.workflows} tutorial workflows and "
            f"{self.batch_jobs} run_many jobs in {self.seconds:.1f} s",
            f"  succeeded      {self.succeeded}",
            f"  failures       {len(self.failures)} (untyped: {len(self.untyped_failures)}; "
            f"by error: {types})",
            f"  faults         {sum(self.faults.values())} injected ({kinds})",
            f"  retries        {self.retries} (SDK 'retrying' log records)",
            f"  recoveries     {self.part_resends} part resends, {self.download_resumes} "
            f"download resumes, {self.upload_resumes} upload resumes",
            f"                 {self.download_refetches} damaged downloads and "
            f"{self.archive_refetches} damaged log archives fetched again",
            f"                 {self.found_lost_jobs} lost creations found, "
            f"{self.creations_sent_again} sent again",
            f"  jobs           {self.jobs.jobs} on the platform, {self.jobs.duplicates} "
            f"duplicated, {self.jobs.missing} missing, {self.jobs.orphans} orphaned by lost "
            f"answers ({self.lost_create_answers} creations lost their answer)",
            f"  data lost      {self.data_lost}",
            f"  in short       {self.summary()}",
        ]
        lines += [f"  failure: {f}" for f in self.failures[:20]]
        lines += [f"  CORRUPTED: {c}" for c in self.corrupted]
        lines += [f"  PARTIAL FILE: {p}" for p in self.partial_files]
        return lines

    def print(self) -> None:
        print("\n".join(self.lines()), flush=True)


@dataclass
class SoakConfig:
    """`workflows` tutorial workflows (or as many as `minutes` allow, when given; both: the
    first limit reached), with `threads` at once, beside `batches` run_many batches of
    `batch_size` jobs (more while the minutes last)."""

    workflows: int | None = 40
    minutes: float | None = None
    threads: int = 8
    batches: int = 2
    batch_size: int = 8
    rate: float = 0.1
    seed: int = 42
    time_scale: float = 0.01
    #: The platform ignores `Idempotency-Key`, like the real one.
    ignore_idempotency_keys: bool = False
    #: The longest a run may take beyond `minutes` (or, without minutes, in all).
    limit_seconds: float = 600.0

    @property
    def mode(self) -> str:
        return "ignoring" if self.ignore_idempotency_keys else "honouring"

    @property
    def fault_env(self) -> dict[str, str]:
        return fault_env(self.rate, self.seed)


def _run_one(client: sdk.ApiClient, root: Path, index: int, seed: int) -> Outcome:
    """Workflow `index`: with the shared blocking client, or (every other one) with an async
    client of its own, in an event loop of this thread."""
    folder = root / f"wf-{index:05d}"
    if index % 2 == 0:
        return asyncio.run(tutorial_workflow(client, folder, index=index, seed=seed))

    async def with_async_client() -> Outcome:
        async with sdk.aio.ApiClient.from_settings(client.settings) as aclient:
            return await tutorial_workflow(aclient, folder, index=index, seed=seed)

    return asyncio.run(with_async_client())


def run_soak(platform: LocalPlatform, config: SoakConfig, root: Path) -> Report:
    """Run the workflows (threads) and the batches (run_many, asyncio underneath) at once."""
    report = Report(mode=config.mode)
    began = time.monotonic()
    stop_at = began + (config.minutes * 60 if config.minutes else config.limit_seconds)
    hard_stop = stop_at + config.limit_seconds if config.minutes else stop_at
    limit = config.workflows if config.workflows is not None else 10**7
    outcomes: list[Outcome] = []
    kwargs = platform.client_kwargs(
        retry=SOAK_POLICY, timeout=10.0, token_cache=False, config_file=os.devnull
    )
    with sdk_log() as log, sdk.ApiClient(**kwargs) as client:
        with concurrent.futures.ThreadPoolExecutor(config.threads + 1) as pool:
            batches = pool.submit(_batches, client, root, config, stop_at)
            pending: set[concurrent.futures.Future[Outcome]] = set()
            index = 0
            while index < limit and time.monotonic() < stop_at:
                while len(pending) >= config.threads:
                    done, pending = concurrent.futures.wait(
                        pending, timeout=5.0, return_when=concurrent.futures.FIRST_COMPLETED
                    )
                    outcomes += [f.result() for f in done]
                    if time.monotonic() > hard_stop:
                        raise TimeoutError("the soak overran its time limit")
                pending.add(pool.submit(_run_one, client, root, index, config.seed))
                index += 1
            for future in concurrent.futures.as_completed(
                pending, timeout=max(1.0, hard_stop - time.monotonic())
            ):
                outcomes.append(future.result())
            batch_outcomes = batches.result(timeout=max(1.0, hard_stop - time.monotonic()))
        report.workflows = index
        report.batch_jobs = len(batch_outcomes)
        everything = outcomes + batch_outcomes
        report.retries = log.retries
        report.part_resends = log.part_resends
        report.download_resumes = log.download_resumes
        report.upload_resumes = log.upload_resumes
        report.found_lost_jobs = log.found_lost_jobs
        report.download_refetches = log.download_refetches
        report.archive_refetches = log.archive_refetches
        report.creations_sent_again = log.creations_sent_again
    verify = platform.client_kwargs(
        retry=VERIFY_POLICY, timeout=10.0, token_cache=False, config_file=os.devnull
    )
    with sdk.ApiClient(**verify) as checker:
        report.jobs = check_jobs(checker, everything)
    report.seconds = time.monotonic() - began
    report.succeeded = sum(o.ok for o in everything)
    for outcome in everything:
        report.corrupted += outcome.corrupted
        if outcome.error is not None:
            report.failures.append(outcome.describe())
            report.failure_types[type(outcome.error).__name__] += 1
            if not outcome.typed_failure:
                report.untyped_failures.append(outcome.describe())
    unanswered_creates = sum(o.create_sent and o.job_id is None for o in everything)
    report.unaccounted_orphans = max(0, report.jobs.orphans - unanswered_creates)
    report.partial_files = [str(p.relative_to(root)) for p in partial_files(root)]
    faults = read_journal(platform.data_dir / "faults.jsonl")
    report.faults = Counter(f["kind"] for f in faults)
    report.lost_create_answers = sum(
        f["method"] == "POST" and f["path"].endswith("/jobs") and f["kind"] in ANSWER_LOST
        for f in faults
    )
    return report


def _batches(
    client: sdk.ApiClient, root: Path, config: SoakConfig, stop_at: float
) -> list[Outcome]:
    """`config.batches` batches, one after the other; in a timed run, more until the time is up
    (at most 10 000)."""
    outcomes: list[Outcome] = []
    for batch in range(10_000):
        timed_out = time.monotonic() >= stop_at
        if batch >= config.batches and (not config.minutes or timed_out):
            break
        outcomes += batch_workflow(
            client,
            root / f"batch-{batch:04d}",
            batch=batch,
            size=config.batch_size,
            seed=config.seed,
        )
    return outcomes


def soak_platform(config: SoakConfig, data_dir: Path | None = None) -> LocalPlatform:
    """A platform for the soak: faults on at the configured rate."""
    return LocalPlatform(
        time_scale=config.time_scale,
        data_dir=data_dir,
        env=config.fault_env,
        ignore_idempotency_keys=config.ignore_idempotency_keys,
    )

"""Job creation that never leaves a second job behind, whether or not the server honours
`Idempotency-Key`: solver jobs here, study jobs (`api.studies.create_study_job`) through the
same code (`Creation` says what differs: the operation, its path, the runner's job listing).

A creation whose answer is lost (a dropped connection, a 502 from a gateway, a cut body) may
or may not have created a job. A server that honours idempotency keys makes this easy: the
creation is sent again with the same key and the server answers with the job the first
attempt made. The real platform does not (its spec has no such header), and sending the
creation again there makes a second job, which the user pays for and never sees.

So the SDK only sends a creation again blindly to a server it knows honours the key: one whose
spec declares the header on the operation (the generated function takes `idempotency_key`) and
that has answered a creation of this client with the key sent back (`Idempotency-Key` in the
answer; the reference server does, the real platform never does). Until then, every creation is
sent once (`SEND_ONCE`), and a lost answer is reconciled before anything else is sent:

1. The runner's (release's or study's) newest jobs are read (the listing is oldest first: its
   last pages), back to a few seconds (`CLOCK_TOLERANCE`) before the attempt was sent.
2. Candidates are the jobs created since then that no creation of this client has returned,
   and whose `inputs_checksum` is the one the platform computes for these inputs (its documented
   algorithm; checked against every creation answer, and not relied on if it ever disagrees).
3. One candidate, and no other creation of the same inputs under way in this client: it is the
   job the attempt made, and it is returned. None: nothing was created (after a timeout or a 504
   the server may still be working, so it looks once more after a pause), and the creation is
   sent again, within the retry policy's attempts. Anything else: the SDK cannot know, and says
   so with one `UncertainJobCreationError` naming the candidate jobs. It never guesses.

The decisions are written once, as a generator of actions (`_reconciling`) that the blocking
and the async drivers carry out.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime
import functools
import hashlib
import logging
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Generator, Iterator, Mapping
from types import ModuleType
from typing import Any, Protocol, TypedDict, cast

import attrs
import httpx
import osparc_sdk_generated.api.solvers.create_solver_job as _generated
from osparc_sdk_generated.client import AuthenticatedClient, Client
from osparc_sdk_generated.models import Job, JobInputs
from osparc_sdk_generated.types import UNSET, Response, Unset

from osparc_sdk_patches._operations import api_operations
from osparc_sdk_patches.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InvalidInputError,
    UncertainJobCreationError,
    UnexpectedResponseError,
    api_operation,
)
from osparc_sdk_patches.types import SEND_ONCE, RetryPolicy

__all__ = [
    "CLOCK_TOLERANCE",
    "Creation",
    "CreationOptions",
    "acreate_job_once",
    "acreate_solver_job",
    "create_job_once",
    "create_solver_job",
    "declares_idempotency_key",
    "inputs_checksum",
]

logger = logging.getLogger("sdk")

OPERATION = "create_solver_job"
#: How far the server's clock may be from this machine's, in seconds: a job created up to this
#: long before the attempt was sent may still be the one it created.
CLOCK_TOLERANCE = 5.0
#: Jobs read per page, and pages at most, when looking for the job of a lost answer.
PAGE = 50
MAX_PAGES = 10
#: Statuses after which the server may have created the job (the answer was lost on the way).
MAYBE_DONE_STATUSES = frozenset({408, 500, 502, 504})
#: Job ids returned by creations, remembered per client (the newest ones).
CLAIMED_MEMORY = 10_000
#: The fields of the platform's File model: a file input is hashed with all of them.
FILE_FIELDS = ("id", "filename", "content_type", "checksum", "e_tag")


@functools.cache
def declares_idempotency_key(operation_id: str = OPERATION) -> bool:
    """Whether the spec the SDK was generated from declares `Idempotency-Key` on this job
    creation (the generated operations table says; without it, no server can be trusted with
    it)."""
    return any(
        operation.operation_id == operation_id and operation.takes_idempotency_key
        for operation in api_operations().operations
    )


def inputs_checksum(values: Mapping[str, Any]) -> str:
    """The `inputs_checksum` the platform computes for job inputs (JSON values): SHA-256 of
    `key:value` for each key in sorted order, objects recursively in the same way, a file
    input with every field of the File model (absent ones as None)."""

    def canon(value: Any) -> str:
        if isinstance(value, Mapping):
            if "id" in value and "filename" in value:
                value = dict.fromkeys(FILE_FIELDS) | dict(value)
            return "{" + ",".join(f"{k}:{canon(value[k])}" for k in sorted(value)) + "}"
        return str(value)

    text = "".join(f"{key}:{canon(values[key])}" for key in sorted(values))
    return hashlib.sha256(text.encode()).hexdigest()


class Api(Protocol):
    """What a creation needs of the API class (`SolversApi`, `AsyncStudiesApi`, ...; named by
    what they do, not imported: they import this module)."""

    _client: AuthenticatedClient | Client
    _retry_policy: RetryPolicy


class Solvers(Api, Protocol):
    def list_jobs_paginated(
        self, solver_key: str, version: str, *, limit: int | Unset = ..., offset: int | Unset = ...
    ) -> Any: ...


class CreationOptions(TypedDict, total=False):
    """The keyword options of a job creation, declared once for solver and study jobs (named
    as the generated operations name them; one left out takes the operation's default:
    `hidden=True`, the others unset)."""

    hidden: bool | Unset
    x_simcore_parent_project_uuid: Unset | uuid.UUID | None
    x_simcore_parent_node_id: Unset | uuid.UUID | None
    idempotency_key: str | Unset | None


@attrs.frozen
class Creation:
    """One kind of job creation: the operation (its generated module has `sync_detailed` and
    `asyncio_detailed`), the path arguments naming the runner, and a page of the runner's jobs
    (`page(limit, offset)`, oldest first; a `PageJob`, or an awaitable of one)."""

    operation: str
    generated: ModuleType
    path: tuple[Any, ...]
    page: Callable[[int, int], Any]


# -- what a client has learned about its server -------------------------------------------------
@attrs.define
class _Checksums:
    """Whether our checksums of inputs agree with a server's (None: not seen yet). The
    algorithm is the server software's, so this is learned once per server address."""

    agree: bool | None = None


_CHECKSUMS: dict[str, _Checksums] = {}


@attrs.define
class _Server:
    """What one client knows of its server. Shared by the threads (or tasks) of the client."""

    checksums: _Checksums
    lock: threading.Lock = attrs.field(factory=threading.Lock)
    #: It has sent an honoured key back: lost answers are retried with the same key.
    honours_keys: bool = False
    #: Jobs creations of this client returned: never another creation's lost job.
    claimed: collections.OrderedDict[uuid.UUID, None] = attrs.field(factory=collections.OrderedDict)
    #: Creations under way, per runner and inputs checksum.
    under_way: collections.Counter[tuple[Any, ...]] = attrs.field(factory=collections.Counter)

    def claim(self, job: Job, checksum: str) -> None:
        with self.lock:
            self.claimed[job.id] = None
            while len(self.claimed) > CLAIMED_MEMORY:
                self.claimed.popitem(last=False)
            if self.checksums.agree is not False:
                self.checksums.agree = job.inputs_checksum == checksum


_SERVERS: weakref.WeakKeyDictionary[object, _Server] = weakref.WeakKeyDictionary()
_SERVERS_LOCK = threading.Lock()


def _server(http: httpx.Client | httpx.AsyncClient) -> _Server:
    with _SERVERS_LOCK:
        known = _SERVERS.get(http)
        if known is None:
            origin = str(http.base_url)
            checksums = _CHECKSUMS.setdefault(origin, _Checksums())
            known = _SERVERS[http] = _Server(checksums)
        return known


# -- the decisions, free of I/O ------------------------------------------------------------------
@attrs.frozen
class _Send:
    """Send the creation once; the answer (a `Response`) or the error comes back."""

    trust_key: bool


@attrs.frozen
class _Page:
    """Read `limit` jobs of the release from `offset` (a `PageJob` comes back)."""

    limit: int
    offset: int


@attrs.frozen
class _Sleep:
    seconds: float


_Action = _Send | _Page | _Sleep


def _may_have_acted(error: Exception) -> bool:
    """Whether the server may have created the job although the client got no answer."""
    if isinstance(error, ApiError):
        return error.status_code in MAYBE_DONE_STATUSES
    if isinstance(error, ApiConnectionError):
        return not isinstance(error.__cause__, httpx.ConnectError | httpx.ConnectTimeout)
    return isinstance(error, UnexpectedResponseError)


def _may_still_be_working(error: Exception) -> bool:
    return isinstance(error, ApiTimeoutError) or (
        isinstance(error, ApiError) and error.status_code == 504
    )


def _created_at(job: Job) -> float:
    stamp = job.created_at
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=datetime.UTC)
    return stamp.timestamp()


def _newest_jobs(since: float) -> Generator[_Action, Any, tuple[list[Job], bool]]:
    """The runner's jobs created at `since` or later (and whether all of them were seen)."""
    total = (yield _Page(1, 0)).total
    found: list[Job] = []
    end = total
    for _ in range(MAX_PAGES):
        if end <= 0:
            return found, True
        offset = max(0, end - PAGE)
        items = list((yield _Page(end - offset, offset)).items)
        found += [job for job in items if _created_at(job) >= since]
        if not items or _created_at(items[0]) < since:
            return found, True
        end = offset
    return found, end <= 0


def _look_for_it(
    server: _Server, checksum: str, slot: tuple[Any, ...], sent_at: float
) -> Generator[_Action, Any, list[Job]]:
    """The jobs that may be the one a lost attempt created (see the module's docstring)."""
    jobs, complete = yield from _newest_jobs(sent_at - CLOCK_TOLERANCE)
    with server.lock:
        unclaimed = [job for job in jobs if job.id not in server.claimed]
        agree = server.checksums.agree
        others = server.under_way[slot] - 1
    same_inputs = [job for job in unclaimed if job.inputs_checksum == checksum]
    if same_inputs:  # a SHA-256 match: the algorithm agrees
        with server.lock:
            server.checksums.agree = True
        if len(same_inputs) > 1 or others > 0 or not complete:
            raise _uncertain(
                "several jobs with these inputs were created meanwhile"
                if len(same_inputs) > 1
                else "another creation of the same inputs is under way in this client",
                same_inputs,
            )
        return same_inputs
    if not complete:
        raise _uncertain("too many jobs were created meanwhile to look at them all", [])
    if agree is not True and unclaimed:
        # The platform's checksum cannot be relied on: any new job may be the one.
        raise _uncertain("jobs were created meanwhile and cannot be told apart", unclaimed)
    return []


def _uncertain(reason: str, jobs: list[Job]) -> UncertainJobCreationError:
    return UncertainJobCreationError(
        f"the answer to the creation was lost and {reason}", [job.id for job in jobs]
    )


def _reconciling(
    server: _Server, checksum: str, slot: tuple[Any, ...], policy: RetryPolicy, operation: str
) -> Generator[_Action, Any, Job]:
    """Create the job: send, and after a lost answer, find its job or send again."""
    attempt = 1
    while True:
        trust = server.honours_keys
        sent_at = time.time()
        try:
            response = yield _Send(trust_key=trust)
        except Exception as error:
            if trust or not _may_have_acted(error):
                raise
            try:
                found = yield from _look_for_it(server, checksum, slot, sent_at)
                if not found and _may_still_be_working(error):
                    yield _Sleep(policy.delay(attempt))
                    found = yield from _look_for_it(server, checksum, slot, sent_at)
            except UncertainJobCreationError:
                raise
            except Exception as unreadable:
                raise UncertainJobCreationError(
                    f"the answer to the creation was lost ({type(error).__name__}), and the "
                    f"runner's jobs could not be read to find out ({unreadable})",
                    [],
                ) from error
            if found:
                (job,) = found
                logger.info("the answer to a job creation was lost; it had created job %s", job.id)
                server.claim(job, checksum)
                return job
            if attempt >= policy.max_attempts:
                raise
            wait = policy.delay(attempt)
            logger.info(
                "job creation lost its answer (%s) and created no job; sending it again "
                "(attempt %d of %d) in %.2fs",
                type(error).__name__,
                attempt + 1,
                policy.max_attempts,
                wait,
            )
            yield _Sleep(wait)
            attempt += 1
            continue
        job = response.parsed
        if not isinstance(job, Job):
            raise UnexpectedResponseError(f"{operation}: the answer holds no job")
        server.claim(job, checksum)
        return job


# -- the drivers --------------------------------------------------------------------------------
@attrs.frozen
class _Call:
    """One creation: its checked arguments, its key, and what its client knows."""

    creation: Creation
    body: JobInputs
    headers: dict[str, Any]
    key: str
    server: _Server
    checksum: str
    policy: RetryPolicy

    @classmethod
    def of(
        cls,
        api: Api,
        http: httpx.Client | httpx.AsyncClient,
        creation: Creation,
        body: object,
        options: dict[str, Any],
    ) -> _Call:
        if not isinstance(body, JobInputs):
            raise InvalidInputError(
                f"{creation.operation}: body must be a JobInputs, not {type(body).__name__}"
            )
        key = options.pop("idempotency_key", UNSET)
        return cls(
            creation,
            body,
            options,
            key if isinstance(key, str) else uuid.uuid4().hex,
            _server(http),
            inputs_checksum(body.to_dict()["values"]),
            api._retry_policy,
        )

    def kwargs(self) -> dict[str, Any]:
        args = {"body": self.body, **self.headers}
        if declares_idempotency_key(self.creation.operation):
            args["idempotency_key"] = self.key
        return args

    @contextlib.contextmanager
    def under_way(self) -> Iterator[Generator[_Action, Any, Job]]:
        """The plan of this creation, counted among those under way while it runs."""
        slot = (self.creation.operation, *self.creation.path, self.checksum)
        with self.server.lock:
            self.server.under_way[slot] += 1
        try:
            yield _reconciling(
                self.server, self.checksum, slot, self.policy, self.creation.operation
            )
        finally:
            with self.server.lock:
                self.server.under_way[slot] -= 1
                if not self.server.under_way[slot]:
                    del self.server.under_way[slot]

    @contextlib.contextmanager
    def sending(self, action: _Send) -> Iterator[None]:
        token = SEND_ONCE.set(not action.trust_key)
        try:
            with api_operation(self.creation.operation):
                yield
        finally:
            SEND_ONCE.reset(token)

    def learn(self, response: Response[Any]) -> Response[Any]:
        """A server that sends the key back honours it: later lost answers are retried."""
        sent_back = response.headers.get("idempotency-key") == self.key
        if sent_back and declares_idempotency_key(self.creation.operation):
            self.server.honours_keys = True
        return response


def _step(
    plan: Generator[_Action, Any, Job], reply: Any, failure: Exception | None
) -> _Action | Job:
    """The plan's next action, or the job once it is done."""
    try:
        return plan.throw(failure) if failure is not None else plan.send(reply)
    except StopIteration as done:
        job: Job = done.value
        return job


def create_job_once(api: Api, creation: Creation, body: JobInputs, options: dict[str, Any]) -> Job:
    """Create a job: once, whatever answers are lost (module docstring). `options` are the
    generated operation's (hidden, parent ids, idempotency_key)."""
    client = cast(AuthenticatedClient, api._client)
    call = _Call.of(api, client.get_httpx_client(), creation, body, options)

    def carry_out(action: _Action) -> Any:
        if isinstance(action, _Send):
            with call.sending(action):
                response = creation.generated.sync_detailed(
                    *creation.path, client=client, **call.kwargs()
                )
            return call.learn(response)
        if isinstance(action, _Page):
            return creation.page(action.limit, action.offset)
        return time.sleep(action.seconds)

    with call.under_way() as plan:
        reply, failure = None, None
        while not isinstance(step := _step(plan, reply, failure), Job):
            reply, failure = None, None
            try:
                reply = carry_out(step)
            except Exception as error:
                failure = error
        return step


async def acreate_job_once(
    api: Api, creation: Creation, body: JobInputs, options: dict[str, Any]
) -> Job:
    """The async twin of `create_job_once`: the same plan, its actions awaited."""
    client = cast(AuthenticatedClient, api._client)
    call = _Call.of(api, client.get_async_httpx_client(), creation, body, options)

    async def carry_out(action: _Action) -> Any:
        if isinstance(action, _Send):
            with call.sending(action):
                response = await creation.generated.asyncio_detailed(
                    *creation.path, client=client, **call.kwargs()
                )
            return call.learn(response)
        if isinstance(action, _Page):
            return await creation.page(action.limit, action.offset)
        return await asyncio.sleep(action.seconds)

    with call.under_way() as plan:
        reply, failure = None, None
        while not isinstance(step := _step(plan, reply, failure), Job):
            reply, failure = None, None
            try:
                reply = await carry_out(step)
            except Exception as error:
                failure = error
        return step


def _release(api: Solvers, solver_key: str, version: str) -> Creation:
    def page(limit: int, offset: int) -> Any:
        return api.list_jobs_paginated(solver_key, version, limit=limit, offset=offset)

    return Creation(OPERATION, _generated, (solver_key, version), page)


def create_solver_job(
    api: Solvers, solver_key: str, version: str, *, body: JobInputs, **options: Any
) -> Job:
    """Create a job of a solver release: once, whatever answers are lost (module docstring)."""
    return create_job_once(api, _release(api, solver_key, version), body, options)


async def acreate_solver_job(
    api: Solvers, solver_key: str, version: str, *, body: JobInputs, **options: Any
) -> Job:
    """The async twin of `create_solver_job`."""
    return await acreate_job_once(api, _release(api, solver_key, version), body, options)

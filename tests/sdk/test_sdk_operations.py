"""Every operation of openapi.json, called through the SDK, blocking and awaitable, over HTTP.

One scenario per tag, run once with `sdk` and once with `sdk.aio` against the real reference
server. Their traffic is recorded per flavour, and the last test fails if any operation id of
the spec was not answered successfully in both flavours.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from osparc_sdk_generated.api.files import upload_file as legacy_upload
from osparc_sdk_generated.models import (
    BodyAbortMultipartUpload,
    BodyCloneStudy,
    BodyCompleteMultipartUpload,
    BodyUploadFile,
    CreateResponseRequest,
    FileUploadCompletionBody,
    FunctionJobCollection,
    LicensedItemCheckoutData,
    ProfileUpdate,
    RefreshRequest,
    RegisteredSolverFunction,
    RevokeRequest,
    SolverFunction,
    SolverFunctionJob,
    UserFile,
    ValidateFunctionInputsBodyType0,
)
from osparc_sdk_generated.types import File as UploadPayload
from sdk_testkit import (
    SLEEPER,
    SLEEPER_RELEASES,
    TERMINAL,
    Flavor,
    Traffic,
    do,
    load_operations,
    operation_for,
    wait_until,
)

import sdk

VERSION = "2.1.6"
SEMVER = re.compile(r"^\d+\.\d+\.\d+")
#: Operations whose only possible answer is an error: they count when that error came back.
ERROR_ONLY = {"get_study_job": 501}

_logs = {"sync": Traffic("sync"), "async": Traffic("async")}
_completed: set[tuple[str, str]] = set()


@pytest.fixture
def logged(flavor: Flavor) -> Flavor:
    """The flavour, with its traffic recorded in the operation log."""
    return Flavor(flavor.name, operation_log=_logs[flavor.name])


def _done(tag: str, flavor: Flavor) -> None:
    _completed.add((tag, flavor.name))


# -- meta, users, credits, wallets --------------------------------------------------------------
def test_meta(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        meta = await do(logged.ns.MetaApi(client).get_service_metadata())
        assert meta.name == "simcore_service_api_server"
        assert SEMVER.match(meta.version)
        assert meta.docs_url.startswith("http")

    logged.run(scenario, **account)
    _done("meta", logged)


def test_users(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        users = logged.ns.UsersApi(client)
        before = await do(users.get_my_profile())
        assert before.login.endswith("@example.com")
        assert before.id > 0
        name = f"Ada-{logged.name}"
        updated = await do(
            users.update_my_profile(body=ProfileUpdate(first_name=name, last_name="Lovelace"))
        )
        assert (updated.id, updated.first_name, updated.last_name) == (before.id, name, "Lovelace")
        assert (await do(users.get_my_profile())).first_name == name

    logged.run(scenario, **account)
    _done("users", logged)


def test_credits(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        price = await do(logged.ns.CreditsApi(client).get_credits_price())
        assert price.product_name == "osparc"
        assert price.usd_per_credit is not None
        assert price.usd_per_credit > 0

    logged.run(scenario, **account)
    _done("credits", logged)


def test_wallets(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        wallets = logged.ns.WalletsApi(client)
        default = await do(wallets.get_default_wallet())
        assert default.wallet_id > 0
        assert default.available_credits > 0
        same = await do(wallets.get_wallet(default.wallet_id))
        assert (same.wallet_id, same.name, same.owner) == (
            default.wallet_id,
            default.name,
            default.owner,
        )

    logged.run(scenario, **account)
    _done("wallets", logged)


# -- auth (our token extension) -----------------------------------------------------------------
def test_auth(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        auth = logged.ns.AuthApi(client)
        first = await do(auth.create_token())  # signed with the key and secret (Basic)
        assert first.access_token
        assert first.refresh_token
        assert first.expires_in > 0
        second = await do(
            auth.refresh_token(body=RefreshRequest(refresh_token=first.refresh_token))
        )
        assert second.access_token != first.access_token
        assert second.refresh_token != first.refresh_token

        def as_bearer(token: str) -> Any:
            # httpx.Auth() sends the request as it is, so the Bearer header below is used.
            headers = {"Authorization": f"Bearer {token}"}
            return client.http.get("/v0/me", auth=httpx.Auth(), headers=headers)

        assert (await do(as_bearer(second.access_token))).status_code == 200
        assert await do(auth.revoke_token(body=RevokeRequest(token=second.access_token))) is None
        with pytest.raises(sdk.AuthenticationError):
            await do(as_bearer(second.access_token))

    logged.run(scenario, **account)
    _done("auth", logged)


# -- files --------------------------------------------------------------------------------------
def test_files(logged: Flavor, account: dict[str, Any], tmp_path: Path) -> None:
    content = f"files scenario {logged.name} {uuid.uuid4()}\n".encode()
    sha256 = hashlib.sha256(content).hexdigest()
    source = tmp_path / f"notes-{logged.name}.txt"
    source.write_bytes(content)

    async def scenario(client: Any) -> None:
        files = logged.ns.FilesApi(client)
        # The transfer protocol: search (dedup), upload links, part PUTs, complete.
        uploaded = await do(files.upload_file(source))
        assert isinstance(uploaded, sdk.FileMeta)
        assert (uploaded.filename, uploaded.checksum) == (source.name, sha256)

        meta = await do(files.get_file(uploaded.id))
        assert (meta.id, meta.filename, meta.checksum) == (uploaded.id, source.name, sha256)
        assert uploaded.id in {f.id for f in await do(files.list_files())}
        found = await do(files.search_files_page(sha256_checksum=sha256, limit=10, offset=0))
        assert [f.id for f in found.items] == [uploaded.id]
        assert found.total == 1

        # The download: a redirect to a presigned link, then the bytes.
        target = await do(files.download_file(uploaded.id, tmp_path / "out.txt"))
        assert target.read_bytes() == content

        # The one-shot multipart/form-data upload (PUT /v0/files/content) is shadowed on FilesApi
        # by the transfer protocol; it is reached through the generated module with the SDK's
        # configured client (auth, retries and typed errors still apply).
        body = BodyUploadFile(
            file=UploadPayload(payload=io.BytesIO(content), file_name="legacy.txt")
        )
        call = legacy_upload.asyncio if logged.is_async else legacy_upload.sync
        legacy = await do(call(client=client.generated, body=body))
        assert isinstance(legacy, sdk.FileMeta)
        assert (legacy.filename, legacy.checksum) == ("legacy.txt", sha256)

        # An upload that is opened, then abandoned: it cannot be completed afterwards.
        client_file = UserFile(filename="abandoned.bin", filesize=3, sha256_checksum="0" * 64)
        links = await do(files.get_upload_links(body=client_file))
        assert len(links.upload_schema.urls) == 1
        await do(
            files.abort_multipart_upload(
                links.file_id, body=BodyAbortMultipartUpload(client_file=client_file)
            )
        )
        completion = BodyCompleteMultipartUpload(
            client_file=client_file, uploaded_parts=FileUploadCompletionBody(parts=[])
        )
        with pytest.raises(sdk.ConflictError):
            await do(files.complete_multipart_upload(links.file_id, body=completion))

        for file_id in (uploaded.id, legacy.id):
            await do(files.delete_file(file_id))
            with pytest.raises(sdk.NotFoundError):
                await do(files.get_file(file_id))

    logged.run(scenario, **account)
    _done("files", logged)


# -- solvers and their jobs ---------------------------------------------------------------------
def test_solvers(logged: Flavor, account: dict[str, Any], sleeper_input: Any) -> None:
    async def scenario(client: Any) -> None:
        solvers = logged.ns.SolversApi(client)

        # The catalog.
        latest = await do(solvers.get_solver(SLEEPER))
        assert isinstance(latest, sdk.Solver)
        assert (latest.id, latest.version) == (SLEEPER, SLEEPER_RELEASES[-1])
        listed = await do(solvers.list_solvers())
        assert [s.version for s in listed if s.id == SLEEPER] == [latest.version]
        everything = await do(solvers.list_solvers_releases())
        assert [s.version for s in everything if s.id == SLEEPER] == SLEEPER_RELEASES
        page = await do(solvers.list_all_solvers_paginated(limit=1, offset=0))
        assert page.total >= 1
        assert len(page.items) == 1
        releases = await do(solvers.list_solver_releases(SLEEPER))
        assert [r.version for r in releases] == SLEEPER_RELEASES
        releases_page = await do(solvers.list_solver_releases_paginated(SLEEPER, limit=2, offset=1))
        assert releases_page.total == len(SLEEPER_RELEASES)
        assert [r.version for r in releases_page.items] == SLEEPER_RELEASES[1:3]
        release = await do(solvers.get_solver_release(SLEEPER, VERSION))
        assert (release.id, release.version) == (SLEEPER, VERSION)
        ports = await do(solvers.list_solver_ports(SLEEPER, VERSION))
        assert {(p.key, p.kind.value) for p in ports.items} == {
            ("input_1", "input"),
            ("input_2", "input"),
            ("input_3", "input"),
            ("input_4", "input"),
            ("output_1", "output"),
            ("output_2", "output"),
        }
        plan = await do(solvers.get_solver_pricing_plan(SLEEPER, VERSION))
        assert [u.default for u in plan.pricing_units].count(True) == 1

        # Jobs: create (the tutorial's mapping form, and the generated JobInputs form).
        job = await do(
            solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input, "input_2": 1})
        )
        assert isinstance(job, sdk.Job)
        assert job.runner_name.endswith(f"/releases/{VERSION}")
        inputs = sdk.JobInputs.from_dict(
            {"values": {"input_1": sleeper_input.to_dict(), "input_2": 65}}
        )
        other = await do(solvers.create_solver_job(SLEEPER, VERSION, body=inputs))
        assert other.id != job.id

        fetched = await do(solvers.get_job(SLEEPER, VERSION, job.id))
        assert (fetched.id, fetched.inputs_checksum) == (job.id, job.inputs_checksum)
        assert {job.id, other.id} <= {j.id for j in await do(solvers.list_jobs(SLEEPER, VERSION))}
        head = await do(solvers.list_jobs_paginated(SLEEPER, VERSION, limit=1, offset=0))
        tail = await do(
            solvers.list_jobs_paginated(SLEEPER, VERSION, limit=2, offset=head.total - 2)
        )
        assert [j.id for j in tail.items] == [job.id, other.id]

        # Custom metadata, and finding jobs by it.
        marker = uuid.uuid4().hex
        update = sdk.JobMetadataUpdate.from_dict({"metadata": {"scenario": marker, "n": 1}})
        replaced = await do(
            solvers.replace_job_custom_metadata(SLEEPER, VERSION, job.id, body=update)
        )
        assert replaced.metadata.to_dict() == {"scenario": marker, "n": 1}
        again = await do(solvers.get_job_custom_metadata(SLEEPER, VERSION, job.id))
        assert again.metadata.to_dict() == {"scenario": marker, "n": 1}
        by_metadata = await do(solvers.list_all_solvers_jobs(metadata_all=[f"scenario:{marker}"]))
        assert [j.id for j in by_metadata.items] == [job.id]
        assert by_metadata.total == 1
        batch = await do(solvers.batch_get_jobs_custom_metadata(job_ids=[job.id, other.id]))
        assert {m.job_id: m.metadata.to_dict() for m in batch.items} == {
            job.id: {"scenario": marker, "n": 1},
            other.id: {},
        }

        # Run it: start, follow the log stream to its end, inspect, read the results.
        started = await do(solvers.start_job(SLEEPER, VERSION, job.id))
        assert started.job_id == job.id
        assert started.state.value not in ("NOT_STARTED", "UNKNOWN")
        # The generated operation reads the ndjson stream to its end (the job's end) and
        # returns nothing: the lines themselves are not exposed (see the report).
        assert await do(solvers.get_log_stream(SLEEPER, VERSION, job.id)) is None
        status = await do(solvers.inspect_job(SLEEPER, VERSION, job.id))
        assert (status.state.value, status.progress) == ("SUCCESS", 100)
        assert status.stopped_at is not None
        outputs = await do(solvers.get_job_outputs(SLEEPER, VERSION, job.id))
        assert outputs.job_id == job.id
        assert isinstance(outputs.results["output_1"], sdk.FileMeta)
        assert 1 <= float(outputs.results["output_2"]) <= 9
        archive = await do(solvers.get_job_output_logfile(SLEEPER, VERSION, job.id))
        with zipfile.ZipFile(io.BytesIO(archive)) as logs:
            assert logs.namelist()
            assert all(n.endswith(".logs") for n in logs.namelist())
        wallet = await do(solvers.get_job_wallet(SLEEPER, VERSION, job.id))
        assert wallet.wallet_id > 0
        unit = await do(solvers.get_job_pricing_unit(SLEEPER, VERSION, job.id))
        assert unit.default is True

        # Stop a job that runs for a while (65 simulated seconds).
        await do(solvers.start_job(SLEEPER, VERSION, other.id))
        stopped = await do(solvers.stop_job(SLEEPER, VERSION, other.id))
        assert stopped.state.value == "ABORTED"

        # Clean up: assets first (the job stays), then the job.
        await do(solvers.delete_job_assets(SLEEPER, VERSION, job.id))
        with pytest.raises(sdk.ConflictError):
            await do(solvers.get_job_outputs(SLEEPER, VERSION, job.id))
        assert (await do(solvers.get_job(SLEEPER, VERSION, job.id))).id == job.id
        await do(solvers.delete_job(SLEEPER, VERSION, other.id))
        with pytest.raises(sdk.NotFoundError):
            await do(solvers.get_job(SLEEPER, VERSION, other.id))

    logged.run(scenario, **account)
    _done("solvers", logged)


def test_earlier_model_names_of_the_inputs_mapping_still_import() -> None:
    """The spec now names the job inputs' and outputs' mapping `KeywordArguments` (the
    platform's schema); the names the generator gave it before stay in `sdk.models`."""
    from sdk import models

    assert models.JobInputsValues is models.KeywordArguments
    assert models.JobOutputsResults is models.KeywordArguments
    assert "KeywordArguments" in models.__all__
    inputs = sdk.JobInputs(values=models.JobInputsValues.from_dict({"input_2": 3}))
    assert inputs.to_dict() == {"values": {"input_2": 3}}


def test_earlier_operation_names_warn_and_still_work(
    flavor: Flavor, account: dict[str, Any]
) -> None:
    """The three solver operations renamed to the platform's operationIds keep their old names."""

    async def scenario(client: Any) -> None:
        solvers = flavor.ns.SolversApi(client)
        with pytest.warns(DeprecationWarning, match=r"get_solvers_page\(\) is deprecated"):
            page = await do(solvers.get_solvers_page(limit=1))
        assert [s.id for s in page.items] == [
            s.id for s in (await do(solvers.list_all_solvers_paginated(limit=1))).items
        ]
        with pytest.warns(DeprecationWarning, match="list_solver_releases_paginated"):
            releases = await do(solvers.get_solver_releases_page(SLEEPER, limit=50))
        assert [r.version for r in releases.items] == SLEEPER_RELEASES
        # Errors are typed as for the new name.
        with (
            pytest.warns(DeprecationWarning, match="batch_get_jobs_custom_metadata"),
            pytest.raises(sdk.NotFoundError),
        ):
            await do(solvers.batch_get_jobs_metadata(job_ids=[uuid.uuid4()]))

    flavor.run(scenario, **account)


# -- studies and their jobs ---------------------------------------------------------------------
def test_studies(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        studies = logged.ns.StudiesApi(client)
        listing = await do(studies.list_studies(limit=50, offset=0))
        template = listing.items[0]  # every user starts with the sleeper pipeline
        assert isinstance(template, sdk.Study)
        assert (await do(studies.get_study(template.uid))).title == template.title

        title = f"Copy ({logged.name})"
        clone = await do(
            studies.clone_study(template.uid, body=BodyCloneStudy(title=title, description="c"))
        )
        assert clone.uid != template.uid
        assert clone.title == title
        assert (await do(studies.get_study(clone.uid))).title == title
        assert (await do(studies.list_studies(limit=1, offset=0))).total == listing.total + 1

        ports = (await do(studies.list_study_ports(clone.uid))).items
        template_ports = (await do(studies.list_study_ports(template.uid))).items
        assert {p.key for p in ports}.isdisjoint({p.key for p in template_ports})
        inputs = {p.content_schema["title"]: str(p.key) for p in ports if p.kind.value == "input"}
        (result_port,) = [str(p.key) for p in ports if p.kind.value == "output"]

        values = {inputs["Sleep interval"]: 1, inputs["Fail after sleep"]: False}
        job = await do(
            studies.create_study_job(clone.uid, body=sdk.JobInputs.from_dict({"values": values}))
        )
        spare = await do(
            studies.create_study_job(clone.uid, body=sdk.JobInputs.from_dict({"values": {}}))
        )
        jobs = await do(studies.list_study_jobs(clone.uid, limit=10, offset=0))
        assert [j.id for j in jobs.items] == [job.id, spare.id]
        with pytest.raises(sdk.ServerError) as not_implemented:
            await do(studies.get_study_job(clone.uid, job.id))
        assert not_implemented.value.status_code == 501

        update = sdk.JobMetadataUpdate.from_dict({"metadata": {"study": logged.name}})
        replaced = await do(
            studies.replace_study_job_custom_metadata(clone.uid, job.id, body=update)
        )
        assert replaced.metadata.to_dict() == {"study": logged.name}
        got = await do(studies.get_study_job_custom_metadata(clone.uid, job.id))
        assert got.metadata.to_dict() == {"study": logged.name}

        started = await do(studies.start_study_job(clone.uid, job.id))
        assert started.job_id == job.id

        async def finished() -> bool:
            status = await do(studies.inspect_study_job(clone.uid, job.id))
            return status.state.value in TERMINAL

        await wait_until(finished)
        status = await do(studies.inspect_study_job(clone.uid, job.id))
        assert status.state.value == "SUCCESS"
        outputs = await do(studies.get_study_job_outputs(clone.uid, job.id))
        assert set(outputs.results.additional_keys) == {result_port}
        logs = await do(studies.get_study_job_output_logfile(clone.uid, job.id))
        (link,) = logs.log_links
        archive = await do(client.http.get(link.download_link))
        assert zipfile.is_zipfile(io.BytesIO(archive.content))

        stopped = await do(studies.stop_study_job(clone.uid, spare.id))
        assert stopped.state.value == "ABORTED"
        await do(studies.delete_study_job(clone.uid, spare.id))
        remaining = await do(studies.list_study_jobs(clone.uid, limit=10, offset=0))
        assert [j.id for j in remaining.items] == [job.id]

    logged.run(scenario, **account)
    _done("studies", logged)


# -- programs -------------------------------------------------------------------------------------
JUPYTER = "simcore/services/dynamic/jupyter-math"


def test_programs(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        programs = logged.ns.ProgramsApi(client)
        latest = await do(programs.list_programs(limit=50, offset=0))
        assert JUPYTER in {p.id for p in latest.items}
        history = await do(programs.list_program_history(JUPYTER, limit=50, offset=0))
        versions = [p.version for p in history.items]
        assert len(versions) == history.total > 1
        release = await do(programs.get_program_release(JUPYTER, versions[-1]))
        assert (release.id, release.version) == (JUPYTER, versions[-1])
        job = await do(programs.create_program_job(JUPYTER, versions[-1]))
        assert job.name.startswith("programs/")
        assert job.url is None

    logged.run(scenario, **account)
    _done("programs", logged)


# -- licensed items -------------------------------------------------------------------------------
def test_licensed_items(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        licensed = logged.ns.LicensedItemsApi(client)
        wallets = logged.ns.WalletsApi(client)
        programs = logged.ns.ProgramsApi(client)
        market = await do(licensed.get_licensed_items(limit=50, offset=0))
        item = next(i for i in market.items if i.key == "Ella")
        wallet = await do(wallets.get_default_wallet())
        usable = await do(
            wallets.get_available_licensed_items_for_wallet(wallet.wallet_id, limit=50, offset=0)
        )
        assert item.licensed_item_id in {i.licensed_item_id for i in usable.items}
        run = await do(programs.create_program_job(JUPYTER, "3.0.5"))
        checkout = await do(
            wallets.checkout_licensed_item(
                wallet.wallet_id,
                item.licensed_item_id,
                body=LicensedItemCheckoutData(number_of_seats=1, service_run_id=str(run.id)),
            )
        )
        assert checkout.stopped_at is None
        after = await do(wallets.get_default_wallet())
        assert after.available_credits < wallet.available_credits
        released = await do(
            licensed.release_licensed_item(
                item.licensed_item_id, checkout.licensed_item_checkout_id
            )
        )
        assert released.stopped_at is not None

    logged.run(scenario, **account)
    _done("licensed-items", logged)


# -- functions, function jobs and collections, tasks ---------------------------------------------
async def _wait_for_task(tasks: Any, task_id: str) -> None:
    async def done() -> bool:
        return bool((await do(tasks.get_task_status(task_id))).done)

    await wait_until(done)


JSON_SCHEMA = "application/schema+json"


def test_functions(logged: Flavor, account: dict[str, Any], sleeper_input: Any) -> None:
    from osparc_sdk_generated.models import MapFunctionBodyItemType0, RunFunctionBodyType0

    async def scenario(client: Any) -> None:
        functions = logged.ns.FunctionsApi(client)
        function_jobs = logged.ns.FunctionJobsApi(client)
        tasks = logged.ns.TasksApi(client)
        schema = {"type": "object", "required": ["input_1"]}
        body = SolverFunction.from_dict(
            {
                "function_class": "SOLVER",
                "title": f"sleeper ({logged.name})",
                "input_schema": {"schema_class": JSON_SCHEMA, "schema_content": schema},
                "output_schema": {"schema_class": JSON_SCHEMA},
                "default_inputs": {"input_2": 0},
                "solver_key": SLEEPER,
                "solver_version": VERSION,
            }
        )
        function = await do(functions.register_function(body=body))
        assert isinstance(function, RegisteredSolverFunction)
        assert (await do(functions.get_function(function.uid))).uid == function.uid
        listed = await do(functions.list_functions(limit=50, offset=0))
        assert function.uid in {f.uid for f in listed.items}
        renamed = await do(functions.update_function_title(function.uid, title="renamed"))
        assert renamed.title == "renamed"
        described = await do(
            functions.update_function_description(function.uid, description="sleeps")
        )
        assert described.description == "sleeps"
        inputs_schema = await do(functions.get_function_inputschema(function.uid))
        assert inputs_schema.schema_content.to_dict() == schema
        outputs_schema = await do(functions.get_function_outputschema(function.uid))
        assert outputs_schema.schema_content.to_dict() == {}
        valid = await do(
            functions.validate_function_inputs(
                function.uid,
                body=ValidateFunctionInputsBodyType0.from_dict({"input_1": {}}),
            )
        )
        assert valid == [True, "Inputs are valid"]

        inputs = {"input_1": sleeper_input.to_dict()}
        job = await do(
            functions.run_function(function.uid, body=RunFunctionBodyType0.from_dict(inputs))
        )
        collection = await do(
            functions.map_function(
                function.uid,
                body=[MapFunctionBodyItemType0.from_dict({**inputs, "input_2": n}) for n in (0, 1)],
            )
        )
        assert len(collection.job_ids) == 2

        async def succeeded() -> bool:
            status = await do(function_jobs.function_job_status(job.uid))
            return bool(status.status == "SUCCESS")

        await wait_until(succeeded)
        outputs = await do(function_jobs.function_job_outputs(job.uid))
        assert set(outputs.to_dict()) == {"output_1", "output_2"}
        fetched = await do(function_jobs.get_function_job(job.uid))
        assert fetched.solver_job_id is not None
        by_function = await do(functions.list_function_jobs_for_functionid(function.uid))
        assert job.uid in {j.uid for j in by_function.items}
        with_status = await do(
            function_jobs.list_function_jobs(function_id=function.uid, include_status=True)
        )
        assert with_status.total == 3

        # The logs are a task: follow it, read its result, cancel (a finished one stays).
        task = await do(function_jobs.get_function_job_logs_task(job.uid))
        await _wait_for_task(tasks, task.task_id)
        result = await do(tasks.get_task_result(task.task_id))
        assert str(result.result["filename"]).endswith("_logs.zip")
        await do(tasks.cancel_task(task.task_id))
        assert task.task_id in {t.task_id for t in (await do(tasks.list_tasks())).data}

        # Collections.
        collections = logged.ns.FunctionJobCollectionsApi(client)
        mine = await do(
            collections.register_function_job_collection(
                body=FunctionJobCollection(title="mine", job_ids=[job.uid])
            )
        )
        assert (await do(collections.get_function_job_collection(mine.uid))).title == "mine"
        found = await do(
            collections.list_function_job_collections(has_function_id=str(function.uid))
        )
        assert {mine.uid, collection.uid} <= {c.uid for c in found.items}
        members = await do(collections.function_job_collection_list_function_jobs(mine.uid))
        assert [j.uid for j in members] == [job.uid]
        same = await do(collections.function_job_collection_list_function_jobs_list(mine.uid))
        assert [j.uid for j in same] == [job.uid]
        page = await do(collections.function_job_collection_list_function_jobs_page(mine.uid))
        assert page.total == 1
        status = await do(collections.function_job_collection_status(mine.uid))
        assert status.status == ["SUCCESS"]
        await do(collections.delete_function_job_collection(mine.uid))

        # A function job registered by hand, and the clean-up.
        registered = await do(
            function_jobs.register_function_job(
                body=SolverFunctionJob.from_dict(
                    {
                        "function_class": "SOLVER",
                        "function_uid": str(function.uid),
                        "inputs": None,
                        "outputs": None,
                        "solver_job_id": None,
                        "job_creation_task_id": None,
                    }
                )
            )
        )
        uids = [registered.uid, job.uid, *collection.job_ids]
        for uid in uids:
            await do(function_jobs.delete_function_job(uid))
        await do(functions.delete_function(function.uid))
        with pytest.raises(sdk.NotFoundError):
            await do(functions.get_function(function.uid))

    logged.run(scenario, **account)
    _done("functions", logged)


# -- responses ----------------------------------------------------------------------------------
def test_responses(logged: Flavor, account: dict[str, Any]) -> None:
    async def scenario(client: Any) -> None:
        responses = logged.ns.ResponsesApi(client)
        request = CreateResponseRequest.from_dict(
            {
                "background": True,
                "input": [{"role": "user", "content": "hello"}],
                "model": "gpt-4o-mini",
                "temperature": 0,
            }
        )
        created = await do(responses.create_response(body=request))

        async def completed() -> bool:
            answer = await do(responses.get_response(created.id))
            return bool(answer.status.value == "completed")

        await wait_until(completed)

    logged.run(scenario, **account)
    _done("responses", logged)


# -- the check ----------------------------------------------------------------------------------
SCENARIO_TAGS = {"meta", "users", "credits", "wallets", "auth", "files", "solvers", "studies"}
SCENARIO_TAGS |= {"programs", "licensed-items", "responses"}
# One scenario covers functions, function jobs and their collections, and tasks.
SCENARIO_TAGS |= {"functions", "function_jobs", "function_job_collections", "tasks"}
_SCENARIO_OF_TAG = dict.fromkeys(
    ("function_jobs", "function_job_collections", "tasks"), "functions"
)


def _succeeded(operation_id: str, status: int) -> bool:
    expected = ERROR_ONLY.get(operation_id)
    return status == expected if expected else status < 400


def test_every_operation_is_called_sync_and_async() -> None:
    """Runs last in this module: every operation id of openapi.json must have been answered
    (successfully) in both flavours by the scenarios above."""
    operations = load_operations()
    assert len(operations) == 101
    assert {o.tag for o in operations} == SCENARIO_TAGS, "a tag has no scenario above"
    scenarios = {_SCENARIO_OF_TAG.get(t, t) for t in SCENARIO_TAGS}
    not_run = {(t, m) for t in scenarios for m in _logs} - _completed
    if not_run:
        pytest.skip(f"scenarios not run (deselected or failed): {sorted(not_run)}")

    missing: dict[str, list[str]] = {}
    for mode, log in _logs.items():
        called = set()
        for exchange in log.answered:
            operation = operation_for(operations, exchange.method, exchange.path)
            if operation is not None and _succeeded(operation.operation_id, exchange.status):
                called.add(operation.operation_id)
        missing[mode] = sorted({o.operation_id for o in operations} - called)
    assert missing == {"sync": [], "async": []}, f"operations never called: {missing}"


def test_operation_matching_picks_the_most_specific_template() -> None:
    operations = load_operations()

    def op(method: str, path: str) -> str | None:
        found = operation_for(operations, method, path)
        return found.operation_id if found else None

    job = f"/v0/solvers/{SLEEPER}/releases/2.1.6/jobs/{uuid.uuid4()}"
    assert op("GET", "/v0/solvers/-/releases/-/jobs") == "list_all_solvers_jobs"
    assert op("GET", f"/v0/solvers/{SLEEPER}/releases/page") == "list_solver_releases_paginated"
    assert op("GET", f"/v0/solvers/{SLEEPER}/releases/2.1.6/jobs/page") == "list_jobs_paginated"
    assert op("GET", job) == "get_job"
    assert op("POST", job + ":start") == "start_job"
    assert op("GET", "/v0/files:search") == "search_files_page"
    assert op("PUT", "/v0/files/content") == "upload_file"
    assert op("GET", "/storage/files/x") is None


def test_job_creations_take_the_generated_operations_options(
    flavor: Flavor, account: dict[str, Any], sleeper_input: Any
) -> None:
    """`create_solver_job` and `create_study_job` declare their options once
    (`CreationOptions`): each one given reaches the request, one left out keeps the
    operation's default (hidden=true)."""
    traffic = Traffic()
    parent, node = uuid.uuid4(), uuid.uuid4()

    async def scenario(client: Any) -> None:
        ns = flavor.ns
        body = sdk.JobInputs.from_dict({"values": {"input_1": sleeper_input.to_dict()}})
        solvers = ns.SolversApi(client)
        await do(solvers.create_solver_job(SLEEPER, VERSION, body=body))
        await do(
            solvers.create_solver_job(
                SLEEPER, VERSION, body=body, hidden=False, x_simcore_parent_project_uuid=parent
            )
        )
        study = (await do(ns.StudiesApi(client).list_studies(limit=1))).items[0]
        await do(
            ns.StudiesApi(client).create_study_job(
                study.uid,
                body=sdk.JobInputs.from_dict({"values": {}}),
                x_simcore_parent_node_id=node,
                idempotency_key="study-job-once",
            )
        )

    flavor.run(scenario, traffic=traffic, **account)
    default, given, study_job = [r for r in traffic.sent if r.method == "POST"]
    assert default.url.params["hidden"] == "true"
    assert "x-simcore-parent-project-uuid" not in default.headers
    assert given.url.params["hidden"] == "false"
    assert given.headers["x-simcore-parent-project-uuid"] == str(parent)
    assert re.fullmatch(r"/v0/studies/[0-9a-f-]+/jobs", study_job.url.path)
    assert study_job.url.params["hidden"] == "true"
    assert study_job.headers["x-simcore-parent-node-id"] == str(node)
    assert study_job.headers["idempotency-key"] == "study-job-once"

"""Each shape of the platform's documents that openapi-python-client 0.29.1 mishandles, over HTTP.

The client is generated from the platform-style variant of our openapi.json (the
`platform_variant` fixture, see test_platform_variant.py) and imported as `sdk_variant`; it talks
to the reference server, which serves these operations as the platform does. Without the
reshaping in scripts/codegen (spec_quirks.py, postprocess.py), `:run` and `:map` are not
generated, UUID headers raise TypeError, a None body arrives empty (422), `CreateResponseRequest`
is not generated, and the unions can parse as the wrong member.
"""

from __future__ import annotations

import importlib
import inspect
import json
import shutil
import sys
import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from codegen_kit import PACKAGE, Variant, operations

from sdk.testing import LocalPlatform

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"


def test_the_variant_has_the_platform_shapes(platform_variant: Variant) -> None:
    spec = platform_variant.spec
    ops = {op["operationId"]: (path, method, op) for method, path, op in operations(spec)}
    assert not any(path.startswith("/v0/auth/") for path in spec["paths"])
    assert "get_jobs_page" in ops
    assert "get_service_metadata_v0_meta_get" in ops
    assert all(
        name.endswith(f"_{method}")
        for name, (_p, method, _o) in ops.items()
        if name != "get_jobs_page"
    )
    text = json.dumps(spec)
    assert "Idempotency-Key" not in text
    assert "HTTPBearer" not in text
    run = ops["run_function_v0_functions__function_id__run_post"][2]
    headers = [p for p in run["parameters"] if p["in"] == "header"]
    assert [h["required"] for h in headers] == [True, True]
    assert {"const": "null", "type": "string"} in headers[0]["schema"]["anyOf"]
    mapped = ops["map_function_v0_functions__function_id__map_post"][2]
    assert mapped["requestBody"]["content"]["application/json"]["schema"]["type"] == "array"
    validate = ops["validate_function_inputs_v0_functions__function_id__validate_inputs_post"][2]
    nullable = validate["requestBody"]["content"]["application/json"]["schema"]["anyOf"]
    assert {"type": "null"} in nullable
    assert "204" in ops["cancel_task_v0_tasks__task_uuid__cancel_post"][2]["responses"]
    deleted = ops["delete_function_v0_functions__function_id__delete"][2]["responses"]["200"]
    assert deleted["content"]["application/json"]["schema"] == {}
    schemas = spec["components"]["schemas"]
    assert schemas["CreateResponseRequest"]["properties"]["text"]["default"] == {
        "format": {"type": "text"}
    }
    assert schemas["JSONFunctionInputSchema"]["properties"]["schema_content"]["default"] == {}
    assert schemas["FunctionJobCollection"]["properties"]["job_ids"]["default"] == []
    assert any(name.startswith("Page_Annotated_Union_") for name in schemas)
    assert '"discriminator"' in text


@pytest.fixture(scope="module")
def gen(platform_variant: Variant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The variant package imported as `sdk_variant` (its imports are relative)."""
    root = tmp_path_factory.mktemp("import")
    shutil.copytree(platform_variant.path / PACKAGE, root / "sdk_variant")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("sdk_variant")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n.split(".")[0] == "sdk_variant"]:
            del sys.modules[name]


class Sent:
    """The requests a client sent, newest last."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(scope="module")
def sent() -> Sent:
    return Sent()


@pytest.fixture(scope="module")
def client(gen: Any, platform: LocalPlatform, sent: Sent) -> Iterator[Any]:
    key, secret = platform.add_user(f"variant-{uuid.uuid4().hex[:8]}@example.com")
    http_args = {"auth": (key, secret), "event_hooks": {"request": [sent]}, "trust_env": False}
    with gen.client.Client(base_url=platform.base_url, httpx_args=http_args) as made:
        yield made


def api(gen: Any, tag: str, client: Any) -> Any:
    module: ModuleType = importlib.import_module(f"sdk_variant.api.{tag}")
    stem = "".join(word.capitalize() for word in tag.split("_"))
    return getattr(module, f"{stem}Api")(client)


def solver_function(gen: Any, **fields: Any) -> Any:
    return gen.models.SolverFunction.from_dict(
        {
            "function_class": "SOLVER",
            "title": "variant",
            "input_schema": {"schema_class": "application/schema+json"},
            "output_schema": {"schema_class": "application/schema+json"},
            "default_inputs": {"input_2": 1},
            "solver_key": SLEEPER,
            "solver_version": VERSION,
            **fields,
        }
    )


@pytest.fixture(scope="module")
def function(gen: Any, client: Any) -> Any:
    return api(gen, "functions", client).register_function(body=solver_function(gen))


@pytest.fixture(scope="module")
def function_job(gen: Any, client: Any, function: Any) -> Any:
    body = gen.models.RunFunctionBodyType0.from_dict({"input_2": 3})
    return api(gen, "functions", client).run_function(function.uid, body=body)


def test_quirk_uuid_or_null_headers_become_text_that_defaults_to_null(
    gen: Any, client: Any, sent: Sent, function: Any, function_job: Any
) -> None:
    functions = api(gen, "functions", client)
    for name in ("x_simcore_parent_project_uuid", "x_simcore_parent_node_id"):
        assert inspect.signature(functions.run_function).parameters[name].default == "null"
        assert inspect.signature(functions.map_function).parameters[name].default == "null"
    assert isinstance(function_job, gen.models.RegisteredSolverFunctionJob)
    assert function_job.function_uid == function.uid

    body = gen.models.RunFunctionBodyType0.from_dict({"input_2": 4})
    parent, node = str(uuid.uuid4()), str(uuid.uuid4())
    job = functions.run_function(
        function.uid, body=body, x_simcore_parent_project_uuid=parent, x_simcore_parent_node_id=node
    )
    assert job.uid != function_job.uid
    assert sent.last.headers["x-simcore-parent-project-uuid"] == parent
    assert sent.last.headers["x-simcore-parent-node-id"] == node

    # :map, an array body (one entry null: the defaults alone).
    items = [gen.models.MapFunctionBodyItemType0.from_dict({"input_2": 5}), None]
    collection = functions.map_function(function.uid, body=items)
    assert sent.last.headers["x-simcore-parent-project-uuid"] == "null"
    assert json.loads(sent.last.content) == [{"input_2": 5}, None]
    assert isinstance(collection, gen.models.RegisteredFunctionJobCollection)
    assert len(collection.job_ids) == 2


def test_quirk_optional_uuid_headers_are_sent_as_text(gen: Any, client: Any, sent: Sent) -> None:
    studies = api(gen, "studies", client)
    template = studies.list_studies(limit=1).items[0]
    parent = uuid.uuid4()
    clone = studies.clone_study(
        template.uid, x_simcore_parent_project_uuid=parent, x_simcore_parent_node_id=None
    )
    assert clone.uid != template.uid
    assert sent.last.headers["x-simcore-parent-project-uuid"] == str(parent)
    assert "x-simcore-parent-node-id" not in sent.last.headers


def test_quirk_object_and_array_defaults_are_left_to_the_server(gen: Any, client: Any) -> None:
    models = gen.models
    empty_schema = models.JSONFunctionInputSchema()
    assert "schema_content" not in empty_schema.to_dict()
    registered = api(gen, "functions", client).register_function(
        body=solver_function(gen, input_schema=empty_schema.to_dict())
    )
    assert registered.input_schema.schema_content.to_dict() == {}  # the server's default

    collection = models.FunctionJobCollection(title="defaults")
    assert "job_ids" not in collection.to_dict()
    stored = api(gen, "function_job_collections", client).register_function_job_collection(
        body=collection
    )
    assert stored.job_ids == []

    # 0.16.0's TextParam: the model and create_response exist; `text` is optional.
    request = {"background": True, "input": [{"role": "user", "content": "hi"}], "model": "m"}
    request["temperature"] = 0.5
    assert "text" not in models.CreateResponseRequest.from_dict(request).to_dict()
    json_format = {"type": "json_schema", "name": "answer", "schema": {"type": "object"}}
    with_text = models.CreateResponseRequest.from_dict({**request, "text": {"format": json_format}})
    assert isinstance(with_text.text.format_, models.TextResponseFormatJsonSchema)
    plain = models.TextParam.from_dict({"format": {"type": "text"}})
    assert isinstance(plain.format_, models.ResponseFormatText)
    assert callable(api(gen, "responses", client).create_response)


def test_quirk_the_discriminator_decides_the_union_member(
    gen: Any, client: Any, function: Any
) -> None:
    functions = api(gen, "functions", client)
    project = gen.models.ProjectFunction.from_dict(
        {
            "function_class": "PROJECT",
            "input_schema": {"schema_class": "application/schema+json"},
            "output_schema": {"schema_class": "application/schema+json"},
            "default_inputs": None,
            "project_id": str(uuid.uuid4()),
        }
    )
    registered = functions.register_function(body=project)
    assert isinstance(registered, gen.models.RegisteredProjectFunction)
    assert isinstance(functions.get_function(function.uid), gen.models.RegisteredSolverFunction)

    # A SOLVER payload that also has PROJECT's keys is still the SOLVER member, and a payload
    # that names no class is refused rather than taken for the first member that fits.
    parse = importlib.import_module("sdk_variant.api.functions.get_function")._parse_response
    payload = {**function.to_dict(), "project_id": str(uuid.uuid4())}
    solver = parse(client=client, response=httpx.Response(200, json=payload))
    assert isinstance(solver, gen.models.RegisteredSolverFunction)
    unnamed = {**registered.to_dict()}
    del unnamed["function_class"]
    with pytest.raises(KeyError, match="function_class"):
        parse(client=client, response=httpx.Response(200, json=unnamed))


def test_quirk_a_union_inside_a_union_parses_each_branch(
    gen: Any, client: Any, function: Any, function_job: Any
) -> None:
    function_jobs = api(gen, "function_jobs", client)
    plain = function_jobs.list_function_jobs(function_id=function.uid)
    with_status = function_jobs.list_function_jobs(function_id=function.uid, include_status=True)
    assert function_job.uid in {job.uid for job in plain.items}
    assert {type(job).__name__ for job in plain.items} == {"RegisteredSolverFunctionJob"}
    assert {type(job).__name__ for job in with_status.items} == {
        "RegisteredSolverFunctionJobWithStatus"
    }
    assert all(job.status.status for job in with_status.items)


def test_quirk_a_null_body_is_sent_as_json_null(
    gen: Any, client: Any, sent: Sent, function: Any
) -> None:
    valid, message = api(gen, "functions", client).validate_function_inputs(function.uid, body=None)
    assert sent.last.content == b"null"
    assert sent.last.headers["content-type"] == "application/json"
    assert valid is True
    assert message


def test_quirk_204_and_empty_schemas_give_none(
    gen: Any, client: Any, function: Any, function_job: Any
) -> None:
    tasks = api(gen, "tasks", client)
    assert tasks.cancel_task(uuid.UUID(function_job.job_creation_task_id)) is None
    with pytest.raises(gen.errors.UnexpectedStatus) as unknown:
        tasks.cancel_task(uuid.uuid4())
    assert unknown.value.status_code == 404

    function_jobs = api(gen, "function_jobs", client)
    assert function_jobs.delete_function_job(function_job.uid) is None  # `{}`: JSON null
    with pytest.raises(gen.errors.UnexpectedStatus):
        function_jobs.get_function_job(function_job.uid)
    functions = api(gen, "functions", client)
    spare = functions.register_function(body=solver_function(gen, title="spare"))
    assert functions.delete_function(spare.uid) is None


def test_quirk_long_union_page_names_are_short(gen: Any, client: Any, function: Any) -> None:
    page = api(gen, "functions", client).list_functions(limit=50)
    assert type(page).__name__ == "PageRegisteredFunction"
    assert function.uid in {f.uid for f in page.items}
    jobs = api(gen, "functions", client).list_function_jobs_for_functionid(function.uid)
    assert type(jobs).__name__ == "PageRegisteredFunctionJob"

"""The OpenAPI document: the committed openapi.json is what the server exports now, it is what
the live server serves, and its operations are the platform's, under the platform's names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

S = "/v0/solvers/{solver_key}/releases/{version}"
J = S + "/jobs/{job_id}"
SJ = "/v0/studies/{study_id}/jobs/{job_id}"

# (method, path) -> operationId: the short ids of the platform (the osparc client's method
# names) for operations 1-12, 17-58, 74, 75 and 78 of the facts sheet, then our token extension.
# The six operations the clients-repo spec lacks carry the names of the platform's handlers.
OPERATIONS = {
    ("GET", "/v0/meta"): "get_service_metadata",
    ("GET", "/v0/me"): "get_my_profile",
    ("PUT", "/v0/me"): "update_my_profile",
    ("GET", "/v0/files"): "list_files",
    ("PUT", "/v0/files/content"): "upload_file",
    ("POST", "/v0/files/content"): "get_upload_links",
    ("GET", "/v0/files/{file_id}"): "get_file",
    ("DELETE", "/v0/files/{file_id}"): "delete_file",
    ("GET", "/v0/files:search"): "search_files_page",
    ("POST", "/v0/files/{file_id}:abort"): "abort_multipart_upload",
    ("POST", "/v0/files/{file_id}:complete"): "complete_multipart_upload",
    ("GET", "/v0/files/{file_id}/content"): "download_file",
    ("GET", "/v0/solvers"): "list_solvers",
    ("GET", "/v0/solvers/page"): "list_all_solvers_paginated",
    ("GET", "/v0/solvers/releases"): "list_solvers_releases",
    ("GET", "/v0/solvers/{solver_key}/latest"): "get_solver",
    ("GET", "/v0/solvers/{solver_key}/releases"): "list_solver_releases",
    ("GET", "/v0/solvers/{solver_key}/releases/page"): "list_solver_releases_paginated",
    ("GET", S): "get_solver_release",
    ("GET", S + "/ports"): "list_solver_ports",
    ("GET", S + "/pricing_plan"): "get_solver_pricing_plan",
    ("POST", S + "/jobs"): "create_solver_job",
    ("GET", S + "/jobs"): "list_jobs",
    ("DELETE", J): "delete_job",
    ("GET", J): "get_job",
    ("DELETE", J + "/assets"): "delete_job_assets",
    ("POST", J + ":start"): "start_job",
    ("POST", J + ":stop"): "stop_job",
    ("POST", J + ":inspect"): "inspect_job",
    ("PATCH", J + "/metadata"): "replace_job_custom_metadata",
    ("GET", J + "/metadata"): "get_job_custom_metadata",
    ("GET", "/v0/solvers/-/releases/-/jobs"): "list_all_solvers_jobs",
    ("GET", "/v0/solvers/-/releases/-/jobs/metadata:batchGet"): "batch_get_jobs_custom_metadata",
    ("GET", S + "/jobs/page"): "list_jobs_paginated",
    ("GET", J + "/outputs"): "get_job_outputs",
    ("GET", J + "/outputs/logfile"): "get_job_output_logfile",
    ("GET", J + "/wallet"): "get_job_wallet",
    ("GET", J + "/pricing_unit"): "get_job_pricing_unit",
    ("GET", J + "/logstream"): "get_log_stream",
    ("GET", "/v0/studies"): "list_studies",
    ("GET", "/v0/studies/{study_id}"): "get_study",
    ("POST", "/v0/studies/{study_id}:clone"): "clone_study",
    ("GET", "/v0/studies/{study_id}/ports"): "list_study_ports",
    ("GET", "/v0/studies/{study_id}/jobs"): "list_study_jobs",
    ("POST", "/v0/studies/{study_id}/jobs"): "create_study_job",
    ("GET", SJ): "get_study_job",
    ("DELETE", SJ): "delete_study_job",
    ("POST", SJ + ":start"): "start_study_job",
    ("POST", SJ + ":stop"): "stop_study_job",
    ("POST", SJ + ":inspect"): "inspect_study_job",
    ("POST", SJ + "/outputs"): "get_study_job_outputs",
    ("GET", SJ + "/outputs/log-links"): "get_study_job_output_logfile",
    ("GET", SJ + "/metadata"): "get_study_job_custom_metadata",
    ("PUT", SJ + "/metadata"): "replace_study_job_custom_metadata",
    ("GET", "/v0/wallets/default"): "get_default_wallet",
    ("GET", "/v0/wallets/{wallet_id}"): "get_wallet",
    ("GET", "/v0/credits/price"): "get_credits_price",
    # The operations the facts sheet of part 2 adds (programs, functions, function jobs and
    # collections, licensed items, tasks, responses).
    ("GET", "/v0/programs"): "list_programs",
    ("GET", "/v0/programs/{program_key}/releases"): "list_program_history",
    ("GET", "/v0/programs/{program_key}/releases/{version}"): "get_program_release",
    ("POST", "/v0/programs/{program_key}/releases/{version}/jobs"): "create_program_job",
    ("GET", "/v0/function_jobs"): "list_function_jobs",
    ("POST", "/v0/function_jobs"): "register_function_job",
    ("GET", "/v0/function_jobs/{function_job_id}"): "get_function_job",
    ("DELETE", "/v0/function_jobs/{function_job_id}"): "delete_function_job",
    ("GET", "/v0/function_jobs/{function_job_id}/status"): "function_job_status",
    ("GET", "/v0/function_jobs/{function_job_id}/outputs"): "function_job_outputs",
    ("POST", "/v0/function_jobs/{function_job_id}/log"): "get_function_job_logs_task",
    ("GET", "/v0/function_job_collections"): "list_function_job_collections",
    ("POST", "/v0/function_job_collections"): "register_function_job_collection",
    (
        "GET",
        "/v0/function_job_collections/{function_job_collection_id}",
    ): "get_function_job_collection",
    (
        "DELETE",
        "/v0/function_job_collections/{function_job_collection_id}",
    ): "delete_function_job_collection",
    (
        "GET",
        "/v0/function_job_collections/{function_job_collection_id}/function_jobs",
    ): "function_job_collection_list_function_jobs",
    (
        "GET",
        "/v0/function_job_collections/{function_job_collection_id}/function_jobs/page",
    ): "function_job_collection_list_function_jobs_page",
    (
        "GET",
        "/v0/function_job_collections/{function_job_collection_id}/function_jobs/list",
    ): "function_job_collection_list_function_jobs_list",
    (
        "GET",
        "/v0/function_job_collections/{function_job_collection_id}/status",
    ): "function_job_collection_status",
    ("GET", "/v0/wallets/{wallet_id}/licensed-items"): "get_available_licensed_items_for_wallet",
    (
        "POST",
        "/v0/wallets/{wallet_id}/licensed-items/{licensed_item_id}/checkout",
    ): "checkout_licensed_item",
    ("GET", "/v0/licensed-items"): "get_licensed_items",
    (
        "POST",
        "/v0/licensed-items/{licensed_item_id}/checked-out-items/{licensed_item_checkout_id}/release",
    ): "release_licensed_item",
    ("POST", "/v0/functions"): "register_function",
    ("GET", "/v0/functions"): "list_functions",
    ("GET", "/v0/functions/{function_id}"): "get_function",
    ("DELETE", "/v0/functions/{function_id}"): "delete_function",
    ("GET", "/v0/functions/{function_id}/jobs"): "list_function_jobs_for_functionid",
    ("PATCH", "/v0/functions/{function_id}/title"): "update_function_title",
    ("PATCH", "/v0/functions/{function_id}/description"): "update_function_description",
    ("GET", "/v0/functions/{function_id}/input_schema"): "get_function_inputschema",
    ("GET", "/v0/functions/{function_id}/output_schema"): "get_function_outputschema",
    ("POST", "/v0/functions/{function_id}:validate_inputs"): "validate_function_inputs",
    ("POST", "/v0/functions/{function_id}:run"): "run_function",
    ("POST", "/v0/functions/{function_id}:map"): "map_function",
    ("POST", "/v0/responses"): "create_response",
    ("GET", "/v0/responses/{response_id}"): "get_response",
    ("GET", "/v0/tasks"): "list_tasks",
    ("GET", "/v0/tasks/{task_uuid}"): "get_task_status",
    ("POST", "/v0/tasks/{task_uuid}:cancel"): "cancel_task",
    ("GET", "/v0/tasks/{task_uuid}/result"): "get_task_result",
    # Our extension, not on the platform.
    ("POST", "/v0/auth/token"): "create_token",
    ("POST", "/v0/auth/token:refresh"): "refresh_token",
    ("POST", "/v0/auth/token:revoke"): "revoke_token",
}
# Operations that need no credentials (the 501 route declares none, as on the platform).
PUBLIC = {"get_service_metadata", "get_study_job", "refresh_token", "revoke_token"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return result


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def test_committed_spec_is_what_the_server_exports(tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "export_openapi.py"), "--output", str(out)],
        check=True,
        capture_output=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert out.read_bytes() == SPEC_PATH.read_bytes(), (
        "openapi.json is stale: run scripts/export_openapi.py"
    )


def test_live_server_serves_the_committed_spec(
    platform: LocalPlatform, spec: dict[str, Any]
) -> None:
    response = httpx.get(f"{platform.base_url}/openapi.json")
    assert response.status_code == 200
    assert response.json() == spec


def test_operations_and_their_ids(spec: dict[str, Any]) -> None:
    found = {key: op.get("operationId") for key, op in operations(spec).items()}
    assert found == OPERATIONS
    assert len(found) == 101
    assert len(set(found.values())) == 101


def test_spec_shape(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    assert "servers" not in spec
    assert all(path.startswith("/v0/") for path in spec["paths"])
    schemes = spec["components"]["securitySchemes"]
    assert schemes["HTTPBasic"] == {"type": "http", "scheme": "basic"}


def test_security_is_declared_per_operation(spec: dict[str, Any]) -> None:
    assert "security" not in spec
    for (method, path), op in operations(spec).items():
        if op["operationId"] in PUBLIC:
            assert not op.get("security"), (method, path)
        else:
            assert {"HTTPBasic": []} in op["security"], (method, path)


def test_validation_error_schema_has_errors_not_detail(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    http_validation = schemas["HTTPValidationError"]
    assert set(http_validation["properties"]) == {"errors"}
    items = http_validation["properties"]["errors"]["items"]
    assert items == {"$ref": "#/components/schemas/ValidationError"}
    assert {"loc", "msg", "type"} <= set(schemas["ValidationError"]["required"])
    assert set(schemas["ErrorGet"]["properties"]) == {"errors", "support_id"}
    assert schemas["ErrorGet"]["required"] == ["errors"]
    for (method, path), op in operations(spec).items():
        if op.get("parameters") or op.get("requestBody"):
            response = op["responses"].get("422")
            assert response is not None, (method, path)
            ref = response["content"]["application/json"]["schema"]["$ref"]
            assert ref == "#/components/schemas/HTTPValidationError", (method, path)


def test_pages_declare_all_five_links(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    pages = [name for name in schemas if name.startswith("Page_")]
    assert {"Page_File_", "Page_Job_", "Page_Solver_", "Page_Study_"} <= set(pages)
    for name in pages:
        assert set(schemas[name]["required"]) == {"items", "total", "limit", "offset", "links"}
    assert set(schemas["Links"]["required"]) == {"first", "last", "next", "prev", "self"}

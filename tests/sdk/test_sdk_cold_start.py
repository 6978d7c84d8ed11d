"""What keeps a fresh process fast: operation modules and models load on first use, the
connection pool is made by the first request, httpx's own command line is not imported with
httpx, and the CA certificates are read at the first TLS handshake only.
(Times are measured by benchmarks/imports.py, never asserted here.)"""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import trustme
from osparc_sdk_patches.client import ClientSettings
from osparc_sdk_patches.client import tls_context as _ssl

import sdk
import sdk._pools as sdk_pools
from sdk.testing import LocalPlatform


def _fresh(code: str) -> dict[str, object]:
    """Run `code` in a new interpreter; it prints one JSON value."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_every_model_name_resolves_on_first_use() -> None:
    found = _fresh(
        """
        import json, sys
        import osparc_sdk_generated.models as models
        before = sorted(m for m in sys.modules if m.startswith("osparc_sdk_generated.models."))
        classes = {name: getattr(models, name) for name in models.__all__}
        print(json.dumps({
            "before": before,
            "names": list(models.__all__),
            "modules": {n: c.__module__ for n, c in classes.items()},
            "classes": all(isinstance(c, type) and c.__name__ == n for n, c in classes.items()),
            "dir": sorted(set(models.__all__) - set(dir(models))),
        }))
        """
    )
    assert found["before"] == []
    names = found["names"]
    assert isinstance(names, list)
    assert len(names) > 50
    assert found["classes"] is True
    assert found["dir"] == []
    modules = found["modules"]
    assert isinstance(modules, dict)
    assert all(m.startswith("osparc_sdk_generated.models.") for m in modules.values())


def test_star_import_and_unknown_names() -> None:
    from sdk import models

    namespace: dict[str, object] = {}
    exec("from osparc_sdk_generated.models import *", namespace)
    assert set(models.__all__) <= set(namespace)
    import osparc_sdk_generated.models as generated

    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        generated.NoSuchModel  # noqa: B018


def test_no_api_class_loads_a_model_or_asyncio_before_its_first_call() -> None:
    found = _fresh(
        """
        import json, sys
        import sdk
        client = sdk.ApiClient(host="http://127.0.0.1:9", api_key="k", api_secret="s",
                               token_cache=False)
        classes = [name for name in sdk.__all__ if name.endswith("Api")]
        for name in classes:
            getattr(sdk, name)(client)
        import osparc_sdk_generated.models as models
        loaded = [m for m in sys.modules if m.startswith("osparc_sdk_generated.models.")]
        print(json.dumps({"classes": classes, "loaded": loaded, "all": len(models.__all__),
                          "heavy": [m for m in ("rich", "click", "pygments", "asyncio")
                                    if m in sys.modules]}))
        """
    )
    classes = found["classes"]
    assert isinstance(classes, list)
    assert {"FilesApi", "SolversApi", "StudiesApi", "WalletsApi", "LicensedItemsApi"} <= set(
        classes
    )
    assert isinstance(found["all"], int)
    assert found["loaded"] == []
    assert found["all"] > 50
    assert found["heavy"] == []


def test_httpx_command_line_loads_only_when_used() -> None:
    found = _fresh(
        """
        import json, sys
        import sdk, httpx
        before = [m for m in ("rich", "click", "pygments") if m in sys.modules]
        from httpx._main import print_help
        print(json.dumps({"before": before, "loaded": "rich" in sys.modules,
                          "real": callable(print_help)}))
        """
    )
    assert found == {"before": [], "loaded": True, "real": True}
    # httpx's console script still works in a process that imported the SDK first.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sdk, httpx, sys; sys.argv = ['httpx', '--help']; httpx.main()",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Usage" in result.stdout, result.stderr


def test_the_ca_certificates_are_read_at_the_first_handshake(tmp_path: Path) -> None:
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    for context in (_ssl(True), _ssl(str(bundle))):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname
        assert context.cert_store_stats()["x509_ca"] == 0
        context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.org")
        assert context.cert_store_stats()["x509_ca"] > 0
    assert _ssl(False).verify_mode == ssl.CERT_NONE


def test_a_plain_http_client_never_reads_them() -> None:
    with sdk.ApiClient(host="http://127.0.0.1:9", api_key="k", api_secret="s") as client:
        pool = client.http._transport._inner.pool.fast  # type: ignore[attr-defined]
        assert pool._ssl.cert_store_stats()["x509_ca"] == 0


def test_a_first_client_and_api_class_load_no_operation_no_model_no_pool() -> None:
    found = _fresh(
        """
        import json, sys
        import sdk
        client = sdk.ApiClient(host="http://127.0.0.1:9", api_key="k", api_secret="s",
                               token_cache=False)
        solvers = sdk.SolversApi(client)

        def ours():
            return sorted(m for m in sys.modules if m.startswith(("osparc_sdk_", "sdk.")))

        before = ours()
        heavy = [m for m in ("asyncio", "httpcore", "tomllib") if m in sys.modules]
        try:
            solvers.get_job("simcore/services/comp/itis/sleeper", "2.1.6", "not-a-uuid")
        except sdk.InvalidInputError as error:
            refused = str(error)
        package = sys.modules["osparc_sdk_generated.api.solvers"]
        print(json.dumps({"before": before, "heavy": heavy, "refused": refused,
                          "first_call": sorted(set(ours()) - set(before)),
                          # later calls find the module itself, not its stand-in
                          "in_place": package.get_job is sys.modules[package.__name__ + ".get_job"],
                          }))
        """
    )
    before = found["before"]
    assert isinstance(before, list)
    assert "osparc_sdk_generated.api.solvers" in before
    # No operation module (api.<tag>.<operation>), no model, none of the patched operations.
    assert [m for m in before if m.count(".") >= 3 or ".models" in m] == []
    assert found["heavy"] == []
    # The first call loads its own operation module (to check its arguments, here refused).
    assert found["refused"] == "get_job: job_id must be a UUID, and 'not-a-uuid' is not one"
    first_call = found["first_call"]
    assert isinstance(first_call, list)
    assert "osparc_sdk_generated.api.solvers.get_job" in first_call
    assert [m for m in first_call if m.startswith("osparc_sdk_generated.api.")] == [
        "osparc_sdk_generated.api.solvers.get_job"
    ]
    assert found["in_place"] is True


@pytest.fixture
def pools_made(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The connection pools that clients made from now on (each made slowly, so that threads
    sending their first request together would each make one if nothing stopped them)."""
    made: list[object] = []
    original = sdk_pools.new_sync_pool

    def counting(settings: ClientSettings) -> httpx.BaseTransport:
        time.sleep(0.05)
        pool = original(settings)
        made.append(pool)
        return pool

    monkeypatch.setattr(sdk_pools, "new_sync_pool", counting)
    return made


def test_the_connection_pool_is_made_once_by_the_first_requests(
    platform: LocalPlatform, pools_made: list[object]
) -> None:
    with sdk.ApiClient(**platform.client_kwargs(), token_cache=False) as client:
        assert pools_made == []
        with ThreadPoolExecutor(max_workers=12) as threads:
            profiles = list(threads.map(lambda _: sdk.UsersApi(client).get_my_profile(), range(12)))
        assert len({p.login for p in profiles}) == 1
        assert len(pools_made) == 1
        assert client.http._transport._inner.pool is pools_made[0]  # type: ignore[attr-defined]


def test_clients_of_with_options_share_the_pool_their_parent_makes_later(
    platform: LocalPlatform, pools_made: list[object]
) -> None:
    with sdk.ApiClient(**platform.client_kwargs(), token_cache=False) as client:
        patient = client.with_options(timeout=60)
        sdk.UsersApi(patient).get_my_profile()
        sdk.UsersApi(client).get_my_profile()
        assert len(pools_made) == 1
    with pytest.raises(RuntimeError, match="closed"):
        sdk.UsersApi(patient).get_my_profile()
    assert len(pools_made) == 1


def test_closing_a_client_that_never_sent_makes_no_pool(
    platform: LocalPlatform, pools_made: list[object]
) -> None:
    with sdk.ApiClient(**platform.client_kwargs(), token_cache=False) as client:
        pool = client.http._transport._inner  # type: ignore[attr-defined]
    assert pools_made == []
    with pytest.raises(RuntimeError, match="the connection pool is closed"):
        pool.pool  # noqa: B018
    assert pools_made == []


def test_the_unions_of_function_models_are_made_on_first_use() -> None:
    found = _fresh(
        """
        import json, sys, typing
        import osparc_sdk_patches.api.function_jobs as function_jobs
        import osparc_sdk_patches.api.functions as functions
        before = [m for m in sys.modules if m.startswith("osparc_sdk_generated.models.")]
        unions = {
            "RegisteredFunction": functions.RegisteredFunction,
            "RegisteredFunctionJob": functions.RegisteredFunctionJob,
            "ListedFunctionJob": function_jobs.ListedFunctionJob,
        }
        try:
            functions.RegisteredFunctio
        except AttributeError as error:
            missing = str(error)
        print(json.dumps({
            "before": before,
            "members": {n: sorted(c.__name__ for c in typing.get_args(u))
                        for n, u in unions.items()},
            "kept": "RegisteredFunction" in vars(functions),
            "missing": missing,
        }))
        """
    )
    assert found["before"] == []
    kinds = [
        "RegisteredProjectFunction",
        "RegisteredPythonCodeFunction",
        "RegisteredSolverFunction",
    ]
    jobs = [f"{kind}Job" for kind in kinds]
    assert found["members"] == {
        "RegisteredFunction": kinds,
        "RegisteredFunctionJob": jobs,
        "ListedFunctionJob": sorted(jobs + [f"{job}WithStatus" for job in jobs]),
    }
    assert found["kept"] is True
    assert found["missing"] == (
        "module 'osparc_sdk_patches.api.functions' has no attribute 'RegisteredFunctio'"
    )

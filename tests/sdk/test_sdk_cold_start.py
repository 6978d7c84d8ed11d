"""What keeps a fresh process fast: models load on first use, httpx's own command line is not
imported with httpx, and the CA certificates are read at the first TLS handshake only.
(Times are measured by benchmarks/imports.py, never asserted here.)"""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import trustme
from osparc_sdk_patches.client import tls_context as _ssl

import sdk


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


def test_one_api_class_loads_only_its_own_models() -> None:
    found = _fresh(
        """
        import json, sys
        import sdk
        client = sdk.ApiClient(host="http://127.0.0.1:9", api_key="k", api_secret="s",
                               token_cache=False)
        sdk.UsersApi(client)
        import osparc_sdk_generated.models as models
        loaded = [m for m in sys.modules if m.startswith("osparc_sdk_generated.models.")]
        print(json.dumps({"loaded": len(loaded), "all": len(models.__all__),
                          "heavy": [m for m in ("rich", "click", "pygments") if m in sys.modules]}))
        """
    )
    assert isinstance(found["loaded"], int)
    assert isinstance(found["all"], int)
    assert 0 < found["loaded"] < found["all"] / 4
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
        pool = client.http._transport._inner.fast  # type: ignore[attr-defined]
        assert pool._ssl.cert_store_stats()["x509_ca"] == 0

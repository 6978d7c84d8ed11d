"""Security properties of the SDK, each a test that fails if its protection is removed.

Credentials never reach logs (at DEBUG), reprs or exception messages; TLS is verified by
default and a CA bundle can be given; a redirect to another host never carries credentials.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
import uvicorn
from pytest_httpx import HTTPXMock
from sdk_testkit import Flavor, do

import sdk
from sdk.testing import LocalPlatform

SLEEPER = "simcore/services/comp/itis/sleeper"


def _secrets_of(platform: LocalPlatform, token_cache: Path) -> list[str]:
    basic = base64.b64encode(f"{platform.api_key}:{platform.api_secret}".encode()).decode()
    found = [platform.api_key, platform.api_secret, basic]
    for entry in json.loads(token_cache.read_text()).values():
        found += [entry["access"], entry["refresh"]]
    return found


def test_credentials_never_reach_logs_reprs_or_errors(
    platform: LocalPlatform, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    source = tmp_path / "single_number.txt"
    source.write_text("4\n")
    token_cache = tmp_path / "tokens.json"
    seen: list[str] = []
    for auth in ("basic", "token"):
        with sdk.ApiClient(
            **platform.client_kwargs(), auth=auth, token_cache=token_cache
        ) as client:
            seen += [repr(client), repr(client.settings), repr(client.http.auth)]
            files, solvers = sdk.FilesApi(client), sdk.SolversApi(client)
            uploaded = files.upload_file(source, options=sdk.UploadOptions(reuse_existing=False))
            files.download_file(uploaded.id, tmp_path / f"copy-{auth}.txt")
            job = solvers.create_job(SLEEPER, "2.1.6", {"input_1": uploaded})
            solvers.start_job(SLEEPER, "2.1.6", job.id)
            with pytest.raises(sdk.NotFoundError) as missing:
                files.get_file(job.id)
            with pytest.raises(sdk.ValidationError) as invalid:
                solvers.create_job(SLEEPER, "2.1.6", {"input_2": "x"})
            for error in (missing.value, invalid.value):
                seen += [str(error), repr(error), json.dumps(error.body)]
    with (
        sdk.ApiClient(
            host=platform.base_url, api_key=platform.api_key, api_secret="bad-secret-x9q"
        ) as bad,
        pytest.raises(sdk.AuthenticationError) as caught,
    ):
        sdk.UsersApi(bad).get_my_profile()
    seen += [str(caught.value), repr(caught.value)]

    logged = [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in line for line in logged), "httpx's log was not captured"
    for secret in [*_secrets_of(platform, token_cache), "bad-secret-x9q"]:
        leaks = [text for text in logged + seen if secret in text]
        assert not leaks, f"a credential leaked into: {leaks[:2]}"


def test_user_info_in_the_host_stays_out_of_errors(platform: LocalPlatform) -> None:
    host = platform.base_url.replace("http://", "http://someone:hunter2@")
    client = sdk.ApiClient(host=host, api_key=platform.api_key, api_secret=platform.api_secret)
    with client, pytest.raises(sdk.NotFoundError) as caught:
        sdk.FilesApi(client).get_file("6d7fce9f-ee47-4194-aa8b-5e84ddb4b3b1")  # type: ignore[arg-type]
    assert "hunter2" not in str(caught.value)
    assert "someone" not in str(caught.value)


# -- TLS ----------------------------------------------------------------------------------------
def _profile_app() -> Any:
    body = json.dumps({"id": 1, "login": "tls@osparc.local", "role": "USER"}).encode()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A loopback HTTPS server whose certificate is signed by a private test CA."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file, ca_file = folder / "cert.pem", folder / "key.pem", folder / "ca.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    ca.cert_pem.write_to_path(str(ca_file))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            _profile_app(),
            host="127.0.0.1",
            port=port,
            ssl_certfile=str(cert_file),
            ssl_keyfile=str(key_file),
            log_level="error",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"https://127.0.0.1:{port}", ca_file
    server.should_exit = True
    thread.join(timeout=10)


async def _tls_login(flavor: Flavor, host: str, **kwargs: Any) -> str:
    client = flavor.ns.ApiClient(host=host, api_key="k", api_secret="s", **kwargs)
    try:
        return str((await do(flavor.ns.UsersApi(client).get_my_profile())).login)
    finally:
        await do(client.aclose() if flavor.is_async else client.close())


def test_tls_is_verified_by_default(tls_server: tuple[str, Path], flavor: Flavor) -> None:
    host, _ = tls_server
    policy = sdk.RetryPolicy(max_attempts=1)
    with pytest.raises(sdk.ApiConnectionError, match=r"CERTIFICATE_VERIFY_FAILED|certificate"):
        asyncio.run(_tls_login(flavor, host, retry=policy))


def test_a_ca_bundle_makes_a_private_certificate_trusted(
    tls_server: tuple[str, Path], flavor: Flavor, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, ca_file = tls_server
    assert asyncio.run(_tls_login(flavor, host, verify=str(ca_file))) == "tls@osparc.local"
    monkeypatch.setenv("OSPARC_CA_BUNDLE", str(ca_file))
    assert asyncio.run(_tls_login(flavor, host)) == "tls@osparc.local"


def test_a_missing_ca_bundle_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(sdk.ConfigurationError, match="CA bundle"):
        sdk.ApiClient(
            host="https://127.0.0.1:1",
            api_key="k",
            api_secret="s",
            verify=str(tmp_path / "none.pem"),
        )


# -- redirects ----------------------------------------------------------------------------------
@pytest.mark.parametrize("auth", ["basic", "token"])
def test_a_redirect_to_another_host_carries_no_credentials(
    httpx_mock: HTTPXMock, tmp_path: Path, auth: str
) -> None:
    file_id = "6d7fce9f-ee47-4194-aa8b-5e84ddb4b3b1"
    platform, storage = "https://platform.test", "https://storage.test"
    httpx_mock.add_response(
        method="POST",
        url=f"{platform}/v0/auth/token",
        json={
            "access_token": "A" * 20,
            "refresh_token": "R" * 20,
            "expires_in": 900,
            "refresh_expires_in": 9000,
        },
        is_optional=True,
    )
    httpx_mock.add_response(
        url=f"{platform}/v0/files/{file_id}",
        json={"id": file_id, "filename": "data.bin", "checksum": None},
    )
    httpx_mock.add_response(
        url=f"{platform}/v0/files/{file_id}/content",
        status_code=307,
        headers={"Location": f"{storage}/blob?signature=abc"},
    )
    httpx_mock.add_response(url=f"{storage}/blob?signature=abc", content=b"payload")
    with sdk.ApiClient(
        host=platform, api_key="key", api_secret="secret", auth=auth, token_cache=False
    ) as client:
        written = sdk.FilesApi(client).download_file(file_id, tmp_path)  # type: ignore[arg-type]
    assert written.read_bytes() == b"payload"
    to_platform = [r for r in httpx_mock.get_requests() if r.url.host == "platform.test"]
    to_storage = [r for r in httpx_mock.get_requests() if r.url.host == "storage.test"]
    assert all("authorization" in r.headers for r in to_platform)
    assert to_storage
    assert all("authorization" not in r.headers for r in to_storage)

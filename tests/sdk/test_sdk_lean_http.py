"""The SDK's httpx clients do less per request than httpx's own, with the same results: request
URLs are merged with the base URL once per path (and again after `base_url` changes), and
answers that set no cookie skip the cookie jar, while cookies a server does set are kept and
sent back. Sync and async."""

from __future__ import annotations

import http.cookiejar
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from sdk_testkit import Flavor, do

PROFILE = {"id": 1, "login": "user@osparc.local", "role": "USER"}


class _CookieServer(ThreadingHTTPServer):
    """Answers GET /v0/me with a profile; sets a session cookie on its first answer only, and
    notes the Cookie header of every request."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.cookies_seen: list[str | None] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _CookieServer

    def do_GET(self) -> None:
        first = not self.server.cookies_seen
        self.server.cookies_seen.append(self.headers.get("Cookie"))
        body = json.dumps(PROFILE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if first:
            self.send_header("Set-Cookie", "session=s1; Path=/")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def cookie_server() -> Iterator[_CookieServer]:
    server = _CookieServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_cookie_the_server_sets_is_sent_back(
    flavor: Flavor, cookie_server: _CookieServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[object] = []
    parse = http.cookiejar.CookieJar.extract_cookies

    def counted(jar: http.cookiejar.CookieJar, response: Any, request: Any) -> None:
        parsed.append(response)
        parse(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counted)

    async def scenario(client: Any) -> None:
        users = flavor.ns.UsersApi(client)
        for _ in range(3):
            assert (await do(users.get_my_profile())).login == PROFILE["login"]
        assert client.http.cookies.get("session") == "s1"

    flavor.run(scenario, host=cookie_server.url, api_key="k", api_secret="s", token_cache=False)
    assert cookie_server.cookies_seen == [None, "session=s1", "session=s1"]
    assert len(parsed) == 1  # only the answer that set a cookie went through the jar's parser


def test_cookies_set_by_hand_are_sent(flavor: Flavor, cookie_server: _CookieServer) -> None:
    async def scenario(client: Any) -> None:
        client.http.cookies = {"team": "blue"}
        await do(flavor.ns.UsersApi(client).get_my_profile())

    flavor.run(scenario, host=cookie_server.url, api_key="k", api_secret="s", token_cache=False)
    assert cookie_server.cookies_seen == ["team=blue"]


def test_a_path_is_merged_with_the_base_url_once(
    flavor: Flavor, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses: list[str] = []
    parse = httpx._urls.urlparse

    def counted(url: str = "", **kwargs: Any) -> Any:
        parses.append(url)
        return parse(url, **kwargs)

    async def scenario(client: Any) -> None:
        lean: httpx.Client | httpx.AsyncClient = client.http
        first = lean.build_request("GET", "/v0/me")
        monkeypatch.setattr(httpx._urls, "urlparse", counted)
        again = lean.build_request("GET", "/v0/me")
        assert parses == []  # the merged URL of the first request, not parsed again
        assert str(first.url) == str(again.url) == "http://platform.test/base/v0/me"
        assert str(lean.build_request("GET", "/v0/files").url).endswith("/base/v0/files")
        absolute = lean.build_request("GET", httpx.URL("http://elsewhere.test/x"))
        assert str(absolute.url) == "http://elsewhere.test/x"

    flavor.run(scenario, host="http://platform.test/base", api_key="k", api_secret="s")


def test_a_new_base_url_is_used_for_paths_merged_before(flavor: Flavor) -> None:
    async def scenario(client: Any) -> None:
        lean: httpx.Client | httpx.AsyncClient = client.http
        assert lean.build_request("GET", "/v0/me").url.host == "platform.test"
        lean.base_url = httpx.URL("http://moved.test/api")
        assert str(lean.build_request("GET", "/v0/me").url) == "http://moved.test/api/v0/me"

    flavor.run(scenario, host="http://platform.test", api_key="k", api_secret="s")

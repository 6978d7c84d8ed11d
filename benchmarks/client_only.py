"""The SDK's own CPU cost per call, with no server: both clients answer from memory.

    python benchmarks/client_only.py [--calls 20000]

The same canned response goes through httpx alone (baseline) and through the whole SDK stack
(generated request building, auth flow, retry transport, error hook, model parsing).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import httpx
from osparc_sdk_patches.client import RetryTransport

from sdk import ApiClient, UsersApi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, print_table

PROFILE = json.dumps(
    {
        "id": 1,
        "login": "user@osparc.local",
        "role": "USER",
        "first_name": None,
        "last_name": None,
        "gravatar_id": "01f12b1d2cb73203f120ec73a9dcb3f8",
        "groups": {
            "me": {"gid": "101", "label": "user", "description": "primary group"},
            "organizations": [],
            "all": {"gid": "1", "label": "Everyone", "description": "all users"},
        },
    }
).encode()


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PROFILE, headers={"content-type": "application/json"})


def run(calls: int) -> Row:
    raw_client = httpx.Client(
        base_url="http://127.0.0.1:1", auth=("k", "s"), transport=httpx.MockTransport(_answer)
    )
    sdk_client = ApiClient(host="http://127.0.0.1:1", api_key="k", api_secret="s")
    # Same memory transport underneath the SDK's own retry layer.
    sdk_client.http._transport = RetryTransport(
        httpx.MockTransport(_answer), sdk_client.settings.retry
    )
    users = UsersApi(sdk_client)

    def raw() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            raw_client.get("/v0/me").json()
        return time.perf_counter() - start

    def ours() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            users.get_my_profile()
        return time.perf_counter() - start

    raw(), ours()  # warm up
    raws, ourss = [], []
    for _ in range(5):  # alternate, so that a busy moment of the machine hits both alike
        raws.append(raw())
        ourss.append(ours())
    raw_client.close()
    sdk_client.close()
    return Row(
        f"{calls} x get_my_profile, in-memory transport",
        "httpx.Client",
        min(ourss) / calls * 1e6,
        min(raws) / calls * 1e6,
        "us",
        notes=["no server: this is the SDK's own cost per call, on top of httpx's"],
    )


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20000)
    args, _ = parser.parse_known_args()
    rows = [run(args.calls)]
    print_table("Client-only cost per call (lower is better)", rows)
    return rows


if __name__ == "__main__":
    main()

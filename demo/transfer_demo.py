#!/usr/bin/env python
"""
A Globus Transfer session with ``globus_sdk``: find collections, list a directory,
submit a transfer, wait for it, page through the task list, and handle an API error.

Offline by default: every request is answered by the SDK's own canned responses
(``globus_sdk._testing``, on top of the ``responses`` package), so it runs anywhere
and never touches the network.

To talk to real Globus instead, set:

    GLOBUS_TRANSFER_TOKEN            an access token for transfer.api.globus.org
    GLOBUS_DEMO_SOURCE_COLLECTION    the collection to copy from
    GLOBUS_DEMO_DEST_COLLECTION      the collection to copy to
    GLOBUS_DEMO_SOURCE_PATH          (optional) directory to list and copy from, default /~/
    GLOBUS_DEMO_DEST_PATH            (optional) directory to copy into,
                                     default /~/globus-sdk-demo/
    GLOBUS_DEMO_SEARCH               (optional) endpoint search text, default tutorial

The last part shows a ``ClientApp`` (a service account: client credentials, tokens kept
in a token storage, authorizers handed to every client). It runs live when
``GLOBUS_DEMO_CLIENT_ID`` and ``GLOBUS_DEMO_CLIENT_SECRET`` are set too.

    python demo/transfer_demo.py
"""

from __future__ import annotations

import contextlib
import os
import sys
import typing as t
import unittest.mock
import uuid

import globus_sdk

LIVE_VARS = (
    "GLOBUS_TRANSFER_TOKEN",
    "GLOBUS_DEMO_SOURCE_COLLECTION",
    "GLOBUS_DEMO_DEST_COLLECTION",
)


def say(text: str = "") -> None:
    print(text, flush=True)


def step(number: int, title: str) -> None:
    say()
    say(f"== {number}. {title} " + "=" * max(0, 60 - len(title)))


def show_call(code: str) -> None:
    say(f">>> {code}")


# ---------------------------------------------------------------------------
# where the answers come from
# ---------------------------------------------------------------------------
class Backend:
    """Real Globus: nothing to prepare, time really passes."""

    name = "live"

    def prepare(self, *fixtures: str) -> None:
        """Called before each step with the fixture sets it needs (offline only)."""

    @contextlib.contextmanager
    def clock(self) -> t.Iterator[None]:
        yield


class CannedBackend(Backend):
    """The SDK's canned responses, registered on ``responses`` step by step."""

    name = "offline (canned responses)"

    def __init__(self) -> None:
        import responses

        self.mock = responses.RequestsMock(assert_all_requests_are_fired=False)

    def __enter__(self) -> CannedBackend:
        self.mock.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.mock.stop()
        self.mock.reset()

    def prepare(self, *fixtures: str) -> None:
        from globus_sdk._testing import load_response

        # each step starts from a clean slate, so earlier answers cannot leak into it
        self.mock.reset()
        for fixture in fixtures:
            set_id, _, case = fixture.partition(":")
            load_response(set_id, case=case or "default", requests_mock=self.mock)
            say(f"   (canned: {set_id} [{case or 'default'}])")

    @contextlib.contextmanager
    def clock(self) -> t.Iterator[None]:
        # task_wait sleeps between polls with time.sleep; offline, skip the waiting
        def no_sleep(seconds: float) -> None:
            say(f"   ... {seconds:g}s pass (skipped offline)")

        with unittest.mock.patch("time.sleep", no_sleep):
            yield


# ---------------------------------------------------------------------------
# the session
# ---------------------------------------------------------------------------
def run_session(
    tc: globus_sdk.TransferClient,
    backend: Backend,
    *,
    source: str,
    destination: str,
    source_path: str,
    dest_path: str,
    search_text: str,
) -> int:
    say(f"Globus Transfer demo, globus_sdk {globus_sdk.__version__} -- {backend.name}")
    say(f"client: {tc!r}")

    step(1, "Find collections")
    backend.prepare("transfer.endpoint_search")
    show_call(f"tc.endpoint_search({search_text!r}, limit=5)")
    for ep in tc.endpoint_search(search_text, limit=5):
        say(f"   {ep['id']}  {ep.get('display_name') or ep.get('canonical_name')}")

    step(2, "List a directory on the source")
    backend.prepare("transfer.operation_ls")
    show_call(f"tc.operation_ls({source!r}, path={source_path!r})")
    listing = tc.operation_ls(source, path=source_path)
    entries = list(listing)
    for entry in entries:
        kind = "d" if entry["type"] == "dir" else "-"
        say(f"   {kind} {entry.get('size', 0):>10}  {entry['name']}")
    base = listing.get("path") or source_path
    if not base.endswith("/"):
        base += "/"

    step(3, "Submit a transfer of a few items")
    tdata = globus_sdk.TransferData(
        source_endpoint=source,
        destination_endpoint=destination,
        label="globus_sdk transfer demo",
        sync_level="checksum",
        verify_checksum=True,
    )
    for entry in entries[:3]:
        is_dir = entry["type"] == "dir"
        suffix = "/" if is_dir else ""
        tdata.add_item(
            base + entry["name"] + suffix, dest_path + entry["name"] + suffix, recursive=is_dir
        )
    tdata.add_filter_rule("*.tmp")  # skip temporary files inside directories
    for item in tdata.iter_items():
        flag = " (recursive)" if item.get("recursive") else ""
        say(f"   {item['source_path']} -> {item['destination_path']}{flag}")
    if not tdata["DATA"]:
        say("   nothing to transfer in the source directory; stopping here")
        return 0
    backend.prepare("transfer.get_submission_id", "transfer.submit_transfer")
    show_call("tc.submit_transfer(tdata)")
    result = tc.submit_transfer(tdata)
    task_id = result["task_id"]
    say(f"   {result.http_status} {result.get('code')}: task {task_id}")
    say(f"   submission_id {tdata['submission_id']} (stored: re-submitting is safe)")

    step(4, "Wait for the task")
    backend.prepare("transfer.task_wait")
    show_call(f"tc.task_wait({task_id!r}, timeout=60, polling_interval=5)")
    with backend.clock():
        rounds = 0
        while not tc.task_wait(task_id, timeout=60, polling_interval=5):
            rounds += 1
            say("   still ACTIVE after another minute")
            if rounds >= 5:
                say("   giving up waiting; the task keeps running on Globus")
                break
    backend.prepare("transfer.get_task")
    task = tc.get_task(task_id)
    say(
        f"   status {task['status']}: {task.get('files_transferred')} files, "
        f"{task.get('bytes_transferred')} bytes, {task.get('faults')} faults"
    )

    step(5, "Page through the task list")
    backend.prepare("transfer.task_list:paginated")
    show_call("tc.paginated.task_list(orderby='request_time DESC')")
    for number, page in enumerate(tc.paginated.task_list(orderby="request_time DESC"), 1):
        count = len(page['DATA'])
        say(f"   page {number}: {count} task{'s' if count != 1 else ''} (total {page.get('total')})")
        for t_ in page:
            say(f"      {t_['task_id']}  {t_['type']:<8} {t_['status']:<9} {t_.get('label')}")

    step(6, "Handle an API error")
    backend.prepare("transfer.submit_transfer:failure")
    empty = globus_sdk.TransferData(
        source_endpoint=source,
        destination_endpoint=destination,
        submission_id=str(uuid.uuid4()),
    )
    show_call("tc.submit_transfer(<a TransferData with no items>)")
    try:
        tc.submit_transfer(empty)
    except globus_sdk.TransferAPIError as err:
        say(f"   TransferAPIError: HTTP {err.http_status}, code {err.code}")
        say(f"   message: {err.message}")
        say(f"   request_id: {err.request_id} (quote it when asking Globus support)")
        if err.http_status < 500:
            say("   a client error: fix the request rather than retrying it")
    else:
        say("   (the service accepted it)")

    return 0


def run_app_session(backend: Backend, *, client_id: str, client_secret: str, collection: str) -> int:
    """A ClientApp logs in with client credentials and hands tokens to a TransferClient."""
    step(7, "Let a ClientApp handle tokens")
    app = globus_sdk.ClientApp(
        "globus_sdk-transfer-demo",
        client_id=client_id,
        client_secret=client_secret,
        config=globus_sdk.GlobusAppConfig(token_storage="memory"),
    )
    tc = globus_sdk.TransferClient(app=app)
    say(f"   {tc!r} asks the app for scopes: {[str(s) for s in tc.app_scopes or []]}")
    backend.prepare("auth.oauth2_client_credentials_tokens", "transfer.get_endpoint")
    show_call(f"tc.get_endpoint({collection!r})  # the app gets a token first")
    endpoint = tc.get_endpoint(collection)
    say(f"   {endpoint['id']}  {endpoint.get('display_name')}")
    show_call(f"tc.get_endpoint({collection!r})  # the stored token is reused")
    tc.get_endpoint(collection)
    if isinstance(backend, CannedBackend):
        token_calls = sum("/v2/oauth2/token" in (c.request.url or "") for c in backend.mock.calls)
        say(f"   token requests so far: {token_calls} (one login, then the stored token)")
    backend.prepare("auth.oauth2_revoke_token")
    show_call("app.logout()  # revoke and forget the tokens")
    app.logout()
    say("   logged out")
    return 0


def main() -> int:
    live = {name: os.environ.get(name) for name in LIVE_VARS}
    if all(live.values()):
        tc = globus_sdk.TransferClient(
            authorizer=globus_sdk.AccessTokenAuthorizer(t.cast(str, live["GLOBUS_TRANSFER_TOKEN"])),
            app_name="globus_sdk-transfer-demo",
        )
        status = run_session(
            tc,
            Backend(),
            source=t.cast(str, live["GLOBUS_DEMO_SOURCE_COLLECTION"]),
            destination=t.cast(str, live["GLOBUS_DEMO_DEST_COLLECTION"]),
            source_path=os.environ.get("GLOBUS_DEMO_SOURCE_PATH", "/~/"),
            dest_path=os.environ.get("GLOBUS_DEMO_DEST_PATH", "/~/globus-sdk-demo/"),
            search_text=os.environ.get("GLOBUS_DEMO_SEARCH", "tutorial"),
        )
        client_id = os.environ.get("GLOBUS_DEMO_CLIENT_ID")
        client_secret = os.environ.get("GLOBUS_DEMO_CLIENT_SECRET")
        if not status and client_id and client_secret:
            status = run_app_session(
                Backend(),
                client_id=client_id,
                client_secret=client_secret,
                collection=t.cast(str, live["GLOBUS_DEMO_SOURCE_COLLECTION"]),
            )
        say()
        say("done.")
        return status
    if any(live.values()):
        missing = ", ".join(k for k, v in live.items() if not v)
        say(f"(live mode needs {missing} too; running offline)")

    from globus_sdk._testing.data.auth._common import CLIENT_ID
    from globus_sdk._testing.data.transfer._endpoint_fixtures import ENDPOINT_ID
    from globus_sdk._testing.data.transfer._task_fixtures import DESTINATION_ENDPOINT_ID

    with CannedBackend() as backend:
        tc = globus_sdk.TransferClient(
            authorizer=globus_sdk.AccessTokenAuthorizer("offline-demo-token")
        )
        status = run_session(
            tc,
            backend,
            source=ENDPOINT_ID,
            destination=DESTINATION_ENDPOINT_ID,
            source_path="/~/project/",
            dest_path="/~/globus-sdk-demo/",
            search_text="tutorial",
        )
        status = status or run_app_session(
            backend,
            client_id=CLIENT_ID,
            client_secret="offline-demo-secret",  # noqa: S106 - canned, not a credential
            collection=ENDPOINT_ID,
        )
    say()
    say("done.")
    return status


if __name__ == "__main__":
    sys.exit(main())

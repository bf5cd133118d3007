"""SearchClient subjects and entries."""

from __future__ import annotations

from globus_sdk._testing import load_response

BASE = "https://search.api.globus.org/v1"


def test_get_subject(client, last_request):
    meta = load_response(client.get_subject).metadata
    res = client.get_subject(meta["index_id"], meta["subject"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/index/{meta['index_id']}/subject",
    )
    assert sent.query == {"subject": [meta["subject"]]}
    assert sent.authorization == "Bearer mytoken"
    assert res["subject"] == meta["subject"]


def test_get_subject_with_odd_characters(client, last_request):
    meta = load_response(client.get_subject).metadata
    client.get_subject(
        meta["index_id"], "https://example.org/a b?c=d&e", query_params={"x": "1"}
    )
    sent = last_request()
    assert sent.path == f"/v1/index/{meta['index_id']}/subject"
    assert sent.query == {"subject": ["https://example.org/a b?c=d&e"], "x": ["1"]}


def test_delete_subject(client, last_request):
    meta = load_response(client.delete_subject).metadata
    res = client.delete_subject(
        meta["index_id"], meta["subject"], query_params={"x": "y"}
    )

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/index/{meta['index_id']}/subject",
    )
    assert sent.query == {"subject": [meta["subject"]], "x": ["y"]}
    assert res["task_id"] == meta["task_id"]


def test_get_entry(client, last_request):
    meta = load_response(client.get_entry).metadata
    res = client.get_entry(meta["index_id"], meta["subject"])

    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/index/{meta['index_id']}/entry")
    assert sent.query == {"subject": [meta["subject"]]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["subject"] == meta["subject"]
    assert res["entries"][0]["entry_id"] is None


def test_get_entry_with_entry_id(client, last_request):
    meta = load_response(client.get_entry).metadata
    client.get_entry(meta["index_id"], "s1", entry_id="e1", query_params={"a": "1"})
    assert last_request().query == {"subject": ["s1"], "entry_id": ["e1"], "a": ["1"]}


def test_create_entry(client, last_request):
    meta = load_response(client.create_entry).metadata
    doc = {"subject": "s", "visible_to": ["public"], "content": {}}
    res = client.create_entry(meta["index_id"], doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/index/{meta['index_id']}/entry")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == doc
    assert res["task_id"] == meta["task_id"]


def test_update_entry(client, last_request):
    meta = load_response(client.update_entry).metadata
    doc = {"subject": "s", "visible_to": ["public"], "content": {"a": 1}}
    res = client.update_entry(meta["index_id"], doc)

    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/index/{meta['index_id']}/entry")
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == doc
    assert res["task_id"] == meta["task_id"]


def test_delete_entry(client, last_request):
    meta = load_response(client.delete_entry).metadata
    res = client.delete_entry(meta["index_id"], meta["subject"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/index/{meta['index_id']}/entry",
    )
    assert sent.query == {"subject": [meta["subject"]]}
    assert sent.body is None
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]


def test_delete_entry_with_entry_id(client, last_request):
    meta = load_response(client.delete_entry).metadata
    client.delete_entry(meta["index_id"], "s1", entry_id="e2", query_params={"b": "2"})
    assert last_request().query == {"subject": ["s1"], "entry_id": ["e2"], "b": ["2"]}

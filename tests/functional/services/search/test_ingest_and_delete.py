"""SearchClient ingest and bulk deletion."""

from __future__ import annotations

from globus_sdk._testing import load_response

BASE = "https://search.api.globus.org/v1"


def test_ingest(client, last_request):
    meta = load_response(client.ingest).metadata
    doc = {
        "ingest_type": "GMetaEntry",
        "ingest_data": {
            "subject": "https://example.org/s",
            "visible_to": ["public"],
            "content": {"k": "v"},
        },
    }
    res = client.ingest(meta["index_id"], doc)

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/ingest",
    )
    assert sent.query == {}
    assert sent.body == doc
    assert sent.authorization == "Bearer mytoken"
    assert res["task_id"] == meta["task_id"]
    assert res["acknowledged"] is True


def test_delete_by_query(client, last_request):
    meta = load_response(client.delete_by_query).metadata
    res = client.delete_by_query(meta["index_id"], {"q": "*", "advanced": True})

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/delete_by_query",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"q": "*", "advanced": True}
    assert res["task_id"] == meta["task_id"]


def test_batch_delete_by_subject(client, last_request):
    meta = load_response(client.batch_delete_by_subject).metadata
    res = client.batch_delete_by_subject(meta["index_id"], iter(["s1", "s2"]))

    sent = last_request()
    assert (sent.method, sent.url) == (
        "POST",
        f"{BASE}/index/{meta['index_id']}/batch_delete_by_subject",
    )
    assert sent.query == {}
    assert sent.authorization == "Bearer mytoken"
    assert sent.body == {"subjects": ["s1", "s2"]}
    assert res["task_id"] == meta["task_id"]


def test_batch_delete_by_subject_one_string(client, last_request):
    meta = load_response(client.batch_delete_by_subject).metadata
    client.batch_delete_by_subject(
        meta["index_id"], "single-subject", additional_params={"dry_run": True}
    )
    assert last_request().body == {"subjects": ["single-subject"], "dry_run": True}

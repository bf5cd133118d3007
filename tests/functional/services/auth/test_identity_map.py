"""IdentityMap: batched and cached identity lookups through a real AuthClient."""

from __future__ import annotations

import json
import urllib.parse
import uuid

import pytest
import responses

import globus_sdk
from globus_sdk._testing import load_response
from globus_sdk.exc import RemovedInV4Warning

BASE = "https://auth.globus.org"


def identity(n: int) -> dict:
    return {"id": str(uuid.UUID(int=n)), "username": f"user{n}@example.org"}


def serve_identities(known: list[dict]) -> list[dict[str, list[str]]]:
    """Answer get_identities from ``known``; return the list of queries received."""
    queries: list[dict[str, list[str]]] = []

    def callback(request):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(request.url).query)
        queries.append(query)
        ids = set(query.get("ids", [""])[0].split(","))
        usernames = set(query.get("usernames", [""])[0].split(","))
        found = [x for x in known if x["id"] in ids or x["username"] in usernames]
        return 200, {}, json.dumps({"identities": found})

    responses.add_callback("GET", f"{BASE}/v2/api/identities", callback=callback)
    return queries


def test_lookup_by_id_and_username_with_the_fixture(client):
    meta = load_response(client.get_identities).metadata
    idmap = globus_sdk.IdentityMap(client)
    assert idmap[meta["id"]]["username"] == meta["username"]
    # cached under both keys: no second request
    assert idmap[meta["username"]]["id"] == meta["id"]
    assert len(responses.calls) == 1


def test_getitem_sends_one_lookup_by_id(client, last_request):
    fixture = load_response(client.get_identities)
    meta = fixture.metadata
    idmap = globus_sdk.IdentityMap(client)
    record = idmap[meta["id"]]

    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        {"ids": [meta["id"]]},
        None,
    )
    assert sent.authorization == "Bearer auth-test-access-token"
    assert record == fixture.json["identities"][0]
    assert record["username"] == meta["username"]


def test_get_looks_up_a_username(client, last_request):
    fixture = load_response(client.get_identities)
    meta = fixture.metadata
    idmap = globus_sdk.IdentityMap(client)
    assert idmap.get(meta["username"]) == fixture.json["identities"][0]

    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        {"usernames": [meta["username"]], "provision": ["false"]},
        None,
    )
    assert sent.auth_scheme == "Bearer"


def test_get_default_when_the_identity_is_unknown(client, last_request):
    load_response(client.get_identities, case="empty")
    missing = str(uuid.UUID(int=99))
    idmap = globus_sdk.IdentityMap(client)
    assert idmap.get(missing, "fallback") == "fallback"
    assert idmap.get(missing) is None
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        {"ids": [missing]},
        None,
    )


def test_add_then_one_batched_lookup(client, sent_requests):
    fixture = load_response(client.get_identities, case="multiple")
    ids = fixture.metadata["ids"]
    idmap = globus_sdk.IdentityMap(client)
    assert [idmap.add(i) for i in ids] == [True, True, True]

    records = [idmap[i] for i in ids]
    (sent,) = sent_requests()
    assert (sent.method, sent.url, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        None,
    )
    assert set(sent.query) == {"ids"} and len(sent.query["ids"]) == 1
    # one batch: the order inside it is not significant
    assert sorted(sent.query["ids"][0].split(",")) == sorted(ids)
    assert records == fixture.json["identities"]


def test_delitem_forgets_the_record(client, sent_requests):
    fixture = load_response(client.get_identities)
    meta = fixture.metadata
    idmap = globus_sdk.IdentityMap(client)
    assert idmap[meta["id"]] == fixture.json["identities"][0]
    del idmap[meta["id"]]
    # still cached under its username; the id is looked up again
    assert idmap[meta["username"]]["id"] == meta["id"]
    assert idmap[meta["id"]] == fixture.json["identities"][0]
    assert [(r.method, r.path, r.query) for r in sent_requests()] == [
        ("GET", "/v2/api/identities", {"ids": [meta["id"]]})
    ] * 2


def test_batches_of_at_most_100(client):
    known = [identity(n) for n in range(1, 251)]
    queries = serve_identities(known)
    idmap = globus_sdk.IdentityMap(client, [x["id"] for x in known])

    for record in known:
        assert idmap[record["id"]] == record
    assert [len(q["ids"][0].split(",")) for q in queries] == [100, 100, 50]
    # every id was requested exactly once
    requested = [i for q in queries for i in q["ids"][0].split(",")]
    assert sorted(requested) == sorted(x["id"] for x in known)


def test_usernames_and_ids_are_looked_up_separately(client):
    known = [identity(n) for n in range(1, 5)]
    queries = serve_identities(known)
    idmap = globus_sdk.IdentityMap(
        client, [known[0]["id"], known[1]["username"], known[2]["id"]]
    )
    assert idmap.add(known[3]["username"]) is True

    assert idmap[known[1]["username"]]["id"] == known[1]["id"]
    assert sorted(queries[0]["usernames"][0].split(",")) == sorted(
        [known[1]["username"], known[3]["username"]]
    )
    assert queries[0]["provision"] == ["false"]
    assert "ids" not in queries[0]

    assert idmap[known[0]["id"]]["username"] == known[0]["username"]
    assert sorted(queries[1]["ids"][0].split(",")) == sorted(
        [known[0]["id"], known[2]["id"]]
    )
    assert "usernames" not in queries[1]

    # everything is cached now, by id and by username
    for record in known:
        assert idmap[record["id"]] == idmap[record["username"]] == record
    assert len(queries) == 2


def test_custom_batch_size(client):
    known = [identity(n) for n in range(1, 11)]
    queries = serve_identities(known)
    idmap = globus_sdk.IdentityMap(client, [x["id"] for x in known], id_batch_size=4)
    for record in known:
        idmap[record["id"]]
    assert [len(q["ids"][0].split(",")) for q in queries] == [4, 4, 2]


@pytest.mark.parametrize("size", [0, -1, 101, 1.5])
def test_batch_size_bounds(client, size):
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="id_batch_size"):
        globus_sdk.IdentityMap(client, id_batch_size=size)


def test_unknown_identities(client):
    serve_identities([identity(1)])
    idmap = globus_sdk.IdentityMap(client)
    missing = str(uuid.UUID(int=99))
    with pytest.raises(KeyError):
        idmap[missing]
    assert idmap.get(missing) is None
    assert idmap.get("nobody@example.org", "fallback") == "fallback"


def test_uuid_keys(client):
    record = identity(7)
    queries = serve_identities([record])
    idmap = globus_sdk.IdentityMap(client, [uuid.UUID(record["id"])])
    assert idmap[uuid.UUID(record["id"])] == record
    assert idmap[record["id"]] == record
    assert queries == [{"ids": [record["id"]]}]


def test_non_string_keys_are_rejected(client):
    idmap = globus_sdk.IdentityMap(client)
    with pytest.raises(globus_sdk.GlobusSDKUsageError):
        idmap[42]  # type: ignore[index]


def test_add_and_delete(client):
    record = identity(3)
    queries = serve_identities([record])
    idmap = globus_sdk.IdentityMap(client)
    assert idmap.add(record["id"]) is True
    assert idmap.add(record["id"]) is False
    assert idmap[record["id"]] == record
    # already resolved
    assert idmap.add(record["id"]) is False
    assert idmap.add(record["username"]) is False

    del idmap[record["id"]]
    with pytest.raises(KeyError):
        del idmap[record["id"]]
    assert idmap[record["id"]] == record
    assert len(queries) == 2


def test_shared_cache(client):
    queries = serve_identities([identity(1)])
    cache: dict = {}
    globus_sdk.IdentityMap(client, cache=cache)[identity(1)["id"]]
    assert set(cache) == {identity(1)["id"], identity(1)["username"]}
    assert globus_sdk.IdentityMap(client, cache=cache)[
        identity(1)["username"]
    ] == identity(1)
    assert len(queries) == 1


def test_explicitly_resolved_ids_are_not_requested_again(client):
    known = [identity(n) for n in range(1, 4)]
    queries = serve_identities(known)
    idmap = globus_sdk.IdentityMap(client, [known[0]["id"]], id_batch_size=1)
    idmap[known[1]["id"]]  # resolved alone (batch size 1)
    idmap.add(known[1]["id"])  # known already: not added
    idmap[known[0]["id"]]
    assert [q["ids"] for q in queries] == [[known[1]["id"]], [known[0]["id"]]]


def test_with_a_confidential_client_the_deprecated_lookup_warns():
    serve_identities([identity(1)])
    cc = globus_sdk.ConfidentialAppAuthClient(str(uuid.UUID(int=50)), "secret")
    idmap = globus_sdk.IdentityMap(cc)
    with pytest.warns(RemovedInV4Warning):
        assert idmap[identity(1)["id"]] == identity(1)


def test_with_a_confidential_client_the_lookup_uses_its_credentials(last_request):
    fixture = load_response("auth.get_identities")
    meta = fixture.metadata
    cc = globus_sdk.ConfidentialAppAuthClient(str(uuid.UUID(int=50)), "secret")
    idmap = globus_sdk.IdentityMap(cc)
    with pytest.warns(RemovedInV4Warning):
        assert idmap[meta["username"]] == fixture.json["identities"][0]
    sent = last_request()
    assert (sent.method, sent.url, sent.query, sent.body) == (
        "GET",
        f"{BASE}/v2/api/identities",
        {"usernames": [meta["username"]], "provision": ["false"]},
        None,
    )
    assert sent.basic_credentials == (str(uuid.UUID(int=50)), "secret")

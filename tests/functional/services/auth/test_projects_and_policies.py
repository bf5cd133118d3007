"""AuthClient projects and policies."""

from __future__ import annotations

import uuid

import pytest

import globus_sdk
from globus_sdk._testing import get_response_set, load_response
from globus_sdk.exc import RemovedInV4Warning
from globus_sdk.services.auth.response import GetPoliciesResponse, GetProjectsResponse

BASE = "https://auth.globus.org"


# ---- projects


def test_get_project(client, last_request):
    meta = load_response(client.get_project).metadata
    res = client.get_project(meta["project_id"])

    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/api/projects/{meta['project_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert sent.auth_scheme == "Bearer"
    assert res["project"]["id"] == meta["project_id"]


def test_get_projects(client, last_request):
    meta = load_response(client.get_projects).metadata
    res = client.get_projects()

    sent = last_request()
    assert (sent.method, sent.url, sent.query) == ("GET", f"{BASE}/v2/api/projects", {})
    assert sent.body is None
    assert isinstance(res, GetProjectsResponse)
    assert [p["id"] for p in res] == meta["project_ids"]
    for project in res:
        admins = project["admin_ids"] + (project["admin_group_ids"] or [])
        assert admins == meta["admin_map"][project["id"]]


def test_create_project(client, last_request):
    meta = load_response(client.create_project).metadata
    res = client.create_project(
        "Example Research Portal",
        "support@portal.example.edu",
        admin_ids=meta["admin_id"],
    )

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/api/projects")
    assert sent.query == {}
    assert sent.json == {
        "project": {
            "display_name": "Example Research Portal",
            "contact_email": "support@portal.example.edu",
            "admin_ids": [meta["admin_id"]],
        }
    }
    assert res["project"]["id"] == meta["id"]


def test_create_project_admin_group(client, last_request):
    meta = load_response(client.create_project, case="admin_group").metadata
    res = client.create_project(
        "P",
        "p@example.org",
        admin_ids=[uuid.UUID(int=1), str(uuid.UUID(int=2))],
        admin_group_ids=uuid.UUID(meta["admin_group_id"]),
    )
    assert last_request().json == {
        "project": {
            "display_name": "P",
            "contact_email": "p@example.org",
            "admin_ids": [str(uuid.UUID(int=1)), str(uuid.UUID(int=2))],
            "admin_group_ids": [meta["admin_group_id"]],
        }
    }
    assert res["project"]["admin_group_ids"] == [meta["admin_group_id"]]


def test_update_project(client, last_request):
    meta = load_response(client.update_project).metadata
    client.update_project(meta["id"])
    sent = last_request()
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/v2/api/projects/{meta['id']}")
    assert sent.query == {}
    assert sent.json == {"project": {}}

    meta = load_response(client.update_project, case="admin_group").metadata
    res = client.update_project(
        meta["id"],
        display_name="Renamed",
        contact_email="new@example.org",
        admin_ids=[],
        admin_group_ids=[meta["admin_group_id"]],
    )
    assert last_request().json == {
        "project": {
            "display_name": "Renamed",
            "contact_email": "new@example.org",
            "admin_ids": [],
            "admin_group_ids": [meta["admin_group_id"]],
        }
    }
    assert res["project"]["admin_group_ids"] == [meta["admin_group_id"]]


def test_delete_project(client, last_request):
    meta = load_response(client.delete_project).metadata
    res = client.delete_project(meta["id"])
    sent = last_request()
    assert (sent.method, sent.url, sent.json) == (
        "DELETE",
        f"{BASE}/v2/api/projects/{meta['id']}",
        None,
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["project"]["id"] == meta["id"]
    assert res["project"]["admin_ids"] == [meta["admin_id"]]


# ---- policies


def test_get_policy(client, last_request):
    meta = load_response(client.get_policy).metadata
    res = client.get_policy(uuid.UUID(meta["policy_id"]))
    sent = last_request()
    assert (sent.method, sent.url) == (
        "GET",
        f"{BASE}/v2/api/policies/{meta['policy_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["policy"]["id"] == meta["policy_id"]


def test_get_policies(client, last_request):
    meta = load_response(client.get_policies).metadata
    res = client.get_policies()
    sent = last_request()
    assert (sent.method, sent.url) == ("GET", f"{BASE}/v2/api/policies")
    assert (sent.query, sent.body) == ({}, None)
    assert isinstance(res, GetPoliciesResponse)
    assert [p["id"] for p in res] == meta["policy_ids"]


@pytest.mark.parametrize("case", sorted(get_response_set("auth.create_policy").cases()))
def test_create_policy_cases(client, last_request, case):
    meta = load_response(client.create_policy, case=case).metadata
    res = client.create_policy(**meta["args"])

    sent = last_request()
    assert (sent.method, sent.url) == ("POST", f"{BASE}/v2/api/policies")
    assert sent.query == {}
    expected = {
        k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in meta["args"].items()
    }
    assert sent.json == {"policy": expected}
    assert res.data == meta["response"]


def test_create_policy_null_domain_constraints(client, last_request):
    load_response(client.create_policy)
    client.create_policy(
        project_id=uuid.UUID(int=7),
        display_name="Pol",
        description="d",
        high_assurance=False,
        domain_constraints_include=None,
        domain_constraints_exclude=("a.org", "b.org"),
    )
    assert last_request().json == {
        "policy": {
            "project_id": str(uuid.UUID(int=7)),
            "display_name": "Pol",
            "description": "d",
            "high_assurance": False,
            "domain_constraints_include": None,
            "domain_constraints_exclude": ["a.org", "b.org"],
        }
    }


def test_create_policy_positional_arguments_are_deprecated(client, last_request):
    load_response(client.create_policy)
    with pytest.warns(RemovedInV4Warning, match="positional"):
        client.create_policy(
            str(uuid.UUID(int=7)), True, 30, display_name="Pol", description="d"
        )
    assert last_request().json == {
        "policy": {
            "project_id": str(uuid.UUID(int=7)),
            "high_assurance": True,
            "authentication_assurance_timeout": 30,
            "display_name": "Pol",
            "description": "d",
        }
    }


def test_create_policy_positional_arguments_errors(client):
    with pytest.warns(RemovedInV4Warning):
        with pytest.raises(TypeError, match="multiple values"):
            client.create_policy("p", project_id="p", display_name="x", description="d")
    with pytest.raises(TypeError, match="at most 5"):
        client.create_policy("p", True, 1, "n", "d", None)


@pytest.mark.parametrize("case", sorted(get_response_set("auth.update_policy").cases()))
def test_update_policy_cases(client, last_request, case):
    meta = load_response(client.update_policy, case=case).metadata
    res = client.update_policy(**meta["args"])

    sent = last_request()
    policy_id = meta["args"]["policy_id"]
    assert (sent.method, sent.url) == ("PUT", f"{BASE}/v2/api/policies/{policy_id}")
    assert sent.query == {}
    expected = {
        k: (str(v) if isinstance(v, uuid.UUID) else v)
        for k, v in meta["args"].items()
        if k != "policy_id"
    }
    assert sent.json == {"policy": expected}
    assert res.data == meta["response"]


def test_update_policy_empty(client, last_request):
    policy_id = load_response(client.update_policy).metadata["args"]["policy_id"]
    client.update_policy(uuid.UUID(policy_id))
    sent = last_request()
    assert sent.url == f"{BASE}/v2/api/policies/{policy_id}"
    assert sent.json == {"policy": {}}


def test_delete_policy(client, last_request):
    meta = load_response(client.delete_policy).metadata
    res = client.delete_policy(meta["policy_id"])
    sent = last_request()
    assert (sent.method, sent.url) == (
        "DELETE",
        f"{BASE}/v2/api/policies/{meta['policy_id']}",
    )
    assert (sent.query, sent.body) == ({}, None)
    assert res["policy"]["id"] == meta["policy_id"]


def test_project_not_found(client):
    import responses

    responses.add(
        "GET",
        f"{BASE}/v2/api/projects/{uuid.UUID(int=0)}",
        status=404,
        json={"code": "NotFound", "message": "nope"},
    )
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        client.get_project(uuid.UUID(int=0))
    assert (excinfo.value.http_status, excinfo.value.code) == (404, "NotFound")

from __future__ import annotations

import uuid

import pytest

from globus_sdk.scopes import (
    AuthScopes,
    ComputeScopes,
    FlowsScopes,
    GCSCollectionScopeBuilder,
    GCSEndpointScopeBuilder,
    GroupsScopes,
    MutableScope,
    NexusScopes,
    ScopeBuilder,
    SearchScopes,
    SpecificFlowScopeBuilder,
    TimerScopes,
    TimersScopes,
    TransferScopes,
)
from globus_sdk.scopes import data as scopes_data

_FLOWS = "https://auth.globus.org/scopes/eec9b274-0c81-4334-bdc2-54e90e689b9a/"
_TIMERS_RS = "524230d7-ea86-4a52-8312-86065a9e0417"

EXPECTED: dict[str, tuple[ScopeBuilder, dict[str, str]]] = {
    "AuthScopes": (
        AuthScopes,
        {
            "resource_server": "auth.globus.org",
            "openid": "openid",
            "email": "email",
            "profile": "profile",
            **{
                name: f"urn:globus:auth:scope:auth.globus.org:{name}"
                for name in (
                    "manage_projects",
                    "view_authentications",
                    "view_clients",
                    "view_clients_and_scopes",
                    "view_consents",
                    "view_identities",
                    "view_identity_set",
                )
            },
        },
    ),
    "ComputeScopes": (
        ComputeScopes,
        {
            "resource_server": "funcx_service",
            "all": "https://auth.globus.org/scopes/"
            "facd7ccc-c5f4-42aa-916b-a0e270e2c2a9/all",
        },
    ),
    "FlowsScopes": (
        FlowsScopes,
        {
            "resource_server": "flows.globus.org",
            **{
                name: _FLOWS + name
                for name in (
                    "all",
                    "manage_flows",
                    "view_flows",
                    "run",
                    "run_status",
                    "run_manage",
                )
            },
        },
    ),
    "GroupsScopes": (
        GroupsScopes,
        {
            "resource_server": "groups.api.globus.org",
            "all": "urn:globus:auth:scope:groups.api.globus.org:all",
            "view_my_groups_and_memberships": (
                "urn:globus:auth:scope:groups.api.globus.org:"
                "view_my_groups_and_memberships"
            ),
        },
    ),
    "NexusScopes": (
        NexusScopes,
        {
            "resource_server": "nexus.api.globus.org",
            "groups": "urn:globus:auth:scope:nexus.api.globus.org:groups",
        },
    ),
    "SearchScopes": (
        SearchScopes,
        {
            "resource_server": "search.api.globus.org",
            **{
                name: f"urn:globus:auth:scope:search.api.globus.org:{name}"
                for name in ("all", "globus_connect_server", "ingest", "search")
            },
        },
    ),
    "TimersScopes": (
        TimersScopes,
        {
            "resource_server": _TIMERS_RS,
            "timer": f"https://auth.globus.org/scopes/{_TIMERS_RS}/timer",
        },
    ),
    "TransferScopes": (
        TransferScopes,
        {
            "resource_server": "transfer.api.globus.org",
            "all": "urn:globus:auth:scope:transfer.api.globus.org:all",
            "gcp_install": "urn:globus:auth:scope:transfer.api.globus.org:gcp_install",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_service_scope_values(name: str) -> None:
    builder, values = EXPECTED[name]
    for attr, value in values.items():
        assert getattr(builder, attr) == value, attr
    assert getattr(scopes_data, name) is builder
    assert set(builder.scope_names) == set(values) - {"resource_server"}


def test_timer_scopes_is_an_alias() -> None:
    assert TimerScopes is TimersScopes


def test_scope_builder_urn_and_url() -> None:
    sb = ScopeBuilder(
        "example.globus.org",
        known_scopes=["all", ("read", "read_only")],
        known_url_scopes=("hello", "hello_world"),
    )
    assert sb.all == "urn:globus:auth:scope:example.globus.org:all"
    assert sb.read == "urn:globus:auth:scope:example.globus.org:read_only"
    assert sb.hello == "https://auth.globus.org/scopes/example.globus.org/hello_world"
    assert sb.scope_names == ["all", "read", "hello"]
    assert sb.urn_scope_string("x") == "urn:globus:auth:scope:example.globus.org:x"
    assert (
        sb.url_scope_string("x")
        == "https://auth.globus.org/scopes/example.globus.org/x"
    )


def test_scope_builder_single_string_and_none() -> None:
    sb = ScopeBuilder("rs", known_scopes="one")
    assert sb.one == "urn:globus:auth:scope:rs:one"
    assert ScopeBuilder("rs").scope_names == []


def test_scope_builder_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="nope"):
        TransferScopes.nope  # noqa: B018


def test_scope_builder_str() -> None:
    assert str(ScopeBuilder("rs", known_scopes=["a"])) == (
        "ScopeBuilder[rs]\n  a:\n    urn:globus:auth:scope:rs:a"
    )


def test_make_mutable() -> None:
    ms = TransferScopes.make_mutable("all")
    assert isinstance(ms, MutableScope)
    assert str(ms) == "urn:globus:auth:scope:transfer.api.globus.org:all"
    assert str(TransferScopes.make_mutable("all", optional=True)).startswith("*urn:")


def test_gcs_builders() -> None:
    collection = GCSCollectionScopeBuilder("COLL")
    assert collection.data_access == "https://auth.globus.org/scopes/COLL/data_access"
    assert collection.https == "https://auth.globus.org/scopes/COLL/https"
    assert collection.scope_names == ["data_access", "https"]
    endpoint = GCSEndpointScopeBuilder("EP")
    assert endpoint.manage_collections == "urn:globus:auth:scope:EP:manage_collections"
    assert endpoint.scope_names == ["manage_collections"]


@pytest.mark.parametrize(
    "flow_id", ["12345678-abcd-4bcd-8bcd-123456789012", uuid.UUID(int=1)]
)
def test_specific_flow_scope_builder(flow_id: str | uuid.UUID) -> None:
    sb = SpecificFlowScopeBuilder(flow_id)
    fid = str(flow_id)
    assert sb.resource_server == fid
    assert sb.user == (
        f"https://auth.globus.org/scopes/{fid}/flow_{fid.replace('-', '_')}_user"
    )
    assert sb.scope_names == ["user"]

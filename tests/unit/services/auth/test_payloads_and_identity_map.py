"""DependentScopeSpec and the IdentityMap helpers."""

from __future__ import annotations

import json
import uuid

import globus_sdk
from globus_sdk.services.auth.identity_map import is_username, split_ids_and_usernames


def test_dependent_scope_spec():
    spec = globus_sdk.DependentScopeSpec(uuid.UUID(int=1), True, False)
    assert isinstance(spec, globus_sdk.utils.PayloadWrapper)
    assert dict(spec) == {
        "scope": str(uuid.UUID(int=1)),
        "optional": True,
        "requires_refresh_token": False,
    }
    assert json.loads(json.dumps(spec.data)) == dict(spec)


def test_is_username():
    assert is_username("foo@globusid.org")
    assert is_username("not-a-uuid")
    assert not is_username(str(uuid.UUID(int=5)))
    assert not is_username(str(uuid.UUID(int=5)).upper())


def test_split_ids_and_usernames():
    ids, usernames = split_ids_and_usernames(
        [str(uuid.UUID(int=1)), "a@b.org", str(uuid.UUID(int=1)), "a@b.org", "c@d.org"]
    )
    assert ids == {str(uuid.UUID(int=1))}
    assert usernames == {"a@b.org", "c@d.org"}

from __future__ import annotations

import datetime
import time
import typing as t

import pytest

from globus_sdk.exc import GlobusError
from globus_sdk.tokenstorage import (
    HasRefreshTokensValidator,
    MemoryTokenStorage,
    NotExpiredValidator,
    ScopeRequirementsValidator,
    TokenDataValidator,
    TokenStorageData,
    TokenValidationContext,
    TokenValidationError,
    UnchangingIdentityIDValidator,
    ValidatingTokenStorage,
)
from globus_sdk.tokenstorage.v2.validating_token_storage import (
    ExpiredTokenError,
    IdentityMismatchError,
    IdentityValidationError,
    MissingIdentityError,
    MissingTokenError,
    UnmetScopeRequirementsError,
)

ALICE = "a11ce000-0000-4000-8000-000000000001"
BOB = "b0b00000-0000-4000-8000-000000000002"


def td(
    resource_server: str = "rs",
    *,
    identity_id: str | None = ALICE,
    scope: str = "scope-a",
    refresh_token: str | None = "refresh",
    expires_at_seconds: int | None = None,
) -> TokenStorageData:
    return TokenStorageData(
        resource_server=resource_server,
        identity_id=identity_id,
        scope=scope,
        access_token="access",
        refresh_token=refresh_token,
        expires_at_seconds=(
            expires_at_seconds
            if expires_at_seconds is not None
            else int(time.time()) + 3600
        ),
        token_type="Bearer",
    )


class RecordingValidator(TokenDataValidator):
    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str], TokenValidationContext]] = []

    def before_store(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        self.calls.append(("before", sorted(token_data_by_resource_server), context))

    def after_retrieve(
        self,
        token_data_by_resource_server: t.Mapping[str, TokenStorageData],
        context: TokenValidationContext,
    ) -> None:
        self.calls.append(("after", sorted(token_data_by_resource_server), context))


def test_error_tree() -> None:
    assert issubclass(TokenValidationError, GlobusError)
    assert issubclass(IdentityValidationError, TokenValidationError)
    assert issubclass(IdentityMismatchError, IdentityValidationError)
    assert issubclass(IdentityMismatchError, ValueError)
    assert issubclass(MissingIdentityError, LookupError)
    assert issubclass(ExpiredTokenError, ValueError)
    assert issubclass(MissingTokenError, LookupError)
    assert issubclass(UnmetScopeRequirementsError, ValueError)


def test_error_attributes() -> None:
    err = IdentityMismatchError("changed", stored_id=ALICE, new_id=BOB)
    assert (err.stored_id, err.new_id, str(err)) == (ALICE, BOB, "changed")
    expired = ExpiredTokenError(0)
    assert expired.expiration == datetime.datetime(
        1970, 1, 1, tzinfo=datetime.timezone.utc
    )
    assert "1970-01-01" in str(expired)
    missing = MissingTokenError("no token", resource_server="rs")
    assert missing.resource_server == "rs"
    unmet = UnmetScopeRequirementsError("unmet", scope_requirements={"rs": []})
    assert unmet.scope_requirements == {"rs": []}


def test_context_is_a_value() -> None:
    a = TokenValidationContext(prior_identity_id=ALICE, token_data_identity_id=None)
    assert a == TokenValidationContext(ALICE, None)
    assert a != TokenValidationContext(BOB, None)
    assert "prior_identity_id" in repr(a)


def test_validators_run_with_context() -> None:
    inner = MemoryTokenStorage(namespace="ns")
    inner.store_token_data_by_resource_server({"rs": td()})
    recorder = RecordingValidator()
    storage = ValidatingTokenStorage(inner, validators=[recorder])
    assert storage.namespace == "ns"
    assert storage.identity_id == ALICE
    assert storage.token_storage is inner
    assert storage.validators == [recorder]

    storage.store_token_data_by_resource_server({"other.example": td("other.example")})
    assert recorder.calls[-1] == (
        "before",
        ["other.example"],
        TokenValidationContext(ALICE, ALICE),
    )
    # only the data asked for is validated...
    assert storage.get_token_data("rs").resource_server == "rs"
    assert recorder.calls[-1] == ("after", ["rs"], TokenValidationContext(ALICE, ALICE))
    # ...or all of it
    storage.get_token_data_by_resource_server()
    assert recorder.calls[-1][:2] == ("after", ["other.example", "rs"])


def test_get_token_data_validates_only_its_resource_server() -> None:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server(
        {"ok": td("ok"), "expired": td("expired", expires_at_seconds=1)}
    )
    storage = ValidatingTokenStorage(inner, validators=[NotExpiredValidator()])
    assert storage.get_token_data("ok").resource_server == "ok"
    with pytest.raises(ExpiredTokenError):
        storage.get_token_data("expired")
    with pytest.raises(ExpiredTokenError):
        storage.get_token_data_by_resource_server()


def test_get_token_data_missing_raises() -> None:
    storage = ValidatingTokenStorage(MemoryTokenStorage())
    assert storage.identity_id is None
    with pytest.raises(MissingTokenError) as excinfo:
        storage.get_token_data("nope.example")
    assert excinfo.value.resource_server == "nope.example"


def test_remove_and_store_token_response(make_token_response: t.Any) -> None:
    storage = ValidatingTokenStorage(MemoryTokenStorage())
    storage.store_token_response(make_token_response("a.example", identity_id=BOB))
    assert storage.identity_id == BOB
    assert storage.remove_token_data("a.example") is True
    assert storage.remove_token_data("a.example") is False


def test_conflicting_identities_are_rejected() -> None:
    storage = ValidatingTokenStorage(MemoryTokenStorage())
    with pytest.raises(ValueError, match="different identity_id"):
        storage.store_token_data_by_resource_server(
            {"a": td("a", identity_id=ALICE), "b": td("b", identity_id=BOB)}
        )


def test_has_refresh_tokens_validator() -> None:
    inner = MemoryTokenStorage()
    storage = ValidatingTokenStorage(inner, validators=[HasRefreshTokensValidator()])
    # only checked after retrieval
    storage.store_token_data_by_resource_server({"rs": td("rs", refresh_token=None)})
    with pytest.raises(MissingTokenError) as excinfo:
        storage.get_token_data_by_resource_server()
    assert excinfo.value.resource_server == "rs"
    storage.store_token_data_by_resource_server({"rs": td("rs")})
    assert storage.get_token_data("rs").refresh_token == "refresh"


def test_not_expired_validator() -> None:
    storage = ValidatingTokenStorage(
        MemoryTokenStorage(), validators=[NotExpiredValidator()]
    )
    storage.store_token_data_by_resource_server({"rs": td("rs", expires_at_seconds=1)})
    with pytest.raises(ExpiredTokenError):
        storage.get_token_data("rs")
    storage.store_token_data_by_resource_server({"rs": td("rs")})
    storage.get_token_data("rs")


def test_unchanging_identity_validator() -> None:
    storage = ValidatingTokenStorage(
        MemoryTokenStorage(), validators=[UnchangingIdentityIDValidator()]
    )
    with pytest.raises(MissingIdentityError):
        storage.store_token_data_by_resource_server({"rs": td(identity_id=None)})
    assert storage.get_token_data_by_resource_server() == {}

    storage.store_token_data_by_resource_server({"rs": td(identity_id=ALICE)})
    storage.store_token_data_by_resource_server({"rs2": td("rs2", identity_id=ALICE)})
    with pytest.raises(IdentityMismatchError) as excinfo:
        storage.store_token_data_by_resource_server({"rs": td(identity_id=BOB)})
    assert (excinfo.value.stored_id, excinfo.value.new_id) == (ALICE, BOB)
    # nothing was stored
    assert storage.get_token_data("rs").identity_id == ALICE
    # retrieval is not checked
    UnchangingIdentityIDValidator().after_retrieve(
        {"rs": td(identity_id=None)}, TokenValidationContext(ALICE, None)
    )


def test_identity_is_read_from_existing_storage() -> None:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server({"rs": td(identity_id=ALICE)})
    storage = ValidatingTokenStorage(
        inner, validators=[UnchangingIdentityIDValidator()]
    )
    with pytest.raises(IdentityMismatchError):
        storage.store_token_data_by_resource_server({"rs": td(identity_id=BOB)})


class FakeScope:
    def __init__(
        self,
        scope_string: str,
        *,
        optional: bool = False,
        dependencies: list[FakeScope] | None = None,
    ) -> None:
        self.scope_string = scope_string
        self.optional = optional
        self.dependencies = dependencies or []


class FakeForest:
    def __init__(self, ok: bool) -> None:
        self.ok = ok
        self.checked: list[t.Any] = []

    def meets_scope_requirements(self, scopes: t.Any) -> bool:
        self.checked.append(scopes)
        return self.ok


class FakeConsentClient:
    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.requests: list[str] = []

    def get_consents(self, identity_id: str) -> t.Any:
        self.requests.append(identity_id)
        client = self

        class Response:
            def to_forest(self) -> FakeForest:
                return FakeForest(client.ok)

        return Response()


def _scope_validator(
    requirements: dict[str, list[FakeScope]], client: FakeConsentClient
) -> ScopeRequirementsValidator:
    return ScopeRequirementsValidator(
        t.cast(t.Any, requirements), t.cast(t.Any, client)
    )


def test_scope_requirements_root_scopes() -> None:
    client = FakeConsentClient()
    requirements = {"rs": [FakeScope("scope-a"), FakeScope("scope-opt", optional=True)]}
    validator = _scope_validator(requirements, client)
    assert validator.scope_requirements is requirements
    assert validator.consent_client is client
    storage = ValidatingTokenStorage(MemoryTokenStorage(), validators=[validator])

    storage.store_token_data_by_resource_server({"rs": td(scope="scope-a other")})
    # no requirements for other resource servers
    storage.store_token_data_by_resource_server({"free": td("free", scope="x")})
    assert sorted(storage.get_token_data_by_resource_server()) == ["free", "rs"]

    with pytest.raises(UnmetScopeRequirementsError) as excinfo:
        storage.store_token_data_by_resource_server({"rs": td(scope="scope-b")})
    assert excinfo.value.scope_requirements == {"rs": requirements["rs"]}
    assert client.requests == []


def test_scope_requirements_checked_after_retrieve() -> None:
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server({"rs": td(scope="scope-b")})
    validator = _scope_validator({"rs": [FakeScope("scope-a")]}, FakeConsentClient())
    storage = ValidatingTokenStorage(inner, validators=[validator])
    with pytest.raises(UnmetScopeRequirementsError):
        storage.get_token_data("rs")


def test_scope_requirements_dependent_scopes_use_consents() -> None:
    requirement = FakeScope("scope-a", dependencies=[FakeScope("dep")])
    client = FakeConsentClient(ok=True)
    validator = _scope_validator({"rs": [requirement]}, client)
    storage = ValidatingTokenStorage(MemoryTokenStorage(), validators=[validator])

    storage.store_token_data_by_resource_server({"rs": td(scope="scope-a")})
    assert client.requests == [ALICE]
    # consents are cached for retrievals...
    storage.get_token_data("rs")
    storage.get_token_data("rs")
    assert client.requests == [ALICE]
    # ...and refreshed when new data is stored
    storage.store_token_data_by_resource_server({"rs": td(scope="scope-a")})
    assert client.requests == [ALICE, ALICE]

    client.ok = False
    storage.store_token_data_by_resource_server({"x": td("x", scope="unrelated")})
    with pytest.raises(UnmetScopeRequirementsError):
        storage.get_token_data("rs")


def test_scope_requirements_without_identity_check_only_root_scopes() -> None:
    # e.g. client credentials tokens: there is no user whose consents could be read
    requirement = FakeScope("scope-a", dependencies=[FakeScope("dep")])
    client = FakeConsentClient(ok=False)
    validator = _scope_validator({"rs": [requirement]}, client)
    storage = ValidatingTokenStorage(MemoryTokenStorage(), validators=[validator])

    storage.store_token_data_by_resource_server(
        {"rs": td(scope="scope-a", identity_id=None)}
    )
    assert storage.get_token_data("rs").identity_id is None
    with pytest.raises(UnmetScopeRequirementsError):
        storage.store_token_data_by_resource_server(
            {"rs": td(scope="scope-b", identity_id=None)}
        )
    assert client.requests == []


def test_scope_requirements_consents_are_kept_across_refreshes(
    make_refresh_response: t.Any,
) -> None:
    requirement = FakeScope("scope-a", dependencies=[FakeScope("dep")])
    client = FakeConsentClient(ok=True)
    validator = _scope_validator({"rs": [requirement]}, client)
    storage = ValidatingTokenStorage(
        MemoryTokenStorage(),
        validators=[validator, UnchangingIdentityIDValidator()],
    )
    storage.store_token_data_by_resource_server({"rs": td(scope="scope-a")})
    assert client.requests == [ALICE]

    for _ in range(3):
        storage.store_token_response(make_refresh_response("rs", scope="scope-a"))
        storage.get_token_data("rs")
    assert client.requests == [ALICE]


def test_scope_requirements_consents_are_read_again_for_a_new_grant(
    make_token_response: t.Any,
) -> None:
    requirement = FakeScope("scope-a", dependencies=[FakeScope("dep")])
    client = FakeConsentClient(ok=True)
    validator = _scope_validator({"rs": [requirement]}, client)
    storage = ValidatingTokenStorage(MemoryTokenStorage(), validators=[validator])

    storage.store_token_response(
        make_token_response("rs", identity_id=ALICE, scope="scope-a")
    )
    storage.get_token_data("rs")
    storage.store_token_response(
        make_token_response("rs", identity_id=ALICE, scope="scope-a")
    )
    assert client.requests == [ALICE, ALICE]
    # a change of identity reads that identity's consents
    storage.store_token_response(
        make_token_response("rs", identity_id=BOB, scope="scope-a")
    )
    assert client.requests == [ALICE, ALICE, BOB]


def test_scope_requirements_consent_lookup_token_is_not_checked_recursively() -> None:
    # the consent client gets its token from the storage being validated, and that
    # token itself has a requirement with dependent scopes
    requirements = {
        "auth": [FakeScope("auth-scope", dependencies=[FakeScope("auth-dep")])],
        "rs": [FakeScope("scope-a", dependencies=[FakeScope("dep")])],
    }
    inner = MemoryTokenStorage()
    inner.store_token_data_by_resource_server(
        {"auth": td("auth", scope="auth-scope"), "rs": td(scope="scope-a")}
    )
    storage: ValidatingTokenStorage

    class ConsentClientUsingTheStorage(FakeConsentClient):
        def get_consents(self, identity_id: str) -> t.Any:
            storage.get_token_data("auth")  # as an app's authorizer would
            return super().get_consents(identity_id)

    client = ConsentClientUsingTheStorage()
    storage = ValidatingTokenStorage(
        inner, validators=[_scope_validator(requirements, client)]
    )
    assert storage.get_token_data("rs").resource_server == "rs"
    assert storage.get_token_data("auth").resource_server == "auth"
    assert client.requests == [ALICE]


def test_abstract_validator_cannot_be_instantiated() -> None:
    with pytest.raises(TypeError):
        TokenDataValidator()  # type: ignore[abstract]

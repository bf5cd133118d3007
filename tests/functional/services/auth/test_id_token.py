"""ID token verification, with RSA keys generated for the test."""

from __future__ import annotations

import json
import time
import typing as t

import jwt
import pytest
import responses
from cryptography.hazmat.primitives.asymmetric import rsa

import globus_sdk
from globus_sdk.services.auth import IDTokenDecoder

BASE = "https://auth.globus.org"
CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
OPENID_CONFIGURATION = {
    "issuer": "https://auth.globus.org",
    "jwks_uri": f"{BASE}/jwk.json",
    "token_endpoint": f"{BASE}/v2/oauth2/token",
    "id_token_signing_alg_values_supported": ["RS512"],
}


class SigningKey:
    """A locally generated RSA key pair with its key ID."""

    def __init__(self, kid: str) -> None:
        self.kid = kid
        self.private_key = rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )

    @property
    def jwk(self) -> dict[str, t.Any]:
        data = json.loads(
            jwt.algorithms.RSAAlgorithm.to_jwk(self.private_key.public_key())
        )
        return {**data, "kid": self.kid, "alg": "RS512", "use": "sig"}

    def sign(
        self, claims: dict[str, t.Any], *, kid: str | None = None, alg: str = "RS512"
    ):
        headers = {"kid": self.kid if kid is None else kid}
        return jwt.encode(claims, self.private_key, algorithm=alg, headers=headers)


@pytest.fixture(scope="module")
def key_a() -> SigningKey:
    return SigningKey("key-a")


@pytest.fixture(scope="module")
def key_b() -> SigningKey:
    return SigningKey("key-b")


def claims(**overrides: t.Any) -> dict[str, t.Any]:
    now = int(time.time())
    base = {
        "sub": "8ca28797-3541-4a5d-a264-05b00f91e608",
        "preferred_username": "sjones@globusid.org",
        "iss": "https://auth.globus.org",
        "aud": CLIENT_ID,
        "iat": now,
        "exp": now + 3600,
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def serve_discovery(*keys: SigningKey, config: dict[str, t.Any] | None = None) -> None:
    responses.add(
        "GET",
        f"{BASE}/.well-known/openid-configuration",
        json=config or OPENID_CONFIGURATION,
    )
    responses.add("GET", f"{BASE}/jwk.json", json={"keys": [k.jwk for k in keys]})


def token_response(client: globus_sdk.NativeAppAuthClient, id_token: str):
    responses.add(
        "POST",
        f"{BASE}/v2/oauth2/token",
        json={
            "access_token": "access-token-for-auth",
            "expires_in": 172800,
            "resource_server": "auth.globus.org",
            "scope": "openid profile email",
            "token_type": "Bearer",
            "id_token": id_token,
            "other_tokens": [],
        },
    )
    client.oauth2_start_flow("openid profile email")
    return client.oauth2_exchange_code_for_tokens("auth-code")


def discovery_calls() -> list[str]:
    return [c.request.url for c in responses.calls if c.request.method == "GET"]


@pytest.fixture
def native_client() -> globus_sdk.NativeAppAuthClient:
    return globus_sdk.NativeAppAuthClient(CLIENT_ID)


def test_decode_valid_token(native_client, key_a):
    serve_discovery(key_a)
    id_token = key_a.sign(claims())
    decoded = token_response(native_client, id_token).decode_id_token()
    assert decoded["sub"] == "8ca28797-3541-4a5d-a264-05b00f91e608"
    assert decoded["aud"] == CLIENT_ID
    assert discovery_calls() == [
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
    ]


def test_the_key_is_chosen_by_kid(native_client, key_a, key_b):
    serve_discovery(key_a, key_b)
    decoded = token_response(native_client, key_b.sign(claims())).decode_id_token()
    assert decoded["aud"] == CLIENT_ID


def test_wrong_audience(native_client, key_a):
    serve_discovery(key_a)
    res = token_response(native_client, key_a.sign(claims(aud="another-client")))
    with pytest.raises(jwt.InvalidAudienceError):
        res.decode_id_token()


def test_wrong_issuer(native_client, key_a):
    serve_discovery(key_a)
    res = token_response(
        native_client, key_a.sign(claims(iss="https://evil.example.org"))
    )
    with pytest.raises(jwt.InvalidIssuerError):
        res.decode_id_token()


def test_expired(native_client, key_a):
    serve_discovery(key_a)
    now = int(time.time())
    res = token_response(
        native_client, key_a.sign(claims(iat=now - 7200, exp=now - 400))
    )
    with pytest.raises(jwt.ExpiredSignatureError):
        res.decode_id_token()


def test_expired_within_the_leeway(native_client, key_a):
    serve_discovery(key_a)
    now = int(time.time())
    res = token_response(
        native_client, key_a.sign(claims(iat=now - 7200, exp=now - 200))
    )
    assert res.decode_id_token()["exp"] == now - 200
    with pytest.raises(jwt.ExpiredSignatureError):
        res.decode_id_token(jwt_params={"leeway": 10})


def test_issued_in_the_future(native_client, key_a):
    serve_discovery(key_a)
    now = int(time.time())
    res = token_response(
        native_client, key_a.sign(claims(iat=now + 3600, exp=now + 7200))
    )
    with pytest.raises(jwt.ImmatureSignatureError):
        res.decode_id_token()


@pytest.mark.parametrize("missing", ["exp", "iat", "iss", "aud"])
def test_required_claims(native_client, key_a, missing):
    serve_discovery(key_a)
    res = token_response(native_client, key_a.sign(claims(**{missing: None})))
    with pytest.raises(jwt.MissingRequiredClaimError):
        res.decode_id_token()


def test_bad_signature(native_client, key_a, key_b):
    serve_discovery(key_a)
    # signed with key B but claiming to be signed with key A
    res = token_response(native_client, key_b.sign(claims(), kid="key-a"))
    with pytest.raises(jwt.InvalidSignatureError):
        res.decode_id_token()


def test_tampered_payload(native_client, key_a):
    serve_discovery(key_a)
    header, _, signature = key_a.sign(claims()).split(".")
    forged = jwt.utils.base64url_encode(
        json.dumps(claims(sub="someone-else")).encode()
    ).decode()
    res = token_response(native_client, f"{header}.{forged}.{signature}")
    with pytest.raises(jwt.InvalidSignatureError):
        res.decode_id_token()


def test_unknown_kid_refetches_the_jwks_once(native_client, key_a, key_b):
    serve_discovery(key_a)
    res = token_response(native_client, key_b.sign(claims()))
    with pytest.raises(jwt.InvalidTokenError, match="key-b"):
        res.decode_id_token()
    assert discovery_calls() == [
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
        f"{BASE}/jwk.json",
    ]


def test_key_rotation(native_client, key_a, key_b):
    decoder = IDTokenDecoder(native_client)
    serve_discovery(key_a)
    assert decoder.decode(key_a.sign(claims()))["aud"] == CLIENT_ID

    # Globus Auth rotates to key B: the cached key set is stale, the decoder fetches
    # the new one once and then uses it from its cache
    responses.replace("GET", f"{BASE}/jwk.json", json={"keys": [key_b.jwk]})
    assert decoder.decode(key_b.sign(claims()))["aud"] == CLIENT_ID
    assert decoder.decode(key_b.sign(claims()))["aud"] == CLIENT_ID
    assert discovery_calls() == [
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
        f"{BASE}/jwk.json",
    ]
    # and tokens signed with the retired key are no longer accepted
    with pytest.raises(jwt.InvalidTokenError):
        decoder.decode(key_a.sign(claims()))


@pytest.mark.parametrize("alg", ["RS256", "HS256", "none"])
def test_algorithms_are_pinned(native_client, key_a, alg):
    serve_discovery(key_a)
    if alg == "HS256":
        # an HMAC "signature" made with the public key as the secret
        token = jwt.api_jws.PyJWS().encode(
            json.dumps(claims()).encode(),
            key=b"0" * 32,
            algorithm="HS256",
            headers={"kid": "key-a"},
        )
    elif alg == "none":
        token = jwt.encode(claims(), None, algorithm="none", headers={"kid": "key-a"})
    else:
        # a valid RSA signature, with an algorithm Globus Auth does not publish
        token = key_a.sign(claims(), alg="RS256")
    res = token_response(native_client, token)
    with pytest.raises(jwt.InvalidAlgorithmError):
        res.decode_id_token()


def test_configuration_without_issuer_is_refused(native_client, key_a):
    config = {k: v for k, v in OPENID_CONFIGURATION.items() if k != "issuer"}
    serve_discovery(key_a, config=config)
    res = token_response(native_client, key_a.sign(claims()))
    with pytest.raises(jwt.InvalidIssuerError, match="no 'issuer'"):
        res.decode_id_token()


def test_given_configuration_and_key(native_client, key_a):
    res = token_response(native_client, key_a.sign(claims()))
    decoded = res.decode_id_token(
        openid_configuration=OPENID_CONFIGURATION,
        jwk=key_a.private_key.public_key(),
    )
    assert decoded["aud"] == CLIENT_ID
    assert discovery_calls() == []


def test_given_configuration_as_a_response(native_client, key_a):
    serve_discovery(key_a)
    config = native_client.get_openid_configuration()
    res = token_response(native_client, key_a.sign(claims()))
    assert res.decode_id_token(config)["aud"] == CLIENT_ID
    assert discovery_calls() == [
        f"{BASE}/.well-known/openid-configuration",
        f"{BASE}/jwk.json",
    ]


def test_jwt_params(native_client, key_a):
    serve_discovery(key_a)
    now = int(time.time())
    res = token_response(
        native_client, key_a.sign(claims(exp=now - 4000, iat=now - 8000))
    )
    decoded = res.decode_id_token(jwt_params={"options": {"verify_exp": False}})
    assert decoded["exp"] == now - 4000
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="'algorithms'"):
        res.decode_id_token(jwt_params={"algorithms": ["HS256"]})


def test_response_without_id_token(native_client):
    responses.add(
        "POST",
        f"{BASE}/v2/oauth2/token",
        json={
            "access_token": "a",
            "expires_in": 10,
            "resource_server": "transfer.api.globus.org",
            "scope": "x",
            "other_tokens": [],
        },
    )
    res = native_client.oauth2_token({"grant_type": "x"})
    with pytest.raises(globus_sdk.GlobusSDKUsageError, match="openid"):
        res.decode_id_token()


def test_decoder_api(native_client, key_a):
    serve_discovery(key_a)
    decoder = IDTokenDecoder(
        native_client, jwt_leeway=5.0, jwt_options={"verify_aud": True}
    )
    assert decoder.get_jwt_audience() == CLIENT_ID
    assert decoder.get_openid_configuration()["issuer"] == "https://auth.globus.org"
    first = decoder.get_jwk()
    assert first.public_numbers() == key_a.private_key.public_key().public_numbers()
    decoder.store_jwk(first)
    assert decoder.get_jwk() is first
    decoder.store_openid_configuration({"issuer": "x"})
    assert decoder.get_openid_configuration() == {"issuer": "x"}
    assert (decoder.jwt_leeway, decoder.jwt_options) == (5.0, {"verify_aud": True})


def test_for_globus_app(native_client):
    decoder = IDTokenDecoder.for_globus_app(
        app_name="my-app",
        config=object(),  # type: ignore[arg-type]
        login_client=native_client,
    )
    assert isinstance(decoder, IDTokenDecoder)
    assert decoder.get_jwt_audience() == CLIENT_ID


@pytest.mark.parametrize("token", ["", "not-a-jwt", "a.b", "a.b.c"])
def test_malformed_token_fails_before_any_request(native_client, token):
    with pytest.raises(jwt.DecodeError):
        IDTokenDecoder(native_client).decode(token)
    assert discovery_calls() == []


def test_jwks_without_usable_keys(native_client):
    responses.add(
        "GET", f"{BASE}/.well-known/openid-configuration", json=OPENID_CONFIGURATION
    )
    responses.add(
        "GET",
        f"{BASE}/jwk.json",
        json={"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "hmac"}, {"kty": "RSA"}]},
    )
    decoder = IDTokenDecoder(native_client)
    with pytest.raises(jwt.PyJWKError):
        decoder.get_jwk()

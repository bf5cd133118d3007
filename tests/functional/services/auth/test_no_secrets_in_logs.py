"""
A whole login / refresh / revoke cycle, logged at DEBUG: no token, secret,
authorization code or PKCE verifier appears in any log record, nor in the str() or
repr() of the responses and errors involved.
"""

from __future__ import annotations

import json
import logging
import time

import jwt
import pytest
import responses
from cryptography.hazmat.primitives.asymmetric import rsa

import globus_sdk
from globus_sdk.scopes import TransferScopes

AUTH = "https://auth.globus.org"
RESOURCE = "https://transfer.api.globus.org/v0.10"
NATIVE_CLIENT_ID = "4a4a4a4a-0000-4000-8000-000000000001"
CONFIDENTIAL_CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"

CLIENT_SECRET = "SECRET-client-secret-5f1c"
AUTH_CODE = "SECRET-authorization-code-77a2"
VERIFIER = "SECRET-verifier-0123456789abcdefghijklmnopqrstuvwxyz"
ACCESS_TOKEN_1 = "SECRET-access-token-one-a9d8"
ACCESS_TOKEN_2 = "SECRET-access-token-two-0b3c"
AUTH_ACCESS_TOKEN = "SECRET-auth-access-token-e4f1"
REFRESH_TOKEN_1 = "SECRET-refresh-token-one-6d2e"
REFRESH_TOKEN_2 = "SECRET-refresh-token-two-c7a0"
CC_ACCESS_TOKEN = "SECRET-cc-access-token-31b9"
INTROSPECTED_TOKEN = "SECRET-introspected-token-8e55"


class ResourceClient(globus_sdk.BaseClient):
    base_url = RESOURCE


def token_document(resource_server, scope, access_token, refresh_token=None):
    return {
        "access_token": access_token,
        "refresh_token": refresh_token,
        "expires_in": 172800,
        "resource_server": resource_server,
        "scope": scope,
        "token_type": "Bearer",
    }


@pytest.fixture
def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def id_token(signing_key) -> str:
    now = int(time.time())
    return jwt.encode(
        {
            "sub": "8ca28797-3541-4a5d-a264-05b00f91e608",
            "iss": "https://auth.globus.org",
            "aud": NATIVE_CLIENT_ID,
            "iat": now,
            "exp": now + 600,
        },
        signing_key,
        algorithm="RS512",
        headers={"kid": "k1"},
    )


def secrets(id_token: str) -> list[str]:
    return [
        CLIENT_SECRET,
        AUTH_CODE,
        VERIFIER,
        ACCESS_TOKEN_1,
        ACCESS_TOKEN_2,
        AUTH_ACCESS_TOKEN,
        REFRESH_TOKEN_1,
        REFRESH_TOKEN_2,
        CC_ACCESS_TOKEN,
        INTROSPECTED_TOKEN,
        id_token,
        # a token split over a line would still be a leak: check its parts too
        *id_token.split("."),
    ]


def test_login_refresh_cycle_logs_no_secrets(caplog, signing_key, id_token):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(signing_key.public_key()))
    responses.add(
        "GET",
        f"{AUTH}/.well-known/openid-configuration",
        json={
            "issuer": "https://auth.globus.org",
            "jwks_uri": f"{AUTH}/jwk.json",
            "id_token_signing_alg_values_supported": ["RS512"],
        },
    )
    responses.add("GET", f"{AUTH}/jwk.json", json={"keys": [{**jwk, "kid": "k1"}]})
    # code exchange, then two refreshes (the first one rotates the refresh token)
    responses.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        json={
            **token_document(
                "auth.globus.org",
                "openid profile email",
                AUTH_ACCESS_TOKEN,
                REFRESH_TOKEN_1,
            ),
            "id_token": id_token,
            "state": "_default",
            "other_tokens": [
                token_document(
                    "transfer.api.globus.org",
                    TransferScopes.all,
                    ACCESS_TOKEN_1,
                    REFRESH_TOKEN_1,
                )
            ],
        },
    )
    responses.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        json={
            **token_document(
                "transfer.api.globus.org",
                TransferScopes.all,
                ACCESS_TOKEN_2,
                REFRESH_TOKEN_2,
            ),
            "other_tokens": [],
        },
    )
    responses.add("GET", f"{RESOURCE}/thing", status=401, json={"code": "Unauthorized"})
    responses.add("GET", f"{RESOURCE}/thing", json={"ok": True})
    responses.add("POST", f"{AUTH}/v2/oauth2/token/revoke", json={"active": False})
    responses.add("POST", f"{AUTH}/v2/oauth2/token/validate", json={"active": False})
    responses.add("POST", f"{AUTH}/v2/oauth2/token/introspect", json={"active": False})

    # ---- a native app logs a user in
    native = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID)
    flow = native.oauth2_start_flow(
        ["openid", "profile", "email", TransferScopes.all],
        verifier=VERIFIER,
        refresh_tokens=True,
    )
    native.oauth2_get_authorize_url(prompt="login")
    tokens = native.oauth2_exchange_code_for_tokens(AUTH_CODE)
    claims = tokens.decode_id_token()
    assert claims["aud"] == NATIVE_CLIENT_ID

    transfer = tokens.by_resource_server["transfer.api.globus.org"]

    # ---- and uses the tokens, refreshing after a 401
    authorizer = globus_sdk.RefreshTokenAuthorizer(
        transfer["refresh_token"],
        native,
        access_token=transfer["access_token"],
        expires_at=transfer["expires_at_seconds"],
    )
    assert ResourceClient(authorizer=authorizer).get("/thing")["ok"] is True
    assert authorizer.refresh_token == REFRESH_TOKEN_2

    native.oauth2_validate_token(ACCESS_TOKEN_2)
    native.oauth2_revoke_token(REFRESH_TOKEN_2)

    # ---- a confidential client introspects a token, and fails a grant
    confidential = globus_sdk.ConfidentialAppAuthClient(
        CONFIDENTIAL_CLIENT_ID, CLIENT_SECRET
    )
    confidential.oauth2_token_introspect(INTROSPECTED_TOKEN)
    responses.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        status=401,
        json={"error": "invalid_client"},
    )
    with pytest.raises(globus_sdk.AuthAPIError) as excinfo:
        confidential.oauth2_client_credentials_tokens(TransferScopes.all)

    # ---- nothing secret in the logs, nor in what a user would print
    assert caplog.records, "expected DEBUG logging from the SDK"
    rendered = [record.getMessage() for record in caplog.records]
    rendered += [repr(record.args) for record in caplog.records]
    shown = [
        str(tokens),
        repr(tokens),
        str(tokens.by_scopes),
        repr(tokens.by_scopes),
        str(excinfo.value),
        repr(excinfo.value),
        repr(native),
        repr(confidential),
        repr(authorizer),
        repr(confidential.authorizer),
        repr(flow),
    ]
    for secret in secrets(id_token):
        for line in rendered:
            assert secret not in line, f"a secret was logged: {line!r}"
        for text in shown:
            assert secret not in text, f"a secret was shown: {text!r}"


def test_token_response_str_masks_tokens(id_token):
    responses.add(
        "POST",
        f"{AUTH}/v2/oauth2/token",
        json={
            **token_document(
                "auth.globus.org", "openid", AUTH_ACCESS_TOKEN, REFRESH_TOKEN_1
            ),
            "id_token": id_token,
            "other_tokens": [],
        },
    )
    tokens = globus_sdk.NativeAppAuthClient(NATIVE_CLIENT_ID).oauth2_token(
        {"grant_type": "x"}
    )
    shown = json.loads(str(tokens))
    assert shown == {
        "auth.globus.org": {
            "scope": "openid",
            "access_token": "***",
            "refresh_token": "***",
            "token_type": "Bearer",
            "expires_at_seconds": tokens.by_resource_server["auth.globus.org"][
                "expires_at_seconds"
            ],
            "resource_server": "auth.globus.org",
        }
    }
    # the data itself is untouched
    assert (
        tokens.by_resource_server["auth.globus.org"]["access_token"]
        == AUTH_ACCESS_TOKEN
    )
    assert tokens["id_token"] == id_token

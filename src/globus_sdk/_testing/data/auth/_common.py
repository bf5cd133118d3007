"""Identifiers and documents shared by the Auth fixtures (all invented)."""

from __future__ import annotations

import typing as t
import uuid

from responses.matchers import json_params_matcher, urlencoded_params_matcher

from globus_sdk._testing.models import RegisteredResponse, ResponseSet

# identities
USER_ID = "8ca28797-3541-4a5d-a264-05b00f91e608"
USERNAME = "sjones@globusid.org"
GLOBUSID_IDP_ID = "41143743-f3c8-4d60-bbdb-eeecaba85bd9"
UCHICAGO_IDP_ID = "6b7a6b5e-e3a5-4a57-a2d6-f0e1b2b8a4c1"
GLOBUS_STAFF_IDP_ID = "8d7b1b3e-0c4b-4e5b-9f2c-2e0a0f1c7a3d"

# projects, policies, clients, credentials, scopes
PROJECT_ID = "da84e531-1afb-43cb-8c87-135ab580516a"
GROUP_ID = "4bf2c1e2-61a1-11ee-9f7c-0242ac11000b"
POLICY_ID = "f5b2c5a4-8d6f-4a5e-9c1e-52b0d3e0fa11"
CLIENT_ID = "ed2e9af6-7e5c-4c9d-a0b2-38d3b7d0e3c4"
CHILD_CLIENT_ID = "c74a3e0f-2d3b-4f8e-9f0a-6a1b2c3d4e5f"
TEMPLATE_ID = "4f8d5fb9-2ea6-4e8b-9d7c-1a2b3c4d5e6f"
CREDENTIAL_ID = "af43d884-64a1-4414-897a-680c32374439"
SCOPE_ID = "3f33d83f-ec0a-4190-887d-0622e7c4ee9a"
DEPENDENT_SCOPE_ID = "24f0f8a4-9f5c-4a7f-bb3e-4c6c1d8e7f90"

# a public RSA key (from a throw-away key pair), published as Globus Auth's JWK
JWK_KID = "defaultkey"
JWK = {
    "kty": "RSA",
    "alg": "RS512",
    "use": "sig",
    "kid": JWK_KID,
    "e": "AQAB",
    "n": (
        "2zHYqRyz3j6LLxftle43kfjq_dR79jsNUTM0Dk1QeSAaNPXtVQsuHu8pJwWGSxkmL4j869q6"
        "Ny1I5EIQl2VRCSOyvMpvSUktaP1js34bOlbM-D70IBik_7qhgB-6mAY6H1xRAR542mlVyZA3"
        "INtnRS70ZA9xOOkQSca8NsvHYzioa0KR8p73ESRq8-GW7U8_ctzffgcdoM3xAGSXQh86X_SD"
        "XTFe1PAv5QKvomMg5Hoyuf0Sb3E-CLEEUcJe12tBtAkw8hgzCOtejfqA0mAVWkBiTZQz0yB0"
        "m0yGqh5poyj9MLQjLe59pnEplmoLwvd5TI6xa8_MRSG6JvenfTFwrw"
    ),
}

OPENID_CONFIGURATION = {
    "issuer": "https://auth.globus.org",
    "authorization_endpoint": "https://auth.globus.org/v2/oauth2/authorize",
    "userinfo_endpoint": "https://auth.globus.org/v2/oauth2/userinfo",
    "token_endpoint": "https://auth.globus.org/v2/oauth2/token",
    "revocation_endpoint": "https://auth.globus.org/v2/oauth2/token/revoke",
    "jwks_uri": "https://auth.globus.org/jwk.json",
    "response_types_supported": ["code", "token", "token id_token", "id_token"],
    "id_token_signing_alg_values_supported": ["RS512"],
    "scopes_supported": ["openid", "email", "profile"],
    "token_endpoint_auth_methods_supported": ["client_secret_basic"],
    "claims_supported": [
        "at_hash",
        "aud",
        "email",
        "exp",
        "name",
        "nonce",
        "preferred_username",
        "iat",
        "iss",
        "sub",
    ],
    "subject_types_supported": ["public"],
}

TRANSFER_SCOPE = "urn:globus:auth:scope:transfer.api.globus.org:all"
GROUPS_SCOPE = "urn:globus:auth:scope:groups.api.globus.org:all"
OPENID_SCOPES = "openid profile email"


def identity(
    identity_id: str,
    username: str,
    *,
    name: str,
    organization: str | None,
    idp: str = GLOBUSID_IDP_ID,
) -> dict[str, t.Any]:
    """An identity record as Globus Auth returns it."""
    return {
        "id": identity_id,
        "username": username,
        "name": name,
        "email": username if "@" in username else None,
        "identity_provider": idp,
        "identity_type": "login",
        "organization": organization,
        "status": "used",
    }


def token_data(
    resource_server: str,
    scope: str,
    *,
    access_token: str,
    refresh_token: str | None = None,
) -> dict[str, t.Any]:
    """One resource server's token document."""
    return {
        "access_token": access_token,
        "expires_in": 172800,
        "resource_server": resource_server,
        "scope": scope,
        "token_type": "Bearer",
        "refresh_token": refresh_token,
    }


def token_response(
    *others: dict[str, t.Any],
    id_token: str | None = None,
    **top: t.Any,
) -> dict[str, t.Any]:
    """A token endpoint response: one token document at the top, others nested."""
    body: dict[str, t.Any] = {**top, "state": "_default", "other_tokens": list(others)}
    if id_token is not None:
        body["id_token"] = id_token
    return body


def client_document(**fields: t.Any) -> dict[str, t.Any]:
    """A client record, with the given fields over realistic defaults."""
    doc: dict[str, t.Any] = {
        "id": CLIENT_ID,
        "name": "Data Portal",
        "project": PROJECT_ID,
        "public_client": False,
        "client_type": "confidential_client",
        "grant_types": ["authorization_code", "client_credentials", "refresh_token"],
        "visibility": "private",
        "redirect_uris": [],
        "fqdns": [],
        "scopes": [],
        "links": {"terms_and_conditions": None, "privacy_policy": None},
        "required_idp": None,
        "preselect_idp": None,
        "parent_client": None,
        "userinfo_from_effective_identity": True,
        "prompt_for_named_grant": True,
    }
    doc.update(fields)
    return doc


def scope_document(**fields: t.Any) -> dict[str, t.Any]:
    """A scope record, with the given fields over realistic defaults."""
    doc: dict[str, t.Any] = {
        "id": SCOPE_ID,
        "client": CLIENT_ID,
        "name": "Data Portal Access",
        "description": "Access to the Data Portal's API",
        "scope_string": f"https://auth.globus.org/scopes/{CLIENT_ID}/portal_all",
        "advertised": False,
        "allows_refresh_token": True,
        "required_domains": [],
        "dependent_scopes": [],
    }
    doc.update(fields)
    return doc


def policy_document(**fields: t.Any) -> dict[str, t.Any]:
    """A policy record, with the given fields over realistic defaults."""
    doc: dict[str, t.Any] = {
        "id": POLICY_ID,
        "project_id": PROJECT_ID,
        "display_name": "Campus Login",
        "description": "Require a campus login within the last hour",
        "high_assurance": False,
        "authentication_assurance_timeout": 3600,
        "required_mfa": False,
        "domain_constraints_include": None,
        "domain_constraints_exclude": None,
    }
    doc.update(fields)
    return doc


def json_body(expected: dict[str, t.Any]) -> list[t.Any]:
    """A match= list: the request's JSON body must equal expected."""
    return [json_params_matcher(_jsonable(expected))]


def form_body(expected: dict[str, str]) -> list[t.Any]:
    """A match= list: the request's form body must equal expected."""
    return [urlencoded_params_matcher(expected)]


def _jsonable(value: t.Any) -> t.Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


#: (args, expected request body, response body) of one case
Case = t.Tuple[t.Dict[str, t.Any], t.Dict[str, t.Any], t.Dict[str, t.Any]]


def args_cases(
    *,
    service_path: str,
    method: t.Literal["POST", "PUT"],
    cases: dict[str, Case],
) -> ResponseSet:
    """
    A response set whose cases carry ``args`` (the keyword arguments of the call) and
    ``response`` (the JSON answered) as metadata. Each case but ``default`` only
    matches a request whose JSON body is the one those arguments produce.

    :param cases: case name -> (args, expected request body, response body)
    """
    rset = ResponseSet()
    for name, (args, request_body, response_body) in cases.items():
        rset.register(
            name,
            RegisteredResponse(
                service="auth",
                path=service_path,
                method=method,
                json=response_body,
                match=None if name == "default" else json_body(request_body),
                metadata={"args": args, "response": response_body},
            ),
        )
    return rset


def error_response(
    *,
    status: int,
    code: str,
    detail: str,
    error_id: str,
    title: str,
) -> dict[str, t.Any]:
    """An Auth API error document (``errors`` array plus the OAuth2-style fields)."""
    return {
        "errors": [
            {
                "status": str(status),
                "id": error_id,
                "code": code,
                "title": title,
                "detail": detail,
            }
        ],
        "error": code.lower(),
        "error_description": title,
    }


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def fixture_id_token(audience: str, *, issued_at: int = 1714661820) -> str:
    """
    A well-formed ID token (a JWT) with realistic claims. Its signature is not valid
    for any key: it is for tests which only look at the shape of a token response.
    """
    import json

    header = {"alg": "RS512", "typ": "JWT", "kid": JWK_KID}
    claims = {
        "sub": USER_ID,
        "preferred_username": USERNAME,
        "name": "Sam Jones",
        "email": "sam.jones@example.edu",
        "organization": "Example University",
        "identity_provider": GLOBUSID_IDP_ID,
        "identity_provider_display_name": "Globus ID",
        "last_authentication": issued_at,
        "iss": "https://auth.globus.org",
        "aud": audience,
        "iat": issued_at,
        "exp": issued_at + 172800,
        "at_hash": "N2U3Y2Q4ZjY5YjE0NGY0ZTk1",
    }
    segments = [
        _b64(json.dumps(header).encode()),
        _b64(json.dumps(claims).encode()),
        _b64(b"not a real signature; fixture data"),
    ]
    return ".".join(segments)


def not_found(
    path: str, *, error_id: str, what: str, **metadata: t.Any
) -> RegisteredResponse:
    """A 404 from the Auth API for ``path``; ``error_id`` is added to ``metadata``."""
    return RegisteredResponse(
        service="auth",
        path=path,
        status=404,
        json=error_response(
            status=404,
            code="NOT_FOUND",
            title="Not Found",
            detail=f"{what} not found",
            error_id=error_id,
        ),
        metadata={
            **metadata,
            "error_id": error_id,
            "http_status": 404,
            "code": "NOT_FOUND",
        },
    )

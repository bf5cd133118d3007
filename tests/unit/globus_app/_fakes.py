"""Fakes and builders shared by the GlobusApp unit tests (HTTP goes through ``responses``)."""

from __future__ import annotations

import typing as t
import urllib.parse

import responses

from globus_sdk.login_flows import CommandLineLoginFlowManager
from globus_sdk.scopes import TransferScopes
from globus_sdk.services.auth import IDTokenDecoder

NATIVE_CLIENT_ID = "6b0b6b0b-0000-4000-8000-000000000001"
CONF_CLIENT_ID = "cfcfcfcf-0000-4000-8000-000000000001"
CONF_CLIENT_SECRET = "very-secret-client-secret"
ALICE = "a11ce000-0000-4000-8000-000000000001"
BOB = "b0b00000-0000-4000-8000-000000000002"
COLLECTION_ID = "c0c0c0c0-0000-4000-8000-000000000001"

AUTH_RS = "auth.globus.org"
TRANSFER_RS = "transfer.api.globus.org"
TRANSFER_ALL = TransferScopes.all
DATA_ACCESS = f"https://auth.globus.org/scopes/{COLLECTION_ID}/data_access"

TOKEN_URL = "https://auth.globus.org/v2/oauth2/token"
REVOKE_URL = "https://auth.globus.org/v2/oauth2/token/revoke"
TRANSFER_URL = "https://transfer.api.globus.org/v0.10"
ENDPOINT_URL = f"{TRANSFER_URL}/endpoint/e0e0e0e0-0000-4000-8000-000000000001"
ENDPOINT_ID = "e0e0e0e0-0000-4000-8000-000000000001"


def consents_url(identity_id: str = ALICE) -> str:
    return f"https://auth.globus.org/v2/api/identities/{identity_id}/consents"


class FakeIDTokenDecoder(IDTokenDecoder):
    """The ID tokens of these tests are ``id-token-for:<identity id>``."""

    def decode(self, id_token: str, /) -> dict[str, t.Any]:
        prefix, _, identity_id = id_token.partition(":")
        assert prefix == "id-token-for"
        return {"sub": identity_id}


class RecordingLoginFlowManager(CommandLineLoginFlowManager):
    """A command line flow whose user is a script: URLs are recorded, codes made up."""

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(*args, **kwargs)
        self.authorize_urls: list[str] = []

    def print_authorize_url(self, authorize_url: str) -> None:
        self.authorize_urls.append(authorize_url)

    def prompt_for_code(self) -> str:
        return f"auth-code-{len(self.authorize_urls)}"

    @property
    def last_query(self) -> dict[str, str]:
        return query_of(self.authorize_urls[-1])


def token_doc(
    resource_server: str,
    scope: str,
    access_token: str,
    *,
    expires_in: int = 3600,
    refresh_token: str | None = None,
) -> dict[str, t.Any]:
    doc: dict[str, t.Any] = {
        "resource_server": resource_server,
        "scope": scope,
        "access_token": access_token,
        "expires_in": expires_in,
        "token_type": "Bearer",
    }
    if refresh_token is not None:
        doc["refresh_token"] = refresh_token
    return doc


def token_body(
    *docs: dict[str, t.Any], identity_id: str | None = ALICE
) -> dict[str, t.Any]:
    """A token response: the first document at the top, the others in other_tokens."""
    body = dict(docs[0])
    body["other_tokens"] = [dict(d) for d in docs[1:]]
    if identity_id is not None:
        body["id_token"] = f"id-token-for:{identity_id}"
    return body


def login_body(
    *,
    identity_id: str = ALICE,
    prefix: str = "",
    transfer_scope: str = TRANSFER_ALL,
    expires_in: int = 3600,
    refresh: bool = False,
) -> dict[str, t.Any]:
    """The token response of a login for ``openid`` and Transfer."""
    return token_body(
        token_doc(
            AUTH_RS,
            "openid",
            f"{prefix}auth-access",
            expires_in=expires_in,
            refresh_token=f"{prefix}auth-refresh" if refresh else None,
        ),
        token_doc(
            TRANSFER_RS,
            transfer_scope,
            f"{prefix}transfer-access",
            expires_in=expires_in,
            refresh_token=f"{prefix}transfer-refresh" if refresh else None,
        ),
        identity_id=identity_id,
    )


def consent(
    consent_id: int,
    scope_name: str,
    dependency_path: list[int],
    identity_id: str = ALICE,
) -> dict[str, t.Any]:
    return {
        "id": consent_id,
        "client": NATIVE_CLIENT_ID,
        "scope": f"5c09e000-0000-4000-8000-00000000000{consent_id}",
        "scope_name": scope_name,
        "effective_identity": identity_id,
        "dependency_path": dependency_path,
        "created": "2024-01-01T00:00:00+00:00",
        "updated": "2024-01-01T00:00:00+00:00",
        "last_used": "2024-01-02T00:00:00+00:00",
        "status": "approved",
        "allows_refresh": True,
        "auto_approved": False,
        "atomically_revocable": False,
    }


def query_of(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def form_of(call: t.Any) -> dict[str, str]:
    """The form body of a recorded call."""
    return form_of_request(call.request)


def form_of_request(request: t.Any) -> dict[str, str]:
    body = request.body
    if isinstance(body, bytes):
        body = body.decode()
    return dict(urllib.parse.parse_qsl(body or ""))


def calls_to(url: str, method: str | None = None) -> list[t.Any]:
    return [
        c
        for c in responses.calls
        if str(c.request.url).split("?")[0] == url
        and (method is None or c.request.method == method)
    ]

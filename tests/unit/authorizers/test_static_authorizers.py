from __future__ import annotations

import base64
import hashlib
import logging

import pytest

from globus_sdk.authorizers import (
    AccessTokenAuthorizer,
    BasicAuthorizer,
    GlobusAuthorizer,
    NullAuthorizer,
    StaticGlobusAuthorizer,
)


def test_globus_authorizer_is_abstract():
    with pytest.raises(TypeError):
        GlobusAuthorizer()  # type: ignore[abstract]


def test_minimal_subclass_does_not_handle_401():
    class Custom(GlobusAuthorizer):
        def get_authorization_header(self) -> str:
            return "Custom xyz"

    authorizer = Custom()
    assert authorizer.get_authorization_header() == "Custom xyz"
    assert authorizer.handle_missing_authorization() is False


def test_null_authorizer_sends_no_header():
    authorizer = NullAuthorizer()
    assert authorizer.get_authorization_header() is None
    assert authorizer.handle_missing_authorization() is False


def test_static_authorizer_returns_header_val():
    class Fixed(StaticGlobusAuthorizer):
        def __init__(self) -> None:
            self.header_val = "Fixed abc"

    authorizer = Fixed()
    assert authorizer.get_authorization_header() == "Fixed abc"
    assert authorizer.handle_missing_authorization() is False


def test_access_token_authorizer():
    authorizer = AccessTokenAuthorizer("tok-secret-123")
    assert authorizer.access_token == "tok-secret-123"
    assert authorizer.header_val == "Bearer tok-secret-123"
    assert authorizer.get_authorization_header() == "Bearer tok-secret-123"
    assert authorizer.access_token_hash == hashlib.sha256(b"tok-secret-123").hexdigest()
    # a static token cannot be renewed
    assert authorizer.handle_missing_authorization() is False
    assert authorizer.get_authorization_header() == "Bearer tok-secret-123"


def test_access_token_authorizer_never_shows_token(caplog):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    authorizer = AccessTokenAuthorizer("tok-secret-123")
    text = repr(authorizer) + str(authorizer) + caplog.text
    assert "tok-secret-123" not in text
    assert authorizer.access_token_hash not in text  # only a short prefix
    assert authorizer.access_token_hash[:10] in repr(authorizer)


def test_basic_authorizer():
    authorizer = BasicAuthorizer("user", "p@ss:wörd")
    assert authorizer.username == "user"
    assert authorizer.password == "p@ss:wörd"
    expected = base64.b64encode("user:p@ss:wörd".encode()).decode()
    assert authorizer.header_val == f"Basic {expected}"
    assert authorizer.get_authorization_header() == f"Basic {expected}"
    assert authorizer.handle_missing_authorization() is False


def test_basic_authorizer_never_shows_password(caplog):
    caplog.set_level(logging.DEBUG, logger="globus_sdk")
    authorizer = BasicAuthorizer("user", "hunter2-secret")
    text = repr(authorizer) + str(authorizer) + caplog.text
    assert "hunter2-secret" not in text
    assert "user" in repr(authorizer)


def test_authorizers_module_layout():
    import globus_sdk.authorizers as authorizers
    from globus_sdk.authorizers import renewing

    assert sorted(authorizers.__all__) == sorted(
        [
            "AccessTokenAuthorizer",
            "BasicAuthorizer",
            "ClientCredentialsAuthorizer",
            "GlobusAuthorizer",
            "NullAuthorizer",
            "RefreshTokenAuthorizer",
            "RenewingAuthorizer",
            "StaticGlobusAuthorizer",
        ]
    )
    for name in authorizers.__all__:
        assert getattr(authorizers, name).__name__ == name
    assert renewing.EXPIRES_ADJUST_SECONDS == 60
    assert renewing.RenewingAuthorizer is authorizers.RenewingAuthorizer


def test_importing_authorizers_does_not_import_services_or_requests():
    import subprocess
    import sys

    code = (
        "import sys, globus_sdk.authorizers; "
        "bad = [m for m in sys.modules if m.startswith('globus_sdk.services') "
        "or m in ('requests', 'jwt', 'cryptography')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

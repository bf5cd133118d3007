"""Token fingerprints for logs and reprs (a token itself is never shown)."""

from __future__ import annotations

from globus_sdk.utils import sha256_string

# how many hex digits of a token's sha256 appear in reprs and log lines
_FINGERPRINT_LENGTH = 10


def token_hash(token: str) -> str:
    """The full sha256 hex digest of a token (the ``access_token_hash`` attribute)."""
    return sha256_string(token)


def short_hash(token_sha256: str | None) -> str | None:
    """A short prefix of a token's sha256 digest, safe to log."""
    if token_sha256 is None:
        return None
    return token_sha256[:_FINGERPRINT_LENGTH]

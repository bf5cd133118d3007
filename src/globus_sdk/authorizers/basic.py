from __future__ import annotations

import logging

from globus_sdk.utils import b64str

from .base import StaticGlobusAuthorizer

log = logging.getLogger(__name__)


class BasicAuthorizer(StaticGlobusAuthorizer):
    """
    HTTP Basic authentication: ``username`` and ``password`` are sent base64-encoded in
    the header, ``Basic <base64(username:password)>``.

    :param username: username component for Basic Auth
    :param password: password component for Basic Auth
    """

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.password = password
        self.header_val = f"Basic {b64str(f'{username}:{password}')}"
        log.debug("BasicAuthorizer created for username %r", username)

    def __repr__(self) -> str:
        return f"BasicAuthorizer(username={self.username!r}, password='***')"

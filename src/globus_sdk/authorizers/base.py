"""The authorizer interface and the two authorizers that never change their header."""

from __future__ import annotations

import abc


class GlobusAuthorizer(metaclass=abc.ABCMeta):
    """
    A ``GlobusAuthorizer`` generates ``Authorization`` header values for a client, and
    may be able to recover when a service rejects the header it produced.
    """

    @abc.abstractmethod
    def get_authorization_header(self) -> str | None:
        """
        Get the value for the ``Authorization`` header from this authorizer.
        If this method returns ``None``, no ``Authorization`` header is sent.
        """

    def handle_missing_authorization(self) -> bool:
        """
        Called when a request made with a header from this authorizer got a 401
        (Unauthorized).

        If the authorizer can remedy the situation (for example by getting a new
        token) it updates its state and returns ``True``: the request may be retried.
        Otherwise it returns ``False``. The default implementation does nothing and
        returns ``False``.
        """
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class StaticGlobusAuthorizer(GlobusAuthorizer):
    """
    An authorizer whose header value is a fixed string, set once by the subclass's
    constructor in ``header_val``.
    """

    header_val: str

    def get_authorization_header(self) -> str:
        """Return the fixed header value."""
        return self.header_val


class NullAuthorizer(GlobusAuthorizer):
    """
    No authentication: requests made with this authorizer carry no ``Authorization``
    header.
    """

    def get_authorization_header(self) -> None:
        """Return ``None``: no ``Authorization`` header is sent."""
        return None

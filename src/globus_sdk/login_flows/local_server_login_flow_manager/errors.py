"""Errors of the local server login flow::

LocalServerLoginError (Exception)           the login did not complete
└── LocalServerEnvironmentalLoginError      this environment cannot run the flow
                                            (remote session, no usable browser)
"""

from __future__ import annotations


class LocalServerLoginError(Exception):
    """
    A local server login failed: Globus Auth reported an error, the redirect did
    not match the flow (wrong ``state``), the wait timed out, or the local server
    failed.
    """


class LocalServerEnvironmentalLoginError(LocalServerLoginError):
    """
    The local server login flow cannot run here: the session is remote (SSH) or no
    graphical web browser can be opened. Use a command line login flow instead.
    """

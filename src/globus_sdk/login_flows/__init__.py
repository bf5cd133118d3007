"""
Login flows: drive a user through a Globus Auth login and return the tokens.

::

    LoginFlowManager (abstract)
    ├── CommandLineLoginFlowManager   print the URL, read the code from the terminal
    └── LocalServerLoginFlowManager   open a browser, receive the redirect locally

Errors: ``CommandLineLoginFlowEOFError`` (input ended before a code was entered),
``LocalServerLoginError`` and its subclass ``LocalServerEnvironmentalLoginError``
(no browser, remote session).
"""

from .command_line_login_flow_manager import (
    CommandLineLoginFlowEOFError,
    CommandLineLoginFlowManager,
)
from .local_server_login_flow_manager import (
    LocalServerEnvironmentalLoginError,
    LocalServerLoginError,
    LocalServerLoginFlowManager,
)
from .login_flow_manager import LoginFlowManager

__all__ = (
    "LoginFlowManager",
    "CommandLineLoginFlowManager",
    "CommandLineLoginFlowEOFError",
    "LocalServerLoginFlowManager",
    "LocalServerLoginError",
    "LocalServerEnvironmentalLoginError",
)

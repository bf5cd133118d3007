"""
The SDK's error tree, drawn once::

    GlobusError (Exception)
    ├── GlobusSDKUsageError (+ ValueError)   the caller used the SDK wrongly
    ├── ValidationError (+ ValueError)       input data failed validation
    ├── GlobusAPIError                       the service answered with an error status
    │   └── <Service>APIError                (TransferAPIError, AuthAPIError, ...)
    └── NetworkError                         no usable answer (wraps a requests error)
        ├── GlobusConnectionError
        └── GlobusTimeoutError
            └── GlobusConnectionTimeoutError

Every ``GlobusAPIError`` carries the HTTP method, URL, status, code, messages and the
response; ``str()`` stays short and never contains a credential.
"""

from .api import ErrorSubdocument, GlobusAPIError
from .base import GlobusError, GlobusSDKUsageError, ValidationError
from .convert import (
    GlobusConnectionError,
    GlobusConnectionTimeoutError,
    GlobusTimeoutError,
    NetworkError,
    convert_request_exception,
)
from .err_info import (
    AuthorizationParameterInfo,
    ConsentRequiredInfo,
    ErrorInfo,
    ErrorInfoContainer,
)
from .warnings import RemovedInV4Warning, warn_deprecated

__all__ = (
    "GlobusError",
    "GlobusSDKUsageError",
    "ValidationError",
    "GlobusAPIError",
    "ErrorSubdocument",
    "NetworkError",
    "GlobusTimeoutError",
    "GlobusConnectionTimeoutError",
    "GlobusConnectionError",
    "convert_request_exception",
    "ErrorInfo",
    "ErrorInfoContainer",
    "AuthorizationParameterInfo",
    "ConsentRequiredInfo",
    "RemovedInV4Warning",
    "warn_deprecated",
)

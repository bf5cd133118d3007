"""Environments, service URLs and the ``GLOBUS_SDK_*`` environment variables."""

from .env_vars import get_environment_name, get_http_timeout, get_ssl_verify
from .environments import EnvConfig, get_service_url, get_webapp_url

__all__ = (
    "EnvConfig",
    "get_environment_name",
    "get_ssl_verify",
    "get_http_timeout",
    "get_service_url",
    "get_webapp_url",
)

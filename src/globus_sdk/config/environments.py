"""Named environments (production, preview, sandbox, ...) and their service URLs."""

from __future__ import annotations

import os
import re
import typing as t

from .env_vars import ENVNAME_VAR, get_environment_name

_SERVICE_NAME_RE = re.compile(r"^[A-Za-z0-9_]+$")


class EnvConfig:
    """
    An environment: a name, a domain and the URL of each service in it.

    Subclassing registers a new environment by its ``envname``; set ``<service>_url``
    class attributes to override one service's URL.
    """

    _registry: t.ClassVar[dict[str, type[EnvConfig]]] = {}

    envname: t.ClassVar[str]
    domain: t.ClassVar[str]
    no_dotapi: t.ClassVar[list[str]] = ["app", "auth"]
    automate_services: t.ClassVar[list[str]] = ["actions", "flows", "timer"]

    def __init_subclass__(cls, **kwargs: t.Any) -> None:
        super().__init_subclass__(**kwargs)
        envname = cls.__dict__.get("envname")
        if isinstance(envname, str):
            cls._registry[envname] = cls

    @classmethod
    def get_service_url(cls, service: str) -> str:
        """The base URL (with a trailing slash) of ``service`` in this environment."""
        override = getattr(cls, f"{service}_url", None)
        if isinstance(override, str):
            return override
        if service in cls.automate_services:
            # automate services live under globus.org in every environment
            return f"https://{cls._automate_prefix()}{service}.automate.globus.org/"
        if service in cls.no_dotapi:
            return f"https://{service}.{cls._hosts_domain()}/"
        return f"https://{service}.api.{cls._hosts_domain()}/"

    @classmethod
    def _hosts_domain(cls) -> str:
        # e.g. "sandbox.globuscs.info": hosts are <service>[.api].<this>
        return f"{cls.envname}.{cls.domain}"

    @classmethod
    def _automate_prefix(cls) -> str:
        return f"{cls.envname}."

    @classmethod
    def get_by_name(cls, env: str) -> type[EnvConfig] | None:
        """The registered environment named ``env``, or None."""
        return cls._registry.get(env)


class ProductionEnvConfig(EnvConfig):
    envname = "production"
    domain = "globus.org"
    nexus_url = "https://nexus.api.globusonline.org/"

    @classmethod
    def _hosts_domain(cls) -> str:
        return cls.domain

    @classmethod
    def _automate_prefix(cls) -> str:
        return ""


class PreviewEnvConfig(EnvConfig):
    envname = "preview"
    domain = "globus.org"


class SandboxEnvConfig(EnvConfig):
    envname = "sandbox"
    domain = "globuscs.info"


class IntegrationEnvConfig(EnvConfig):
    envname = "integration"
    domain = "globuscs.info"


class TestEnvConfig(EnvConfig):
    envname = "test"
    domain = "globuscs.info"


class StagingEnvConfig(EnvConfig):
    envname = "staging"
    domain = "globuscs.info"


def _get_config(environment: str | None) -> type[EnvConfig]:
    explicit = environment is not None
    name = get_environment_name(environment)
    conf = EnvConfig.get_by_name(name)
    if conf is None:
        source = "environment" if explicit else ENVNAME_VAR
        known = ", ".join(sorted(EnvConfig._registry))
        raise ValueError(f"Unrecognized {source} {name!r}; known environments: {known}")
    return conf


def get_service_url(service: str, environment: str | None = None) -> str:
    """
    The base URL of ``service`` (e.g. "transfer") in ``environment`` (default: the current
    one). ``GLOBUS_SDK_SERVICE_URL_<SERVICE>`` overrides it.
    """
    if _SERVICE_NAME_RE.match(service):
        override = os.environ.get(f"GLOBUS_SDK_SERVICE_URL_{service.upper()}")
        if override:
            return override
    return _get_config(environment).get_service_url(service)


def get_webapp_url(environment: str | None = None) -> str:
    """The URL of the Globus web app in ``environment``."""
    return get_service_url("app", environment=environment)

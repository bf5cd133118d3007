"""Projects and policies: the ``AuthClient`` methods under ``/v2/api/projects`` and
``/v2/api/policies``."""

from __future__ import annotations

import functools
import typing as t
import uuid

from globus_sdk import client, exc, utils
from globus_sdk._internal.urls import quote_id
from globus_sdk.response import GlobusHTTPResponse, IterableResponse
from globus_sdk.utils import MISSING, MissingType

from ..response import GetPoliciesResponse, GetProjectsResponse
from ._payloads import opt_list, opt_str

F = t.TypeVar("F", bound=t.Callable[..., t.Any])

# the positional order of ``create_policy`` before its parameters became keyword-only
_CREATE_POLICY_POSITIONAL_NAMES = (
    "project_id",
    "high_assurance",
    "authentication_assurance_timeout",
    "display_name",
    "description",
)


def _positional_args_deprecated(names: tuple[str, ...]) -> t.Callable[[F], F]:
    """
    Accept the old positional arguments of a now keyword-only method, with a
    deprecation warning (``inspect.signature`` shows the keyword-only signature).
    """

    def decorator(func: F) -> F:
        @functools.wraps(func)
        def wrapper(self: t.Any, *args: t.Any, **kwargs: t.Any) -> t.Any:
            if args:
                if len(args) > len(names):
                    raise TypeError(
                        f"{func.__name__}() takes at most {len(names)} positional "
                        f"arguments ({len(args)} given)"
                    )
                exc.warn_deprecated(
                    f"Passing positional arguments to {func.__name__}() is deprecated; "
                    "pass them by keyword."
                )
                for name, value in zip(names, args):
                    if name in kwargs:
                        raise TypeError(
                            f"{func.__name__}() got multiple values for argument {name!r}"
                        )
                    kwargs[name] = value
            return func(self, **kwargs)

        return t.cast(F, wrapper)

    return decorator


def _strlist(
    value: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None,
) -> list[str] | MissingType:
    return MISSING if value is None else list(utils.safe_strseq_iter(value))


class ProjectsAndPoliciesMixin(client.BaseClient):
    # ---- projects

    def get_project(self, project_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/api/projects/{project_id}``: one project you administer."""
        return self.get(f"/v2/api/projects/{quote_id(project_id)}")

    def get_projects(self) -> IterableResponse:
        """
        ``GET /v2/api/projects``: the projects you administer; iterating the response
        yields them.
        """
        return GetProjectsResponse(self.get("/v2/api/projects"))

    def create_project(
        self,
        display_name: str,
        contact_email: str,
        *,
        admin_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None = None,
        admin_group_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None = None,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/projects``: create a project.

        :param display_name: the project's name
        :param contact_email: the project's contact email address
        :param admin_ids: identity IDs of the project's administrators
        :param admin_group_ids: IDs of groups whose members administer the project
        """
        project = {
            "display_name": display_name,
            "contact_email": contact_email,
            "admin_ids": _strlist(admin_ids),
            "admin_group_ids": _strlist(admin_group_ids),
        }
        return self.post("/v2/api/projects", data={"project": project})

    def update_project(
        self,
        project_id: uuid.UUID | str,
        *,
        display_name: str | None = None,
        contact_email: str | None = None,
        admin_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None = None,
        admin_group_ids: uuid.UUID | str | t.Iterable[uuid.UUID | str] | None = None,
    ) -> GlobusHTTPResponse:
        """
        ``PUT /v2/api/projects/{project_id}``: change the given fields of a project
        (fields left as ``None`` are not changed).
        """
        project = {
            "display_name": MISSING if display_name is None else display_name,
            "contact_email": MISSING if contact_email is None else contact_email,
            "admin_ids": _strlist(admin_ids),
            "admin_group_ids": _strlist(admin_group_ids),
        }
        return self.put(
            f"/v2/api/projects/{quote_id(project_id)}", data={"project": project}
        )

    def delete_project(self, project_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/api/projects/{project_id}``: delete a project."""
        return self.delete(f"/v2/api/projects/{quote_id(project_id)}")

    # ---- policies

    def get_policy(self, policy_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``GET /v2/api/policies/{policy_id}``: one policy."""
        return self.get(f"/v2/api/policies/{quote_id(policy_id)}")

    def get_policies(self) -> IterableResponse:
        """
        ``GET /v2/api/policies``: the policies of the projects you administer;
        iterating the response yields them.
        """
        return GetPoliciesResponse(self.get("/v2/api/policies"))

    @_positional_args_deprecated(_CREATE_POLICY_POSITIONAL_NAMES)
    def create_policy(
        self,
        *,
        project_id: uuid.UUID | str,
        display_name: str,
        description: str,
        high_assurance: bool | MissingType = MISSING,
        authentication_assurance_timeout: int | MissingType = MISSING,
        required_mfa: bool | MissingType = MISSING,
        domain_constraints_include: t.Iterable[str] | None | MissingType = MISSING,
        domain_constraints_exclude: t.Iterable[str] | None | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``POST /v2/api/policies``: create an authentication policy.

        :param project_id: the project the policy belongs to
        :param display_name: the policy's name
        :param description: the policy's description
        :param high_assurance: require high-assurance authentication
        :param authentication_assurance_timeout: how long (seconds) an authentication
            satisfies the policy
        :param required_mfa: require multi-factor authentication
        :param domain_constraints_include: identity domains allowed (``None``: any)
        :param domain_constraints_exclude: identity domains refused (``None``: none)
        """
        policy = {
            "project_id": str(project_id),
            "display_name": display_name,
            "description": description,
            "high_assurance": high_assurance,
            "authentication_assurance_timeout": authentication_assurance_timeout,
            "required_mfa": required_mfa,
            "domain_constraints_include": opt_list(domain_constraints_include),
            "domain_constraints_exclude": opt_list(domain_constraints_exclude),
        }
        return self.post("/v2/api/policies", data={"policy": policy})

    def update_policy(
        self,
        policy_id: uuid.UUID | str,
        *,
        project_id: uuid.UUID | str | MissingType = MISSING,
        authentication_assurance_timeout: int | MissingType = MISSING,
        required_mfa: bool | MissingType = MISSING,
        display_name: str | MissingType = MISSING,
        description: str | MissingType = MISSING,
        domain_constraints_include: t.Iterable[str] | None | MissingType = MISSING,
        domain_constraints_exclude: t.Iterable[str] | None | MissingType = MISSING,
    ) -> GlobusHTTPResponse:
        """
        ``PUT /v2/api/policies/{policy_id}``: change the given fields of a policy
        (``None`` clears a domain constraint).
        """
        policy = {
            "project_id": opt_str(project_id),
            "authentication_assurance_timeout": authentication_assurance_timeout,
            "required_mfa": required_mfa,
            "display_name": display_name,
            "description": description,
            "domain_constraints_include": opt_list(domain_constraints_include),
            "domain_constraints_exclude": opt_list(domain_constraints_exclude),
        }
        return self.put(
            f"/v2/api/policies/{quote_id(policy_id)}", data={"policy": policy}
        )

    def delete_policy(self, policy_id: uuid.UUID | str) -> GlobusHTTPResponse:
        """``DELETE /v2/api/policies/{policy_id}``: delete a policy."""
        return self.delete(f"/v2/api/policies/{quote_id(policy_id)}")

from __future__ import annotations

import typing as t
import uuid

from ..builder import ScopeBuilder, _ClientIDURLScopeBuilder


class _FlowsScopeBuilder(_ClientIDURLScopeBuilder):
    """Flows' resource server is a domain name, its URL scopes use its client ID."""


#: Globus Flows scopes (resource server ``flows.globus.org``)
FlowsScopes = _FlowsScopeBuilder(
    "flows.globus.org",
    "eec9b274-0c81-4334-bdc2-54e90e689b9a",
    known_url_scopes=[
        "all",
        "manage_flows",
        "view_flows",
        "run",
        "run_status",
        "run_manage",
    ],
)


class SpecificFlowScopeBuilder(ScopeBuilder):
    """
    The scope of one flow, whose resource server is the flow ID.

    .. code-block:: pycon

        >>> sb = SpecificFlowScopeBuilder("12345678-abcd-abcd-abcd-123456789012")
        >>> sb.user
        'https://auth.globus.org/scopes/12345678-abcd-abcd-abcd-123456789012/flow_12345678_abcd_abcd_abcd_123456789012_user'

    :param flow_id: the ID of the flow
    """

    def __init__(self, flow_id: uuid.UUID | str) -> None:
        self._flow_id = flow_id
        str_flow_id = str(flow_id)
        super().__init__(
            resource_server=str_flow_id,
            known_url_scopes=[("user", f"flow_{str_flow_id.replace('-', '_')}_user")],
        )


_INSTANCE_ONLY_SCOPE_ATTRS = ("user", "resource_server")


def _class_scopes_error(name: str) -> AttributeError:
    return AttributeError(
        f"It is not valid to access the {name!r} attribute of the SpecificFlowClient "
        f"class: a flow's scopes depend on its ID. Instantiate a SpecificFlowClient "
        f"and read 'scopes.{name}' from the instance instead."
    )


class _SpecificFlowScopesClassStub(ScopeBuilder):
    """
    The ``scopes`` of the :class:`SpecificFlowClient` class (not of its instances).

    A flow's scopes are built from its ID, so only an instance has them; reading
    ``SpecificFlowClient.scopes.user`` or ``.resource_server`` raises an
    ``AttributeError`` which says so, while type checkers still see a ScopeBuilder.
    """

    def __init__(self) -> None:
        super().__init__("<stub>")

    # resource_server is a real attribute (so __getattribute__ hides it) and user is
    # not; Python then calls __getattr__, which must raise the same explanation
    def __getattribute__(self, name: str) -> t.Any:
        if name in _INSTANCE_ONLY_SCOPE_ATTRS:
            raise _class_scopes_error(name)
        return super().__getattribute__(name)

    def __getattr__(self, name: str) -> str:
        if name in _INSTANCE_ONLY_SCOPE_ATTRS:
            raise _class_scopes_error(name)
        return super().__getattr__(name)

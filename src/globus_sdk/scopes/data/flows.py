from __future__ import annotations

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

"""Payload helpers for the Flows API."""

from __future__ import annotations

import typing as t

from globus_sdk.utils import MISSING, MissingType, PayloadWrapper


class RunActivityNotificationPolicy(PayloadWrapper):
    """
    When the Flows service emails a run's owner about the run's activity: the
    ``activity_notification_policy`` of
    :meth:`SpecificFlowClient.run_flow <globus_sdk.SpecificFlowClient.run_flow>`.

    .. code-block:: python

        policy = RunActivityNotificationPolicy(status=["INACTIVE", "FAILED"])

    :param status: the run statuses which trigger an email when the run enters them;
        omitted (the service's default applies) when not given
    """

    def __init__(
        self,
        status: list[t.Literal["INACTIVE", "SUCCEEDED", "FAILED"]]
        | MissingType = MISSING,
    ) -> None:
        super().__init__()
        # copied so that later changes to the caller's list do not leak in
        self["status"] = status if isinstance(status, MissingType) else list(status)

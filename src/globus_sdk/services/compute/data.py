"""Payload helpers for the Globus Compute API."""

from __future__ import annotations

import uuid

from globus_sdk.utils import MISSING, MissingType, PayloadWrapper, filter_missing


class ComputeFunctionMetadata(PayloadWrapper):
    """
    The environment a function was serialized in: the ``metadata`` of a
    :class:`ComputeFunctionDocument`.

    :param python_version: the Python version, e.g. ``"3.11.7"``
    :param sdk_version: the Globus Compute SDK version
    """

    def __init__(
        self,
        *,
        python_version: str | MissingType = MISSING,
        sdk_version: str | MissingType = MISSING,
    ) -> None:
        super().__init__()
        self.update(
            filter_missing(
                {"python_version": python_version, "sdk_version": sdk_version}
            )
            or {}
        )


class ComputeFunctionDocument(PayloadWrapper):
    """
    A function to register with ``register_function``.

    .. code-block:: python

        doc = ComputeFunctionDocument(
            function_name="hello",
            function_code=serialized_code,
            metadata=ComputeFunctionMetadata(python_version="3.11.7"),
        )
        compute_client.register_function(doc)

    :param function_name: the function's name
    :param function_code: the serialized function (as the Compute SDK serializes it)
    :param description: a description of the function
    :param metadata: where the function was serialized
    :param group: a Globus group whose members may run the function
    :param public: whether anyone may run the function (sent in every document)
    """

    def __init__(
        self,
        *,
        function_name: str,
        function_code: str,
        description: str | MissingType = MISSING,
        metadata: ComputeFunctionMetadata | MissingType = MISSING,
        group: uuid.UUID | str | MissingType = MISSING,
        public: bool = False,
    ) -> None:
        super().__init__()
        self.update(
            filter_missing(
                {
                    "function_name": function_name,
                    "function_code": function_code,
                    "description": description,
                    "metadata": metadata,
                    "group": group if isinstance(group, MissingType) else str(group),
                    "public": public,
                }
            )
            or {}
        )

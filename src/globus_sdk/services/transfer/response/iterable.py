from __future__ import annotations

import typing as t

from globus_sdk.response import IterableResponse


class IterableTransferResponse(IterableResponse):
    """
    A Transfer response holding a list of items under ``DATA``: fields are read as
    usual (``r["path"]``) and iterating yields the items.

    .. code-block:: python

        for item in tc.operation_ls(collection_id, path="/~/"):
            print(item["name"], item["type"])
    """

    default_iter_key: t.ClassVar[str] = "DATA"

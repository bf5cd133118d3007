from __future__ import annotations

import importlib

import pytest

import globus_sdk.tokenstorage
from globus_sdk.exc import RemovedInV4Warning

NAMES = [
    "TokenStorage",
    "TokenStorageData",
    "FileTokenStorage",
    "JSONTokenStorage",
    "SQLiteTokenStorage",
    "MemoryTokenStorage",
]


@pytest.mark.parametrize("name", NAMES)
def test_alias_warns_and_is_the_same_object(name: str) -> None:
    module = importlib.import_module("globus_sdk.experimental.tokenstorage")
    with pytest.warns(RemovedInV4Warning, match=f"globus_sdk.tokenstorage.{name}"):
        value = getattr(module, name)
    assert value is getattr(globus_sdk.tokenstorage, name)


def test_alias_all_and_unknown_names() -> None:
    module = importlib.import_module("globus_sdk.experimental.tokenstorage")
    assert sorted(module.__all__) == sorted(NAMES)
    assert set(NAMES) <= set(dir(module))
    with pytest.raises(AttributeError):
        module.SimpleJSONFileAdapter  # noqa: B018


def test_public_all_lists() -> None:
    import globus_sdk.tokenstorage.v1 as v1
    import globus_sdk.tokenstorage.v2 as v2
    import globus_sdk.tokenstorage.v2.validating_token_storage as vts

    for module in (globus_sdk.tokenstorage, v1, v2, vts):
        for name in module.__all__:
            assert getattr(module, name) is not None
    assert set(v2.__all__) <= set(globus_sdk.tokenstorage.__all__)
    assert set(v1.__all__) <= set(globus_sdk.tokenstorage.__all__)

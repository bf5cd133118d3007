from __future__ import annotations

import pytest

import globus_sdk.gare
from globus_sdk.exc import RemovedInV4Warning

ALIASES = {
    "GlobusAuthRequirementsError": "GARE",
    "GlobusAuthorizationParameters": "GlobusAuthorizationParameters",
    "to_auth_requirements_error": "to_gare",
    "to_auth_requirements_errors": "to_gares",
    "is_auth_requirements_error": "is_gare",
    "has_auth_requirements_errors": "has_gares",
}


def test_gare_all():
    assert sorted(globus_sdk.gare.__all__) == sorted(
        [
            "GARE",
            "GlobusAuthorizationParameters",
            "has_gares",
            "is_gare",
            "to_gare",
            "to_gares",
        ]
    )
    for name in globus_sdk.gare.__all__:
        assert getattr(globus_sdk.gare, name) is not None


def test_experimental_module_is_importable_without_warning():
    import globus_sdk.experimental.auth_requirements_error as mod

    assert sorted(mod.__all__) == sorted(ALIASES)


@pytest.mark.parametrize("old, new", sorted(ALIASES.items()))
def test_experimental_aliases_warn_and_are_the_same_objects(old, new):
    import globus_sdk.experimental.auth_requirements_error as mod

    with pytest.warns(RemovedInV4Warning, match=f"globus_sdk.gare.{new}"):
        value = getattr(mod, old)
    assert value is getattr(globus_sdk.gare, new)


def test_experimental_from_import():
    with pytest.warns(RemovedInV4Warning):
        from globus_sdk.experimental.auth_requirements_error import (
            GlobusAuthRequirementsError,
        )
    assert GlobusAuthRequirementsError is globus_sdk.gare.GARE


def test_experimental_unknown_name():
    import globus_sdk.experimental.auth_requirements_error as mod

    with pytest.raises(AttributeError):
        mod.NoSuchThing  # noqa: B018

"""The Auth package's public names, and what importing it loads."""

from __future__ import annotations

import subprocess
import sys

import globus_sdk
import globus_sdk.services.auth as auth


def test_all_is_sorted_and_importable():
    assert list(auth.__all__) == sorted(auth.__all__)
    for name in auth.__all__:
        assert getattr(auth, name) is getattr(globus_sdk, name, getattr(auth, name))


def test_top_level_names_are_the_same_objects():
    assert globus_sdk.AuthClient is auth.AuthClient
    assert globus_sdk.IdentityMap is auth.IdentityMap
    assert globus_sdk.IDTokenDecoder is auth.IDTokenDecoder


def test_importing_the_clients_does_not_load_jwt_or_cryptography():
    code = (
        "import sys, globus_sdk\n"
        "globus_sdk.AuthClient, globus_sdk.NativeAppAuthClient, globus_sdk.IDTokenDecoder\n"
        "assert 'jwt' not in sys.modules, 'jwt'\n"
        "assert 'cryptography' not in sys.modules, 'cryptography'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

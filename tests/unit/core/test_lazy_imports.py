from __future__ import annotations

import subprocess
import sys

import globus_sdk


def test_import_is_cheap_in_a_fresh_interpreter() -> None:
    code = (
        "import sys, globus_sdk\n"
        "heavy = [m for m in ('requests', 'jwt', 'cryptography') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_all_is_sorted_unique_and_complete() -> None:
    names = list(globus_sdk.__all__)
    assert names == sorted(names)
    assert len(names) == len(set(names))
    assert set(globus_sdk._NAME_TO_MODULE) <= set(names)


def test_every_name_resolves() -> None:
    code = (
        "import globus_sdk\n"
        "globus_sdk._force_eager_imports()\n"
        "missing = [n for n in globus_sdk.__all__ if getattr(globus_sdk, n, None) is None]\n"
        "print(missing)\n"
    )
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_type_checking_block_matches_the_table() -> None:
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(globus_sdk))
    typed: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                typed.setdefault(stmt.module or "", set()).update(a.name for a in stmt.names)
    assert typed == {m: set(n) for m, n in globus_sdk._LAZY_IMPORT_TABLE.items()}


def test_unknown_attribute() -> None:
    import pytest

    with pytest.raises(AttributeError):
        globus_sdk.NotAThing  # noqa: B018
    assert "TransferClient" in dir(globus_sdk)


def test_client_classes_do_not_import_requests_until_used() -> None:
    # requests, jwt and cryptography load on the first request / token decode, so that
    # importing a client class stays cheaper than importing requests itself
    code = (
        "import sys, globus_sdk\n"
        "for name in ('TransferClient', 'AuthClient', 'FlowsClient', 'GroupsClient',\n"
        "             'SearchClient', 'GCSClient', 'TimersClient', 'UserApp', 'ClientApp'):\n"
        "    getattr(globus_sdk, name)\n"
        "print(','.join(m for m in ('requests', 'jwt', 'cryptography') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

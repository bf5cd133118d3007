from __future__ import annotations

import copy
import pickle
import uuid

import globus_sdk
from globus_sdk import utils


def test_missing_sentinel() -> None:
    assert not utils.MISSING
    assert utils.MISSING is globus_sdk.MISSING
    assert utils.MissingType() is utils.MISSING
    assert copy.copy(utils.MISSING) is utils.MISSING
    assert copy.deepcopy({"a": utils.MISSING})["a"] is utils.MISSING
    assert pickle.loads(pickle.dumps(utils.MISSING)) is utils.MISSING
    assert repr(utils.MISSING) == "<globus_sdk.MISSING>"


def test_filter_and_strip_missing() -> None:
    assert utils.filter_missing(None) is None
    assert utils.filter_missing({"a": 1, "b": utils.MISSING, "c": None}) == {"a": 1, "c": None}
    nested = {"a": [1, utils.MISSING, {"b": utils.MISSING, "c": 2}], "d": utils.MISSING}
    assert utils.strip_missing(nested) == {"a": [1, {"c": 2}]}
    clean = {"a": [1, {"b": 2}]}
    assert utils.strip_missing(clean) is clean  # nothing to drop: no copy


def test_slash_join() -> None:
    assert utils.slash_join("https://a/", "/b") == "https://a/b"
    assert utils.slash_join("https://a", "b") == "https://a/b"
    assert utils.slash_join("https://a/", None) == "https://a/"


def test_str_helpers() -> None:
    u = uuid.UUID(int=1)
    assert list(utils.safe_strseq_iter("abc")) == ["abc"]
    assert list(utils.safe_strseq_iter(u)) == [str(u)]
    assert list(utils.safe_strseq_iter(["a", u])) == ["a", str(u)]
    assert utils.commajoin(["a", "b"]) == "a,b"
    assert utils.commajoin("a,b") == "a,b"
    assert utils.sha256_string("x") == (
        "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"
    )
    assert utils.b64str("user:pass") == "dXNlcjpwYXNz"


def test_classproperty() -> None:
    class A:
        @utils.classproperty
        def name(cls) -> str:  # noqa: N805
            return cls.__name__

    assert A.name == "A"
    assert A().name == "A"


def test_payload_wrapper() -> None:
    p = utils.PayloadWrapper()
    p["a"] = 1
    p._set_optstrs(b=uuid.UUID(int=2), c=None)
    p._set_optbools(d=1)
    p._set_optints(e="5")
    p._set_optstrlists(f=["x", uuid.UUID(int=3)])
    assert dict(p) == {"a": 1, "b": str(uuid.UUID(int=2)), "d": True, "e": 5,
                       "f": ["x", str(uuid.UUID(int=3))]}

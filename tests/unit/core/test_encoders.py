from __future__ import annotations

import json
import typing as t
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globus_sdk import MISSING, utils
from globus_sdk.transport import FormRequestEncoder, JSONRequestEncoder, RequestEncoder
from globus_sdk.transport.encoders import _json_default

_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.just(MISSING) | st.uuids(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=4), children, max_size=4)
    | st.tuples(children, children),
    max_leaves=15,
)


def reference_json(data: t.Any) -> bytes:
    """The slow, obviously-right encoding: drop MISSING everywhere, then dump."""
    return json.dumps(utils.strip_missing(data), default=_json_default).encode()


@settings(max_examples=300, deadline=None)
@given(data=st.dictionaries(st.text(max_size=4), _values, max_size=5) | st.lists(_values))
def test_one_pass_json_matches_reference(data: t.Any) -> None:
    req = JSONRequestEncoder().encode("POST", "https://x.example.org/", None, data, {})
    assert req.data == reference_json(data)
    assert req.headers["Content-Type"] == "application/json"


def test_payload_wrapper_with_missing() -> None:
    doc = utils.PayloadWrapper()
    doc["a"] = 1
    doc["b"] = MISSING
    doc["c"] = [{"d": MISSING, "e": None}, MISSING]
    req = JSONRequestEncoder().encode("POST", "https://x.example.org/", None, doc, {})
    assert json.loads(req.data) == {"a": 1, "c": [{"e": None}]}


def test_json_none_body_and_params() -> None:
    req = JSONRequestEncoder().encode("GET", "https://x/", {"q": "1", "m": MISSING}, None, {})
    assert not req.data
    assert req.params == {"q": "1"}
    assert "Content-Type" not in req.headers


def test_unserializable_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        JSONRequestEncoder().encode("POST", "https://x/", None, {"a": object()}, {})


def test_form_encoder() -> None:
    req = FormRequestEncoder().encode("POST", "https://x/", None, {"a": "1", "b": MISSING}, {})
    assert req.data == {"a": "1"}
    with pytest.raises(TypeError, match="form encoding requires a dict"):
        FormRequestEncoder().encode("POST", "https://x/", None, ["a"], {})


def test_text_encoder() -> None:
    req = RequestEncoder().encode("POST", "https://x/", None, "plain", {"X": "y"})
    assert req.data == "plain"
    assert req.headers == {"X": "y"}


def test_uuid_in_json() -> None:
    u = uuid.UUID(int=9)
    req = JSONRequestEncoder().encode("POST", "https://x/", None, {"id": u}, {})
    assert json.loads(req.data) == {"id": str(u)}

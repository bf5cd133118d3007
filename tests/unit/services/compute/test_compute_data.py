"""ComputeFunctionDocument and ComputeFunctionMetadata."""

from __future__ import annotations

import uuid

from globus_sdk import ComputeFunctionDocument, ComputeFunctionMetadata


def test_metadata():
    assert dict(ComputeFunctionMetadata()) == {}
    assert dict(ComputeFunctionMetadata(python_version="3.11.7")) == {
        "python_version": "3.11.7"
    }
    assert dict(ComputeFunctionMetadata(python_version="3.12", sdk_version="2.0")) == {
        "python_version": "3.12",
        "sdk_version": "2.0",
    }


def test_minimal_document_always_sends_public():
    doc = ComputeFunctionDocument(function_name="f", function_code="code")
    assert dict(doc) == {"function_name": "f", "function_code": "code", "public": False}


def test_full_document():
    doc = ComputeFunctionDocument(
        function_name="f",
        function_code="code",
        description="desc",
        metadata=ComputeFunctionMetadata(sdk_version="2.0"),
        group=uuid.UUID("6a6a6a6a-0000-4000-8000-000000000001"),
        public=True,
    )
    assert doc["group"] == "6a6a6a6a-0000-4000-8000-000000000001"
    assert doc["public"] is True
    assert doc["description"] == "desc"
    assert dict(doc["metadata"]) == {"sdk_version": "2.0"}

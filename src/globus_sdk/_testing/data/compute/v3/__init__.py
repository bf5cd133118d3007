"""Canned responses for ComputeClientV3 (``/v3/...``)."""

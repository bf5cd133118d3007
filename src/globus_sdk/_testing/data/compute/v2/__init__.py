"""Canned responses for ComputeClientV2 (``/v2/...``)."""

"""Canned Globus Compute API responses: ``v2`` for ComputeClientV2, ``v3`` for V3."""

"""Canned Search API responses, one module per ``SearchClient`` method."""

"""Canned Groups API responses, one module per ``GroupsClient`` method."""

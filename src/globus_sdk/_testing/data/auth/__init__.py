"""Canned Globus Auth responses, one module per client method."""

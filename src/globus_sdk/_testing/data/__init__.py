"""Canned responses, one module per client method: ``data/<service>/<method>.py``."""

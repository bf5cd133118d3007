"""Canned Timers API responses, one module per ``TimersClient`` method."""

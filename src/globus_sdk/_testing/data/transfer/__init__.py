"""Canned Globus Transfer responses, one module per ``TransferClient`` method."""

"""The service clients, one package per Globus service."""

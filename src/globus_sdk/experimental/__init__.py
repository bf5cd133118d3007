"""Deprecated aliases of modules that graduated from the experimental namespace."""

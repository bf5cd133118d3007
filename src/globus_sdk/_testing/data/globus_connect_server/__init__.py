"""Canned GCS Manager API responses (service ``gcs``, host ``abc.xyz.data.globus.org``)."""

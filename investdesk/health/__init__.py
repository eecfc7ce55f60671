"""Operational endpoints and request logs: ``/healthz``, ``/readyz`` and the JSON request log.

This app sits outside the domain layers: it imports no domain app and owns no models.
"""

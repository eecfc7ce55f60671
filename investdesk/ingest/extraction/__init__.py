"""Extraction of a structured draft from a Russian press release.

The pipeline lives in ``engine.py``; each field has its own module (``orgs``, ``persons``,
``geo``, ``sectors``, ``events``, ``numbers``, ``speech``, ``participants``), split by
sub-domain where it grew past ~400 lines (``org_*``, ``person_*``, ``geo_*``, ``sector_*``,
``event_*``, ``amount_*``).
"""

from .engine import extract, extract_analysis, extract_many
from .events import EVENT_TYPES

__all__ = ["EVENT_TYPES", "extract", "extract_analysis", "extract_many"]

"""Extraction of a structured draft from a Russian press release.

The pipeline lives in ``engine.py``; each field has its own module (``orgs``, ``persons``,
``geo``, ``sectors``, ``events``, ``numbers``, ``speech``, ``participants``).
"""

from .engine import extract, extract_analysis, extract_many
from .events import EVENT_TYPES

__all__ = ["EVENT_TYPES", "extract", "extract_analysis", "extract_many"]

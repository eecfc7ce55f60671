"""Short readers of ``extract()`` for the extraction tests: one field at a time."""

from __future__ import annotations

from investdesk.ingest.extraction import extract


def event(text: str) -> str:
    return extract(text)["event_type"]


def amounts(text: str) -> list[int]:
    return extract(text)["amounts_rub"]


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract(text)["organizations"]]


def person_names(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["persons"]]


def countries(text: str) -> list[str]:
    return extract(text)["countries"]


def sectors(text: str) -> set[str]:
    return set(extract(text)["sectors"])

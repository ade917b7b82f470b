"""OpenAlex works: a single work, a list of works, or an API page (``{"meta", "results"}``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import load_json


def rebuild_abstract(inverted: dict[str, list[int]] | None) -> str:
    """The abstract text from OpenAlex's ``abstract_inverted_index`` (word -> positions)."""
    if not inverted:
        return ""
    positions = {pos: word for word, places in inverted.items() for pos in places}
    return " ".join(positions[i] for i in sorted(positions))


def _arxiv_id(work: dict[str, Any]) -> str | None:
    for location in work.get("locations") or []:
        url = (location or {}).get("landing_page_url") or ""
        if "arxiv.org" in url:
            return url
    return None


def work_record(work: dict[str, Any]) -> dict[str, Any]:
    """One OpenAlex work as a loose Corpus record."""
    primary = work.get("primary_location") or {}
    keep = ("type", "language", "publication_year")
    return {
        "id": f"openalex:{str(work.get('id', '')).rsplit('/', 1)[-1]}" if work.get("id") else None,
        "title": work.get("title") or work.get("display_name"),
        "abstract": rebuild_abstract(work.get("abstract_inverted_index")),
        "date": work.get("publication_date"),
        "year": work.get("publication_year"),
        "authors": [
            (a.get("author") or {}).get("display_name") for a in work.get("authorships") or []
        ],
        "venue": (primary.get("source") or {}).get("display_name"),
        "url": primary.get("landing_page_url") or work.get("doi"),
        "arxiv_id": _arxiv_id(work),
        "doi": work.get("doi"),
        "cited_by_count": work.get("cited_by_count"),
        "cited_by_date": work.get("updated_date"),  # the day OpenAlex last updated the work
        "references": work.get("referenced_works"),  # absent (not selected): unknown
        "extra": {
            "openalex_id": work.get("id"),
            **{k: work.get(k) for k in keep if k in work},
            "topics": [t.get("display_name") for t in work.get("topics") or []],
        },
    }


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per work (numbered from 1 in the order given)."""
    data = load_json(path)
    works = data.get("results", [data]) if isinstance(data, dict) else data
    for number, work in enumerate(works, start=1):
        if not isinstance(work, dict):
            yield Reject(str(path), number, f"expected an OpenAlex work object, got {work!r}")
        else:
            yield {**work_record(work), RECORD: number}


def sniff(head: str) -> bool:
    return "openalex.org/W" in head or '"abstract_inverted_index"' in head


FORMAT = Format(
    name="openalex",
    description="OpenAlex works JSON (abstract rebuilt from abstract_inverted_index)",
    suffixes=(".json",),
    sniff=sniff,
    parse=parse,
)

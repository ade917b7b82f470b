"""Hugging Face daily-papers API JSON (``/api/daily_papers``): items with a ``paper`` object."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import load_json


def paper_record(item: dict[str, Any]) -> dict[str, Any]:
    """One daily-papers item (or bare paper object) as a loose Corpus record."""
    paper = item.get("paper") if isinstance(item.get("paper"), dict) else item
    arxiv_id = paper.get("id")
    return {
        "title": paper.get("title") or item.get("title"),
        "abstract": paper.get("summary") or item.get("summary"),
        "date": paper.get("publishedAt") or item.get("publishedAt"),
        "authors": [a.get("name") for a in paper.get("authors") or [] if isinstance(a, dict)],
        "url": f"https://huggingface.co/papers/{arxiv_id}" if arxiv_id else None,
        "arxiv_id": arxiv_id,
        "extra": {
            "upvotes": paper.get("upvotes"),
            "num_comments": item.get("numComments"),
            "daily_date": item.get("publishedAt"),
        },
    }


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per item, numbered from 1."""
    data = load_json(path)
    items = data if isinstance(data, list) else data.get("papers", [data])
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield Reject(str(path), number, f"expected a daily-papers item, got {item!r}")
        else:
            yield {**paper_record(item), RECORD: number}


def sniff(head: str) -> bool:
    return re.search(r'"paper"\s*:\s*\{', head) is not None or (
        '"summary"' in head and '"upvotes"' in head
    )


FORMAT = Format(
    name="hf-api",
    description="Hugging Face daily-papers API JSON",
    suffixes=(".json",),
    sniff=sniff,
    parse=parse,
)

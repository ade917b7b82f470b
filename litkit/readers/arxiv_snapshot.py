"""The arXiv metadata snapshot (Kaggle ``arxiv-metadata-oai-snapshot.json``, JSON Lines)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.jsonl import iter_json_lines
from litkit.text import decode_latex


def _authors(obj: dict[str, Any]) -> list[str]:
    parsed = obj.get("authors_parsed")
    if parsed:  # [last, first, suffix] per author
        return [decode_latex(" ".join(p for p in (a[1], a[0], *a[2:]) if p)) for a in parsed]
    return [decode_latex(a) for a in str(obj.get("authors") or "").split(", ") if a]


def snapshot_record(obj: dict[str, Any]) -> dict[str, Any]:
    """One snapshot object as a loose Corpus record; the date is that of version 1."""
    versions = obj.get("versions") or []
    first = versions[0].get("created") if versions and isinstance(versions[0], dict) else None
    return {
        "title": obj.get("title"),
        "abstract": obj.get("abstract"),
        "date": first or obj.get("update_date"),
        "authors": _authors(obj),
        "venue": obj.get("journal-ref"),
        "url": f"https://arxiv.org/abs/{obj['id']}" if obj.get("id") else None,
        "arxiv_id": obj.get("id"),
        "doi": obj.get("doi"),
        "extra": {
            "categories": (obj.get("categories") or "").split(),
            "comments": obj.get("comments"),
            "update_date": obj.get("update_date"),
        },
    }


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per line; lines that are not JSON objects are rejected."""
    for number, obj in iter_json_lines(path):
        if isinstance(obj, Reject):
            yield obj
        elif not obj.get("id"):
            yield Reject(str(path), number, "no arXiv 'id' field")
        else:
            yield {**snapshot_record(obj), RECORD: number}


def sniff(head: str) -> bool:
    return head.lstrip().startswith("{") and (
        '"authors_parsed"' in head or ('"submitter"' in head and '"versions"' in head)
    )


FORMAT = Format(
    name="arxiv-snapshot",
    description="arXiv metadata snapshot (JSON Lines, Kaggle/OAI dump)",
    suffixes=(".json", ".jsonl"),
    sniff=sniff,
    parse=parse,
)

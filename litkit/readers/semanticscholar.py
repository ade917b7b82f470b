"""Semantic Scholar Graph API JSON: papers, batches, search pages, citations/references."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import load_json

#: Keys under which citation/reference items nest the paper itself.
_NESTED = ("citedPaper", "citingPaper", "paper")


def paper_record(paper: dict[str, Any]) -> dict[str, Any]:
    """One Semantic Scholar paper object as a loose Corpus record."""
    ids = paper.get("externalIds") or {}
    venue = (paper.get("publicationVenue") or {}).get("name") or paper.get("venue")
    keep = ("fieldsOfStudy", "publicationTypes", "corpusId")
    return {
        "id": f"s2:{paper['paperId']}" if paper.get("paperId") else None,
        "title": paper.get("title"),
        "abstract": paper.get("abstract"),
        "date": paper.get("publicationDate"),
        "year": paper.get("year"),
        "authors": [a.get("name") for a in paper.get("authors") or [] if isinstance(a, dict)],
        "venue": venue or (paper.get("journal") or {}).get("name"),
        "url": paper.get("url"),
        "arxiv_id": ids.get("ArXiv"),
        "doi": ids.get("DOI"),
        "cited_by_count": paper.get("citationCount"),
        "references": _references(paper["references"]) if "references" in paper else None,
        "extra": {"s2_paper_id": paper.get("paperId"), **{k: paper[k] for k in keep if k in paper}},
    }


def reference_key(paper: Any) -> str | None:
    """A cited paper's id: its arXiv id, else its DOI, else its S2 paperId; None when S2
    could not match the reference to a paper (no paperId)."""
    if not isinstance(paper, dict):
        return None
    ids = paper.get("externalIds") or {}
    if ids.get("ArXiv"):
        return f"arxiv:{ids['ArXiv']}"
    if ids.get("DOI"):
        return f"doi:{ids['DOI']}"
    return f"s2:{paper['paperId']}" if paper.get("paperId") else None


def _references(items: Any) -> Any:
    """A paper's ``references`` (paper objects) as ids; anything but a list is passed on for
    :func:`litkit.corpus.make_corpus` to note."""
    return [reference_key(item) for item in items] if isinstance(items, list) else items


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per paper; ``null`` entries (papers not found) are rejected."""
    data = load_json(path)
    items = data.get("data", [data]) if isinstance(data, dict) else data
    for number, item in enumerate(items, start=1):
        paper = item
        if isinstance(item, dict):
            paper = next((item[k] for k in _NESTED if isinstance(item.get(k), dict)), item)
        if not isinstance(paper, dict):
            yield Reject(str(path), number, f"no paper object ({paper!r}): not found by the API?")
        else:
            yield {**paper_record(paper), RECORD: number}


def sniff(head: str) -> bool:
    return '"paperId"' in head


FORMAT = Format(
    name="semanticscholar",
    description="Semantic Scholar Graph API JSON (paper, batch, search or citations)",
    suffixes=(".json",),
    sniff=sniff,
    parse=parse,
)

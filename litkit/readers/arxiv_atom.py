"""arXiv API responses (Atom XML feeds of ``export.arxiv.org/api/query``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.errors import InputError
from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import read_text

NS = {"a": "http://www.w3.org/2005/Atom", "arxiv": "http://arxiv.org/schemas/atom"}


def _text(entry: ET.Element, tag: str) -> str | None:
    node = entry.find(tag, NS)
    return node.text.strip() if node is not None and node.text else None


def entry_record(entry: ET.Element) -> dict[str, Any]:
    """One Atom ``<entry>`` as a loose Corpus record."""
    abs_url = _text(entry, "a:id")
    links = {
        link.get("title") or link.get("rel"): link.get("href")
        for link in entry.iterfind("a:link", NS)
    }
    return {
        "title": _text(entry, "a:title"),
        "abstract": _text(entry, "a:summary"),
        "date": _text(entry, "a:published"),
        "authors": [_text(a, "a:name") for a in entry.iterfind("a:author", NS)],
        "venue": _text(entry, "arxiv:journal_ref"),
        "url": links.get("alternate") or abs_url,
        "arxiv_id": abs_url,
        "doi": _text(entry, "arxiv:doi"),
        "extra": {
            "categories": [c.get("term") for c in entry.iterfind("a:category", NS)],
            "updated": _text(entry, "a:updated"),
            "comment": _text(entry, "arxiv:comment"),
            "pdf_url": links.get("pdf"),
        },
    }


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per ``<entry>``; an API error entry becomes a Reject."""
    try:
        root = ET.fromstring(read_text(path).lstrip("\ufeff").encode())
    except ET.ParseError as exc:
        line = exc.position[0]
        raise InputError(path, f"bad or truncated XML ({exc.msg.split(':')[0]})", line) from None
    if root.tag != f"{{{NS['a']}}}feed":
        raise InputError(path, f"not an Atom feed (root element <{root.tag}>)")
    for number, entry in enumerate(root.iterfind("a:entry", NS), start=1):
        record = entry_record(entry)
        if (record["title"] or "").lower() == "error":
            yield Reject(str(path), number, f"arXiv API error: {record['abstract']}")
            continue
        yield {**record, RECORD: number}


def sniff(head: str) -> bool:
    return "<feed" in head and "arxiv" in head.lower()


FORMAT = Format(
    name="arxiv-atom",
    description="arXiv API response (Atom XML)",
    suffixes=(".xml", ".atom"),
    sniff=sniff,
    parse=parse,
)

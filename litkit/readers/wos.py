"""Web of Science tagged plain text ('Plain Text' / 'Other file formats' export), via rispy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import rispy

from litkit.readers.base import Format, Reject
from litkit.readers.ris import parse_entries

FIELDS = {
    "title": ("document_title",),
    "abstract": ("abstract",),
    "date": (),
    "year": ("publication_year",),
    "authors": ("author_full_name", "authors"),
    "venue": ("publication_name", "conference_title"),
    "url": (),
    "doi": ("doi",),
}


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per ``PT`` ... ``ER`` block, numbered by its ``PT`` line."""
    for item in parse_entries(path, rispy.WokParser, FIELDS):
        if isinstance(item, dict):
            item["extra"].setdefault("wos_id", item["extra"].get("accession_number"))
            issued = item["extra"].get("publication_date")  # PD: 'JUN 8', 'JUN', 'SPR'
            if issued and item.get("year"):
                item["date"] = f"{issued} {item['year']}"  # as precise as PD is
        yield item


def sniff(head: str) -> bool:
    text = head.lstrip("\ufeff")
    return re.match(r"FN (Clarivate|Thomson|ISI)", text) is not None or (
        re.search(r"^PT [A-Z]\s*$", text, re.M) is not None and "\nER" in text
    )


FORMAT = Format(
    name="wos",
    description="Web of Science tagged plain text (FN/PT ... ER records)",
    suffixes=(".txt", ".ciw"),
    sniff=sniff,
    parse=parse,
)

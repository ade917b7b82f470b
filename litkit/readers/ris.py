"""RIS files (rispy): EndNote, Zotero, Mendeley, Scopus exports."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import rispy

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import read_text
from litkit.text import first_last

#: Corpus field -> rispy keys, first present wins.
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "primary_title", "translated_title", "short_title"),
    "abstract": ("abstract", "notes_abstract"),
    "date": ("date",),
    "year": ("year", "publication_year"),
    "authors": ("authors", "first_authors"),
    "venue": ("journal_name", "secondary_title", "alternate_title3", "alternate_title1"),
    "url": ("urls",),
    "doi": ("doi",),
}


def _first(value: Any) -> Any:
    if isinstance(value, list) and not any(isinstance(v, str) and " " in v for v in value):
        return value[0] if value else None
    return value


def to_record(entry: Mapping[str, Any], fields: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """A rispy entry as a loose Corpus record; keys not mapped go to ``extra``."""
    record: dict[str, Any] = {}
    used: set[str] = set()
    for field, keys in fields.items():
        key = next((k for k in keys if entry.get(k)), None)
        if key is None:
            continue
        used.add(key)
        value = entry[key]
        if field == "authors":
            record[field] = [first_last(a) for a in (value if isinstance(value, list) else [value])]
        elif field == "url":
            record[field] = value[0] if isinstance(value, list) else value
        else:
            record[field] = " ".join(value) if isinstance(value, list) else value
    record["arxiv_id"] = next(
        (u for u in entry.get("urls") or [] if isinstance(u, str) and "arxiv.org" in u), None
    )
    record["extra"] = {
        k: (dict(v) if isinstance(v, Mapping) else v) for k, v in entry.items() if k not in used
    }
    return record


def parse_entries(
    path: str | Path,
    implementation: type[rispy.RisParser],
    fields: Mapping[str, Sequence[str]],
    text: str | None = None,
) -> Iterator[dict[str, Any] | Reject]:
    """Parse tagged records with a rispy ``implementation``; records with no end tag are rejected.

    rispy silently drops a record whose end tag is missing (a truncated export), so the
    start tags are counted to report each such record instead of losing it.
    """
    text = read_text(path).lstrip("\ufeff") if text is None else text
    starts = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if re.match(rf"{implementation.START_TAG}\b", line)
    ]
    entries = rispy.loads(text, implementation=implementation)
    for number, entry in enumerate(entries, start=1):
        line = starts[number - 1] if number <= len(starts) else number
        yield {**to_record(entry, fields), RECORD: line}
    end = implementation.END_TAG
    for line in starts[len(entries) :]:
        yield Reject(str(path), line, f"record has no closing '{end}' line: truncated file?")


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per ``TY`` ... ``ER`` block, numbered by its ``TY`` line."""
    return parse_entries(path, rispy.RisParser, FIELDS)


def sniff(head: str) -> bool:
    return re.search(r"^TY  - ", head.lstrip("\ufeff"), re.M) is not None


FORMAT = Format(
    name="ris",
    description="RIS (EndNote, Zotero, Mendeley, Scopus exports)",
    suffixes=(".ris",),
    sniff=sniff,
    parse=parse,
)

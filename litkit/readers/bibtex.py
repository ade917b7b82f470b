"""BibTeX / BibLaTeX files (bibtexparser 2), LaTeX accents and braces decoded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bibtexparser
from bibtexparser import middlewares as mw
from bibtexparser.model import DuplicateBlockKeyBlock, Entry

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import read_text
from litkit.text import decode_latex

_FIELDS = {  # Corpus field -> BibTeX fields, first present wins
    "title": ("title",),
    "abstract": ("abstract",),
    "date": ("date",),
    "year": ("year",),
    "month": ("month",),
    "venue": ("journal", "journaltitle", "booktitle", "publisher", "school", "institution"),
    "url": ("url",),
    "doi": ("doi",),
}


def _arxiv_id(fields: dict[str, str]) -> str | None:
    prefix = fields.get("archiveprefix", fields.get("eprinttype", "")).lower()
    if "eprint" in fields and prefix in ("arxiv", ""):
        return fields["eprint"]
    candidates = ("arxiv", "arxivid", "url", "journal", "note")  # Zotero: 'arXiv:1704.00891'
    return next((fields[k] for k in candidates if "arxiv" in fields.get(k, "").lower()), None)


#: Parent fields a BibLaTeX ``crossref`` child does not inherit (its title becomes booktitle).
_NOT_INHERITED = {
    *("author", "editor", "crossref", "entryset", "ids"),
    *("title", "subtitle", "titleaddon", "shorttitle", "indextitle", "sorttitle"),
}


def _inherited(entry: Entry, entries: dict[str, Entry]) -> dict[str, str]:
    """Fields ``entry`` inherits from its ``crossref`` parent (e.g. booktitle, year, publisher)."""
    ref = entry.fields_dict.get("crossref")
    parent = entries.get(str(ref.value)) if ref else None
    if parent is None:
        return {}
    fields = {
        k.lower(): str(f.value)
        for k, f in parent.fields_dict.items()
        if k.lower() not in _NOT_INHERITED
    }
    if "title" in parent.fields_dict:
        fields["booktitle"] = str(parent.fields_dict["title"].value)
    return fields


def entry_record(entry: Entry, inherited: dict[str, str] | None = None) -> dict[str, Any]:
    """One BibTeX entry as a loose Corpus record (LaTeX decoded, 'Last, First' -> 'First Last').

    ``inherited`` holds fields from a ``crossref`` parent; the entry's own fields win.
    """
    own = {k.lower(): str(f.value) for k, f in entry.fields_dict.items()}
    fields = {k: decode_latex(v) for k, v in {**(inherited or {}), **own}.items()}
    authors = entry.fields_dict.get("author")
    record: dict[str, Any] = {
        field: next((fields[k] for k in keys if fields.get(k)), None)
        for field, keys in _FIELDS.items()
    }
    record["authors"] = [decode_latex(a) for a in authors.value] if authors else []
    record["arxiv_id"] = _arxiv_id(fields)
    used = {k for keys in _FIELDS.values() for k in keys} | {"author"}
    record["extra"] = {
        "key": entry.key,
        "entry_type": entry.entry_type.lower(),
        **{k: v for k, v in fields.items() if k not in used},
    }
    return record


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per entry, in file order; blocks that fail to parse are rejected."""
    library = bibtexparser.parse_string(
        read_text(path),
        append_middleware=[
            mw.SeparateCoAuthors(),
            mw.SplitNameParts(),
            mw.MergeNameParts(style="first"),
        ],
    )
    blocks = sorted([*library.entries, *library.failed_blocks], key=lambda b: b.start_line)
    entries = library.entries_dict
    for block in blocks:
        line = block.start_line + 1
        if isinstance(block, Entry):
            yield {**entry_record(block, _inherited(block, entries)), RECORD: line}
        elif isinstance(block, DuplicateBlockKeyBlock):
            first = block.previous_block.start_line + 1
            yield Reject(str(path), line, f"duplicate key '{block.key}' (first at line {first})")
        else:
            reason = str(block.error).strip().splitlines()[0] if block.error else "unparsable"
            yield Reject(str(path), line, f"cannot parse BibTeX block: {reason}")


def sniff(head: str) -> bool:
    return any(f"@{kind}" in head.lower() for kind in ("article", "inproceedings", "misc", "book"))


FORMAT = Format(
    name="bibtex",
    description="BibTeX / BibLaTeX (LaTeX accents and braces decoded)",
    suffixes=(".bib", ".bibtex"),
    sniff=sniff,
    parse=parse,
)

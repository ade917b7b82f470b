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


def entry_record(entry: Entry) -> dict[str, Any]:
    """One BibTeX entry as a loose Corpus record (LaTeX decoded, 'Last, First' -> 'First Last')."""
    fields = {k.lower(): decode_latex(str(f.value)) for k, f in entry.fields_dict.items()}
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
    for block in blocks:
        line = block.start_line + 1
        if isinstance(block, Entry):
            yield {**entry_record(block), RECORD: line}
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
    description="BibTeX / BibLaTeX (.bib), LaTeX accents and braces decoded",
    suffixes=(".bib", ".bibtex"),
    sniff=sniff,
    parse=parse,
)

"""Flexible column mapping for tabular inputs (JSON Lines, CSV, Parquet, JSON arrays).

Common spellings of each Corpus field are recognised ('Title', 'paper_title', 'summary',
'publication_date', 'DOI'...); the caller may map any other column explicitly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from litkit.corpus import COLUMNS
from litkit.errors import InputError, LitkitError

#: Corpus field -> accepted column names, best first (compared case- and punctuation-blind).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "paper_id", "paperid", "key", "citation_key"),
    "title": ("title", "paper_title", "display_name", "name", "ti"),
    "abstract": ("abstract", "summary", "abstractnote", "paper_abstract", "description", "ab"),
    "date": ("date", "publication_date", "published", "publishedat", "pub_date", "v1_date"),
    "date_precision": ("date_precision",),
    "month": ("month", "pub_month", "publication_month"),  # not a Corpus column: refines year
    "year": ("year", "publication_year", "pub_year", "py"),
    "authors": ("authors", "author", "author_names", "creators", "au"),
    "venue": ("venue", "journal", "booktitle", "conference", "container_title", "source_title"),
    "source": ("source",),
    "url": ("url", "link", "landing_page_url", "pdf_url"),
    "arxiv_id": ("arxiv_id", "arxiv", "arxivid", "eprint"),
    "doi": ("doi",),
    "cited_by_count": ("cited_by_count", "citation_count", "citationcount", "cited_by",
                       "times_cited", "num_citations"),
    "cited_by_date": ("cited_by_date", "citations_date"),
    "references": ("references", "referenced_works", "reference_ids", "cited_works"),
    "extra": ("extra",),
}


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def column_mapping(
    columns: Iterable[str], explicit: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Input column -> Corpus field, from ``explicit`` ({column: field}) then the aliases."""
    explicit = dict(explicit or {})
    bad = {v for v in explicit.values() if v not in COLUMNS}
    if bad:
        raise LitkitError(f"unknown Corpus field(s) {sorted(bad)}; fields: {', '.join(COLUMNS)}")
    mapping = {col: field for col, field in explicit.items() if col in columns}
    taken = set(mapping.values())
    by_key = {_key(c): c for c in columns if c not in mapping}
    for field, names in ALIASES.items():
        if field in taken:
            continue
        col = next((by_key[_key(n)] for n in names if _key(n) in by_key), None)
        if col is not None and col not in mapping:
            mapping[col] = field
    return mapping


def check_columns(
    path: Any, seen: Iterable[str], explicit: Mapping[str, str] | None, fields: Iterable[str]
) -> None:
    """Stop, naming the columns ``seen``, when a mapped column is not among them or when no
    column gives a title or an abstract (else every row would be rejected, or none read)."""
    seen = list(dict.fromkeys(seen))
    shown = ", ".join(seen[:15]) + (f", ... ({len(seen)} in all)" if len(seen) > 15 else "")
    missing = [col for col in explicit or {} if col not in seen]
    if missing:
        raise InputError(path, f"no column {', '.join(map(repr, missing))} to map; "
                         f"columns: {shown or 'none'}")
    if not {"title", "abstract"} & set(fields):
        raise InputError(path, f"no title or abstract column among: {shown or 'none'}; "
                         'name one with --map "COLUMN=title" (Python: columns={"COLUMN": '
                         '"title"})')


def _json_value(value: Any, kind: type) -> Any:
    """``value`` decoded if it is JSON text of ``kind`` (as CSV and Parquet store lists/dicts)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            decoded = json.loads(value)
        except json.JSONDecodeError:
            return value
        return decoded if isinstance(decoded, kind) else value
    return value


def author_names(value: Any) -> Any:
    """Author lists as names: dicts ({'name': ...}) and JSON-encoded lists are unpacked."""
    value = _json_value(value, list)
    if isinstance(value, (list, tuple)):
        return [
            (v.get("name") or v.get("display_name") or v.get("fullname") or "")
            if isinstance(v, dict)
            else v
            for v in value
        ]
    return value


def to_table(columns: Mapping[str, list], mapping: Mapping[str, str]) -> pd.DataFrame:
    """Whole input columns (name -> values) as a table of loose Corpus records, one a row:
    :func:`to_record`'s rules applied column by column (for large tables, e.g. Parquet)."""
    n = len(next(iter(columns.values()), []))
    table: dict[str, list] = {}
    extras: list[dict[str, Any]] = [{} for _ in range(n)]
    for col, values in columns.items():
        field = mapping.get(col)
        if field is None:
            for extra, value in zip(extras, values, strict=True):
                extra[col] = value
        elif field == "extra":
            for extra, value in zip(extras, values, strict=True):
                extra.update(_json_value(value, dict) or {})
        else:
            table[field] = [author_names(v) for v in values] if field == "authors" else values
    table["extra"] = extras
    return pd.DataFrame(table, dtype=object)


def to_record(row: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """One input row as a loose Corpus record: mapped fields renamed, the rest kept as extra."""
    record: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for col, value in row.items():
        field = mapping.get(col)
        if field is None:
            extra[col] = value
        elif field == "extra":
            extra.update(_json_value(value, dict) or {})
        else:
            record[field] = author_names(value) if field == "authors" else value
    record["extra"] = extra
    return record

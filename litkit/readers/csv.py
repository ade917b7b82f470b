"""CSV or TSV with a header row, any column names (delimiter detected)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from litkit.errors import InputError
from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.columns import check_columns, column_mapping, to_record
from litkit.readers.textio import read_text


def _delimiter(header_line: str) -> str:
    """The delimiter the header uses most: ',' (CSV), tab (TSV), ';' or '|'."""
    return max(",\t;|", key=header_line.count)


def parse(
    path: str | Path, columns: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per data row, numbered by the line it ends on."""
    text = read_text(path)
    csv.field_size_limit(1 << 26)
    delimiter = _delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise InputError(path, "file is empty", 1)
    mapping = column_mapping(header, columns)
    check_columns(path, header, columns, mapping.values())
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            reason = f"{len(row)} fields, header has {len(header)}: unquoted delimiter?"
            yield Reject(str(path), number, reason)
            continue
        values = {col: cell or None for col, cell in zip(header, row, strict=True)}
        yield {**to_record(values, mapping), RECORD: number}


def sniff(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0].lower()
    return "title" in first and any(d in first for d in ",\t;")


FORMAT = Format(
    name="csv",
    description="CSV/TSV with a header row (column names mapped flexibly)",
    suffixes=(".csv", ".tsv"),
    sniff=sniff,
    parse=parse,
)

"""JSON Lines (one paper object per line) or a JSON document of paper objects, any column names.

A document may be an array, a single object, or an object wrapping its records in a list
(``{"results": [...]}``, ``{"data": [...]}``...).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.columns import column_mapping, to_record
from litkit.readers.textio import parse_json, read_text


def iter_json_lines(
    path: str | Path, text: str | None = None
) -> Iterator[tuple[int, dict[str, Any] | Reject]]:
    """(line number, object) per non-blank line; a line that is not a JSON object -> Reject."""
    source = str(path)
    text = read_text(path) if text is None else text
    # split on "\n" only: str.splitlines() also breaks at U+2028 etc., legal inside JSON strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, Reject(source, number, f"bad JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield number, Reject(source, number, f"expected a JSON object, got {_kind(obj)}")
            continue
        yield number, obj


def _kind(obj: Any) -> str:
    return {list: "an array", str: "a string", type(None): "null"}.get(type(obj), "a number")


#: Keys under which API responses and exports wrap their list of records.
WRAPPERS = ("results", "data", "papers", "items", "records", "works")


def _document_rows(text: str, path: str | Path) -> list[Any] | None:
    """The records of a whole-file JSON document, or None when the text is JSON Lines.

    Several values (``Extra data``) or a broken first line mean JSON Lines; a document
    that opens with a bare ``{`` or ``[`` line but does not parse is reported as such.
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip().split("\n", 1)[0].strip()
        if exc.msg == "Extra data" or first not in ("{", "["):
            return None
        parse_json(text, path)  # raises the located, one-line error
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        wrapped = next((doc[k] for k in WRAPPERS if isinstance(doc.get(k), list)), None)
        return wrapped if wrapped is not None else [doc]
    return None  # a lone string or number: one bad JSON Lines record


def parse(
    path: str | Path, columns: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per object; ``columns`` maps extra column names to Corpus fields."""
    text = read_text(path)
    rows = _document_rows(text, path)
    if rows is not None:
        numbered = (
            (i, obj if isinstance(obj, dict) else Reject(str(path), i, f"not an object: {obj!r}"))
            for i, obj in enumerate(rows, start=1)
        )
    else:
        numbered = iter_json_lines(path, text)
    mappings: dict[tuple[str, ...], dict[str, str]] = {}
    for number, obj in numbered:
        if isinstance(obj, Reject):
            yield obj
            continue
        keys = tuple(obj)
        if keys not in mappings:
            mappings[keys] = column_mapping(keys, columns)
        yield {**to_record(obj, mappings[keys]), RECORD: number}


def sniff(head: str) -> bool:
    text = head.lstrip()
    return text.startswith("{") or (text.startswith("[") and text[1:].lstrip().startswith("{"))


FORMAT = Format(
    name="jsonl",
    description="JSON Lines or a JSON array of paper objects (column names mapped flexibly)",
    suffixes=(".jsonl", ".ndjson", ".json"),
    sniff=sniff,
    parse=parse,
)

"""JSON Lines (one paper object per line) or a JSON array of paper objects, any column names."""

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


def _is_array(text: str) -> bool:
    """A JSON array document, unless its first line is a complete value (JSON Lines)."""
    if text.lstrip()[:1] != "[":
        return False
    try:
        json.loads(text.lstrip().split("\n", 1)[0])
    except json.JSONDecodeError:
        return True
    return text.strip().count("\n") == 0


def parse(
    path: str | Path, columns: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per object; ``columns`` maps extra column names to Corpus fields."""
    text = read_text(path)
    if _is_array(text):
        rows = parse_json(text, path)
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

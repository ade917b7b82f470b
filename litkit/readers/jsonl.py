"""JSON Lines (one paper object per line) or a JSON document of paper objects, any column names.

A document may be an array, a single object, or an object wrapping its records in a list
(``{"results": [...]}``, ``{"data": [...]}``...).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from litkit.errors import InputError
from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.columns import check_columns, column_mapping, to_record
from litkit.readers.textio import json_problem, parse_json, read_text


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
            yield number, Reject(source, number, f"bad JSON: {json_problem(exc)}")
            continue
        if not isinstance(obj, dict):
            yield number, Reject(source, number, f"expected a JSON object, got {_kind(obj)}")
            continue
        yield number, obj


def _kind(obj: Any) -> str:
    kinds = {list: "an array", dict: "an object", str: "a string", bool: "a boolean"}
    return "null" if obj is None else kinds.get(type(obj), "a number")


#: Keys under which API responses and exports wrap their list of records.
WRAPPERS = ("results", "data", "papers", "items", "records", "works")
_EXPECTED = ("expected paper objects with a title or abstract (one, an array of them, or an "
             f"array under {', '.join(repr(k) for k in WRAPPERS)})")


def _document_rows(
    text: str, path: str | Path, columns: Mapping[str, str] | None
) -> list[Any] | None:
    """The records of a whole-file JSON document, or None when the text is JSON Lines.

    Several values (``Extra data``) or a broken first line mean JSON Lines; a document
    that opens with a bare ``{`` or ``[`` line but does not parse is reported as such,
    and so is a document that holds no paper (``{"papers": 5}``, ``[1, 2]``, ``"text"``).
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip().split("\n", 1)[0].strip()
        if exc.msg == "Extra data" or first not in ("{", "["):
            return None
        parse_json(text, path)  # raises the located, one-line error
    if isinstance(doc, list):
        if doc and not any(isinstance(obj, dict) for obj in doc):
            kinds = sorted({_kind(obj) for obj in doc})
            raise InputError(path, f"no paper records: {_EXPECTED}; got an array of "
                             f"{' and '.join(k.split(' ', 1)[-1] + 's' for k in kinds)}")
        return doc
    if isinstance(doc, dict):
        wrapped = next((doc[k] for k in WRAPPERS if isinstance(doc.get(k), list)), None)
        if wrapped is not None:
            return wrapped
        if not {"title", "abstract"} & set(column_mapping(list(doc), columns).values()):
            keys = ", ".join(f"'{k}' ({_kind(v)})" for k, v in list(doc.items())[:10])
            raise InputError(path, f"no paper records: {_EXPECTED}; got an object with "
                             f"{keys or 'no keys'}")
        return [doc]
    raise InputError(path, f"no paper records: {_EXPECTED}; got {_kind(doc)}")


def parse(
    path: str | Path, columns: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per object; ``columns`` maps extra column names to Corpus fields.

    When no object has a title or abstract field (nor one ``columns`` maps), nothing can
    be read: an :class:`InputError` names the fields seen.
    """
    text = read_text(path)
    rows = _document_rows(text, path, columns)
    if rows is not None:
        numbered = (
            (i, obj if isinstance(obj, dict)
             else Reject(str(path), i, f"expected a JSON object, got {_kind(obj)}"))
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
    if mappings:
        fields = {field for mapping in mappings.values() for field in mapping.values()}
        check_columns(path, (key for keys in mappings for key in keys), columns, fields)


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

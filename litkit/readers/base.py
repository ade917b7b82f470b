"""What every reader provides: a Format (name, suffixes, content sniffer, parser) and Rejects."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Reject:
    """An input record that could not be turned into a paper, and why."""

    source: str
    record: int | str  # line number for line formats, record index otherwise
    reason: str


#: A parser yields, per input record, a loose Corpus record (dict) or a Reject; a table
#: format may instead yield a block of records (a DataFrame, one record a row).
Parser = Callable[[Path], Iterator["dict[str, Any] | pd.DataFrame | Reject"]]


@dataclass(frozen=True)
class Format:
    """One input format litkit reads."""

    name: str
    description: str
    suffixes: tuple[str, ...]
    sniff: Callable[[str], bool]  # given the first few KB of decoded text
    parse: Parser


#: Optional key of a record dict: its line or record number in the input (for rejects).
RECORD = "_record"
